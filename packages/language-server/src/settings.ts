import {checkContextValue, fieldOfName, type LintContext, optionProblem, type RuleMeta, type RuleSetting} from '@followup-lint/core'
import {expandBraces, maxAlternatives} from './glob.js'

/** What the server needs to lint one document. */
export interface Settings {
  enable: boolean
  /** The largest document linted, in megabytes: the command line's `--max-size`. */
  maxSize: number
  rules: Record<string, RuleSetting>
  context: LintContext
  /** Glob patterns of the files checked; undefined checks every document (see scope.ts). */
  files: readonly string[] | undefined
  /** Whether the read-aloud score is published with the findings. */
  score: boolean
}

/** Settings from one source, any of which may be missing. */
export interface PartialSettings {
  enable?: boolean
  maxSize?: number
  rules?: Record<string, RuleSetting>
  context?: LintContext
  files?: readonly string[]
  score?: boolean
}

// Without `files` the server checks every document it is given: an editor that attaches it to
// chosen files has chosen already. The VS Code extension sends its own default (draftFiles).
export const defaultSettings: Settings = Object.freeze({
  enable: true,
  maxSize: 4,
  rules: {},
  context: {},
  files: undefined,
  score: true
})

/** The longest glob pattern taken, in characters. */
const maxPatternLength = 1000

const levels = new Set(['off', 'info', 'warning', 'error'])

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isRuleSetting(value: unknown): value is RuleSetting {
  if (typeof value === 'string') return levels.has(value)
  if (!Array.isArray(value) || value.length < 1 || value.length > 2) return false
  return typeof value[0] === 'string' && levels.has(value[0]) && (value.length === 1 || isObject(value[1]))
}

/**
 * The rules settings may name: their ids, or their descriptions by id, which lets a rule's
 * options be checked against the types its rule.yml declares.
 */
export type KnownRules = ReadonlySet<string> | ReadonlyMap<string, Pick<RuleMeta, 'options' | 'optionTypes'>>

/** Why a rule's options cannot be used, as `followupLint.rules.id.key: reason`, or undefined. */
function settingOptionProblem(id: string, setting: RuleSetting, knownRules: KnownRules): string | undefined {
  const meta = knownRules instanceof Map ? knownRules.get(id) : undefined
  const options = Array.isArray(setting) ? setting[1] : undefined
  return meta && options ? optionProblem(meta.options, options, `followupLint.rules.${id}`, meta.optionTypes) : undefined
}

/**
 * Check settings as an editor sends them (the `followupLint` section). Anything unusable is
 * left out and described in `problems`, so a typo costs one setting, never the server.
 */
export function parseSettings(
  raw: unknown,
  knownRules: KnownRules
): {settings: PartialSettings; problems: string[]} {
  const settings: PartialSettings = {}
  const problems: string[] = []
  if (raw === undefined || raw === null) return {settings, problems}
  if (!isObject(raw)) return {settings, problems: ['followupLint: settings must be an object']}
  for (const key of ['enable', 'score'] as const) {
    if (raw[key] === undefined) continue
    if (typeof raw[key] === 'boolean') settings[key] = raw[key]
    else problems.push(`followupLint.${key}: must be true or false`)
  }
  if (raw.files !== undefined) {
    if (!Array.isArray(raw.files)) {
      problems.push('followupLint.files: must be a list of glob patterns')
    } else {
      const files: string[] = []
      for (const pattern of raw.files as unknown[]) {
        if (typeof pattern !== 'string' || pattern.trim() === '') {
          problems.push(`followupLint.files: ${JSON.stringify(pattern)} is not a glob pattern`)
        } else if (pattern.length > maxPatternLength) {
          problems.push(`followupLint.files: a pattern may be at most ${maxPatternLength} characters long`)
        } else if (!expandBraces(pattern)) {
          problems.push(`followupLint.files: "${pattern}" stands for more than ${maxAlternatives} patterns`)
        } else files.push(pattern)
      }
      settings.files = files
    }
  }
  if (raw.maxSize !== undefined) {
    const size = raw.maxSize
    if (typeof size === 'number' && Number.isFinite(size) && size > 0 && size <= 1024) settings.maxSize = size
    else problems.push('followupLint.maxSize: must be a number of megabytes, more than 0 and at most 1024')
  }
  if (raw.rules !== undefined) {
    if (!isObject(raw.rules)) {
      problems.push('followupLint.rules: must be an object of rule ids')
    } else {
      settings.rules = {}
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!knownRules.has(id)) problems.push(`followupLint.rules: unknown rule "${id}"`)
        else if (!isRuleSetting(value)) {
          problems.push(`followupLint.rules.${id}: use "off", "info", "warning", "error" or [severity, {options}]`)
        } else {
          const found = settingOptionProblem(id, value, knownRules)
          if (found) problems.push(found)
          else settings.rules[id] = value
        }
      }
    }
  }
  if (raw.context !== undefined) {
    if (!isObject(raw.context)) {
      problems.push('followupLint.context: must be an object')
    } else {
      const context: Record<string, unknown> = {}
      for (const [key, value] of Object.entries(raw.context)) {
        if (value === undefined || value === null || value === '') continue
        // Settings name the fields in camel case, as the table does.
        const field = fieldOfName(key)
        if (!field) {
          problems.push(`followupLint.context: unknown key "${key}"`)
          continue
        }
        try {
          context[key] = checkContextValue(field, value, `followupLint.context.${key}`)
        } catch (error) {
          problems.push((error as Error).message)
        }
      }
      settings.context = context as LintContext
    }
  }
  return {settings, problems}
}

