import {normalizeWord, stem} from './stem.js'
import {splitWord} from './tokens.js'

/**
 * The phrase language. A pattern is a sequence of:
 * - a word, matched with its inflections ("rank" matches "ranks", "ranked", "ranking");
 *   `=word` matches that exact word only;
 * - a mark such as `#`, `.` or `!`;
 * - `(a b | c)`: any one of the alternatives;
 * - `item?`: the item may be absent;
 * - `*` or `*N`: a gap of up to 4 (or N) words within one sentence;
 * - `!item`: the next words are not the item; `&item`: they are (look-aheads that consume
 *   nothing, so the item stays outside the flagged range);
 * - `@program` or `@person`: one whole name of the program ("Pinecrest Medical Center",
 *   "Pinecrest", "PMC") or of a person ("Dr. Ana Ruiz"), as marked on the tokens.
 * Contractions match their long form ("you're" is "you are"), hyphens match spaces, quotes
 * are ignored, and case never matters. `\` makes the next character literal.
 */
export type PatternNode =
  | {type: 'token'; key: string}
  | {type: 'sequence'; items: PatternNode[]}
  | {type: 'choice'; options: PatternNode[]}
  | {type: 'optional'; item: PatternNode}
  | {type: 'gap'; max: number}
  | {type: 'not'; item: PatternNode}
  | {type: 'and'; item: PatternNode}
  | {type: 'slot'; slot: Slot}

/** The kinds of name a pattern can hold a place for. */
export type Slot = 'program' | 'person'

/** Key of a slot in the first-key index: no word or mark key starts with "@". */
export function slotKey(slot: Slot): string {
  return `@${slot}`
}

export const defaultGap = 4

/** Thrown for a pattern that cannot be compiled; the message names the pattern. */
export class PatternError extends Error {
  constructor(pattern: string, reason: string) {
    super(`invalid pattern "${pattern}": ${reason}`)
    this.name = 'PatternError'
  }
}

type Lexeme =
  | {type: 'open' | 'close' | 'bar' | 'question' | 'not' | 'and'}
  | {type: 'gap'; max: number}
  | {type: 'chunk'; text: string; exact: boolean}
  | {type: 'literal'; text: string}
  | {type: 'slot'; slot: Slot}

function lex(pattern: string): Lexeme[] {
  const out: Lexeme[] = []
  const scanner = /\s+|\\(.)|(\()|(\))|(\|)|(\?)|\*(\d+)?|([!&])(?=[(=@\p{L}\p{N}])|@(program|person)(?![\p{L}\p{N}])|(=?)([^\s()|?*\\]+)/gsuy
  let match: RegExpExecArray | null
  let position = 0
  while ((match = scanner.exec(pattern))) {
    position = scanner.lastIndex
    if (match[1] !== undefined) out.push({type: 'literal', text: match[1]})
    else if (match[2]) out.push({type: 'open'})
    else if (match[3]) out.push({type: 'close'})
    else if (match[4]) out.push({type: 'bar'})
    else if (match[5]) out.push({type: 'question'})
    else if (match[0].startsWith('*')) {
      out.push({type: 'gap', max: match[6] === undefined ? defaultGap : Number(match[6])})
    } else if (match[7]) out.push({type: match[7] === '!' ? 'not' : 'and'})
    else if (match[8]) out.push({type: 'slot', slot: match[8] as Slot})
    else if (match[10] !== undefined) out.push({type: 'chunk', text: match[10], exact: match[9] === '='})
  }
  if (position !== pattern.length) {
    throw new PatternError(pattern, `unexpected "${pattern.slice(position, position + 12)}"`)
  }
  return out
}

/** Key for a word token: its stem, or its exact text. Marks are always exact. */
export function wordKey(text: string, exact: boolean): string {
  return exact ? `=${text}` : `~${stem(text)}`
}

export function markKey(text: string): string {
  return `=${text}`
}

// Words (with inner apostrophes, hyphens and dots), a possessive "'s" written alone, or runs of
// one mark, as the English parser splits them.
const chunkPieces = /'\p{L}+|[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*|([^\p{L}\p{N}\s])\1*/gu

function chunkTokens(chunk: string, exact: boolean): PatternNode[] {
  const nodes: PatternNode[] = []
  for (const piece of normalizeWord(chunk).match(chunkPieces) ?? []) {
    if (/[\p{L}\p{N}]/u.test(piece)) {
      for (const part of splitWord(piece, 0)) {
        nodes.push({type: 'token', key: wordKey(part.text, exact)})
      }
    } else if (!/^["\u201c\u201d']+$/.test(piece)) {
      nodes.push({type: 'token', key: markKey(piece)})
    }
  }
  return nodes
}

/** Parse a pattern into its tree. */
export function parsePattern(pattern: string): PatternNode {
  const lexemes = lex(pattern)
  let index = 0

  function parseChoice(): PatternNode {
    const options = [parseSequence()]
    while (lexemes[index]?.type === 'bar') {
      index++
      options.push(parseSequence())
    }
    // "(rank|ranks|ranked)" stems to one key three times; keep one.
    const keys = new Set<string>()
    const distinct = options.filter((option) => {
      if (option.type !== 'token') return true
      if (keys.has(option.key)) return false
      keys.add(option.key)
      return true
    })
    return distinct.length === 1 ? distinct[0]! : {type: 'choice', options: distinct}
  }

  function parseSequence(): PatternNode {
    const items: PatternNode[] = []
    for (;;) {
      const lexeme = lexemes[index]
      if (!lexeme || lexeme.type === 'bar' || lexeme.type === 'close') break
      if (lexeme.type === 'not' || lexeme.type === 'and') {
        index++
        items.push({type: lexeme.type, item: parseItem()})
        continue
      }
      let item = parseItem()
      if (lexemes[index]?.type === 'question') {
        index++
        item = {type: 'optional', item}
      }
      items.push(item)
    }
    if (items.length === 0) throw new PatternError(pattern, 'empty alternative')
    return items.length === 1 ? items[0]! : {type: 'sequence', items}
  }

  function parseItem(): PatternNode {
    const lexeme = lexemes[index++]
    if (!lexeme) throw new PatternError(pattern, 'missing word at the end')
    switch (lexeme.type) {
      case 'open': {
        const item = parseChoice()
        if (lexemes[index]?.type !== 'close') throw new PatternError(pattern, 'missing ")"')
        index++
        return item
      }
      case 'gap':
        return {type: 'gap', max: lexeme.max}
      case 'literal':
        return {type: 'token', key: markKey(lexeme.text)}
      case 'slot':
        return {type: 'slot', slot: lexeme.slot}
      case 'chunk': {
        const nodes = chunkTokens(lexeme.text, lexeme.exact)
        if (nodes.length === 0) throw new PatternError(pattern, `"${lexeme.text}" holds nothing to match`)
        return nodes.length === 1 ? nodes[0]! : {type: 'sequence', items: nodes}
      }
      default:
        throw new PatternError(pattern, `"${lexeme.type === 'question' ? '?' : lexeme.type}" out of place`)
    }
  }

  const tree = parseChoice()
  if (index < lexemes.length) throw new PatternError(pattern, 'unbalanced ")"')
  if (nullable(tree)) throw new PatternError(pattern, 'it can match nothing')
  if (startsWithGap(tree)) throw new PatternError(pattern, 'it may not start with a gap')
  if (endsWithGap(tree)) throw new PatternError(pattern, 'it may not end with a gap')
  return tree
}

/** Whether a match of the node can end with a gap (a look-ahead at the end is no gap). */
function endsWithGap(node: PatternNode): boolean {
  switch (node.type) {
    case 'gap':
      return true
    case 'token':
    case 'slot':
    case 'not':
    case 'and':
      return false
    case 'optional':
      return endsWithGap(node.item)
    case 'choice':
      return node.options.some(endsWithGap)
    case 'sequence':
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i]!
        if (endsWithGap(item)) return true
        if (!nullable(item)) return false
      }
      return false
  }
}

