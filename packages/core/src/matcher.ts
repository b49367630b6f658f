import {firstKeys, nullable, parsePattern, type PatternNode, type Slot, startsWithGap} from './pattern.js'
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
  // Most token steps test one key: a string comparison is quicker than a set lookup.
  if (stems.size === 1 && texts.size === 0) {
    const [stem] = stems
    return (tokens, position, paragraph) => {
      const token = tokens[position]
      if (token === undefined || token.paragraph !== paragraph || token.type !== 'word' || token.stem !== stem) return -1
      return next(tokens, position + 1, paragraph)
    }
  }
  if (texts.size === 1 && stems.size === 0) {
    const [text] = texts
    return (tokens, position, paragraph) => {
      const token = tokens[position]
      if (token === undefined || token.paragraph !== paragraph || token.text !== text) return -1
      return next(tokens, position + 1, paragraph)
    }
  }
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

// A name was marked once on the token it starts at, so a slot costs one field read.
function slotStep(slot: Slot, next: Step): Step {
  return (tokens, position, paragraph) => {
    const token = tokens[position]
    const end = token === undefined || token.paragraph !== paragraph ? undefined : token[slot]
    return end === undefined ? -1 : next(tokens, end, paragraph)
  }
}

/**
 * Counts the attempts to match (one pattern from one start): a memo is good for one attempt.
 * Where a pattern branches (a choice, an optional item, a gap), every branch goes on with the
 * same rest of the pattern; that rest is worked out at most once per position in an attempt,
 * so the work of an attempt is bounded by the pattern's size times the positions it can reach,
 * however the branches nest (without it, 30 optional items took minutes).
 */
let attempt = 0

function memo(next: Step): Step {
  let stamp = -1
  // An attempt reaches few positions, usually one to three: a short list searched in order is
  // quicker than a map. Past `short` positions (long gaps) the map takes over.
  const positions = new Array<number>(short).fill(0)
  const ends = new Array<number>(short).fill(0)
  let used = 0
  const more = new Map<number, number>()
  return (tokens, position, paragraph) => {
    if (stamp !== attempt) {
      stamp = attempt
      used = 0
      if (more.size > 0) more.clear()
    }
    for (let k = 0; k < used; k++) if (positions[k] === position) return ends[k]!
    let end = more.size > 0 ? more.get(position) : undefined
    if (end !== undefined) return end
    end = next(tokens, position, paragraph)
    if (used < short) {
      positions[used] = position
      ends[used++] = end
    } else {
      more.set(position, end)
    }
    return end
  }
}

const short = 8

