import type {Quotation, Token} from './types.js'

const doubleOpeners = new Set(['\u201c', '\u00ab', '\u201e', '\u2039'])
const doubleClosers: Record<string, string> = {'\u201d': '\u201c\u201e"', '\u00bb': '\u00ab', '\u203a': '\u2039'}
const singleOpeners = new Set(['\u2018', "'"])

interface Open {
  mark: string
  start: number
  first: number
}

/**
 * Pairs quotation marks while the tokens are made, one paragraph at a time, and marks the
 * tokens between an outermost pair with their quotation. A mark left open when the paragraph
 * ends marks nothing: an unpaired mark may be an apostrophe or a typo, and the words stay the
 * applicant's.
 */
export class QuoteTracker {
  readonly #open: Open[] = []

  /** Forget marks left open: quotations never run across paragraphs. */
  reset(): void {
    this.#open.length = 0
  }

  /**
   * A sentence begins. A straight single mark still open from an earlier sentence was most
   * likely an apostrophe ("the '90s"); drop it rather than pair it with a possessive later
   * ("the residents' lounge") and take the applicant's words between them for a quotation.
   */
  sentence(): void {
    const open = this.#open
    while (open.length > 0 && open.at(-1)!.mark === "'") open.pop()
  }

  /**
   * One quotation mark at `start`, seen before the token at `tokens.length`. `touchesBefore`
   * when it is written against the word or mark before it, `touchesAfter` against the word after.
   */
  mark(value: string, start: number, tokens: Token[], touchesBefore: boolean, touchesAfter: boolean): void {
    const open = this.#open
    const top = open.at(-1)?.mark
    if (value === '\u201c' && top === '\u201e') return this.#close(open.length - 1, start, tokens)
    if (doubleOpeners.has(value)) {
      open.push({mark: value, start, first: tokens.length})
      return
    }
    const closes = doubleClosers[value]
    if (closes !== undefined) {
      for (let k = open.length - 1; k >= 0; k--) {
        if (closes.includes(open[k]!.mark)) return this.#close(k, start, tokens)
      }
      return
    }
    if (value === '"') {
      if (top === '"') return this.#close(open.length - 1, start, tokens)
      // A straight mark glued to the word before and loose after closes nothing that is open.
      if (!(touchesBefore && !touchesAfter)) open.push({mark: value, start, first: tokens.length})
      return
    }
    if (value === '\u2018' || value === "'" || value === '\u2019') {
      // A single mark closes an open single quotation when it follows a word; otherwise "'"
      // and "‘" open one when they stand before a word, and anything else is an apostrophe
      // ("the residents' lounge", "’90s").
      if (top !== undefined && singleOpeners.has(top) && touchesBefore && value !== '\u2018') {
        return this.#close(open.length - 1, start, tokens)
      }
      if (value !== '\u2019' && !touchesBefore && touchesAfter) open.push({mark: value, start, first: tokens.length})
    }
  }

  #close(index: number, start: number, tokens: Token[]): void {
    const opened = this.#open[index]!
    this.#open.length = index
    // Only the outermost quotation marks its words: whose words they are is decided there.
    if (index > 0 || tokens.length === opened.first) return
    const quotation: Quotation = {
      start: opened.start,
      end: start + 1,
      first: opened.first,
      last: tokens.length,
      marked: true,
      owner: 'applicant'
    }
    for (let i = opened.first; i < tokens.length; i++) tokens[i]!.quote = quotation
  }
}

