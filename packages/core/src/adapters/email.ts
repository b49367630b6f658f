// Saved emails (.eml). postal-mime parses the message (headers, MIME parts, quoted-printable
// and base64, charsets); it is plain JavaScript and reads nothing but the text it is given.
//
// Positions: the Subject and a body sent as written (7bit, 8bit) are found in the raw file, so
// findings point at their exact characters. A body that is transfer-encoded (quoted-printable,
// base64) or that only exists as HTML does not appear in the file as it reads; it is linted
// as decoded, and every finding in it is reported on the first line of that part's body in
// the file, with the decoded words in the finding's `actual`.
import PostalMime from 'postal-mime'
import {LineIndex} from '../location.js'
import {readHeaderLine} from './header-line.js'
import type {Diagnostic, LintResult, Region} from '../types.js'
import {type AdaptedDraft, DraftError, type DraftHeaders, keep} from './types.js'

interface Address {
  name?: string
  address?: string
  group?: Address[]
}

function formatAddresses(list: readonly Address[] | undefined): string | undefined {
  if (!list || list.length === 0) return undefined
  const flat = list.flatMap((entry) => entry.group ?? [entry])
  return flat
    .map((entry) => (entry.name ? (entry.address ? `${entry.name} <${entry.address}>` : entry.name) : entry.address ?? ''))
    .join(', ')
}

/** The end of the top-level header block: just past the first empty line. */
function headerEnd(raw: string): number {
  const match = /\r?\n\r?\n|\r\r/.exec(raw)
  return match ? match.index + match[0].length : raw.length
}

/**
 * The text without its tags, as `text.replace(/<[^>]*>/g, '')` gives it, in one pass: the
 * expression tries every "<" against the rest of the text, which a long run of "<" without a
 * ">" makes quadratic.
 */
function stripTags(text: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const open = text.indexOf('<', from)
    const close = open < 0 ? -1 : text.indexOf('>', open)
    if (close < 0) return out + text.slice(from)
    out += text.slice(from, open)
    from = close + 1
  }
}

const blockOpen = /<(script|style|head)\b/gi
const blockClose: Record<string, RegExp> = {script: /<\/script\s*>/gi, style: /<\/style\s*>/gi, head: /<\/head\s*>/gi}

/**
 * The HTML without its script, style and head elements, as
 * `html.replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')` gives it, without trying
 * every opening tag against the rest of the text when none is closed.
 */
function stripBlocks(html: string): string {
  const unclosed = new Set<string>()
  let out = ''
  let from = 0
  blockOpen.lastIndex = 0
  for (let open = blockOpen.exec(html); open; open = blockOpen.exec(html)) {
    const name = open[1]!.toLowerCase()
    if (unclosed.has(name)) continue
    const close = blockClose[name]!
    close.lastIndex = open.index
    const end = close.exec(html)
    if (!end) {
      unclosed.add(name)
      continue
    }
    out += html.slice(from, open.index)
    from = blockOpen.lastIndex = end.index + end[0].length
  }
  return out + html.slice(from)
}

// Runs of blanks matched from their first character only, so a long run that is not followed by
// what the expression wants is tried once, not once per character (which is quadratic).
/** The text without the blanks at the end of each line, walked line by line. */
function withoutBlanksBeforeNewlines(text: string): string {
  return text
    .split('\n')
    .map((line, index, lines) => {
      if (index === lines.length - 1) return line
      let end = line.length
      while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--
      return line.slice(0, end)
    })
    .join('\n')
}

/** The character a numeric reference names; as in HTML, one that names none is U+FFFD. */
function character(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
  return String.fromCodePoint(valid ? code : 0xfffd)
}

// Where other people's mail starts and ends in the text, until the lines are marked with "> ".
const quoteOpen = '\u0001'
const quoteClose = '\u0002'

// A reference to a marker character must not open or close a quote.
const unmarked = (char: string) => (char === quoteOpen || char === quoteClose ? '\ufffd' : char)

/**
 * The HTML with its quoted mail marked: a block quote, and from Gmail's quote block or
 * Outlook's reply header (#appendonsend, #divRplyFwdMsg) to the end, since their closing tags
 * cannot be found without parsing. One pass over the tags.
 */
