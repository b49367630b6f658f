// Helpers for the rules' own tests: lint with the whole default rule set, as users do, and
// look at one rule's findings.
import {createLinter, type Diagnostic, type LintContext} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
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

/** Sentences that pin down what one rule catches and what it leaves alone. */
export interface RuleCases {
  /** Sentences with the exact words the rule must flag in them, in order. */
  flags: [text: string, flags: string[]][]
  /** Sentences the rule must flag somewhere; the flagged words together must match the pattern. */
  flagsAround: [text: string, around: RegExp][]
  /** Sentences the rule must leave alone. */
  clean: string[]
}

/** Run a rule's cases as tests, one per sentence, so that a failure names the sentence. */
export function testRuleCases(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    it.each(cases.flags)('flags %j exactly', (text, flags) => {
      expect(flagsOf(ruleId, text)).toEqual(flags)
    })
    if (cases.flagsAround.length > 0) {
      it.each(cases.flagsAround)('flags %j around %s', (text, around) => {
        const flags = flagsOf(ruleId, text)
        expect(flags.length).toBeGreaterThan(0)
        expect(flags.join(' | ')).toMatch(around)
      })
    }
    it.each(cases.clean)('leaves %j alone', (text) => {
      expect(flagsOf(ruleId, text)).toEqual([])
    })
  })
}

/** Cases in the older shape: exact flags, sentences flagged somewhere, clean sentences. */
export interface SentenceCases {
  flagged: [text: string, flags: string[]][]
  flaggedSomewhere?: string[]
  clean: string[]
}

/** The same tests for cases in the older shape. */
export function testSentences(ruleId: string, cases: SentenceCases): void {
  testRuleCases(ruleId, {
    flags: cases.flagged,
    flagsAround: (cases.flaggedSomewhere ?? []).map((text) => [text, /\S/]),
    clean: cases.clean
  })
}
