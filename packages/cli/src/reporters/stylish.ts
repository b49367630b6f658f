import type {LintResult, ScorePart, Severity} from '@followup-lint/core'
import stringWidth from 'string-width'
import {printableMessage, printableName} from '../printable.js'

/** How to lay out the report: colours, the read-aloud score, and the width to wrap to. */
export interface StylishOptions {
  color: boolean
  score?: boolean
  /** Columns to fit: the terminal's width, or 80 when the output is not a terminal. */
  width?: number
}

interface Row {
  place: string
  severity: Severity
  message: string
  ruleId: string
}

// Narrower than this, a message column reads worse than a line that runs past the width.
const narrowest = 24

/**
 * Human output, grouped by file: `line:column-endLine:endColumn  severity  message  rule-id`
 * and a summary line, in the layout of vfile-reporter (the unified ecosystem's reporter), with
 * long messages wrapped inside their column so that no line runs past the width.
 */
export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const paint = (code: number, text: string, reset = 39) => (options.color ? `\u001b[${code}m${text}\u001b[${reset}m` : text)
  // In order of their names, as vfile-reporter put them.
  const files = results.map((result) => ({
    name: printableName(result.filePath ?? '<text>'),
    result,
    rows: result.messages.map(
      (message): Row => ({
        place: `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
        severity: message.severity,
        message: printableMessage(message.message),
        ruleId: message.ruleId
      })
    )
  }))
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const all = files.flatMap((file) => file.rows)
  const placeWidth = widest(all.map((row) => row.place))
  const severityWidth = widest(all.map((row) => row.severity))
  const ruleWidth = widest(all.map((row) => row.ruleId))
  const fixed = placeWidth + 1 + severityWidth + 1 + 1 + ruleWidth
  const messageWidth = Math.min(widest(all.map((row) => row.message)), Math.max(narrowest, (options.width ?? 80) - fixed))
  const indent = ' '.repeat(placeWidth + 1 + severityWidth + 1)

  const lines: string[] = []
  let lastHadRows = false
  for (const file of files) {
    if (lastHadRows) lines.push('')
    const {errorCount, warningCount, infoCount} = file.result
    const tone = errorCount > 0 ? 31 : warningCount + infoCount > 0 ? 33 : 32
    const name = options.color ? `\u001b[4m${paint(tone, file.name)}\u001b[24m` : file.name
    lines.push(file.rows.length === 0 ? `${name}: no issues found` : name)
    for (const row of file.rows) {
      const [first = '', ...rest] = wrap(row.message, messageWidth)
      const severity = paint(row.severity === 'error' ? 31 : 33, row.severity) + ' '.repeat(severityWidth - row.severity.length)
      const head = `${row.place.padEnd(placeWidth)} ${severity} ${paint(1, first, 22)}`
      lines.push(`${head}${' '.repeat(messageWidth - stringWidth(first) + 1)}${row.ruleId}`.trimEnd())
      for (const line of rest) lines.push(`${indent}${paint(1, line, 22)}`)
    }
    lastHadRows = file.rows.length > 0
  }
  const summary = byline(all, paint)
  if (summary) lines.push('', summary)

  let text = `${lines.join('\n')}\n`
  if (options.score) {
    for (const {name, result} of files) {
      const parts = result.scoreParts.map(describePart).join(', ')
      text += `${name}: read-aloud score ${result.score}/100 (${result.kind})${parts ? `: ${parts}` : ''}\n`
      if (result.recipient) text += `${name}: to the ${result.recipient.role} (${result.recipient.confidence})\n`
    }
  }
  return text
}

/** "ranking-pressure 50", or for a tone signal "emoji 10 (at 3:5, 4:2)": where its words stand. */
function describePart(part: ScorePart): string {
  const places = part.places?.map((place) => `${place.line}:${place.column}`) ?? []
  return `${part.label} ${part.points}${places.length > 0 ? ` (at ${places.join(', ')})` : ''}`
}

function widest(cells: readonly string[]): number {
  let most = 0
  for (const cell of cells) most = Math.max(most, stringWidth(cell))
  return most
}

/** Break a message at spaces into lines of at most `width` columns; a longer word keeps its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && stringWidth(line) + 1 + stringWidth(word) > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  lines.push(line)
  return lines
}

/** The summary: "✖ 2 errors", "⚠ 1 warning", or "5 messages (✖ 3 errors, ⚠ 2 warnings)". */
function byline(rows: readonly Row[], paint: (code: number, text: string) => string): string {
  const errors = rows.filter((row) => row.severity === 'error').length
  const warnings = rows.filter((row) => row.severity === 'warning').length
  const parts: string[] = []
  if (errors) parts.push(`${paint(31, '✖')} ${errors} error${errors === 1 ? '' : 's'}`)
  if (warnings) parts.push(`${paint(33, '⚠')} ${warnings} warning${warnings === 1 ? '' : 's'}`)
  const summary = parts.join(', ')
  if (!summary) return ''
  return rows.length !== errors && rows.length !== warnings ? `${rows.length} messages (${summary})` : summary
}