function markQuotedHtml(html: string): string {
  let out = ''
  let from = 0
  let rest = false
  for (;;) {
    const open = html.indexOf('<', from)
    const close = open < 0 ? -1 : html.indexOf('>', open)
    if (close < 0) return out + html.slice(from)
    const tag = html.slice(open, close + 1).toLowerCase()
    out += html.slice(from, open)
    if (/^<blockquote\b/.test(tag)) out += '\n' + quoteOpen
    else if (/^<\/blockquote\b/.test(tag)) out += quoteClose + '\n\n'
    else if (/^<div\b/.test(tag) && !rest && /gmail_quote|divrplyfwdmsg|appendonsend/.test(tag)) {
      rest = true
      out += '\n' + quoteOpen
    } else if (/^<hr\b/.test(tag)) out += '\n________________________________\n'
    else out += html.slice(open, close + 1)
    from = close + 1
  }
}

/** Every line inside quoted mail starts with "> ", once per level, as mail programs quote. */
function prefixQuoted(text: string): string {
  let out = ''
  let depth = 0
  let lineStart = true
  for (const char of text) {
    if (char === quoteOpen) depth++
    else if (char === quoteClose) depth = Math.max(0, depth - 1)
    else {
      if (lineStart && depth > 0 && char !== '\n') out += '> '.repeat(depth)
      out += char
      lineStart = char === '\n'
    }
  }
  return out
}

