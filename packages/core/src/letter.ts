import type {Region} from './types.js'

/**
 * Who wrote a stretch of a draft and what it is. The applicant's own words are the subject,
 * the greeting, the body, a postscript and the sign-off; the rest is context: the letterhead
 * (date line, addresses, "RE:" before the greeting), the signature block, and other people's
 * mail (a quoted reply chain, a forwarded message).
 */
export type ZoneType =
  | 'letterhead'
  | 'subject'
  | 'greeting'
  | 'body'
  | 'postscript'
  | 'sign-off'
  | 'signature'
  | 'quoted'
  | 'forwarded'

/** One zone of a letter: a range of absolute offsets into the source and what it holds. */
export interface Zone extends Region {
  type: ZoneType
}

/** The zones that hold the applicant's own words: the ones phrase and tone rules judge. */
export const ownZones: ReadonlySet<ZoneType> = new Set(['subject', 'greeting', 'body', 'postscript', 'sign-off'])

/** The parts of an email draft, as ranges of absolute offsets into the source. */
export interface Letter {
  subject?: Region
  salutation?: Region
  /** From after the salutation to before the sign-off (or the signature block). */
  body: Region
  signOff?: Region
  /** The lines after the sign-off: name, degree, IDs. */
  signature?: Region
  /** The body's paragraphs, split at blank lines. */
  paragraphs: Region[]
  /** Every zone, in order of the source; lines of prose that no zone claims are body. */
  zones: Zone[]
  /** The applicant's own words: the zones of {@link ownZones}, in order. */
  own: Region[]
}

interface Line {
  start: number
  end: number
  text: string
}

// A Markdown draft often gives its subject as the first heading.
const subjectLine = /^\s*(?:subject\s*:|#{1,6}[ \t]+)/i
const headerLine = /^\s*(?:to|from|cc|bcc|date|re)\s*:/i
const salutationLine =
  /^\s*(?:dear|hello|hi|hey|hiya|yo|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b.{0,80}$/i
const sentenceEnd = /[.?]\s*$/
const signOffLine =
  /^\s*(?:sincerely(?: yours)?|yours (?:sincerely|truly|faithfully)|(?:best|kind|warm|warmest|kindest)(?: regards| wishes)?|regards|warmly|respectfully(?: yours)?|cordially|cheers|thanks(?: again| so much)?|thank you(?: again| so much)?|many thanks|with (?:gratitude|appreciation|thanks)|gratefully|all the best|take care|xoxo)\s*[,.!]*\s*$/i

function linesOf(source: string, region: Region): Line[] {
  const lines: Line[] = []
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/gy
  pattern.lastIndex = region.start
  while (pattern.lastIndex < region.end) {
    const match = pattern.exec(source)
    if (!match || match[0] === '') break
    const text = match[0].replace(/[\r\n]+$/, '')
    const start = match.index
    // A Markdown hard break ("Sincerely,\") is not part of what the line says.
    lines.push({start, end: Math.min(start + text.length, region.end), text: text.replace(/\\$/, '')})
  }
  return lines
}

const blank = (line: Line) => line.text.trim() === ''

function span(lines: Line[]): Region | undefined {
  const filled = lines.filter((line) => !blank(line))
  return filled.length > 0 ? {start: filled[0]!.start, end: filled.at(-1)!.end} : undefined
}

/** Find the subject, salutation, body, sign-off and signature of a draft. */
export function readLetter(source: string, regions: readonly Region[]): Letter {
  // Whole lines from the one the prose starts on (so "Subject:" is seen), keeping only the
  // lines that hold prose: an email's other headers or a Markdown code block are not part of
  // the letter.
  const first_ = regions[0]
  const last_ = regions.at(-1)
  if (!first_ || !last_) return {body: {start: 0, end: 0}, paragraphs: [], zones: [], own: []}
  const from = Math.max(source.lastIndexOf('\n', first_.start - 1), source.lastIndexOf('\r', first_.start - 1)) + 1
  const all = linesOf(source, {start: from, end: last_.end}).filter((line) =>
    regions.some((region) => line.start <= region.end && line.end >= region.start)
  )
  let first = 0
  let subject: Region | undefined
  while (first < all.length && (blank(all[first]!) || headerLine.test(all[first]!.text) || subjectLine.test(all[first]!.text))) {
    const line = all[first]!
    if (subjectLine.test(line.text)) {
      const marker = subjectLine.exec(line.text)![0].length
      const text = line.text.slice(marker)
      const lead = text.length - text.trimStart().length
      subject = {start: line.start + marker + lead, end: line.end}
    }
    first++
  }
  let salutation: Region | undefined
  if (first < all.length && salutationLine.test(all[first]!.text) && !sentenceEnd.test(all[first]!.text)) {
    salutation = {start: all[first]!.start, end: all[first]!.end}
    first++
  }

  let last = all.length
  let signOff: Region | undefined
  let signature: Region | undefined
  for (let i = all.length - 1; i >= first; i--) {
    if (signOffLine.test(all[i]!.text)) {
      signOff = {start: all[i]!.start, end: all[i]!.end}
      signature = span(all.slice(i + 1))
      last = i
      break
    }
  }
  if (!signOff) {
    // No sign-off: a closing block of up to four short lines without sentence punctuation
    // ("Jordan Lee\nAAMC ID 12345678") is the signature.
    let i = all.length
    while (i > first && blank(all[i - 1]!)) i--
    let top = i
    while (top > first && !blank(all[top - 1]!) && all[top - 1]!.text.trim().length <= 60 && !/[.?!]$/.test(all[top - 1]!.text.trim())) top--
    if (top < i && i - top <= 4 && top > first && blank(all[top - 1]!)) {
      signature = span(all.slice(top, i))
      last = top
    }
  }

  const bodyLines = all.slice(first, last)
  const body = span(bodyLines) ?? {start: all[first]?.start ?? 0, end: all[first]?.start ?? 0}
  const paragraphs: Region[] = []
  let current: Line[] = []
  for (const line of [...bodyLines, {start: 0, end: 0, text: ''}]) {
    if (blank(line)) {
      const region = span(current)
      if (region) paragraphs.push(region)
      current = []
    } else {
      current.push(line)
    }
  }
  const zones: Zone[] = []
  if (subject) zones.push({type: 'subject', ...subject})
  if (salutation) zones.push({type: 'greeting', ...salutation})
  if (body.end > body.start) zones.push({type: 'body', ...body})
  if (signOff) zones.push({type: 'sign-off', ...signOff})
  if (signature) zones.push({type: 'signature', ...signature})
  const own = zones.filter((zone) => ownZones.has(zone.type)).map(({start, end}) => ({start, end}))
  const letter: Letter = {body, paragraphs, zones, own}
  if (subject) letter.subject = subject
  if (salutation) letter.salutation = salutation
  if (signOff) letter.signOff = signOff
  if (signature) letter.signature = signature
  return letter
}
