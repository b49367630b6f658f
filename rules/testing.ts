// Helpers for the rules' own tests: lint with the whole default rule set, as users do, and
// look at one rule's findings.
import {createLinter, type Diagnostic, type LintContext} from '@followup-lint/core'
import {expect, it} from 'vitest'
import {defaultRules} from './index.js'

const linter = createLinter(defaultRules)

/** Load what every rule needs (the spelling dictionary); await it before linting. */
export const ready = linter.prepare({preset: 'strict'})

/** The findings of one rule for a text, with that rule on even if it is off by default. */
export function findingsOf(ruleId: string, text: string, context?: LintContext): Diagnostic[] {
  const rule = defaultRules.find((candidate) => candidate.meta.id === ruleId)
  if (!rule) throw new Error(`no rule "${ruleId}"`)
  const options = {rules: {[ruleId]: rule.meta.severity}, ...(context ? {context} : {})}
  return linter.lint(text, options).messages.filter((message) => message.ruleId === ruleId)
}

/** The flagged words of one rule for a text, as written. */
export function flagsOf(ruleId: string, text: string, context?: LintContext): string[] {
  return findingsOf(ruleId, text, context).map((message) => message.actual)
}

/** Realistic sentences for one rule: what it must flag, and what it must leave alone. */
export interface SentenceCases {
  /** Sentences with the exact words the rule must flag, in order. */
  flagged: [text: string, flags: string[]][]
  /** Sentences that must be flagged somewhere, where the exact span is not the point. */
  flaggedSomewhere?: string[]
  /** Sentences the rule must leave alone. */
  clean: string[]
}

/** One test per sentence, so a failure names the sentence. Call inside a describe block. */
export function testSentences(ruleId: string, cases: SentenceCases): void {
  it.each(cases.flagged)('flags %j exactly where it should', (text, expected) => {
    expect(flagsOf(ruleId, text)).toEqual(expected)
  })
  if (cases.flaggedSomewhere?.length) {
    it.each(cases.flaggedSomewhere)('flags %j', (text) => {
      expect(flagsOf(ruleId, text).length).toBeGreaterThan(0)
    })
  }
  it.each(cases.clean)('leaves %j alone', (text) => {
    expect(flagsOf(ruleId, text)).toEqual([])
  })
}
