import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {chunk} from './chunks.js'
import {LineIndex} from './location.js'
import {type Match, PhraseMatcher} from './matcher.js'
import {clauseStarts, polarity} from './polarity.js'
import {attributeQuotations} from './quotes.js'
import {cuePattern, detectKind, type KindCue, kindCues} from './kind.js'
import {type Letter, ownZones, readLetter, type Zone, type ZoneType} from './letter.js'
import {markNames} from './names.js'
import {notWordsIn} from './in-place.js'
import {optionProblem, withDefaults} from './options.js'
import {type PackedPattern, unpackPattern} from './packed.js'
import type {PatternNode} from './pattern.js'
import {type DraftProgram, readProgram} from './program.js'
import {maskInvisible} from './stem.js'
import {tokenize} from './tokens.js'
import {spanIndex} from './spans.js'
import {clip, clipLetter, windowsOf} from './windows.js'
import type {
  Diagnostic,
  LintContext,
  Quotation,
  LintDocument,
  LintResult,
  MessageKind,
  ParsedPiece,
  PhraseEntry,
  Region,
  Report,
  Rule,
  RuleMeta,
  RuleSetting,
  ScorePart,
  ScorePlace,
  Severity,
  Suggestion,
  Token
} from './types.js'

const parser = unified().use(retextEnglish).freeze()

/** Options for one run of the linter. */
export interface LintOptions {
  filePath?: string
  context?: LintContext
  /** Rule settings by rule id; unnamed rules keep their default severity. */
  rules?: Readonly<Record<string, RuleSetting>>
  /** The stretches of the text that hold prose; the whole text when absent. */
  regions?: readonly Region[]
  /** `strict` also turns on the rules that are off by default. */
  preset?: 'recommended' | 'strict'
  /**
   * A parsed tree of the prose, with absolute offsets into the text, used instead of parsing
   * `regions` (the Markdown adapter builds one so words split by markup stay whole).
   */
  tree?: Root
  /** The letter as `readLetter` reads the text and regions, when the caller has read it already. */
  letter?: Letter
  /** Drops the findings the draft itself switches off, before the score is taken. */
  filter?: (messages: Diagnostic[]) => Diagnostic[]
}

/** A rule setting or a rule set that cannot be used; the message says which and why. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

interface Active {
  rule: Rule
  severity: Severity
  options: Record<string, unknown>
}

interface PhrasePayload {
  rule: number
  entry: PhraseEntry
  /** A pattern of the entry's `unless` list: it cancels matches instead of reporting. */
  exception?: true
}

/** What the one matcher holds: the rules' phrases, and the cues that tell a draft's kind. */
type Payload = PhrasePayload | {cue: KindCue}

const severities = new Set(['off', 'error', 'warning', 'info'])

/** The severity and options a setting gives a rule, or undefined when it turns it off. */
function resolve(rule: Rule, setting: RuleSetting | undefined, preset: LintOptions['preset']): Active | undefined {
  if (setting === undefined) {
    if (rule.meta.recommended === false && preset !== 'strict') return undefined
    return {rule, severity: rule.meta.severity, options: {...rule.meta.options}}
  }
  const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
  if (typeof level !== 'string' || !severities.has(level)) {
    throw new ConfigError(
      `rule "${rule.meta.id}": setting must be "off", "info", "warning" or "error", not ${JSON.stringify(level)}`
    )
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigError(`rule "${rule.meta.id}": options must be an object`)
  }
  // Options are checked even for a rule turned off: a bad value is a mistake either way.
  if (options) {
    const found = optionProblem(rule.meta.options, options, `rule "${rule.meta.id}"`, rule.meta.optionTypes)
    if (found) throw new ConfigError(found)
  }
  if (level === 'off') return undefined
  return {rule, severity: level as Severity, options: withDefaults(rule.meta.options, options)}
}

function fill(template: string, actual: string): string {
  return template.replaceAll('{actual}', actual)
}

// A rewrite offered for "You are my #1" should start with a capital too.
function matchCase(rewrite: string, actual: string): string {
  const first = actual.charAt(0)
  return first !== first.toLowerCase() ? rewrite.charAt(0).toUpperCase() + rewrite.slice(1) : rewrite
}

// A tree parsed ahead of time stands in for its pattern's text, which is then not parsed again.
function patternOf(packed: PackedPattern | undefined, pattern: string): PatternNode | string {
  return packed === undefined ? pattern : unpackPattern(packed)
}

