import type {LintResult} from '@followup-lint/core'

/** The JSON contract: one entry per file, messages with exactly the documented fields, plus the kind. */
export function formatJson(results: readonly LintResult[]): string {
  const entries = results.map((result) => ({
    filePath: result.filePath ?? '<text>',
    messages: result.messages.map((message) => ({
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.message,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      ...(message.suggestions ? {suggestions: message.suggestions.map(({text, safe}) => ({text, safe}))} : {})
    })),
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    score: result.score,
    kind: result.kind
  }))
  return JSON.stringify(entries, null, 2) + '\n'
}
