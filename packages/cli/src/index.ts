import {
  checkContext,
  ConfigError,
  contextWords,
  createLinter,
  type DraftFormat,
  emptyConfig,
  isDate,
  type LintContext,
  type Linter,
  type LintResult,
  lintText,
  type ResolvedConfig,
  type RuleSetting
} from '@followup-lint/core'
import {checkConfigData} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'

export type {Diagnostic, DraftFormat, LintContext, LintResult, Rule, Severity, Suggestion} from '@followup-lint/core'
export {defaultRules}

/** A configuration as a `.followuplintrc.yaml` file holds it; every key is optional. */
export type LintConfig = Partial<Pick<ResolvedConfig, 'extends' | 'rules' | 'context' | 'phrases' | 'applicant'>>

/** Options of {@link lint}. */
export interface LintApiOptions {
  /** The draft's path: decides its format by its extension and names it. The file is not read. */
  filePath?: string
  /** The format, when there is no path to tell it: "text" (the default), "markdown" or "email". */
  format?: DraftFormat
  /**
   * Facts about the draft, as the command line's flags give them: they win over the draft's
   * front matter and headers, which win over what is detected from the text.
   */
  context?: LintContext
  /** Rule settings by rule id: "off", a severity, or [severity, options]. They win over `config`. */
  rules?: Record<string, RuleSetting>
  /** A configuration, as a config file would hold it. No config file is looked for. */
  config?: LintConfig
}

let linter: Linter | undefined

/** The linter with the default rule set, compiled once on first use. */
export function defaultLinter(): Linter {
  linter ??= createLinter(defaultRules)
  return linter
}

// A caller that passes the same configuration object each time has it checked once.
const checked = new WeakMap<LintConfig, ResolvedConfig>()

/** The configuration to lint with: `config` checked as a config file is, then `rules` and the applicant over it. */
async function configOf(options: LintApiOptions): Promise<ResolvedConfig> {
  let config = options.config ? checked.get(options.config) : emptyConfig
  if (!config) {
    config = await checkConfigData(options.config, 'config')
    checked.set(options.config!, config)
  }
  const applicant = options.context?.applicant
  if (!options.rules && !applicant) return config
  return {...config, ...(options.rules ? {rules: {...config.rules, ...options.rules}} : {}), ...(applicant ? {applicant} : {})}
}

/**
 * Lint a draft with the default rule set, as the command line reads it: its format, its front
 * matter and header lines, then `context`, `config` and `rules` as given.
 *
 * @example
 * const result = await lint('You are my #1 program.')
 * result.messages[0].ruleId // 'ranking-pressure'
 */
export async function lint(text: string, options: LintApiOptions = {}): Promise<LintResult> {
  // The applicant goes with the configuration; how sure the recipient is, the draft tells.
  const {today} = options.context ?? {}
  if (today !== undefined && !isDate(today)) throw new ConfigError(`context: today: must be a real date written YYYY-MM-DD, not "${today}"`)
  return lintText(text, {
    rules: defaultRules,
    flags: checkContext(contextWords(options.context ?? {}), (key) => `context: ${key}`),
    config: await configOf(options),
    ...(options.filePath ? {filePath: options.filePath} : {}),
    ...(options.format ? {format: options.format} : {}),
    // Today as the caller says it, at noon, so that no time zone moves it to another day.
    ...(today ? {clock: () => new Date(`${today}T12:00:00`)} : {})
  })
}
