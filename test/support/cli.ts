import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const serverBin = path.join(repoRoot, 'packages/language-server/bin/followup-lint-language-server.js')
export const cliBin = path.join(repoRoot, 'packages/cli/bin/followup-lint.js')

/** A message of `--format json`: ESLint's fields, then ours. */
export interface CliMessage {
  ruleId: string
  /** ESLint's: 2 for an error, 1 for a warning or an info hint. */
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fix?: {range: [number, number]; text: string}
  suggestions?: {desc: string; fix: {range: [number, number]; text: string}; safe: boolean}[]
  level: 'error' | 'warning' | 'info'
  offset: number
  endOffset: number
  url?: string
}

/** A message's rewrites as the engine gives them: the replacement text and whether it is safe. */
export function rewritesOf(message: CliMessage): {text: string; safe: boolean}[] | undefined {
  return message.suggestions?.map((suggestion) => ({text: suggestion.fix.text, safe: suggestion.safe}))
}

/**
 * What `followup-lint --format json` reports for one file, with more options in `args`
 * (context flags), or for `input` on standard input when `file` is `-`.
 */
export function cliReport(
  file: string,
  options: {args?: readonly string[]; input?: string} = {}
): {messages: CliMessage[]; score: number; kind: string} {
  const run = spawnSync(process.execPath, [cliBin, '--format', 'json', ...(options.args ?? []), file], {
    cwd: repoRoot,
    encoding: 'utf8',
    input: options.input ?? ''
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`followup-lint exited ${run.status}: ${run.stderr}`)
  const [entry] = JSON.parse(run.stdout) as {messages: CliMessage[]; score: number; kind: string}[]
  return entry!
}

/** The CLI's 1-based, end-exclusive positions as a 0-based LSP range. */
export function lspRange(message: CliMessage) {
  return {
    start: {line: message.line - 1, character: message.column - 1},
    end: {line: message.endLine - 1, character: message.endColumn - 1}
  }
}

export const lspSeverity = {error: 1, warning: 2, info: 3} as const