/** A linter for a fixed rule set: patterns are compiled once, then every lint is one pass. */
export interface Linter {
  readonly rules: readonly Rule[]
  /** Load what the rules these options enable need; call once before linting with them. */
  prepare(options?: LintOptions): Promise<void>
  lint(source: string, options?: LintOptions): LintResult
  /**
   * The same as `lint`, but a draft long enough to be read in windows gives the event loop a
   * turn between windows (an editor stays responsive), and stops with the signal's reason once
   * the signal is aborted.
   */
  lintAsync(source: string, options?: LintOptions & {signal?: AbortSignal}): Promise<LintResult>
}

/** Compile a rule set. Throws a ConfigError for duplicate ids or a bad pattern. */
export function createLinter(rules: readonly Rule[]): Linter {
  const byId = new Map<string, number>()
  const mechanical = new Set(rules.filter((rule) => rule.meta.readAloud === false).map((rule) => rule.meta.id))
  const matcher = new PhraseMatcher<Payload>()
  rules.forEach((rule, index) => {
    if (byId.has(rule.meta.id)) throw new ConfigError(`duplicate rule id "${rule.meta.id}"`)
    byId.set(rule.meta.id, index)
    for (const entry of rule.phrases ?? []) {
      const {parsed} = entry
      const payloads = [
        ...entry.patterns.map((pattern, i) => [patternOf(parsed?.patterns[i], pattern), {rule: index, entry}] as const),
        ...(entry.unless ?? []).map(
          (pattern, i) => [patternOf(parsed?.unless?.[i], pattern), {rule: index, entry, exception: true}] as const
        )
      ]
      for (const [pattern, payload] of payloads) {
        try {
          matcher.add(pattern, payload)
        } catch (error) {
          throw new ConfigError(`rule "${rule.meta.id}": ${(error as Error).message}`)
        }
      }
    }
  })

  // The rule that weighs a draft for the read-aloud score, and where its options come from:
  // its settings when it is on, its defaults when it is off.
  const scorerIndex = rules.findIndex((rule) => rule.score)
  const scorer = rules[scorerIndex]
  function scoreOf(
    document: LintDocument,
    messages: readonly Diagnostic[],
    resolved: readonly (Active | undefined)[],
    lines: LineIndex
  ): {score: number; parts: ScorePart[]} {
    if (!scorer?.score) return {score: 0, parts: []}
    // The weighing rule's options as set, or its defaults when it is off: the score is always taken.
    const options = resolved[scorerIndex]?.options ?? {...scorer.meta.options}
    const place = (start: number, end: number): ScorePlace => {
      const from = lines.position(start)
      const to = lines.position(end)
      return {line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: start, endOffset: end}
    }
    return scorer.score(document, messages, {mechanical, place}, options)
  }

  const reportZones = new Map(rules.map((rule) => [rule, zonesOf(rule.meta.zones)]))

  // The kind cues go into the same index, so one pass over the tokens finds both.
  for (const [pattern, cue] of kindCues) matcher.add(cuePattern(pattern), {cue})

  function settingsOf(options: LintOptions): Readonly<Record<string, RuleSetting>> {
    const settings = options.rules ?? {}
    for (const id of Object.keys(settings)) {
      if (!byId.has(id)) throw new ConfigError(`unknown rule "${id}"`)
    }
    return settings
  }

  async function prepare(options: LintOptions = {}): Promise<void> {
    const settings = settingsOf(options)
    for (const rule of rules) {
      if (rule.load && resolve(rule, settings[rule.meta.id], options.preset)) await rule.load()
    }
  }

  function lint(source: string, options: LintOptions = {}): LintResult {
    const run = steps(source, options)
    let step = run.next()
    while (!step.done) step = run.next()
    return step.value
  }

  async function lintAsync(source: string, options: LintOptions & {signal?: AbortSignal} = {}): Promise<LintResult> {
    const {signal, ...rest} = options
    signal?.throwIfAborted()
    const run = steps(source, rest)
    let step = run.next()
    while (!step.done) {
      await new Promise((resolve) => setTimeout(resolve, 0))
      signal?.throwIfAborted()
      step = run.next()
    }
    return step.value
  }

  /** Lint a draft, pausing after each window of a long one. */
  function* steps(source: string, options: LintOptions): Generator<void, LintResult> {
    const settings = settingsOf(options)
    // Each rule's severity and options, checked once per draft whatever the number of windows.
    const resolved = rules.map((rule) => resolve(rule, settings[rule.meta.id], options.preset))
    const regions = options.regions ?? [{start: 0, end: source.length}]
    // Phrase and tone rules judge the applicant's own words only: the quoted thread, a
    // forwarded message, the letterhead and the signature are not parsed into tokens.
    // Only a Markdown draft comes with a tree.
    const letter = options.letter ?? readLetter(source, regions, {markdown: options.tree !== undefined})
    const own = intersect(regions, letter.own)
    // Read from the whole draft: every window is for the same program.
    const program = readProgram(source, regions, options.context)
    const lines = new LineIndex(source)
    const spans = windowsOf(source, own)
    if (spans.length === 1) {
      const {messages, score, parts, kind} = lintWindow(source, options, resolved, {regions, letter, own, lines, program})
      return summarize(messages, {score, scoreParts: parts, kind}, options.filePath)
    }
    // A draft far longer than an email: each window is read as a draft of its own, of the
    // kind the first one decides, and the draft scores as its worst window.
    const messages: Diagnostic[] = []
    let first: Window | undefined
    let worst: Window | undefined
    for (const [index, span] of spans.entries()) {
      // The last window also takes a finding at the very end of the text.
      if (index === spans.length - 1) span.end = Number.MAX_SAFE_INTEGER
      const window = lintWindow(source, options, resolved, {
        span,
        regions: clip(regions, span),
        letter: clipLetter(letter, span),
        own: clip(own, span),
        lines,
        program,
        ...(first ? {kind: {kind: first.kind, signals: first.signals}} : {})
      })
      first ??= window
      if (!worst || window.score > worst.score) worst = window
      for (const message of window.messages) messages.push(message)
      if (index < spans.length - 1) yield
    }
    return summarize(messages, {score: worst!.score, scoreParts: worst!.parts, kind: first!.kind}, options.filePath)
  }

  interface Window {
    messages: Diagnostic[]
    score: number
    parts: LintResult['scoreParts']
    kind: MessageKind
    signals: LintDocument['kindSignals']
  }

  interface Part {
    regions: readonly Region[]
    letter: Letter
    own: readonly Region[]
    lines: LineIndex
    program: DraftProgram | undefined
    /** The window, when the draft is read in windows: a check reports only inside it. */
    span?: Region
    /** The kind, when an earlier window decided it. */
    kind?: {kind: MessageKind; signals: LintDocument['kindSignals']}
  }

  function lintWindow(
    source: string,
    options: LintOptions,
    resolved: readonly (Active | undefined)[],
    {regions, letter, own, lines, program, span, kind: decided}: Part
  ): Window {
    const {tokens, pieces} = options.tree ? cutTree(options.tree, own) : parse(source, own)
    let contextTokens: Token[] | undefined
    // The signature's and letterhead's words, parsed only when a check asks for them.
    const readContext = () => {
      const context = intersect(
        regions,
        letter.zones.filter((zone) => zone.type === 'signature' || zone.type === 'letterhead')
      )
      return (options.tree ? cutTree(options.tree, context) : parse(source, context)).tokens
    }
    // Clause starts and whose words each quotation is: read once, before any rule looks.
    const starts = clauseStarts(tokens, source)
    const foreign = attributeQuotations(tokens, starts, source).filter((quotation) => quotation.owner === 'other')
    const given = decided ? {...options.context, kind: decided.kind} : (options.context ?? {})
    markNames(source, tokens, given, letter)
    // One pass finds the kind cues (unless the kind is given) and the phrases of every rule the
    // settings leave on; rules that the kind turns off are dropped once it is known.
    const found = matcher.run(tokens, (payload) => ('cue' in payload ? !given.kind : resolved[payload.rule] !== undefined))
    const cues: Match<KindCue>[] = []
    const phrases: Match<PhrasePayload>[] = []
    for (const match of found) {
      // What kind of message this is comes from the applicant's words, not a quoted email's.
      if ('cue' in match.payload) {
        if (!someoneElses(tokens, match)) cues.push({...match, payload: match.payload.cue})
      }
      else phrases.push(match as Match<PhrasePayload>)
    }
    const detected = given.kind ? undefined : detectKind(source, tokens, letter, cues)
    const kind = given.kind ?? detected!.kind
    const context = {...given, kind}
    const signals = decided?.signals ?? (detected ? detected.signals : 'context')
    const document: LintDocument = {
      source,
      regions,
      tokens,
      get contextTokens() {
        return (contextTokens ??= readContext())
      },
      pieces,
      letter,
      ...(program ? {program} : {}),
      context,
      kindSignals: signals,
      notWords: notWordsIn(tokens, source)
    }
    const active: (Active | undefined)[] = rules.map((rule, index) => {
      const kinds = rule.meta.kinds
      return kinds && !kinds.includes(kind) ? undefined : resolved[index]
    })
    const messages: Diagnostic[] = []

    function add(current: Active, finding: Report): void {
      const {start, end} = finding
      if (span && (start < span.start || start >= span.end)) return
      // Whatever a check read, it reports only in the zones its rule names, and never in
      // other people's mail or in words the draft quotes from someone else.
      const zone = zoneAt(letter.zones, start)
      if (zone && !reportZones.get(current.rule)!.has(zone)) return
      if (insideQuotation(foreign, start, end)) return
      const from = lines.position(start)
      const to = lines.position(end)
      const severity = finding.severity ?? current.severity
      const meta = current.rule.meta
      const diagnostic: Diagnostic = {
        ruleId: meta.id,
        severity,
        message: finding.message,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        offset: start,
        endOffset: end,
        actual: source.slice(start, end),
        note: meta.why
      }
      if (finding.suggestions?.length) diagnostic.suggestions = finding.suggestions
      if (meta.url) diagnostic.url = meta.url
      if (finding.identifiers?.length) diagnostic.identifiers = finding.identifiers
      messages.push(diagnostic)
    }

    addPhraseFindings(
      phrases.filter((match) => active[match.payload.rule] !== undefined),
      tokens,
      source,
      active,
      add,
      starts,
      document.notWords
    )
    for (const current of active) {
      if (current?.rule.check) {
        current.rule.check(document, (finding) => add(current, finding), current.options)
      }
    }
    // Findings the draft switches off (control comments) count for nothing, score included.
    const keep = options.filter
    if (keep) messages.splice(0, messages.length, ...keep(messages))
    const {score, parts} = scoreOf(document, messages, resolved, lines)
    const summary = {messages: [...messages], score, scoreParts: parts}
    for (const current of active) {
      if (current?.rule.review) {
        current.rule.review(document, summary, (finding) => add(current, finding), current.options)
      }
    }

    if (keep) messages.splice(0, messages.length, ...keep(messages))
    messages.sort(
      (a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)
    )
    return {messages, score, parts, kind, signals}
  }

  return {rules, prepare, lint, lintAsync}
}

