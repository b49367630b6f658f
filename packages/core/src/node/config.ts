// Configuration files: found upward from each draft, validated, and turned into a linter.
// The CLI and the language server both use this, so a draft is linted alike in both.
import {lstat} from 'node:fs/promises'
import path from 'node:path'
import type {ContextKey} from '../context.js'
import {ConfigError, createLinter, type Linter} from '../engine.js'
import type {ApplicantProfile, Rule, RuleSetting, Severity} from '../types.js'
import {optionProblem} from '../options.js'
import {readRegularFile} from './access.js'
import {decodeDraft, describe} from './read.js'

/** The file names looked for in each folder, nearest folder first; in one folder, this order. */
export const configFiles = ['package.json', '.followuplintrc.json', '.followuplintrc.yaml', '.followuplintrc.yml']

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
  context: Partial<Record<ContextKey, string>>
  phrases: PhraseRuleConfig[]
  extends: 'recommended' | 'strict'
  applicant?: ApplicantProfile
  /** Globs of template files, for template mode. */
  templates?: string[]
}

async function loadYaml(filePath: string, content: string): Promise<unknown> {
  const {parse} = await import('yaml')
  try {
    return parse(content)
  } catch (error) {
    throw new ConfigError(`${filePath}: not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
}

function loadJson(filePath: string, content: string): unknown {
  try {
    return JSON.parse(content)
  } catch (error) {
    throw new ConfigError(`${filePath}: not valid JSON: ${(error as Error).message}`)
  }
}

/** A config file can be this large: a profile of many programs is a few kilobytes. */
const maxConfigBytes = 1024 * 1024

/** A config file found and parsed: where it is, and what it holds (before checking). */
interface Found {
  filepath: string
  config: unknown
}

/**
 * Read and parse one config file. Configs are data only: YAML or JSON, never code, since a
 * config is picked up from whatever folder a draft sits in (a pull request can ship one).
 * A package.json without a "followup-lint" key is not a config (undefined).
 */
async function loadConfigFile(filepath: string): Promise<Found | undefined> {
  const name = path.basename(filepath)
  const extension = path.extname(name).toLowerCase()
  const loader = extension === '.json' ? loadJson : extension === '.yaml' || extension === '.yml' || extension === '' ? loadYaml : undefined
  if (!loader) {
    throw new ConfigError(`${filepath}: a config file is YAML or JSON (.yaml, .yml, .json), not "${extension}"`)
  }
  let content: string
  try {
    content = decodeDraft(await readRegularFile(filepath, maxConfigBytes), filepath)
  } catch (error) {
    throw new ConfigError((error as Error).message.replace(/\(raise it with --max-size\)$/, '(a config file is data, not a draft)'))
  }
  const parsed = await loader(filepath, content)
  if (name === 'package.json') {
    const key = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>)['followup-lint'] : undefined
    return key === undefined ? undefined : {filepath, config: key}
  }
  return {filepath, config: parsed}
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return false
    throw new ConfigError(`${file}: ${describe(error)}`)
  }
}

const searched = new Map<string, Promise<Found | undefined>>()

/**
 * The nearest config file at or above `dir`: its folder first, then each parent, up to and
 * including the root of the repository (a folder holding `.git`) or of the file system. A
 * config above the repository the draft is in belongs to someone else's project.
 */
function search(dir: string): Promise<Found | undefined> {
  let pending = searched.get(dir)
  if (!pending) {
    pending = (async () => {
      for (const name of configFiles) {
        const file = path.join(dir, name)
        if (!(await exists(file))) continue
        const found = await loadConfigFile(file)
        if (found) return found
      }
      const parent = path.dirname(dir)
      if (parent === dir || (await exists(path.join(dir, '.git')))) return undefined
      return search(parent)
    })()
    searched.set(dir, pending)
  }
  return pending
}

const checked = new Map<string, ResolvedConfig>()
const empty: ResolvedConfig = {rules: {}, context: {}, phrases: [], extends: 'recommended'}

async function fromResult(result: Found | undefined): Promise<ResolvedConfig> {
  if (!result) return empty
  let config = checked.get(result.filepath)
  if (!config) {
    // The schema library loads only when there is a config file to check.
    const {checkConfig} = await import('./config-schema.js')
    config = checkConfig(result.config, path.relative(process.cwd(), result.filepath) || result.filepath)
    checked.set(result.filepath, config)
  }
  return config
}

/**
 * The configuration for a draft: `configFile` when given, else the nearest config file in the
 * draft's folder or above it (for standard input, the working folder). No file gives the
 * defaults. Problems throw a ConfigError naming the file and the key.
 */
export async function resolveConfig(filePath: string | undefined, options: {configFile?: string} = {}): Promise<ResolvedConfig> {
  if (options.configFile) {
    if (!(await exists(options.configFile))) throw new ConfigError(`${options.configFile}: no such config file`)
    const config = await fromResult(await loadConfigFile(options.configFile))
    return config === empty ? {...empty, filePath: options.configFile} : config
  }
  const dir = filePath ? path.dirname(path.resolve(filePath)) : process.cwd()
  return fromResult(await search(dir))
}

/** Forget every config file read so far (an editor calls this when one changes). */
export function clearConfigCache(): void {
  searched.clear()
  checked.clear()
  linters = new WeakMap()
}

/** A linter for a configuration, and the rule settings to lint with. */
export interface ConfiguredLinter {
  linter: Linter
  rules: Record<string, RuleSetting>
}

let linters = new WeakMap<ResolvedConfig, WeakMap<readonly Rule[], ConfiguredLinter>>()

function phraseRule(phrase: PhraseRuleConfig): Rule {
  const entry = {patterns: phrase.patterns, message: phrase.message, ...(phrase.rewrite ? {rewrite: phrase.rewrite} : {})}
  return {
    meta: {id: phrase.id, severity: phrase.severity, summary: phrase.message, why: phrase.message},
    phrases: [entry]
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
    const found = options ? optionProblem(rule.meta.options, options, `${where}: rules.${id}`) : undefined
    if (found) throw new ConfigError(found)
  }
  const settings: Record<string, RuleSetting> = {}
  if (config.extends === 'strict') {
    // Strict: every warning is an error unless the config sets the rule itself.
    for (const rule of rules) if (rule.meta.severity === 'warning') settings[rule.meta.id] = 'error'
  }
  Object.assign(settings, config.rules)
  let linter: Linter
  try {
    linter = createLinter(rules)
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message}`)
  }
  const result = {linter, rules: settings}
  byRules.set(builtIn, result)
  return result
}

