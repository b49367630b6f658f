import type {LintResult} from '@followup-lint/core'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/**
 * Human output, grouped by file: `line:column-endLine:endColumn  severity  message  rule-id`
 * and a summary line, through vfile-reporter (the unified ecosystem's reporter).
 */
export function formatStylish(results: readonly LintResult[], options: {color: boolean}): string {
  const files = results.map((result) => {
    const file = new VFile({path: result.filePath ?? '<text>'})
    for (const message of result.messages) {
      const place = {
        start: {line: message.line, column: message.column},
        end: {line: message.endLine, column: message.endColumn}
      }
      const vfileMessage = file.message(message.message, {place, ruleId: message.ruleId})
      // vfile-reporter reads `fatal`: true is an error, false a warning, undefined an info.
      vfileMessage.fatal =
        message.severity === 'error' ? true : message.severity === 'warning' ? false : undefined
    }
    return file
  })
  return reporter(files, {color: options.color}) + '\n'
}