/** The text of an HTML part, for a message without a plain-text one; quoted mail comes out as "> " lines. */
export function htmlToText(html: string): string {
  const blocks = markQuotedHtml(stripBlocks(html.replace(/[\u0001\u0002]/g, '')))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n\n')
  const text = withoutBlanksBeforeNewlines(
    stripTags(blocks)
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#(\d{1,8});/g, (_, code: string) => unmarked(character(Number(code))))
    .replace(/&#x([0-9a-f]{1,8});/gi, (_, code: string) => unmarked(character(Number.parseInt(code, 16))))
    .replace(/&amp;/gi, '&')
  )
    .replace(/\n{3,}/g, '\n\n')
  return prefixQuoted(text.trim()).replace(/\n{3,}/g, '\n\n').trimEnd()
}

/** The first line of the body of the first part of `type`, as a range of the raw file. */
function partFirstLine(raw: string, type: string): Region {
  const header = new RegExp(`^content-type:[ \\t]*${type.replace('/', '\\/')}`, 'im').exec(raw)
  let start = headerEnd(raw)
  if (header) {
    const blank = /\r?\n\r?\n|\r\r/g
    blank.lastIndex = header.index
    const match = blank.exec(raw)
    if (match) start = match.index + match[0].length
  }
  while (start < raw.length && /[\r\n]/.test(raw[start]!)) start++
  const lineEnd = /\r?\n|\r/.exec(raw.slice(start))
  return {start, end: lineEnd ? start + lineEnd.index : raw.length}
}

/** Where `body` is written in `raw` as it reads (after the headers), if it is. */
function findBody(raw: string, body: string, from: number): Region | undefined {
  const trimmed = body.trimEnd()
  if (trimmed === '') return undefined
  for (const candidate of [trimmed, trimmed.replace(/\r?\n/g, '\r\n')]) {
    const at = raw.indexOf(candidate, from)
    if (at >= 0) return {start: at, end: at + candidate.length}
  }
  return undefined
}

/** Find the Subject header's value in the raw file when it is written as it reads. */
function findSubject(raw: string, subject: string | undefined): Region | undefined {
  if (!subject) return undefined
  const end = headerEnd(raw)
  for (let at = 0; at < end; ) {
    const line = readHeaderLine(raw, at)
    if (line?.name === 'subject') {
      return raw.slice(line.valueStart, line.valueEnd) === subject ? {start: line.valueStart, end: line.valueEnd} : undefined
    }
    const next = raw.indexOf('\n', at)
    if (next < 0) break
    at = next + 1
  }
  return undefined
}

/** An email draft: headers for the context, the Subject and the body as prose. */
export async function adaptEmail(raw: string, name: string): Promise<AdaptedDraft> {
  let email
  try {
    email = await PostalMime.parse(raw)
  } catch (error) {
    throw new DraftError(`${name}: not a readable email: ${(error as Error).message.split('\n')[0]}`)
  }
  const headers: DraftHeaders = {}
  const from = formatAddresses(email.from ? [email.from] : undefined)
  const to = formatAddresses(email.to)
  const cc = formatAddresses(email.cc)
  // The Date header as written: its calendar day is the sender's, not UTC's.
  const date = email.headers.find((header) => header.key === 'date')?.value
  if (email.subject) headers.subject = email.subject
  if (from) headers.from = from
  if (to) headers.to = to
  if (cc) headers.cc = cc
  if (date) headers.date = date

  const regions: Region[] = []
  const subject = findSubject(raw, email.subject)
  const body = email.text ?? (email.html ? htmlToText(email.html) : '')
  const written = email.text !== undefined ? findBody(raw, body, headerEnd(raw)) : undefined
  if ((subject || !email.subject) && (written || body.trim() === '')) {
    if (subject) regions.push(subject)
    if (written) regions.push(written)
    return {format: 'email', source: raw, regions, headers, finish: keep}
  }

  // Something does not read as written: a Subject encoded (RFC 2047) or folded over lines, or
  // a body that is transfer-encoded or only HTML. The decoded text is linted in copies after the
  // file, in the letter's order, and their findings are moved back: a body copied as written
  // moves back to the very characters, anything decoded onto its first line in the file.
  const copies: Copy[] = []
  let source = raw
  if (subject) regions.push(subject)
  else if (email.subject) {
    source += '\n\nSubject: '
    const start = source.length
    source += email.subject
    regions.push({start, end: source.length})
    copies.push({start, end: source.length, anchor: subjectLine(raw)})
  }
  if (body.trim() !== '') {
    source += '\n\n'
    const start = source.length
    source += body
    regions.push({start, end: source.length})
    copies.push(
      written
        ? {start, end: source.length, shift: start - written.start}
        : {start, end: source.length, anchor: partFirstLine(raw, email.text !== undefined ? 'text/plain' : 'text/html')}
    )
  }
  const lines = new LineIndex(raw)
  function finish(result: LintResult): LintResult {
    const moved = result.messages.map((message): Diagnostic => {
      if (message.offset < raw.length) return message
      const copy = copies.find((candidate) => message.offset >= candidate.start && message.offset <= candidate.end)
      if (!copy) return message
      if (copy.shift !== undefined) {
        const offset = message.offset - copy.shift
        const endOffset = message.endOffset - copy.shift
        const from = lines.position(offset)
        const to = lines.position(endOffset)
        return {...message, offset, endOffset, line: from.line, column: from.column, endLine: to.line, endColumn: to.column}
      }
      // The words are not at this place in the file, so no rewrite can be offered for them.
      const {suggestions: _dropped, ...rest} = message
      const from = lines.position(copy.anchor.start)
      const to = lines.position(copy.anchor.end)
      return {...rest, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: copy.anchor.start, endOffset: copy.anchor.end}
    })
    moved.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
    return {...result, messages: moved}
  }
  return {format: 'email', source, regions, headers, finish}
}

/** A stretch of decoded text linted after the file: moved back by `shift`, or onto `anchor`. */
type Copy = {start: number; end: number} & ({shift: number; anchor?: undefined} | {anchor: Region; shift?: undefined})

/** The first line of the Subject header in the file, from its name to the end of the line. */
function subjectLine(raw: string): Region {
  const end = headerEnd(raw)
  for (let at = 0; at < end; ) {
    const line = readHeaderLine(raw, at)
    if (line?.name === 'subject') {
      let lineEnd = line.valueStart
      while (lineEnd < raw.length && raw.charAt(lineEnd) !== '\n' && raw.charAt(lineEnd) !== '\r') lineEnd++
      return {start: at, end: lineEnd}
    }
    const next = raw.indexOf('\n', at)
    if (next < 0) break
    at = next + 1
  }
  return {start: 0, end: 0}
}
