import {firstKeys, parsePattern, type PatternNode} from './pattern.js'
import type {Token} from './types.js'

/** One compiled pattern and what it belongs to. */
interface Compiled<Payload> {
  tree: PatternNode
  payload: Payload
}

/** A match: token indices, end exclusive. */
export interface Match<Payload> {
  first: number
  last: number
  payload: Payload
}

const negations = new Set(['not', 'never', 'no', 'without', 'cannot'])
// "don't mind", "not only", "never hesitate", "without a doubt", "no matter": negated words
// that do not deny what follows.
const notDenied = new Set(['mind', 'only', 'hesitate', 'just', 'doubt', 'question', 'matter'])
const negationWindow = 3

/**
 * All patterns of all phrase rules, compiled into one index keyed by the first token, so
 * that one pass over the tokens finds every match.
 */
export class PhraseMatcher<Payload> {
  readonly #index = new Map<string, Compiled<Payload>[]>()

  /** Add a pattern; throws a PatternError if it does not parse. */
  add(pattern: string, payload: Payload): void {
    const tree = parsePattern(pattern)
    const compiled = {tree, payload}
    for (const key of firstKeys(tree)) {
      let list = this.#index.get(key)
      if (!list) this.#index.set(key, (list = []))
      list.push(compiled)
    }
  }

  /** Every match, the longest one per pattern and start; `accept` filters by payload. */
  run(tokens: readonly Token[], accept: (payload: Payload) => boolean): Match<Payload>[] {
    const matches: Match<Payload>[] = []
    const index = this.#index
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      const byStem = token.type === 'word' ? index.get('~' + token.stem) : undefined
      const byText = index.get('=' + token.text)
      if (byStem) this.#try(byStem, tokens, i, accept, matches)
      if (byText) this.#try(byText, tokens, i, accept, matches)
    }
    return matches
  }

  #try(
    candidates: Compiled<Payload>[],
    tokens: readonly Token[],
    i: number,
    accept: (payload: Payload) => boolean,
    matches: Match<Payload>[]
  ): void {
    for (const candidate of candidates) {
      if (!accept(candidate.payload)) continue
      const ends = endsOf(candidate.tree, tokens, i, tokens[i]!.paragraph)
      if (ends.length === 0) continue
      matches.push({first: i, last: Math.max(...ends), payload: candidate.payload})
    }
  }
}

/** Whether the words just before a match deny it ("I did not message ..."). */
export function isNegated(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]!.sentence
  for (let i = first - 1; i >= 0 && i >= first - negationWindow; i--) {
    const token = tokens[i]!
    if (token.sentence !== sentence || token.type === 'end') return false
    if (negations.has(token.text)) {
      let next = tokens[i + 1]
      if (next?.text === 'a' || next?.text === 'any') next = tokens[i + 2]
      return !(next && notDenied.has(next.text))
    }
  }
  return false
}

function keyMatches(key: string, token: Token): boolean {
  return key.charCodeAt(0) === 126 /* ~ */
    ? token.type === 'word' && key.slice(1) === token.stem
    : key.slice(1) === token.text
}

/** The token indices where a match of `node` starting at `i` can end, within one paragraph. */
function endsOf(node: PatternNode, tokens: readonly Token[], i: number, paragraph: number): number[] {
  switch (node.type) {
    case 'token': {
      const token = tokens[i]
      return token && token.paragraph === paragraph && keyMatches(node.key, token) ? [i + 1] : []
    }
    case 'gap': {
      const ends = [i]
      for (let j = i; j < i + node.max; j++) {
        const token = tokens[j]
        if (!token || token.paragraph !== paragraph || token.type === 'end') break
        ends.push(j + 1)
      }
      return ends
    }
    case 'optional':
      return unique([i, ...endsOf(node.item, tokens, i, paragraph)])
    case 'not':
      return endsOf(node.item, tokens, i, paragraph).length > 0 ? [] : [i]
    case 'and':
      return endsOf(node.item, tokens, i, paragraph).length > 0 ? [i] : []
    case 'choice': {
      const ends: number[] = []
      for (const option of node.options) ends.push(...endsOf(option, tokens, i, paragraph))
      return unique(ends)
    }
    case 'sequence': {
      let positions = [i]
      for (const item of node.items) {
        const next: number[] = []
        for (const position of positions) next.push(...endsOf(item, tokens, position, paragraph))
        if (next.length === 0) return []
        positions = unique(next)
      }
      return positions
    }
  }
}

function unique(values: number[]): number[] {
  return values.length < 2 ? values : [...new Set(values)]
}