// Verbs that report words: "the FAQ reads", "Dr. Lee told us", "as you said", "she wrote".
const reporting = new Set([
  'say', 'says', 'said', 'state', 'states', 'stated', 'read', 'reads', 'write', 'writes', 'wrote', 'written',
  'tell', 'tells', 'told', 'note', 'notes', 'noted', 'mention', 'mentions', 'mentioned', 'explain', 'explains',
  'explained', 'add', 'adds', 'added', 'put', 'puts', 'remind', 'reminds', 'reminded', 'advise', 'advises',
  'advised', 'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised', 'stress',
  'stresses', 'stressed', 'ask', 'asks', 'asked', 'reply', 'replies', 'replied', 'answer', 'answers',
  'answered', 'share', 'shares', 'shared', 'promise', 'promises', 'promised', 'insist', 'insists', 'insisted',
  'indicate', 'indicates', 'indicated', 'clarify', 'clarifies', 'clarified',
  'specify', 'specifies', 'specified', 'warn', 'warns', 'warned', 'describe', 'describes', 'described',
  'joke', 'joked', 'quip', 'quipped', 'announce', 'announced', 'announces',
  'saying', 'telling', 'writing', 'noting', 'mentioning', 'explaining', 'describing', 'reminding', 'sharing'
])
// Verbs whose speaker is the source, even with "I" as the subject: "I read on your website, ...".
const perceiving = new Set(['read', 'saw', 'see', 'seen', 'noticed', 'heard', 'hear', 'learned', 'learnt', 'found', 'came'])
const titling = new Set(['titled', 'entitled', 'called', 'named', 'dubbed', 'labeled', 'labelled'])
const firstPerson = new Set(['i', 'we', 'my', 'our'])
// Before a reporting verb these make the applicant the speaker: "let me add that ...".
const ownVoice = new Set(['i', 'we', 'my', 'our', 'me', 'us'])
const otherVoice = new Set(['you', 'your', 'he', 'she', 'they', 'his', 'her', 'their', 'it', 'its'])
const passive = new Set(['was', 'were', 'been', 'being', 'am', 'is', 'are', 'be'])
const saying = new Set(['say', 'says', 'said', 'tell', 'tells', 'told'])
const telling = new Set(['tell', 'tells', 'told'])
const hearers = new Set(['me', 'us', 'him', 'her', 'them', 'everyone', 'applicants'])
// Words that open a reported clause: "said the program ...", "told me it was ...".
const clauseOpeners = new Set([
  'the', 'a', 'an', 'this', 'these', 'their', 'its', 'our', 'your', 'his', 'her', 'it', 'they', 'we', 'you',
  'he', 'she', 'there', 'every', 'most', 'many', 'all', 'some', 'no', 'each', 'residents', 'faculty', 'applicants'
])
const scareLength = 3
const lookBack = 12

/**
 * Decide whose words each quotation is, and find reported speech without quotation marks ("the
 * website says that applicants should not ..."): someone else's when a reporting cue with a
 * speaker other than the applicant introduces or follows it, or when it is a title; the
 * applicant's when the applicant is the speaker ("I told her, ...") or when it is a short scare
 * quote with no cue. Returns every quotation, in order; tokens of reported speech are marked.
 */
export function attributeQuotations(tokens: Token[], starts: Int32Array, source?: string): Quotation[] {
  const quotations: Quotation[] = []
  let seen: Quotation | undefined
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const quote = token.quote
    if (quote !== undefined) {
      if (quote !== seen) {
        seen = quote
        decideOwner(tokens, quote, source)
        quotations.push(quote)
      }
      continue
    }
    const reported = reportedAt(tokens, i, starts)
    if (reported !== undefined) {
      quotations.push(reported)
      for (let k = reported.first; k < reported.last; k++) tokens[k]!.quote ??= reported
      seen = reported
      i = reported.last - 1
    }
  }
  return quotations
}

function decideOwner(tokens: readonly Token[], quote: Quotation, source: string | undefined): void {
  const before = cueBefore(tokens, quote.first)
  const cue = before ?? cueAfter(tokens, quote.last, source)
  if (cue !== undefined) {
    quote.owner = cue.owner
    quote.cue = cue.word
    return
  }
  let words = 0
  for (let i = quote.first; i < quote.last; i++) if (tokens[i]!.type === 'word') words++
  // A short quotation with no cue is the writer's own scare quote ("my “home” program");
  // a longer one is presented as someone else's words.
  quote.owner = words <= scareLength ? 'applicant' : 'other'
}

interface Cue {
  owner: Quotation['owner']
  word: string
}

function cueBefore(tokens: readonly Token[], first: number): Cue | undefined {
  const paragraph = tokens[first]?.paragraph
  let from = first
  while (from > 0 && first - from < lookBack) {
    const token = tokens[from - 1]!
    if (token.paragraph !== paragraph || token.type === 'end') break
    from--
  }
  for (let i = first - 1; i >= from; i--) {
    const text = tokens[i]!.text
    if (titling.has(text)) return {owner: 'other', word: text}
    if (text === 'according' && tokens[i + 1]?.text === 'to') return {owner: 'other', word: text}
    // "in the words of your program director, ..."
    if (text === 'words' && tokens[i + 1]?.text === 'of' && tokens[i - 1]?.text !== 'my') return {owner: 'other', word: text}
    if (reporting.has(text) || perceiving.has(text)) return {owner: speakerOf(tokens, from, i), word: text}
  }
  return undefined
}

