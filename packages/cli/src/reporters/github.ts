import path from 'node:path'
import type {LintResult, Severity} from '@followup-lint/core'

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** Escape the message of a workflow command, as the Actions toolkit does. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a property value of a workflow command: the data escapes, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

/**
 * GitHub Actions workflow commands, one a finding, which the runner turns into annotations
 * on the lines of the file: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 * Paths are relative to `cwd` (the workspace in a workflow), with forward slashes.
 */
export function formatGithub(results: readonly LintResult[], options: {cwd: string}): string {
  const lines: string[] = []
  for (const result of results) {
    const filePath = result.filePath ?? '<text>'
    const file = path.isAbsolute(filePath) ? path.relative(options.cwd, filePath) : filePath
    const name = file.split(path.sep).join('/')
    for (const message of result.messages) {
      const properties = [
        `file=${escapeProperty(name)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        `endLine=${message.endLine}`,
        `endColumn=${message.endColumn}`,
        `title=${escapeProperty(message.ruleId)}`
      ]
      lines.push(`::${commands[message.severity]} ${properties.join(',')}::${escapeData(message.message)}`)
    }
  }
  return lines.map((line) => line + '\n').join('')
}
