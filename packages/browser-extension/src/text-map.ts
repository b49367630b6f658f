// The compose body read as plain text, with a map from every character of that text back to
// the text node and position it came from. Findings point into the plain text; the map turns
// them into DOM ranges to draw underlines over and to select for a rewrite.
import {spanIndex} from '@followup-lint/core'

/** A run of the plain text copied from one text node: text [start, end) is node.data from nodeStart. */
export interface Piece {
  start: number
  end: number
  node: Text
  nodeStart: number
}

export interface BodyText {
  text: string
  /** In text order; characters between pieces (line breaks, "> " marks) have no node. */
  pieces: Piece[]
  /** The stretches of the text that quote other people's mail: a reply's quoted thread. */
  quoted: {start: number; end: number}[]
}

/**
 * How an element of the body quotes mail: `block` holds the quoted text (Gmail's quoted part,
 * a blockquote), `rest` marks where the quoted history starts and runs to the end (Outlook's
 * reply marker and From/Sent block); undefined for the applicant's own text.
 */
export type QuoteKind = 'block' | 'rest' | undefined

const blocks = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL'
])
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'])

/**
 * Read `root` as the lines a reader sees: a block starts and ends a line, a <br> ends one.
 * Spacing characters become spaces one for one, so that each character still maps to one in
 * its node. Each line of quoted mail is marked "> ", so the letter reader takes it as the
 * quoted thread it is, and text the applicant writes below a quote stays their own.
 */
export function readBody(root: Node, quoteKind: (element: Element) => QuoteKind): BodyText {
  let text = ''
  const pieces: Piece[] = []
  const quoted: {start: number; end: number}[] = []
  /** How deep the walk is inside quoting blocks; Infinity once the quoted history has begun. */
  let depth = 0
  const lineStart = () => text === '' || text.endsWith('\n')
  const breakLine = () => {
    if (!lineStart()) text += '\n'
  }
  const markLine = () => {
    if (depth > 0 && lineStart()) text += '> '
  }
  const add = (node: Text) => {
    const data = node.data
    let at = 0
    while (at < data.length) {
      markLine()
      const newline = data.indexOf('\n', at)
      // A line break inside a text node shows as a space unless the editor keeps spacing; it
      // is copied as one, so a quoted text node stays one line.
      const stop = newline === -1 ? data.length : newline + 1
      const start = text.length
      text += data.slice(at, stop).replace(/[\u00a0\t\r\n\f\v]/g, ' ')
      pieces.push({start, end: text.length, node, nodeStart: at})
      at = stop
    }
  }
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data !== '') add(node as Text)
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const element = node as Element
    const tag = element.tagName.toUpperCase()
    if (skipped.has(tag) || (element as HTMLElement).hidden) return
    const kind = depth === 0 ? quoteKind(element) : undefined
    if (kind) {
      breakLine()
      quoted.push({start: text.length, end: Number.POSITIVE_INFINITY})
      depth = kind === 'rest' ? Number.POSITIVE_INFINITY : 1
    } else if (depth > 0 && depth !== Number.POSITIVE_INFINITY) depth++
    if (tag === 'BR') {
      markLine()
      text += '\n'
    } else {
      const block = blocks.has(tag)
      if (block) breakLine()
      for (const child of element.childNodes) walk(child)
      if (block) breakLine()
    }
    if (depth !== Number.POSITIVE_INFINITY && depth > 0) {
      depth--
      if (depth === 0) {
        breakLine()
        quoted.at(-1)!.end = text.length
      }
    }
  }
  for (const child of root.childNodes) walk(child)
  for (const stretch of quoted) stretch.end = Math.min(stretch.end, text.length)
  return {text, pieces, quoted}
}


/**
 * The DOM ranges over the characters of text [start, end): one per text node they cross,
 * leaving out the line breaks between them, which no node holds.
 */
export function domRanges(body: BodyText, start: number, end: number): Range[] {
  const out: Range[] = []
  for (let index = spanIndex(body.pieces, start); index < body.pieces.length; index++) {
    const piece = body.pieces[index]!
    if (piece.start >= end) break
    const from = Math.max(start, piece.start)
    const to = Math.min(end, piece.end)
    if (from >= to) continue
    const range = piece.node.ownerDocument.createRange()
    range.setStart(piece.node, piece.nodeStart + from - piece.start)
    range.setEnd(piece.node, piece.nodeStart + to - piece.start)
    out.push(range)
  }
  return out
}

/** One DOM range from text offset `start` to `end`, for selecting the words to replace. */
export function domSpan(body: BodyText, start: number, end: number): Range | undefined {
  const from = pointAt(body, start, 'start')
  const to = pointAt(body, end, 'end')
  if (!from || !to) return undefined
  const range = from.node.ownerDocument!.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return range
}

/** The DOM position of a text offset: inside the piece that holds it, or at an end of one. */
function pointAt(body: BodyText, offset: number, side: 'start' | 'end'): {node: Node; offset: number} | undefined {
  const {pieces} = body
  // The end of a range sits at the end of the piece before it, not the start of the next line.
  const index = spanIndex(pieces, side === 'end' ? offset - 1 : offset)
  const piece = pieces[Math.min(index, pieces.length - 1)]
  if (!piece) return undefined
  const within = Math.min(Math.max(offset, piece.start), piece.end) - piece.start
  return {node: piece.node, offset: piece.nodeStart + within}
}
