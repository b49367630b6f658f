// Blanks that a Markdown parser cuts into pieces, seen as the prose regions it hands the rule.
import {createLinter} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'

describe('blanks split by Markdown', () => {
  it('reports "__/__/____" whole when the parser took its underscores for bold', () => {
    const linter = createLinter(defaultRules)
    const text = 'I interviewed on __/__/____ and on 1/__.'
    // Markdown reads "__/__" as bold "/", so the prose is cut around the underscores it ate.
    const regions = [
      {start: 0, end: 17},
      {start: 19, end: 20},
      {start: 22, end: text.length}
    ]
    const found = linter
      .lint(text, {regions, rules: {'unfilled-placeholder': 'error'}})
      .messages.filter((message) => message.ruleId === 'unfilled-placeholder')
    expect(found.map((message) => message.actual)).toEqual(['__/__/____', '1/__'])
    // A blank the regions cut at something other than underscores is left to the regions.
    const cut = [{start: 0, end: 19}, {start: 21, end: text.length}]
    const pieces = linter.lint(text, {regions: cut, rules: {'unfilled-placeholder': 'error'}}).messages.map((message) => message.actual)
    expect(pieces).not.toContain('__/__/____')
  })
})
