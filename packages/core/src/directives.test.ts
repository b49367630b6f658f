import {describe, expect, it} from 'vitest'
import {disableComment, disabledRules} from './directives.js'
import {createLinter} from './engine.js'
import type {Rule} from './types.js'

describe('disable comments', () => {
  it('names the rules a draft turns off', () => {
    expect([...disabledRules('<!-- followup-lint-disable flattery -->\nHello')]).toEqual(['flattery'])
    expect([...disabledRules('Hi\n<!--followup-lint-disable  flattery, social-media-->')]).toEqual([
      'flattery',
      'social-media'
    ])
  })

  it('ignores comments that are not directives', () => {
    expect(disabledRules('<!-- followup-lint-disable -->')).toEqual(new Set())
    expect(disabledRules('<!-- note: followup-lint-disable flattery is how to turn it off -->')).toEqual(new Set())
    expect(disabledRules('followup-lint-disable flattery')).toEqual(new Set())
  })

  it('round-trips the comment it writes', () => {
    expect([...disabledRules(disableComment('ranking-pressure'))]).toEqual(['ranking-pressure'])
  })

  it('turns the named rule off in the engine and leaves the others on', () => {
    const rules: Rule[] = ['alpha', 'beta'].map((id) => ({
      meta: {id, severity: 'warning', summary: 's', why: 'w'},
      phrases: [{patterns: [id === 'alpha' ? 'first word' : 'second word'], message: 'found'}]
    }))
    const linter = createLinter(rules)
    const text = 'The first word and the second word.'
    expect(linter.lint(text).messages.map((m) => m.ruleId)).toEqual(['alpha', 'beta'])
    const off = `${disableComment('alpha')}\n${text}`
    expect(linter.lint(off).messages.map((m) => m.ruleId)).toEqual(['beta'])
    // A directive beats a setting that turns the rule on.
    expect(linter.lint(off, {rules: {alpha: 'error'}}).messages.map((m) => m.ruleId)).toEqual(['beta'])
  })
})