// After the closing mark: ", she said", ", said Dr. Lee", ", I told them".
function cueAfter(tokens: readonly Token[], last: number, source: string | undefined): Cue | undefined {
  const paragraph = tokens[last - 1]?.paragraph
  // After a quotation that ends its sentence, a new sentence with a capital is no cue ("... .”
  // I said thank you"), while "“We loved it!” she said" goes on in lower case.
  const next = tokens[last]
  if (next !== undefined && next.sentence !== tokens[last - 1]?.sentence) {
    const first = source?.charCodeAt(next.start) ?? 65
    if (first >= 65 && first <= 90) return undefined
  }
  for (let i = last; i < tokens.length && i < last + 5; i++) {
    const token = tokens[i]!
    if (token.paragraph !== paragraph || (token.type === 'end' && i > last)) return undefined
    if (token.type !== 'word') continue
    if (!reporting.has(token.text)) continue
    const subject = tokens[i - 1]?.type === 'word' ? tokens[i - 1]!.text : tokens[i + 1]?.text
    return {owner: subject !== undefined && firstPerson.has(subject) ? 'applicant' : 'other', word: token.text}
  }
  return undefined
}

/**
 * The applicant speaks when the nearest pronoun before an active reporting verb is theirs ("I
 * told her", "as I wrote", "let me add"); "you", "she", a name ("Dr. Lee told us") or a
 * passive ("I was told") make it someone else.
 */
function speakerOf(tokens: readonly Token[], from: number, verb: number): Quotation['owner'] {
  const word = tokens[verb]!.text
  if (perceiving.has(word) || (passive.has(tokens[verb - 1]?.text ?? '') && !word.endsWith('ing'))) return 'other'
  for (let i = verb - 1; i >= from; i--) {
    const text = tokens[i]!.text
    if (ownVoice.has(text)) return 'applicant'
    if (otherVoice.has(text)) return 'other'
  }
  return 'other'
}

/**
 * Reported speech at token `i`: a reporting verb with a third-party subject followed by "that"
 * ("Dr. Ruiz mentioned that ...", "the FAQ states that ..."), or "according to"; the reported
 * words run to the end of the clause.
 */
function reportedAt(tokens: readonly Token[], i: number, starts: Int32Array): Quotation | undefined {
  const token = tokens[i]!
  if (token.type !== 'word') return undefined
  let first: number
  if (token.text === 'according' && tokens[i + 1]?.text === 'to') {
    first = starts[i]!
  } else {
    // A gerund reports no one else's words: "it goes without saying that", "worth noting that".
    if (!reporting.has(token.text) || token.text.endsWith('ing')) return undefined
    const clause = starts[i]!
    // An infinitive is the writer's own voice: "needless to say", "I want to stress that".
    if (clause === i || tokens[i - 1]!.text === 'to' || speakerOf(tokens, clause, i) === 'applicant') return undefined
    let that = i + 1
    // "told me that", "told applicants that", "reminded all of us that".
    while (that < tokens.length && that <= i + 3 && tokens[that]!.text !== 'that' && tokens[that]!.type === 'word') that++
    if (tokens[that]?.text === 'that' && tokens[that]!.sentence === token.sentence) {
      first = that + 1
    } else {
      // "The residents said the program ...", "she told me it was ...": "say" and "tell" need
      // no "that" before the clause they report.
      let next = i + 1
      if (telling.has(token.text) && hearers.has(tokens[next]?.text ?? '')) next++
      const opener = tokens[next]
      if (!saying.has(token.text) || opener === undefined || opener.sentence !== token.sentence) return undefined
      if (!clauseOpeners.has(opener.text)) return undefined
      first = next
    }
  }
  // Quotation marks right after the verb: the quotation's own cue decides.
  if (tokens[first]?.quote !== undefined) return undefined
  let last = first
  const clause = starts[first]
  while (last < tokens.length && tokens[last]!.sentence === token.sentence && (starts[last] === clause || last === first)) last++
  // The reported words, not the comma or period after them.
  while (last > first && tokens[last - 1]!.type !== 'word') last--
  if (last <= first) return undefined
  return {
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    first,
    last,
    marked: false,
    owner: 'other',
    cue: token.text
  }
}