/** Compile a pattern tree, followed by `next`, into one step. */
function compile(node: PatternNode, next: Step): Step {
  switch (node.type) {
    case 'token':
      return tokenStep([node.key], next)
    case 'slot':
      return slotStep(node.slot, next)
    case 'sequence': {
      let step = next
      for (let i = node.items.length - 1; i >= 0; i--) step = compile(node.items[i]!, step)
      return step
    }
    case 'choice': {
      // Every option goes on with the same rest of the pattern: work it out once per position.
      const shared = node.options.length > 1 ? memo(next) : next
      const single = node.options.filter((option) => option.type === 'token')
      const steps = node.options.filter((option) => option.type !== 'token').map((option) => compile(option, shared))
      if (single.length > 0) steps.unshift(tokenStep(single.map((option) => (option as {key: string}).key), shared))
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
      const shared = memo(next)
      const item = compile(node.item, shared)
      return (tokens, position, paragraph) =>
        Math.max(item(tokens, position, paragraph), shared(tokens, position, paragraph))
    }
    case 'gap': {
      const max = node.max
      const shared = memo(next)
      return (tokens, position, paragraph) => {
        let best = shared(tokens, position, paragraph)
        for (let j = position; j < position + max; j++) {
          const token = tokens[j]
          if (token === undefined || token.paragraph !== paragraph || token.type === 'end') break
          const end = shared(tokens, j + 1, paragraph)
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

/** One added pattern: what it belongs to, and what decides the order of its matches. */
interface Added<Payload> {
  payload: Payload
  /** The order of `add` calls. */
  order: number
  /** The stems a match can start with (word tokens are looked up by stem first). */
  firstStems: Set<string>
  /** Scratch space of `run`: the stamp of the position last matched and the longest end there. */
  at: number
  best: number
  /** The pattern, until its candidates are filed under its first keys (then undefined). */
  tree: PatternNode | undefined
  keys: ReadonlySet<string>
}

/**
 * A way to continue a pattern once its first token has matched: the rest of the pattern after
 * that token (tried from the next position), or, when the rest cannot be told apart from the
 * first token (a look-ahead at the start), the whole pattern (tried from the first position).
 */
interface Candidate<Payload> {
  pattern: Added<Payload>
  /** What to match; compiled into `match` the first time it is tried (start-up stays short). */
  node: PatternNode
  match?: Step
  fromStart: boolean
  /** Set when the first item was a name: the rest is tried from the token just past it. */
  slot?: Slot
  /** Scratch space of `run`: the stamp of the position it was last tried at. */
  at: number
}

/** The candidates of one first key, indexed again by the key the second token must have. */
interface Bucket<Payload> {
  /** Patterns that start here but are not filed yet: filed the first time a token needs them. */
  pending: Added<Payload>[]
  any: Candidate<Payload>[]
  byStem: Map<string, Candidate<Payload>[]>
  byText: Map<string, Candidate<Payload>[]>
}

const empty: PatternNode = {type: 'sequence', items: []}
const whole = Symbol('whole')

/**
 * What is left of a pattern after each first token it can start with, in one walk: the
 * alternatives of a long leading choice are visited once, not once per key. `whole` when a gap
 * or a look-ahead may come first, so that the rest depends on the first token itself.
 */
function continuations(node: PatternNode): Map<string, PatternNode> | typeof whole {
  if (startsWithGap(node, true)) return whole
  const rests = new Map<string, PatternNode[]>()
  collect(node, [], rests)
  const out = new Map<string, PatternNode>()
  for (const [key, options] of rests) {
    out.set(key, options.length === 1 ? options[0]! : {type: 'choice', options})
  }
  return out
}

// Add to `rests`, under each first key of `node`, what follows that key: the rest of `node`
// and then `tail`.
function collect(node: PatternNode, tail: readonly PatternNode[], rests: Map<string, PatternNode[]>): void {
  switch (node.type) {
    case 'token':
      listOf(rests, node.key).push(sequence([empty, ...tail]))
      return
    case 'slot':
      listOf(rests, `@${node.slot}`).push(sequence([empty, ...tail]))
      return
    case 'optional':
      collect(node.item, tail, rests)
      return
    case 'choice':
      for (const option of node.options) collect(option, tail, rests)
      return
    case 'sequence':
      for (const [index, item] of node.items.entries()) {
        collect(item, [...node.items.slice(index + 1), ...tail], rests)
        if (!nullable(item)) return
      }
      return
    default:
      // Gaps and look-aheads never come first here: such patterns are tried whole.
      return
  }
}

function sequence(items: PatternNode[]): PatternNode {
  const flat = items.flatMap((item) => (item.type === 'sequence' ? item.items : [item]))
  return flat.length === 1 ? flat[0]! : {type: 'sequence', items: flat}
}

function bucketOf<Payload>(index: Map<string, Bucket<Payload>>, key: string): Bucket<Payload> {
  let bucket = index.get(key)
  if (!bucket) index.set(key, (bucket = {pending: [], any: [], byStem: new Map(), byText: new Map()}))
  return bucket
}

function listOf<T>(index: Map<string, T[]>, key: string): T[] {
  let list = index.get(key)
  if (!list) index.set(key, (list = []))
  return list
}

/**
 * All patterns of all phrase rules, compiled into one index keyed by the first token and then
 * by the second, so that one pass over the tokens finds every match and tries only the
 * patterns whose first two tokens are there. A pattern with a choice at its start is split
 * into what follows each alternative ("(i|we) will rank" is "will rank" under both "i" and
 * "we").
 */
export class PhraseMatcher<Payload> {
  readonly #byStem = new Map<string, Bucket<Payload>>()
  readonly #byText = new Map<string, Bucket<Payload>>()
  /** Patterns that can start with a name, tried where a name starts. */
  readonly #bySlot = new Map<Slot, Bucket<Payload>>()
  #count = 0
  /** Counts the positions tried, over all runs: marks what was tried at the current one. */
  #stamp = 0

  /**
   * Add a pattern, as text or as the tree `parsePattern` gives for it (the built-in rules'
   * patterns are parsed when the rules are built, so start-up skips that work). Throws a
   * PatternError if the text does not parse.
   */
  add(pattern: string | PatternNode, payload: Payload): void {
    const tree = typeof pattern === 'string' ? parsePattern(pattern) : pattern
    const keys = firstKeys(tree)
    const added: Added<Payload> = {payload, order: this.#count++, firstStems: new Set(), at: -1, best: -1, tree, keys}
    for (const key of keys) {
      if (key.startsWith('~')) added.firstStems.add(key.slice(1))
      this.#bucket(key).pending.push(added)
    }
  }

  #bucket(key: string): Bucket<Payload> {
    if (key.startsWith('@')) return bucketOf(this.#bySlot, key.slice(1) as Slot)
    return bucketOf(key.startsWith('~') ? this.#byStem : this.#byText, key.slice(1))
  }

  /**
   * File the candidates of the patterns that start in a bucket, the first time a token needs
   * it. A run on one short draft touches few of the first keys, so the work of splitting every
   * pattern (most of what building the linter cost) is done only for the ones it meets.
   */
  #ready(bucket: Bucket<Payload>): Bucket<Payload> {
    if (bucket.pending.length === 0) return bucket
    for (const added of bucket.pending) if (added.tree) this.#file(added, added.tree)
    bucket.pending.length = 0
    return bucket
  }

  #file(added: Added<Payload>, tree: PatternNode): void {
    added.tree = undefined
    let wholeCandidate: Candidate<Payload> | undefined
    const rests = continuations(tree)
    for (const key of added.keys) {
      const slot = key.startsWith('@') ? (key.slice(1) as Slot) : undefined
      const bucket = this.#bucket(key)
      const rest = rests === whole ? whole : rests.get(key)
      if (rest === undefined) continue
      if (slot && rest !== whole) {
        // The second token is wherever the name ends, so the second-key index cannot help.
        bucket.any.push({pattern: added, node: rest, fromStart: false, slot, at: -1})
        continue
      }
      if (rest === whole) {
        // One candidate under each key: tried once per position, whichever key found it.
        wholeCandidate ??= {pattern: added, node: tree, fromStart: true, at: -1}
        bucket.any.push(wholeCandidate)
        continue
      }
      const candidate: Candidate<Payload> = {pattern: added, node: rest, fromStart: false, at: -1}
      const seconds = firstKeys(rest)
      if (nullable(rest) || startsWithGap(rest) || [...seconds].some((second) => second.startsWith('@'))) {
        bucket.any.push(candidate)
        continue
      }
      for (const second of seconds) {
        listOf(second.startsWith('~') ? bucket.byStem : bucket.byText, second.slice(1)).push(candidate)
      }
    }
  }

  /** Every match, the longest one per pattern and start; `accept` filters by payload. */
  run(tokens: readonly Token[], accept: (payload: Payload) => boolean): Match<Payload>[] {
    const matches: Match<Payload>[] = []
    const found: Added<Payload>[] = []
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      const isWord = token.type === 'word'
      const byStem = isWord ? this.#byStem.get(token.stem) : undefined
      const byText = this.#byText.get(token.text)
      const byProgram = token.program === undefined ? undefined : this.#bySlot.get('program')
      const byPerson = token.person === undefined ? undefined : this.#bySlot.get('person')
      if (!byStem && !byText && !byProgram && !byPerson) continue
      const next = tokens[i + 1]
      const second = next !== undefined && next.paragraph === token.paragraph ? next : undefined
      const stamp = ++this.#stamp
      if (byStem) this.#tryBucket(this.#ready(byStem), tokens, i, stamp, second, accept, found)
      if (byText) this.#tryBucket(this.#ready(byText), tokens, i, stamp, second, accept, found)
      if (byProgram) this.#tryAll(this.#ready(byProgram).any, tokens, i, stamp, accept, found)
      if (byPerson) this.#tryAll(this.#ready(byPerson).any, tokens, i, stamp, accept, found)
      if (found.length === 0) continue
      // The order of the one-index matcher: patterns keyed by the stem first, each group in
      // the order they were added (later steps keep the first of equal matches).
      if (found.length > 1) {
        const group = (added: Added<Payload>) => (isWord && added.firstStems.has(token.stem) ? 0 : 1)
        found.sort((a, b) => group(a) - group(b) || a.order - b.order)
      }
      for (const added of found) matches.push({first: i, last: added.best, payload: added.payload})
      found.length = 0
    }
    return matches
  }

  #tryBucket(
    bucket: Bucket<Payload>,
    tokens: readonly Token[],
    i: number,
    stamp: number,
    second: Token | undefined,
    accept: (payload: Payload) => boolean,
    found: Added<Payload>[]
  ): void {
    this.#tryAll(bucket.any, tokens, i, stamp, accept, found)
    if (!second) return
    if (second.type === 'word') {
      const list = bucket.byStem.get(second.stem)
      if (list) this.#tryAll(list, tokens, i, stamp, accept, found)
    }
    const list = bucket.byText.get(second.text)
    if (list) this.#tryAll(list, tokens, i, stamp, accept, found)
  }

  #tryAll(
    candidates: readonly Candidate<Payload>[],
    tokens: readonly Token[],
    i: number,
    stamp: number,
    accept: (payload: Payload) => boolean,
    found: Added<Payload>[]
  ): void {
    const paragraph = tokens[i]!.paragraph
    for (const candidate of candidates) {
      if (candidate.at === stamp) continue
      candidate.at = stamp
      const added = candidate.pattern
      if (added.at !== stamp && !accept(added.payload)) continue
      const match = (candidate.match ??= compile(candidate.node, done))
      const from = candidate.fromStart ? i : candidate.slot ? tokens[i]![candidate.slot]! : i + 1
      attempt++
      const end = match(tokens, from, paragraph)
      if (end <= i) continue
      if (added.at !== stamp) {
        added.at = stamp
        added.best = end
        found.push(added)
      } else if (end > added.best) {
        added.best = end
      }
    }
  }
}
