import {firstKeys, parsePattern, type PatternNode} from './pattern.js'
import type {Token} from './types.js'

/**
 * A compiled pattern: given the tokens, a start and the paragraph, the end (exclusive) of the
 * longest match, or -1. Built once from closures, so matching allocates nothing.
 */
type Step = (tokens: readonly Token[], position: number, paragraph: number) => number

/** One compiled pattern and what it belongs to. */
interface Compiled<Payload> {
  match: Step
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

const done: Step = (_, position) => position

/** Single-token alternatives become one set lookup instead of a loop over options. */
function keySets(keys: readonly string[]): {stems: Set<string>; texts: Set<string>} {
  const stems = new Set<string>()
  const texts = new Set<string>()
  for (const key of keys) (key.startsWith('~') ? stems : texts).add(key.slice(1))
  return {stems, texts}
}

function tokenStep(keys: readonly string[], next: Step): Step {
  const {stems, texts} = keySets(keys)
  return (tokens, position, paragraph) => {
    const token = tokens[position]
    if (
      token === undefined ||
      token.paragraph !== paragraph ||
      !((token.type === 'word' && stems.has(token.stem)) || texts.has(token.text))
    ) {
      return -1
    }
    return next(tokens, position + 1, paragraph)
  }
}

/** Compile a pattern tree, followed by `next`, into one step. */
function compile(node: PatternNode, next: Step): Step {
  switch (node.type) {
    case 'token':
      return tokenStep([node.key], next)
    case 'sequence': {
      let step = next
      for (let i = node.items.length - 1; i >= 0; i--) step = compile(node.items[i]!, step)
      return step
    }
    case 'choice': {
      const single = node.options.filter((option) => option.type === 'token')
      const steps = node.options.filter((option) => option.type !== 'token').map((option) => compile(option, next))
      if (single.length > 0) steps.unshift(tokenStep(single.map((option) => (option as {key: string}).key), next))
      if (steps.length === 1) return steps[0]!
      return (tokens, position, paragraph) => {
        let best = -1
        for (const step of steps) {
          const end = step(tokens, position, paragraph)
          if (end > best) best = end
        }
        return best
      }
    }
    case 'optional': {
      const item = compile(node.item, next)
      return (tokens, position, paragraph) =>
        Math.max(item(tokens, position, paragraph), next(tokens, position, paragraph))
    }
    case 'gap': {
      const max = node.max
      return (tokens, position, paragraph) => {
        let best = next(tokens, position, paragraph)
        for (let j = position; j < position + max; j++) {
          const token = tokens[j]
          if (token === undefined || token.paragraph !== paragraph || token.type === 'end') break
          const end = next(tokens, j + 1, paragraph)
          if (end > best) best = end
        }
        return best
      }
    }
    case 'not': {
      const item = compile(node.item, done)
      return (tokens, position, paragraph) =>
        item(tokens, position, paragraph) >= 0 ? -1 : next(tokens, position, paragraph)
    }
    case 'and': {
      const item = compile(node.item, done)
      return (tokens, position, paragraph) =>
        item(tokens, position, paragraph) >= 0 ? next(tokens, position, paragraph) : -1
    }
  }
}

/**
 * All patterns of all phrase rules, compiled into one index keyed by the first token, so
 * that one pass over the tokens finds every match.
 */
export class PhraseMatcher<Payload> {
  readonly #byStem = new Map<string, Compiled<Payload>[]>()
  readonly #byText = new Map<string, Compiled<Payload>[]>()

  /** Add a pattern; throws a PatternError if it does not parse. */
  add(pattern: string, payload: Payload): void {
    const tree = parsePattern(pattern)
    const compiled = {match: compile(tree, done), payload}
    for (const key of firstKeys(tree)) {
      const index = key.startsWith('~') ? this.#byStem : this.#byText
      let list = index.get(key.slice(1))
      if (!list) index.set(key.slice(1), (list = []))
      if (!list.includes(compiled)) list.push(compiled)
    }
  }

  /** Every match, the longest one per pattern and start; `accept` filters by payload. */
  run(tokens: readonly Token[], accept: (payload: Payload) => boolean): Match<Payload>[] {
    const matches: Match<Payload>[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      const byStem = token.type === 'word' ? this.#byStem.get(token.stem) : undefined
      const byText = this.#byText.get(token.text)
      if (byStem) this.#try(byStem, tokens, i, accept, matches)
      // A pattern keyed by both the stem and the exact text of one token is tried once.
      if (byText) this.#try(byText, tokens, i, accept, matches, byStem)
    }
    return matches
  }

  #try(
    candidates: Compiled<Payload>[],
    tokens: readonly Token[],
    i: number,
    accept: (payload: Payload) => boolean,
    matches: Match<Payload>[],
    tried?: Compiled<Payload>[]
  ): void {
    const paragraph = tokens[i]!.paragraph
    for (const candidate of candidates) {
      if (tried?.includes(candidate) || !accept(candidate.payload)) continue
      const end = candidate.match(tokens, i, paragraph)
      if (end > i) matches.push({first: i, last: end, payload: candidate.payload})
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