/** The zones a rule may report in: its `zones` ("own" stands for the applicant's own), never quoted or forwarded mail. */
function zonesOf(names: RuleMeta['zones']): Set<ZoneType> {
  const zones = new Set<ZoneType>()
  for (const name of names ?? ['own']) {
    if (name === 'own') for (const zone of ownZones) zones.add(zone)
    else zones.add(name)
  }
  zones.delete('quoted')
  zones.delete('forwarded')
  return zones
}

/** The index of the region, of regions in order of the source, that an offset falls in, or -1. */
function regionAt(regions: readonly Region[], offset: number): number {
  const index = spanIndex(regions, offset)
  return index < regions.length && regions[index]!.start <= offset ? index : -1
}

function zoneAt(zones: readonly Zone[], offset: number): ZoneType | undefined {
  return zones[regionAt(zones, offset)]?.type
}

/** The parts of `regions` inside `zones`; both are in order of the source. */
function intersect(regions: readonly Region[], zones: readonly Region[]): Region[] {
  const out: Region[] = []
  let z = 0
  for (const region of regions) {
    while (z < zones.length && zones[z]!.end <= region.start) z++
    for (let i = z; i < zones.length && zones[i]!.start < region.end; i++) {
      const start = Math.max(region.start, zones[i]!.start)
      const end = Math.min(region.end, zones[i]!.end)
      if (end > start) out.push({start, end})
    }
  }
  return out
}

