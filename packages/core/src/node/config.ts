// Configuration files: found upward from each draft, validated, and turned into a linter.
// The CLI and the language server both use this, so a draft is linted alike in both.
import {lstat} from 'node:fs/promises'
import path from 'node:path'
import {emptyConfig, forgetLinters, type ResolvedConfig} from '../configure.js'
import {ConfigError} from '../engine.js'
import {readRegularFile} from './access.js'
import {decodeDraft, describe} from './read.js'

export {configuredLinter} from '../configure.js'
export type {ConfiguredLinter, PhraseRuleConfig, ResolvedConfig} from '../configure.js'

/** The file names looked for in each folder, nearest folder first; in one folder, this order. */
export const configFiles = ['package.json', '.followuplintrc.json', '.followuplintrc.yaml', '.followuplintrc.yml']

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

/**
 * Check a configuration given as data, as a config file's content is checked; `where` names it
 * in errors. Problems throw a ConfigError naming the key.
 */
export async function checkConfigData(data: unknown, where: string): Promise<ResolvedConfig> {
  // The schema library loads only when there is a configuration to check.
  const {checkConfig} = await import('./config-schema.js')
  return checkConfig(data, where)
}

const checked = new Map<string, ResolvedConfig>()

async function fromResult(result: Found | undefined): Promise<ResolvedConfig> {
  if (!result) return emptyConfig
  let config = checked.get(result.filepath)
  if (!config) {
    config = await checkConfigData(result.config, path.relative(process.cwd(), result.filepath) || result.filepath)
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
    return config === emptyConfig ? {...emptyConfig, filePath: options.configFile} : config
  }
  const dir = filePath ? path.dirname(path.resolve(filePath)) : process.cwd()
  return fromResult(await search(dir))
}

/** Forget every config file read so far (an editor calls this when one changes). */
export function clearConfigCache(): void {
  searched.clear()
  checked.clear()
  forgetLinters()
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
