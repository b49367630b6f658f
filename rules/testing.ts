// Helpers for the rules' own tests: lint with the whole default rule set, as users do, and
// look at one rule's findings.
import {createLinter, type Diagnostic, type LintContext} from '@followup-lint/core'
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