/** A given tree cut down to the sentences that start in `keep` (regions in order), and their tokens there. */
function cutTree(tree: Root, keep: readonly Region[]): {tokens: Token[]; pieces: ParsedPiece[]} {
  const inside = (offset: number | undefined) =>
    offset !== undefined && regionAt(keep, offset) >= 0
  const children: Root['children'] = []
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') {
      children.push(child)
      continue
    }
    const kept = child.children.filter((node) => node.type !== 'SentenceNode' || inside(node.position?.start.offset))
    if (kept.some((node) => node.type === 'SentenceNode')) children.push({...child, children: kept})
  }
  const cut: Root = {...tree, children}
  const tokens = tokenize(cut).filter((token) => inside(token.start))
  return {tokens, pieces: [{tree: cut, offset: 0}]}
}

function parse(source: string, regions: readonly Region[]): {tokens: Token[]; pieces: ParsedPiece[]} {
  const tokens: Token[] = []
  const pieces: ParsedPiece[] = []
  const counters = {sentence: 0, paragraph: 0}
  for (const region of regions) {
    for (const piece of chunk(source, region)) {
      const tree = parser.parse(maskInvisible(source.slice(piece.start, piece.end))) as Root
      tokenize(tree, piece.start, tokens, counters)
      pieces.push({tree, offset: piece.start})
    }
  }
  return {tokens, pieces}
}

