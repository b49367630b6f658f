// A compose window as a draft: its subject and recipients as the text format's leading
// Subject: and To: lines, then the body, so that a draft in Gmail or Outlook gets the findings
// the command line gives the same text in a .txt file.
import {type Diagnostic, lintText, type LintResult, type ResolvedConfig} from '@followup-lint/core'
import {rules} from '../../web/src/lint.js'
import type {ComposeParts} from './compose.js'
import {type BodyText, readBody} from './text-map.js'

export interface Draft {
  text: string
  /** Where the subject field's value starts in `text`, when there is a Subject line. */
  subjectStart: number | undefined
  /** Where the body starts in `text`: the header lines come before it. */
  bodyStart: number
  body: BodyText
}

const subjectLabel = 'Subject: '

/**
 * The header lines the compose fields give, and a blank line after them when there are any.
 * The subject keeps its characters one for one (a rewrite of its words is applied to the field
 * at the same place); a line break in it would end the line early, so it becomes a space.
 */
export function headerLines(subject: string, recipients: readonly string[]): string {
  const lines: string[] = []
  if (subject.trim() !== '') lines.push(subjectLabel + subject.replace(/[\r\n]/g, ' '))
  if (recipients.length > 0) lines.push(`To: ${recipients.join(', ').replace(/\s+/g, ' ')}`)
  return lines.length > 0 ? `${lines.join('\n')}\n\n` : ''
}

export function readDraft(parts: ComposeParts): Draft {
  const body = readBody(parts.body, parts.quoteKind)
  const subject = parts.subjectInput()?.value ?? ''
  const header = headerLines(subject, parts.recipients())
  return {
    text: header + body.text,
    subjectStart: header.startsWith(subjectLabel) ? subjectLabel.length : undefined,
    bodyStart: header.length,
    body
  }
}

/**
 * Lint a draft. Findings in the quoted thread are dropped: it is the other side's mail, read
 * for its context (the program's stated policy, who signed it) and never judged.
 */
export async function lintDraft(draft: Draft, config: ResolvedConfig, signal?: AbortSignal): Promise<LintResult> {
  const result = await lintText(draft.text, {
    rules,
    format: 'text',
    filePath: 'Your draft',
    config,
    ...(signal ? {signal} : {})
  })
  const quoted = draft.body.quoted.map(({start, end}) => ({start: start + draft.bodyStart, end: end + draft.bodyStart}))
  if (quoted.length === 0) return result
  const mine = (message: Diagnostic) => !quoted.some(({start, end}) => message.offset >= start && message.offset < end)
  const messages = result.messages.filter(mine)
  const count = (severity: Diagnostic['severity']) => messages.filter((message) => message.severity === severity).length
  return {...result, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info')}
}
