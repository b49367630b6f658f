// A configuration as data, and the linter it asks for. No file system here: the command line
// and the editor read config files (node/config.ts), the page and the API are handed one.
import type {ContextValues} from './context-fields.js'
import {ConfigError, createLinter, type Linter} from './engine.js'
import {optionProblem} from './options.js'
import type {ApplicantProfile, Rule, RuleSetting, Severity} from './types.js'

/** A phrase rule written in a config file. */
export interface PhraseRuleConfig {
  id: string
  severity: Severity
  message: string
  patterns: string[]
  rewrite?: string[]
}

/** A configuration, checked and with its defaults filled in. */
export interface ResolvedConfig {
  /** The file it came from; undefined when no file was found. */
  filePath?: string
  rules: Record<string, RuleSetting>
  context: ContextValues
  phrases: PhraseRuleConfig[]
  extends: 'recommended' | 'strict'
  applicant?: ApplicantProfile
  /** Globs of template files, for template mode. */
  templates?: string[]
}

/** The configuration of a draft that has none: every rule as its rule.yml says. */
export const emptyConfig: ResolvedConfig = Object.freeze({rules: {}, context: {}, phrases: [], extends: 'recommended'})

/** A linter for a configuration, and the rule settings to lint with. */
export interface ConfiguredLinter {
  linter: Linter
  rules: Record<string, RuleSetting>
}

let linters = new WeakMap<ResolvedConfig, WeakMap<readonly Rule[], ConfiguredLinter>>()
// Compiling is the slow part, and most configs add no phrases: those share one linter.
let plain = new WeakMap<readonly Rule[], Linter>()

/** Forget every linter compiled so far (the config files they came from may have changed). */
export function forgetLinters(): void {
  linters = new WeakMap()
  plain = new WeakMap()
}

function phraseRule(phrase: PhraseRuleConfig): Rule {
  const entry = {patterns: phrase.patterns, message: phrase.message, ...(phrase.rewrite ? {rewrite: phrase.rewrite} : {})}
  return {
    meta: {id: phrase.id, severity: phrase.severity, summary: phrase.message, why: phrase.message},
    phrases: [entry]
  }
}

function compile(rules: readonly Rule[], where: string): Linter {
  try {
    return createLinter(rules)
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message}`)
  }
}

/**
 * The linter for a configuration: the built-in rules plus the config's phrase rules, compiled
 * together once and cached, and the rule settings with `extends` applied. Unknown rule ids and
 * options throw a ConfigError naming the file and the key.
 */
export function configuredLinter(config: ResolvedConfig, builtIn: readonly Rule[]): ConfiguredLinter {
  let byRules = linters.get(config)
  if (!byRules) linters.set(config, (byRules = new WeakMap()))
  const cached = byRules.get(builtIn)
  if (cached) return cached

  const where = config.filePath ?? 'config'
  const known = new Map(builtIn.map((rule) => [rule.meta.id, rule]))
  config.phrases.forEach((phrase, index) => {
    if (known.has(phrase.id)) {
      throw new ConfigError(`${where}: phrases[${index}].id: "${phrase.id}" is already a rule`)
    }
    known.set(phrase.id, phraseRule(phrase))
  })
  const rules = [...known.values()]
  for (const [id, setting] of Object.entries(config.rules)) {
    const rule = known.get(id)
    if (!rule) throw new ConfigError(`${where}: rules.${id}: unknown rule`)
    const options = Array.isArray(setting) ? setting[1] : undefined
    const found = options ? optionProblem(rule.meta.options, options, `${where}: rules.${id}`, rule.meta.optionTypes) : undefined
    if (found) throw new ConfigError(found)
  }
  const settings: Record<string, RuleSetting> = {}
  if (config.extends === 'strict') {
    // Strict: every warning is an error unless the config sets the rule itself.
    for (const rule of rules) if (rule.meta.severity === 'warning') settings[rule.meta.id] = 'error'
  }
  Object.assign(settings, config.rules)
  let linter: Linter
  if (config.phrases.length > 0) linter = compile(rules, where)
  else {
    linter = plain.get(builtIn) ?? compile(rules, where)
    plain.set(builtIn, linter)
  }
  const result = {linter, rules: settings}
  byRules.set(builtIn, result)
  return result
}