function addPhraseFindings(
  found: readonly Match<PhrasePayload>[],
  tokens: readonly Token[],
  source: string,
  active: readonly (Active | undefined)[],
  add: (current: Active, finding: Report) => void,
  starts: Int32Array,
  notWords: (start: number, end: number) => boolean
): void {
  // The sentences in which an entry's `unless` patterns occur: its matches there are cancelled.
  const cancelled = new Map<PhraseEntry, Set<number>>()
  const matches = found.filter((match) => {
    if (!match.payload.exception) return true
    const {entry} = match.payload
    if (!cancelled.has(entry)) cancelled.set(entry, new Set())
    cancelled.get(entry)!.add(tokens[match.first]!.sentence)
    return false
  })
  // Earliest first, longest first, so one rule reports overlapping matches once.
  matches.sort((a, b) => a.first - b.first || b.last - a.last)
  const reachedBy = new Map<number, number>()
  // The furthest end of a denied match so far: a match that ends before it lies inside one
  // (matches come earliest first), and a denial covers the shorter matches inside it.
  let deniedUntil = -1
  for (const match of matches) {
    const {rule, entry} = match.payload
    if ((reachedBy.get(rule) ?? 0) > match.first) continue
    if (someoneElses(tokens, match)) continue
    if (notWords(tokens[match.first]!.start, tokens[match.last - 1]!.end)) continue
    if (entry.skipNegated !== false) {
      if (match.last <= deniedUntil) continue
      if (polarity(tokens, match.first, starts) === 'denied') {
        deniedUntil = Math.max(deniedUntil, match.last)
        continue
      }
    }
    if (cancelled.get(entry)?.has(tokens[match.first]!.sentence)) continue
    reachedBy.set(rule, match.last)
    const start = tokens[match.first]!.start
    const end = tokens[match.last - 1]!.end
    const actual = source.slice(start, end)
    const suggestions: Suggestion[] = (entry.rewrite ?? []).map((text) => ({
      text: matchCase(text, actual),
      safe: entry.safe === true
    }))
    add(active[rule]!, {start, end, message: fill(entry.message, actual), suggestions})
  }
}

// A match with any word in someone else's quotation is not the applicant's claim.
function someoneElses(tokens: readonly Token[], match: Match<unknown>): boolean {
  for (let i = match.first; i < match.last; i++) {
    if (tokens[i]!.quote?.owner === 'other') return true
  }
  return false
}

function insideQuotation(foreign: readonly Quotation[], start: number, end: number): boolean {
  for (const quotation of foreign) {
    if (start >= quotation.start && end <= quotation.end) return true
  }
  return false
}

function summarize(
  messages: Diagnostic[],
  document: Pick<LintResult, 'score' | 'scoreParts' | 'kind'>,
  filePath: string | undefined
): LintResult {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const message of messages) {
    if (message.severity === 'error') errorCount++
    else if (message.severity === 'warning') warningCount++
    else infoCount++
  }
  const result: LintResult = {messages, errorCount, warningCount, infoCount, ...document}
  if (filePath !== undefined) result.filePath = filePath
  return result
}
