// Helpers for the rules' own tests: lint with the whole default rule set, as users do, and
// look at one rule's findings.
import {createLinter, type Diagnostic, type LintContext} from '@followup-lint/core'
import {defaultRules} from './index.js'

const linter = createLinter(defaultRules)

/** The findings of one rule for a text. */
export function findingsOf(ruleId: string, text: string, context?: LintContext): Diagnostic[] {
  return linter.lint(text, context ? {context} : {}).messages.filter((message) => message.ruleId === ruleId)
}

/** The flagged words of one rule for a text, as written. */
export function flagsOf(ruleId: string, text: string, context?: LintContext): string[] {
  return findingsOf(ruleId, text, context).map((message) => message.actual)
}
