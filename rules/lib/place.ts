// Where a document-level finding points when no single phrase causes it.
import {findSalutation, type LintDocument} from '@followup-lint/core'

/** A range of the source, with the text written there. */
export interface Place {
  start: number
  end: number
  text: string
}

/**
 * The salutation ("Dear Dr. Mensah"), or else the first non-empty line of the prose: the line
 * a reader meets first, where a finding about the whole message belongs.
 */
export function opening(document: LintDocument): Place | undefined {
  const {source, regions} = document
  for (const region of regions) {
    const found = findSalutation(source.slice(region.start, region.end))
    if (found) {
      const start = region.start + found.start
      const end = region.start + found.end
      return {start, end, text: source.slice(start, end)}
    }
  }
  for (const region of regions) {
    const text = source.slice(region.start, region.end)
    const line = /[^\r\n]*\S[^\r\n]*/.exec(text)
    if (!line) continue
    const lead = line[0].length - line[0].trimStart().length
    const start = region.start + line.index + lead
    const end = start + line[0].trim().length
    return {start, end, text: source.slice(start, end)}
  }
  return undefined
}
