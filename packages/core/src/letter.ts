import {datedLine} from './chronology.js'
import {findDates, type WrittenDate} from './dates.js'
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
  /** The greeting's whole line ("Dear Dr. Mensah,"). */
  salutation?: Region
  /**
   * The greeting up to its first comma, colon or exclamation mark ("Dear Dr. Mensah"), the
   * words a finding about the whole message points at, and whom it names ("Dr. Mensah"; empty
   * for a bare "Hello,").
   */
  greeting?: Greeting
  /**
   * The applicant's own body: from its first line after the greeting to its last before the
   * sign-off (or the signature block). Quoted lines between answers fall inside the range but
   * are no part of `own`, the tokens or `paragraphs`.
   */
  body: Region
  signOff?: Region
  /** The lines after the sign-off (name, degree, IDs, links, footers), a P.S. excepted. */
  signature?: Region
  /** The own body's paragraphs, split at blank lines and at quoted lines. */
  paragraphs: Region[]
  /**
   * The body's last paragraph when it only closes the letter: one short sentence of thanks or
   * of looking forward ("Thank you for your time."), which makes no point of its own.
   */
  closing?: Region
  /** Every zone, in order of the source; lines of prose that no zone claims are body. */
  zones: Zone[]
  /** The applicant's own words: the zones of {@link ownZones}, in order. */
  own: Region[]
  /** Every date written in the applicant's own words, in order, at absolute offsets. */
  dates: WrittenDate[]
  /**
   * The day the letter is dated by its first written line, above the greeting ("January 12,
   * 2026" in the letterhead), as YYYY-MM-DD, when that line gives the year.
   */
  dated?: string
}

/** A letter's greeting without its closing mark, and the name it addresses. */
export interface Greeting extends Region {
  name: string
}

/** How to read a letter. */
export interface LetterOptions {
  /** A Markdown draft: a block quote is quoted mail only under an "On ... wrote:" line. */
  markdown?: boolean
}

interface Line {
  start: number
  end: number
  text: string
}

// A Markdown draft often gives its subject as the first heading.
const subjectLine = /^\s*(?:subject\s*:|#{1,6}[ \t]+)/i
const headerLine = /^\s*(?:to|from|cc|bcc|date|re)\s*:/i
// The words a greeting opens with, before the name it addresses.
const greetingOpener = String.raw`(?:dear|hello|hi|hey|hiya|yo|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b`
const salutationLine = new RegExp(String.raw`^\s*${greetingOpener}.{0,80}$`, 'i')
const sentenceEnd = /[.?]\s*$/
const greetingWords = new RegExp(`^${greetingOpener}`, 'i')
// Two line breaks with nothing but blanks between: a blank line.
// A paragraph that closes the letter opens with thanks or with looking forward.
const closingWords = /^(?:thank|thanks|many thanks|i (?:look|am looking) forward|i appreciate|i am grateful|i'm grateful|with (?:thanks|gratitude))/i

/** Whether a paragraph is one short sentence of thanks or of looking forward. */
function closingParagraph(source: string, paragraph: Region): boolean {
  const text = source.slice(paragraph.start, paragraph.end).trim()
  return closingWords.test(text) && text.split(/\s+/).length <= 20 && !/[.!?]\s+\S/.test(text)
}
const lineBreaks = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/
// A greeting that opens the first line of the body, with a name and then a comma or the like:
// "Dear Dr. Mensah, thank you for ...".
// The name's first character is no blank, so the blanks before it are read one way only.
const inlineGreeting = new RegExp(String.raw`^[ \t]*${greetingOpener}[ \t]+[^\s,:;!][^\r\n,:;!]{0,79}[,:;!]`, 'i')

/** The greeting of a salutation line: up to its first comma, colon, semicolon or "!". */
function greetingOf(source: string, line: Region): Greeting {
  const text = source.slice(line.start, line.end)
  const lead = text.length - text.trimStart().length
  let cut = lead
  while (cut < text.length && !',:;!'.includes(text.charAt(cut))) cut++
  const words = text.slice(lead, cut).trimEnd()
  const opener = greetingWords.exec(words)?.[0] ?? ''
  return {start: line.start + lead, end: line.start + lead + words.length, name: words.slice(opener.length).trim()}
}
// Tested on the line without the blanks around it.
const signOffLine =
  /^(?:(?:with |and )?(?:(?:very |all (?:the )?)?best|kind|kindest|warm|warmest|sincere|heartfelt|many|much|my)? ?(?:regards|wishes|thanks|gratitude|appreciation|respect)|sincerely(?: yours)?|yours(?: (?:sincerely|truly|faithfully|respectfully))?|respectfully(?: yours| submitted)?|warmly|cordially|cheers|best|all the best|thanks(?: again| so much| and regards)?|thank you(?: again| so much| and best regards)?|gratefully(?: yours)?|take care|xoxo)[,.!]*$/i

/**
 * A closing that the list of sign-offs does not know ("Thanks for all you do,", "With so much
 * gratitude,"): the last short line of the letter that ends in a comma, when the line right
 * after it is a name. The index of that line, or -1.
 */
function unlistedSignOff(all: readonly Line[], first: number, last: number, own: (i: number) => boolean): number {
  for (let i = last - 1; i >= first; i--) {
    if (!own(i) || blank(all[i]!)) continue
    const text = all[i]!.text.trim()
    if (!text.endsWith(',')) continue
    const words = text.split(/\s+/)
    if (words.length > 8 || /[.?!:;]/.test(text)) return -1
    const next = all[i + 1]
    return next && own(i + 1) && isNameLine(next.text) ? i : -1
  }
  return -1
}

/** Whether a line reads as a signed name: one to five capitalized words before any comma, nothing else. */
export function isNameLine(line: string): boolean {
  const name = line.split(',')[0]!.replace(/\([^()]*\)/g, ' ').trim()
  if (name === '' || /[\d@:;!?]/.test(name) || /\.$/.test(line.trim())) return false
  const words = name.split(/\s+/)
  return words.length <= 5 && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|da|van|von|der|del|la|le|bin|al)$/.test(word))
}

