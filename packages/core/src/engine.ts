import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {chunk} from './chunks.js'
import {LineIndex} from './location.js'
import {isNegated, type Match, PhraseMatcher} from './matcher.js'
import {detectKind, type KindCue, kindCues} from './kind.js'
import {readLetter} from './letter.js'
import {markNames} from './names.js'
import {readAloudScore} from './score.js'
import {tokenize} from './tokens.js'
import type {
  Diagnostic,
  LintContext,
  LintDocument,
  LintResult,
  ParsedPiece,
  PhraseEntry,
  Region,
  Report,
  Rule,
  RuleSetting,
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
  if (level === 'off') return undefined
  return {rule, severity: level as Severity, options: {...rule.meta.options, ...options}}
}

function fill(template: string, actual: string): string {
  return template.replaceAll('{actual}', actual)
}

// A rewrite offered for "You are my #1" should start with a capital too.
function matchCase(rewrite: string, actual: string): string {
  const first = actual.charAt(0)
  return first !== first.toLowerCase() ? rewrite.charAt(0).toUpperCase() + rewrite.slice(1) : rewrite
}

/** A linter for a fixed rule set: patterns are compiled once, then every lint is one pass. */
export interface Linter {
  readonly rules: readonly Rule[]
  /** Load what the rules these options enable need; call once before linting with them. */
  prepare(options?: LintOptions): Promise<void>
  lint(source: string, options?: LintOptions): LintResult
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
      const payloads = [
        ...entry.patterns.map((pattern) => [pattern, {rule: index, entry}] as const),
        ...(entry.unless ?? []).map((pattern) => [pattern, {rule: index, entry, exception: true}] as const)
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

  // The kind cues go into the same index, so one pass over the tokens finds both.
  for (const [pattern, cue] of kindCues) matcher.add(pattern, {cue})

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
    const settings = settingsOf(options)
    const regions = options.regions ?? [{start: 0, end: source.length}]
    const {tokens, pieces} = options.tree
      ? {tokens: tokenize(options.tree), pieces: [{tree: options.tree, offset: 0}]}
      : parse(source, regions)
    const letter = readLetter(source, regions)
    const given = options.context ?? {}
    markNames(source, tokens, given, letter)
    // One pass finds the kind cues (unless the kind is given) and the phrases of every rule the
    // settings leave on; rules that the kind turns off are dropped once it is known.
    const enabled = rules.map((rule) => resolve(rule, settings[rule.meta.id], options.preset) !== undefined)
    const found = matcher.run(tokens, (payload) => ('cue' in payload ? !given.kind : enabled[payload.rule]!))
    const cues: Match<KindCue>[] = []
    const phrases: Match<PhrasePayload>[] = []
    for (const match of found) {
      if ('cue' in match.payload) cues.push({...match, payload: match.payload.cue})
      else phrases.push(match as Match<PhrasePayload>)
    }
    const detected = given.kind ? undefined : detectKind(source, tokens, letter, cues)
    const kind = given.kind ?? detected!.kind
    const context = {...given, kind}
    const document: LintDocument = {
      source,
      regions,
      tokens,
      pieces,
      letter,
      context,
      kindSignals: detected ? detected.signals : 'context'
    }
    const active: (Active | undefined)[] = rules.map((rule) => {
      const kinds = rule.meta.kinds
      if (kinds && !kinds.includes(kind)) return undefined
      return resolve(rule, settings[rule.meta.id], options.preset)
    })
    const lines = new LineIndex(source)
    const messages: Diagnostic[] = []

    function add(current: Active, finding: Report): void {
      const {start, end} = finding
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
      messages.push(diagnostic)
    }

    addPhraseFindings(
      phrases.filter((match) => active[match.payload.rule] !== undefined),
      tokens,
      source,
      active,
      add
    )
    for (const current of active) {
      if (current?.rule.check) {
        current.rule.check(document, (finding) => add(current, finding), current.options)
      }
    }
    // Findings the draft switches off (control comments) count for nothing, score included.
    const keep = options.filter
    if (keep) messages.splice(0, messages.length, ...keep(messages))
    const {score, parts} = readAloudScore(document, messages, mechanical)
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
    return summarize(messages, {score, scoreParts: parts, kind}, options.filePath)
  }

  return {rules, prepare, lint}
}

function parse(source: string, regions: readonly Region[]): {tokens: Token[]; pieces: ParsedPiece[]} {
  const tokens: Token[] = []
  const pieces: ParsedPiece[] = []
  const counters = {sentence: 0, paragraph: 0}
  for (const region of regions) {
    for (const piece of chunk(source, region)) {
      const tree = parser.parse(source.slice(piece.start, piece.end)) as Root
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
  add: (current: Active, finding: Report) => void
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
  for (const match of matches) {
    const {rule, entry} = match.payload
    if ((reachedBy.get(rule) ?? 0) > match.first) continue
    if (entry.skipNegated !== false && isNegated(tokens, match.first)) continue
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
