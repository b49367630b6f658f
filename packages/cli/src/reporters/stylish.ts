import type {LintResult} from '@followup-lint/core'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {printableMessage, printableName} from '../printable.js'

/**
 * Human output, grouped by file: `line:column-endLine:endColumn  severity  message  rule-id`
 * and a summary line, through vfile-reporter (the unified ecosystem's reporter).
 */
export function formatStylish(results: readonly LintResult[], options: {color: boolean; score?: boolean}): string {
  const files = results.map((result) => {
    const file = new VFile({path: printableName(result.filePath ?? '<text>')})
    for (const message of result.messages) {
      const place = {
        start: {line: message.line, column: message.column},
        end: {line: message.endLine, column: message.endColumn}
      }
      const vfileMessage = file.message(printableMessage(message.message), {place, ruleId: message.ruleId})
      // vfile-reporter reads `fatal`: true is an error, false a warning, undefined an info.
      vfileMessage.fatal =
        message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined
    }
    return file
  })
  let text = reporter(files, {color: options.color}) + '\n'
  if (options.score) {
    for (const result of results) {
      const parts = result.scoreParts.map((part) => `${part.label} ${part.points}`).join(', ')
      const name = printableName(result.filePath ?? '<text>')
      text += `${name}: read-aloud score ${result.score}/100 (${result.kind})${parts ? `: ${parts}` : ''}\n`
      if (result.recipient) text += `${name}: to the ${result.recipient.role} (${result.recipient.confidence})\n`
    }
  }
  return text
}
