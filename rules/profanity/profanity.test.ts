import {createLinter} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {flagsOf} from '../testing.js'

describe('profanity', () => {
  it('flags crude words whatever their case', () => {
    expect(flagsOf('profanity', 'The call schedule was Crap and the pager was a damn menace.')).toEqual(['Crap', 'damn'])
  })

  it('leaves clinical and identity words alone', () => {
    expect(
      flagsOf('profanity', 'I ran a clinic for gay and transgender patients, with HIV and sexual health screening and rectal exams.')
    ).toEqual([])
  })

  it('takes more words to allow from its options', () => {
    const linter = createLinter(defaultRules)
    const text = 'The damn pager.'
    const allowed = linter.lint(text, {rules: {profanity: ['warning', {allow: ['damn']}]}})
    expect(allowed.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })
})