/** The commented starter file that `followup-lint init` writes. */
export const starterConfig = `# followup-lint configuration. Every key is optional.
# Found by looking upward from each draft; the nearest file wins.

# "recommended" keeps each rule's own severity; "strict" makes every warning an error.
extends: recommended

# Per rule: off, info, warning or error, or [severity, {options}].
rules:
  # flattery: off
  # excessive-length: [warning, {}]

# Defaults for drafts that do not say otherwise (flags and front matter win).
context:
  # kind: thank-you            # thank-you | correction | update | question | forward-request
  # recipient: coordinator     # coordinator | program-office | interviewer | program-director | faculty
  # policy: open               # open | no-faculty-contact

# Your own phrases to flag, in the phrase language of the built-in rules.
phrases:
  # - id: no-hope-you-are-well
  #   severity: info
  #   message: "“{actual}” adds nothing; start with why you are writing."
  #   patterns: ["hope (this|you) *3 (finds|find) you well"]

# Your profile: drafts are checked against it (wrong program, name or AAMC ID), and the
# program a draft is for fills in its interview date, policy and people.
applicant:
  # name: Priya Raman
  # aamcId: "14523876"
  programs:
    # - name: Lakeshore University
    #   aliases: [LU, Lakeshore IM]
    #   specialty: Internal Medicine
    #   interviewDate: 2026-01-08
    #   coordinator: Adaeze Okonkwo
    #   interviewers: [Ana Mensah, Tomas Ruiz]
    #   policy: no-faculty-contact
`
