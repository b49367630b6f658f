import path from 'node:path'
import type {Diagnostic, LintResult, Severity} from '@followup-lint/core'

/** What the JSON report needs beyond the results. */
export interface JsonOptions {
  /** Relative file paths are made absolute against this folder, as ESLint reports them. */
  cwd: string
}

// ESLint has two severities: 2 for an error, 1 for a warning. An `info` finding is a suggestion
// that never fails a run, which is what a warning is to ESLint's tools; `level` keeps ours.
const eslintSeverity: Record<Severity, 1 | 2> = {error: 2, warning: 1, info: 1}

interface Fix {
  range: [number, number]
  text: string
}

function fixOf(message: Diagnostic, text: string): Fix {
  return {range: [message.offset, message.endOffset], text}
}

/** One finding as ESLint describes a message, with our own fields after ESLint's. */
function eslintMessage(message: Diagnostic) {
  // Only a rewrite that keeps the meaning is a fix; every rewrite is a suggestion, each marked
  // with whether it is safe.
  const safe = message.suggestions?.find((suggestion) => suggestion.safe)
  return {
    ruleId: message.ruleId,
    severity: eslintSeverity[message.severity],
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(safe ? {fix: fixOf(message, safe.text)} : {}),
    ...(message.suggestions
      ? {
          suggestions: message.suggestions.map((suggestion) => ({
            desc: `Replace with “${suggestion.text}”`,
            fix: fixOf(message, suggestion.text),
            safe: suggestion.safe
          }))
        }
      : {}),
    level: message.severity,
    offset: message.offset,
    endOffset: message.endOffset,
    ...(message.url ? {url: message.url} : {})
  }
}

/** A name such as <stdin> is not a path on disk and stays as it is. */
function absolute(filePath: string | undefined, cwd: string): string {
  if (filePath === undefined) return '<text>'
  return filePath.startsWith('<') ? filePath : path.resolve(cwd, filePath)
}

/**
 * The results as ESLint's formatters and the tools that read ESLint's JSON expect them: one
 * entry per file with ESLint's fields and meanings, and ours (level, offsets, url, infoCount,
 * score, kind) beside them.
 */
export function formatJson(results: readonly LintResult[], options: JsonOptions): string {
  const entries = results.map((result) => {
    const messages = result.messages.map(eslintMessage)
    const count = (severity: 1 | 2, fixable = false) =>
      messages.filter((message) => message.severity === severity && (!fixable || message.fix !== undefined)).length
    return {
      filePath: absolute(result.filePath, options.cwd),
      messages,
      suppressedMessages: [],
      errorCount: count(2),
      fatalErrorCount: 0,
      warningCount: count(1),
      fixableErrorCount: count(2, true),
      fixableWarningCount: count(1, true),
      usedDeprecatedRules: [],
      infoCount: result.infoCount,
      score: result.score,
      kind: result.kind
    }
  })
  return JSON.stringify(entries, null, 2) + '\n'
}