/** Layer settings: later sources win, rule by rule and context key by context key. */
export function mergeSettings(...layers: (PartialSettings | undefined)[]): Settings {
  const merged: Settings = {...defaultSettings, rules: {}, context: {}}
  for (const layer of layers) {
    if (!layer) continue
    if (layer.enable !== undefined) merged.enable = layer.enable
    if (layer.maxSize !== undefined) merged.maxSize = layer.maxSize
    if (layer.score !== undefined) merged.score = layer.score
    // A list of files replaces the one before: patterns are not merged.
    if (layer.files !== undefined) merged.files = layer.files
    Object.assign(merged.rules, layer.rules)
    Object.assign(merged.context, layer.context)
  }
  return merged
}

/** Where the store gets its raw inputs; the server wires these to the client. */
export interface SettingsSources {
  /** The `followupLint` section for a document; undefined falls back to pushed settings. */
  editor?: (uri: string) => Promise<unknown>
  knownRules: KnownRules
  /** Told each problem once, in words for the user. */
  report: (problem: string) => void
}

/**
 * Resolves the editor settings of each document, in one place. Configuration files are read
 * when the document is linted, and win over these where both speak. Results are cached per
 * document until {@link SettingsStore.clear}.
 */
export class SettingsStore {
  #cache = new Map<string, Promise<Settings>>()
  #global: unknown
  #reported = new Set<string>()
  readonly #sources: SettingsSources

  constructor(sources: SettingsSources) {
    this.#sources = sources
  }

  /** Settings pushed with workspace/didChangeConfiguration, for clients without workspace/configuration. */
  setGlobal(raw: unknown): void {
    this.#global = raw
  }

  /** Forget every cached result, after a settings or config file change. */
  clear(): void {
    this.#cache.clear()
  }

  /** Forget one document, when it is closed. */
  forget(uri: string): void {
    this.#cache.delete(uri)
  }

  /** The settings that apply to a document. Never rejects. */
  settingsFor(uri: string): Promise<Settings> {
    let settings = this.#cache.get(uri)
    if (!settings) {
      settings = this.#resolve(uri)
      this.#cache.set(uri, settings)
    }
    return settings
  }

  async #resolve(uri: string): Promise<Settings> {
    const {editor, knownRules} = this.#sources
    let raw = this.#global
    if (editor) {
      try {
        raw = (await editor(uri)) ?? raw
      } catch (error) {
        this.#report(`could not read the editor settings: ${(error as Error).message ?? String(error)}`)
      }
    }
    const {settings, problems} = parseSettings(raw, knownRules)
    for (const problem of problems) this.#report(problem)
    return mergeSettings(settings)
  }

  #report(problem: string): void {
    if (this.#reported.has(problem)) return
    this.#reported.add(problem)
    this.#sources.report(problem)
  }
}
