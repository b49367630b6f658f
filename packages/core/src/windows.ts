import {chunk} from './chunks.js'
import type {Letter} from './letter.js'
import type {Region} from './types.js'

// No email comes near this much of the applicant's own prose. A longer draft (a pasted
// thesis, a generated file) is read in windows of about this size, each as a draft of its
// own, so that memory stays bounded and time grows in step with the size.
export const windowSize = 64 * 1024

/**
 * Where to cut a draft into windows: spans that cover the whole source, each holding about
 * `size` characters of `own` prose, cut where a paragraph (or failing that a line or a
 * sentence) ends. One span when the prose is shorter.
 */
export function windowsOf(source: string, own: readonly Region[], size = windowSize): Region[] {
  const spans: Region[] = []
  let start = 0
  let held = 0
  for (const region of own) {
    for (const piece of chunk(source, region, size >> 2)) {
      held += piece.end - piece.start
      if (held >= size && piece.end < source.length) {
        spans.push({start, end: piece.end})
        start = piece.end
        held = 0
      }
    }
  }
  spans.push({start, end: source.length})
  return spans
}

/** Regions (in order of the source) cut to a span. */
export function clip<T extends Region>(regions: readonly T[], span: Region): T[] {
  const out: T[] = []
  for (const region of regions) {
    if (region.end <= span.start) continue
    if (region.start >= span.end) break
    out.push({...region, start: Math.max(region.start, span.start), end: Math.min(region.end, span.end)})
  }
  return out
}

function within<T extends Region>(region: T | undefined, span: Region): T | undefined {
  return region && region.start >= span.start && region.end <= span.end ? region : undefined
}

/**
 * The part of a letter inside one window: its zones, paragraphs and own words cut to the
 * span; the subject, greeting, sign-off and signature only in the window that holds them.
 */
export function clipLetter(letter: Letter, span: Region): Letter {
  const body = {start: Math.max(letter.body.start, span.start), end: Math.min(letter.body.end, span.end)}
  const clipped: Letter = {
    body: body.end > body.start ? body : {start: span.start, end: span.start},
    paragraphs: clip(letter.paragraphs, span),
    zones: clip(letter.zones, span),
    own: clip(letter.own, span),
    dates: letter.dates.filter((date) => date.start >= span.start && date.end <= span.end)
  }
  for (const key of ['subject', 'salutation', 'closing', 'signOff', 'signature'] as const) {
    const region = within(letter[key], span)
    if (region) clipped[key] = region
  }
  const greeting = within(letter.greeting, span)
  if (greeting) clipped.greeting = greeting
  // The date line belongs to the window that opens the letter.
  const top = letter.zones[0]
  if (letter.dated && top && top.start >= span.start && top.start < span.end) clipped.dated = letter.dated
  return clipped
}