// Asked again and again while the index is built; a pattern's nodes never change.
const nullables = new WeakMap<PatternNode, boolean>()

/** Whether the node can match no token at all. */
export function nullable(node: PatternNode): boolean {
  if (node.type === 'token' || node.type === 'slot') return false
  let known = nullables.get(node)
  if (known === undefined) nullables.set(node, (known = computeNullable(node)))
  return known
}

function computeNullable(node: PatternNode): boolean {
  switch (node.type) {
    case 'token':
    case 'slot':
      return false
    case 'gap':
    case 'optional':
    case 'not':
    case 'and':
      return true
    case 'sequence':
      return node.items.every(nullable)
    case 'choice':
      return node.options.some(nullable)
  }
}

/**
 * Whether a match of the node can begin with a gap, or, with `lookAheads`, with a look-ahead:
 * anything that comes before the first token.
 */
export function startsWithGap(node: PatternNode, lookAheads = false): boolean {
  switch (node.type) {
    case 'gap':
      return true
    case 'token':
    case 'slot':
      return false
    case 'not':
    case 'and':
      return lookAheads
    case 'optional':
      return startsWithGap(node.item, lookAheads)
    case 'choice':
      return node.options.some((option) => startsWithGap(option, lookAheads))
    case 'sequence':
      for (const item of node.items) {
        if (startsWithGap(item, lookAheads)) return true
        if (!nullable(item)) return false
      }
      return false
  }
}

/** The keys a match of the node can start with (a slot's key is {@link slotKey}). */
export function firstKeys(node: PatternNode, out = new Set<string>()): Set<string> {
  switch (node.type) {
    case 'token':
      out.add(node.key)
      break
    case 'slot':
      out.add(slotKey(node.slot))
      break
    case 'optional':
      firstKeys(node.item, out)
      break
    case 'choice':
      for (const option of node.options) firstKeys(option, out)
      break
    case 'sequence':
      for (const item of node.items) {
        firstKeys(item, out)
        if (!nullable(item)) break
      }
      break
    case 'gap':
    case 'not':
    case 'and':
      break
  }
  return out
}

/** What a pattern from a config file may hold: far more than a phrase needs, far less than hurts. */
export const patternLimits = {length: 500, items: 150, gaps: 6, gap: 20} as const

/**
 * Check a pattern from a config file against {@link patternLimits}: a config is found beside
 * each draft, so a pull request can ship one. Throws a PatternError that says which limit.
 */
export function checkPatternLimits(pattern: string): PatternNode {
  if (pattern.length > patternLimits.length) {
    throw new PatternError(pattern.slice(0, 40) + '...', `longer than ${patternLimits.length} characters`)
  }
  const tree = parsePattern(pattern)
  let items = 0
  let gaps = 0
  const stack: PatternNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    items++
    if (node.type === 'gap') {
      gaps++
      if (node.max > patternLimits.gap) throw new PatternError(pattern, `a gap of at most *${patternLimits.gap} words, not *${node.max}`)
    }
    if (node.type === 'sequence') stack.push(...node.items)
    else if (node.type === 'choice') stack.push(...node.options)
    else if (node.type === 'optional' || node.type === 'not' || node.type === 'and') stack.push(node.item)
  }
  if (gaps > patternLimits.gaps) throw new PatternError(pattern, `more than ${patternLimits.gaps} gaps`)
  if (items > patternLimits.items) throw new PatternError(pattern, `more than ${patternLimits.items} words, marks and groups`)
  return tree
}