/**
 * The lines that touch a region of prose. Lines and regions both come in order, so one sweep
 * does it: testing every line against every region grew with the square of a long Markdown
 * draft, which has a region per run of text.
 */
function touching(lines: Line[], regions: readonly Region[]): Line[] {
  const out: Line[] = []
  let at = 0
  for (const line of lines) {
    while (at < regions.length && regions[at]!.end < line.start) at++
    const region = regions[at]
    if (region && region.start <= line.end) out.push(line)
  }
  return out
}

function linesOf(source: string, region: Region): Line[] {
  const lines: Line[] = []
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/gy
  pattern.lastIndex = region.start
  while (pattern.lastIndex < region.end) {
    const match = pattern.exec(source)
    if (!match || match[0] === '') break
    let cut = match[0].length
    while (cut > 0 && (match[0].charCodeAt(cut - 1) === 10 || match[0].charCodeAt(cut - 1) === 13)) cut--
    const text = match[0].slice(0, cut)
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

// Other people's mail, by the markers mail programs write above it.
const quoteLine = /^[ \t]*>/
const originalMessage = /^[ \t]*-{2,}[ \t]*original message[ \t]*-{2,}[ \t]*$/i
const forwardMarker = /^[ \t]*(?:-{2,}[ \t]*forwarded message[ \t]*-{2,}|begin forwarded message:)[ \t]*$/i
// Outlook's header block, bold in Markdown ("**From:** ...").
const blockFrom = /^[ \t]*\**from:\**[ \t]/i
const blockSent = /^[ \t]*\**(?:sent|date):\**[ \t]/i
const blockTo = /^[ \t]*\**(?:to|subject|cc):\**[ \t]/i
const horizontalRule = /^[ \t]*(?:_{5,}|-{5,})[ \t]*$/
const wrote = /(?:^|[\s>"')\]])wrote:$/i
const forwardSubject = /^\s*(?:fwd?|fw)\s*:/i
// What stands after the signature: a postscript is the applicant's; a sent-from line, a
// "-- " delimiter and a legal footer belong to the signature.
const postscriptLine = /^[ \t]*[*_]*(?:p\.?[ \t]?)+s\b/i
const signatureDelimiter = /^--[ \t]?$/
const footerLine =
  /^[ \t]*(?:sent from my\b|sent (?:from|via) (?:outlook|mail|yahoo|superhuman)\b|get outlook for\b|(?:confidentiality|privacy|legal)[ \t]+(?:notice|statement|disclaimer)|disclaimer[ \t]*:|the information (?:contained )?in this (?:e-?mail|message|communication|transmission)\b|this (?:e-?mail|message|communication|transmission)\b[^\n]{0,80}\b(?:confidential|privileged|intended (?:only|solely))\b)/i

/** How many lines an "On <date>, <name> wrote:" line takes here (a long one wraps onto two), or 0. */
function attribution(lines: readonly Line[], at: number): number {
  const line = lines[at]!.text.trim()
  if (!/^on\s/i.test(line) || line.length > 300) return 0
  // A date, a time or an address tells a mail program's line from a sentence of the letter.
  if (wrote.test(line)) return /[\d@]/.test(line) ? 1 : 0
  const next = lines[at + 1]?.text.trim()
  if (next === undefined || next.length > 200 || /[.?!]$/.test(line) || !wrote.test(next)) return 0
  return /[\d@]/.test(line + next) ? 2 : 0
}

/** Whether an Outlook "From: / Sent: / To: / Subject:" block starts here. */
function outlookBlock(lines: readonly Line[], at: number): boolean {
  if (!blockFrom.test(lines[at]!.text)) return false
  let sent = false
  let to = false
  for (let i = at + 1; i < Math.min(lines.length, at + 6); i++) {
    if (blockSent.test(lines[i]!.text)) sent = true
    else if (blockTo.test(lines[i]!.text)) to = true
  }
  return sent && to
}

/**
 * Mark the lines of other people's mail from `from` on: quoted lines ("> "), and everything
 * after a reply or forward marker. Lines the applicant writes between quoted lines stay
 * unmarked: they are answers.
 */
function markQuoted(
  lines: readonly Line[],
  from: number,
  forwardedSubject: boolean,
  attributed: boolean
): (ZoneType | undefined)[] {
  const marks: (ZoneType | undefined)[] = new Array(lines.length).fill(undefined)
  const rest = (at: number, type: ZoneType) => {
    for (let i = at; i < lines.length; i++) marks[i] = type
  }
  // In Markdown a block quote is also how a letter sets off a quotation of its own; it is
  // someone's mail only under an "On ... wrote:" line.
  let inQuote = !attributed
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text
    if (quoteLine.test(text) && inQuote) {
      marks[i] = 'quoted'
      continue
    }
    if (attributed && !blank(lines[i]!)) inQuote = false
    const header = attribution(lines, i)
    if (header > 0) {
      let next = i + header
      while (next < lines.length && blank(lines[next]!)) next++
      // Quoted with "> ": the quoted lines say where the quote ends. Without: the rest is.
      if (next < lines.length && quoteLine.test(lines[next]!.text)) {
        for (let j = i; j < i + header; j++) marks[j] = 'quoted'
        i += header - 1
        inQuote = true
        continue
      }
      rest(i, 'quoted')
      break
    }
    if (originalMessage.test(text)) {
      rest(i, 'quoted')
      break
    }
    if (forwardMarker.test(text)) {
      rest(i, 'forwarded')
      break
    }
    if (outlookBlock(lines, i)) {
      let top = i
      while (top > from && blank(lines[top - 1]!)) top--
      if (top > from && horizontalRule.test(lines[top - 1]!.text)) top--
      rest(top < i && !blank(lines[top]!) ? top : i, forwardedSubject ? 'forwarded' : 'quoted')
      break
    }
  }
  return marks
}

// A sentence, not a name or an ID: it ends like one and has a few words, it is long, or most
// of its words are in lower case.
function proseLine(line: Line): boolean {
  const text = line.text.trim()
  const words = text.split(/\s+/)
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length
  return words.length > 12 || (words.length >= 4 && /[.?!]$/.test(text)) || lower > 3
}

// The first line of a signature without a sign-off is a name: a capital, a few words, no colon,
// hardly a word in lower case ("Ana de la Cruz", not "Looking forward to seeing you").
function nameLine(line: Line): boolean {
  const text = line.text.trim()
  const words = text.split(/\s+/)
  return /^\p{Lu}[^:]*$/u.test(text) && words.length <= 6 && words.filter((word) => /^\p{Ll}/u.test(word)).length <= 2
}

// A letterhead line is short and no sentence: a date, a name, a title, an address, "RE: ...".
// It may end in an abbreviation's period ("Suite 4, Main St."), not in a sentence's.
function letterheadLike(line: Line): boolean {
  const text = line.text.trim()
  if (text.length > 80 || text.split(/\s+/).length > 12 || /[?!]$/.test(text)) return false
  return !text.endsWith('.') || /(?:^|\s)(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+)$/.test(text.slice(0, -1).replace(/\.$/, ''))
}

/** Find the zones of a draft: letterhead, subject, greeting, body, sign-off, signature, P.S., quoted and forwarded mail. */
export function readLetter(source: string, regions: readonly Region[], options: LetterOptions = {}): Letter {
  // Whole lines from the one the prose starts on (so "Subject:" is seen), keeping only the
  // lines that hold prose: an email's other headers or a Markdown code block are not part of
  // the letter.
  const first_ = regions[0]
  const last_ = regions.at(-1)
  if (!first_ || !last_) return {body: {start: 0, end: 0}, paragraphs: [], zones: [], own: [], dates: []}
  const from = Math.max(source.lastIndexOf('\n', first_.start - 1), source.lastIndexOf('\r', first_.start - 1)) + 1
  const all = touching(linesOf(source, {start: from, end: last_.end}), regions)
  const types: (ZoneType | undefined)[] = new Array(all.length).fill(undefined)
  let first = 0
  let subject: Region | undefined
  while (first < all.length && (blank(all[first]!) || headerLine.test(all[first]!.text) || subjectLine.test(all[first]!.text))) {
    const line = all[first]!
    if (subjectLine.test(line.text)) {
      const marker = subjectLine.exec(line.text)![0].length
      const text = line.text.slice(marker)
      const lead = text.length - text.trimStart().length
      subject = {start: line.start + marker + lead, end: line.end}
      types[first] = 'subject'
    } else if (!blank(line)) {
      types[first] = 'letterhead'
    }
    first++
  }
  const forwarded = subject !== undefined && forwardSubject.test(source.slice(subject.start, subject.end))
  const marks = markQuoted(all, first, forwarded, options.markdown === true)
  const own = (i: number) => marks[i] === undefined && !blank(all[i]!)
  for (let i = first; i < all.length; i++) if (marks[i]) types[i] = marks[i]

  // The greeting, after a letterhead of short lines when there is one; anything else before
  // it keeps the letter without a greeting, as a reader would take it.
  let salutation: Region | undefined
  while (first < all.length && !own(first) && marks[first] === undefined) first++
  const isGreeting = (i: number) => salutationLine.test(all[i]!.text) && !sentenceEnd.test(all[i]!.text)
  let greeting = -1
  for (let i = first, seen = 0; i < all.length && seen <= 12; i++) {
    if (marks[i]) break
    if (blank(all[i]!)) continue
    if (isGreeting(i)) {
      greeting = i
      break
    }
    if (!letterheadLike(all[i]!)) break
    seen++
  }
  // A letterhead stands apart from the greeting, with a blank line between. A Markdown draft
  // keeps only the lines that hold prose, so the blank line may lie between two kept lines.
  if (greeting > first && !blank(all[greeting - 1]!) && !lineBreaks.test(source.slice(all[greeting - 1]!.end, all[greeting]!.start))) {
    greeting = -1
  }
  if (greeting >= 0) {
    for (let i = first; i < greeting; i++) if (!blank(all[i]!)) types[i] = 'letterhead'
    salutation = {start: all[greeting]!.start, end: all[greeting]!.end}
    types[greeting] = 'greeting'
    first = greeting + 1
  }

  let lastOwn = all.length - 1
  while (lastOwn >= first && !own(lastOwn)) lastOwn--
  let end = lastOwn + 1
  let signOff: Region | undefined
  let signOffAt = -1
  for (let i = lastOwn; i >= first; i--) {
    if (own(i) && signOffLine.test(all[i]!.text.trim())) {
      // "Thank you again." followed by a sentence is a sentence of the letter, not its close.
      let next = i + 1
      while (next <= lastOwn && !own(next)) next++
      if (next > lastOwn || postscriptLine.test(all[next]!.text) || !proseLine(all[next]!)) signOffAt = i
      break
    }
  }
  if (signOffAt < 0) signOffAt = unlistedSignOff(all, first, lastOwn, own)
  const after = signOffAt >= 0 ? signOffAt + 1 : first
  let postscript = -1
  for (let i = after; i <= lastOwn; i++) {
    if (own(i) && postscriptLine.test(all[i]!.text) && (signOffAt >= 0 || i === first || blank(all[i - 1]!))) {
      postscript = i
      break
    }
  }
  if (postscript >= 0 && (signOffAt >= 0 || postscript > first)) {
    for (let i = postscript; i <= lastOwn; i++) if (own(i)) types[i] = 'postscript'
    end = postscript
  }
  let signatureAt = -1
  if (signOffAt >= 0) {
    signOff = {start: all[signOffAt]!.start, end: all[signOffAt]!.end}
    types[signOffAt] = 'sign-off'
    signatureAt = signOffAt + 1
  } else {
    for (let i = first; i < end; i++) {
      if (own(i) && signatureDelimiter.test(all[i]!.text)) {
        signatureAt = i
        break
      }
    }
  }
  if (signatureAt < 0) {
    // No sign-off: trailing sent-from lines and legal footers, then a closing block of up to
    // seven short lines without sentence punctuation ("Jordan Lee\nAAMC ID 12345678"), the
    // first of them a name, are the signature.
    let i = end
    while (i > first && !own(i - 1)) i--
    for (;;) {
      let top = i
      while (top > first && !blank(all[top - 1]!) && own(top - 1)) top--
      if (top < i && top > first && footerLine.test(all[top]!.text)) {
        signatureAt = top
        i = top
        while (i > first && !own(i - 1)) i--
        continue
      }
      break
    }
    let top = i
    while (top > first && own(top - 1) && all[top - 1]!.text.trim().length <= 60 && !/[.?!]$/.test(all[top - 1]!.text.trim())) top--
    if (top < i && i - top <= 7 && top > first && blank(all[top - 1]!) && nameLine(all[top]!)) {
      signatureAt = top
    }
  }
  const bodyEnd = signOffAt >= 0 ? signOffAt : signatureAt >= 0 ? signatureAt : end
  if (signatureAt >= 0) for (let i = signatureAt; i < end; i++) if (own(i)) types[i] = 'signature'
  const signature = signatureAt >= 0 ? span(all.slice(signatureAt, end).filter((_, i) => own(signatureAt + i))) : undefined

  // The body: the applicant's lines between the greeting and the closing; a quoted line ends a
  // paragraph as a blank line does.
  const bodyLines: Line[] = []
  const paragraphs: Region[] = []
  let current: Line[] = []
  const close = () => {
    const region = span(current)
    if (region) paragraphs.push(region)
    current = []
  }
  for (let i = first; i < bodyEnd; i++) {
    if (!own(i)) {
      close()
      continue
    }
    types[i] = 'body'
    bodyLines.push(all[i]!)
    current.push(all[i]!)
  }
  close()
  const body = span(bodyLines) ?? {start: all[first]?.start ?? 0, end: all[first]?.start ?? 0}

  // One zone per run of lines of one type; blank lines join a run, never start one.
  const zones: Zone[] = []
  let open: Zone | undefined
  for (let i = 0; i < all.length; i++) {
    const type = types[i]
    if (!type) continue
    const line = all[i]!
    const region = type === 'subject' && subject ? subject : {start: line.start, end: line.end}
    if (open && open.type === type && type !== 'subject') open.end = region.end
    else zones.push((open = {type, ...region}))
  }
  const ownRegions = zones.filter((zone) => ownZones.has(zone.type)).map(({start, end}) => ({start, end}))
  const dates = ownRegions.flatMap((region) => findDates(source.slice(region.start, region.end), region.start))
  const letter: Letter = {body, paragraphs, zones, own: ownRegions, dates}
  // The letterhead and the own words, the places a letter may be dated in, up to the greeting.
  const dateable = zones.filter((zone) => zone.type === 'letterhead' || ownZones.has(zone.type))
  const dated = datedLine(source, dateable, salutation?.start ?? body.start)
  if (dated) letter.dated = dated
  const last = paragraphs.at(-1)
  if (last && closingParagraph(source, last)) letter.closing = last
  if (subject) letter.subject = subject
  if (salutation) {
    letter.salutation = salutation
    letter.greeting = greetingOf(source, salutation)
  } else if (bodyLines[0] && inlineGreeting.test(bodyLines[0].text)) {
    letter.greeting = greetingOf(source, bodyLines[0])
  }
  if (signOff) letter.signOff = signOff
  if (signature) letter.signature = signature
  return letter
}
