// Where a document-level finding points when no single phrase causes it.
import type {LintDocument} from '@followup-lint/core'

/** A range of the source, with the text written there. */
export interface Place {
  start: number
  end: number
  text: string
}

/**
 * The greeting ("Dear Dr. Mensah"), as the letter reader found it, or else the first non-empty
 * line of the prose: the line a reader meets first, where a finding about the whole message
 * belongs.
 */
export function opening(document: LintDocument): Place | undefined {
  const {source, regions, letter} = document
  if (letter.greeting) {
    const {start, end} = letter.greeting
    return {start, end, text: source.slice(start, end)}
  }
  for (const region of regions) {
    // The first character that is not blank, and its line without the blanks around it: a scan,
    // since an expression for it tries every start of a long line of blanks.
    const text = source.slice(region.start, region.end)
    const first = text.search(/\S/)
    if (first < 0) continue
    let lineEnd = first
    while (lineEnd < text.length && text.charAt(lineEnd) !== '\n' && text.charAt(lineEnd) !== '\r') lineEnd++
    const start = region.start + first
    const end = region.start + first + text.slice(first, lineEnd).trimEnd().length
    return {start, end, text: source.slice(start, end)}
  }
  return undefined
}
