import type {Root, Sentence, Word} from 'nlcst'
import {QuoteTracker} from './quotes.js'
import {needsNormalizing, normalizeWord, stem} from './stem.js'
import type {Token} from './types.js'

type Part = {text: string; start: number; end: number}

const quoteMarks = new Set(['"', "'", '\u2018', '\u2019', '\u201c', '\u201d', '`', '\u00ab', '\u00bb', '\u201e', '\u2039', '\u203a'])
const sentenceEnd = /^[.!?;\u2026]+$/
// The period after a title ("Dr. Lee") ends no sentence, so a gap may run across it.
const titles = new Set(['dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'prof'])

// A pronoun followed by 's is almost always "is"; after a noun it is a possessive.
const isAfter = new Set(['it', 'that', 'he', 'she', 'there', 'what', 'where', 'who', 'here', 'how'])

const contractions: Record<string, string> = {
  "'re": 'are',
  "'m": 'am',
  "'ll": 'will',
  "'ve": 'have',
  "'d": 'would'
}

const irregularNot: Record<string, string> = {ca: 'can', wo: 'will', sha: 'shall'}

/**
 * Split one normalized word into the words it stands for, with their offsets:
 * "you're" becomes "you" + "are", "won't" becomes "will" + "not", "world-class"
 * becomes "world" + "class".
 */
export function splitWord(text: string, start: number): Part[] {
  if (text.includes('-')) {
    const parts: Part[] = []
    let offset = start
    for (const piece of text.split('-')) {
      if (piece) parts.push(...splitWord(piece, offset))
      offset += piece.length + 1
    }
    return parts
  }
  const apostrophe = text.indexOf("'")
  if (apostrophe > 0) {
    if (text.endsWith("n't") && text.length > 3) {
      const base = text.slice(0, -3)
      return [
        {text: irregularNot[base] ?? base, start, end: start + base.length},
        {text: 'not', start: start + base.length, end: start + text.length}
      ]
    }
    const suffix = text.slice(apostrophe)
    const base = text.slice(0, apostrophe)
    const expanded =
      contractions[suffix] ?? (suffix === "'s" ? (isAfter.has(base) ? 'is' : "'s") : undefined)
    if (expanded) {
      return [
        {text: base, start, end: start + apostrophe},
        {text: expanded, start: start + apostrophe, end: start + text.length}
      ]
    }
  }
  return [{text, start, end: start + text.length}]
}

function wordText(node: Word): string {
  let text = ''
  for (const child of node.children) {
    if ('value' in child) text += child.value
  }
  return text
}

/**
 * A token with every field set, the optional ones to undefined: the quotation and name
 * readers fill some in later, and tokens that all keep one shape are read fast by the matcher
 * (one added field makes a new shape; a mix of shapes slows every read of every token).
 */
function token(text: string, stem: string, start: number, end: number, type: Token['type'], sentence: number, paragraph: number): Token {
  return {text, stem, start, end, type, sentence, paragraph, quote: undefined, program: undefined, person: undefined}
}

/**
 * Flatten a parsed tree into tokens in one plain loop (a generic walker costs more than the
 * parse itself). `base` is added to every offset, for trees parsed from a slice of the source.
 */
export function tokenize(tree: Root, base = 0, out: Token[] = [], counters = {sentence: 0, paragraph: 0}): Token[] {
  const quotes = new QuoteTracker()
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const p = counters.paragraph++
    quotes.reset()
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      quotes.sentence()
      addSentence(sentence, base, out, counters.sentence++, p, quotes)
    }
  }
  return out
}

function addSentence(sentence: Sentence, base: number, out: Token[], s: number, p: number, quotes: QuoteTracker): void {
  // The period of "Dr." or "e.g." is followed by more words of the same sentence: it ends
  // nothing, so a gap may run past it ("emailed Dr. Patel directly").
  const children = sentence.children
  let lastWord = children.length - 1
  while (lastWord >= 0 && children[lastWord]!.type !== 'WordNode') lastWord--
  // Plain index loops: this runs for every node of every draft, and iterators allocate.
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    const start = node.position?.start.offset
    if (start === undefined) continue
    if (node.type === 'WordNode') {
      const children = node.children
      // Most words are one plain text node: no apostrophe, hyphen or period to look at.
      if (children.length === 1 && children[0]!.type === 'TextNode') {
        const raw = children[0]!.value
        const text = raw.toLowerCase()
        if (text.length === raw.length && node.position?.end.offset === start + raw.length && !needsNormalizing(raw)) {
          const at = base + start
          out.push(token(text, stem(text), at, at + raw.length, 'word', s, p))
          continue
        }
      }
      let raw = wordText(node)
      // The parser keeps a sentence's final period on a number ("my #1."); give it back.
      const trailingPeriod = raw.length > 1 && raw.endsWith('.') && raw.indexOf('.') === raw.length - 1
      if (trailingPeriod) raw = raw.slice(0, -1)
      const text = normalizeWord(raw)
      // A word of a tree built from Markdown can span markup ("re*al*ly", "&amp;"): its
      // characters are then not where their count says, so keep it whole, as the tree spans it.
      const written = raw.length + (trailingPeriod ? 1 : 0)
      const span = (node.position?.end.offset ?? start + written) - start
      const whole = span !== written
      // Lower-casing can change the length of a few letters; then keep the word whole too.
      const parts =
        text.length === raw.length && !whole
          ? splitWord(text, base + start)
          : [{text, start: base + start, end: base + start + (whole ? span - written + raw.length : raw.length)}]
      for (const part of parts) {
        out.push(token(part.text, stem(part.text), part.start, part.end, 'word', s, p))
      }
      if (trailingPeriod) {
        const at = base + start + (whole ? span - 1 : raw.length)
        // The period of a title ("Dr.") or one followed by more words is not a sentence end.
        const type = index < lastWord || titles.has(text) ? 'mark' : 'end'
        out.push(token('.', '.', at, at + 1, type, s, p))
      }
    } else if (node.type === 'PunctuationNode' || node.type === 'SymbolNode') {
      const value = node.value
      // An invisible character, masked as a soft hyphen before parsing, stands for nothing.
      if (value === '\u00ad') continue
      if (quoteMarks.has(value)) {
        // Quotation marks make no token (patterns match across them) but pair into quotations.
        const before = children[index - 1]
        const after = children[index + 1]
        quotes.mark(
          value,
          base + start,
          out,
          before !== undefined && before.type !== 'WhiteSpaceNode' && before.position?.end.offset === start,
          after !== undefined &&
            after.type === 'WordNode' &&
            after.position?.start.offset === start + value.length &&
            // "the '90s": an apostrophe before a number opens nothing.
            !/^\d/.test(wordText(after))
        )
        continue
      }
      const type = sentenceEnd.test(value) && (index > lastWord || value === ';') ? 'end' : 'mark'
      out.push(token(value, value, base + start, base + start + value.length, type, s, p))
    }
  }
}
