import {createLinter, type LintContext, type Linter, type LintResult, type RuleSetting} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'

export type {Diagnostic, LintContext, LintResult, Rule, Severity, Suggestion} from '@followup-lint/core'
export {defaultRules}

/** Options of {@link lint}. */
export interface LintApiOptions {
  /** Shown in reports; also decides the input format in later versions. */
  filePath?: string
  /** Facts about the draft that are not in its text, such as its kind. */
  context?: LintContext
  /** Rule settings by rule id: "off", a severity, or [severity, options]. */
  rules?: Record<string, RuleSetting>
}

let linter: Linter | undefined

/** The linter with the default rule set, compiled once on first use. */
export function defaultLinter(): Linter {
  linter ??= createLinter(defaultRules)
  return linter
}

/**
 * Lint a draft with the default rule set.
 *
 * @example
 * const result = await lint('You are my #1 program.')
 * result.messages[0].ruleId // 'ranking-pressure'
 */
export async function lint(text: string, options: LintApiOptions = {}): Promise<LintResult> {
  return defaultLinter().lint(text, options)
}
