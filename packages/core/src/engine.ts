import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {chunk} from './chunks.js'
import {LineIndex} from './location.js'
import {isNegated, PhraseMatcher} from './matcher.js'
import {findingsScore} from './score.js'
import {tokenize} from './tokens.js'
import type {
  Diagnostic,
  LintContext,
  LintDocument,
  LintResult,
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
  /**
   * A parsed tree of the prose, with absolute offsets into the text, used instead of parsing
   * `regions` (the Markdown adapter builds one so words split by markup stay whole).
   */
  tree?: Root
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
}

const severities = new Set(['off', 'error', 'warning', 'info'])

/** The severity and options a setting gives a rule, or undefined when it turns it off. */
function resolve(rule: Rule, setting: RuleSetting | undefined): Active | undefined {
  if (setting === undefined) {
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
  lint(source: string, options?: LintOptions): LintResult
}

/** Compile a rule set. Throws a ConfigError for duplicate ids or a bad pattern. */
export function createLinter(rules: readonly Rule[]): Linter {
  const byId = new Map<string, number>()
  const matcher = new PhraseMatcher<PhrasePayload>()
  rules.forEach((rule, index) => {
    if (byId.has(rule.meta.id)) throw new ConfigError(`duplicate rule id "${rule.meta.id}"`)
    byId.set(rule.meta.id, index)
    for (const entry of rule.phrases ?? []) {
      for (const pattern of entry.patterns) {
        try {
          matcher.add(pattern, {rule: index, entry})
        } catch (error) {
          throw new ConfigError(`rule "${rule.meta.id}": ${(error as Error).message}`)
        }
      }
    }
  })

  function lint(source: string, options: LintOptions = {}): LintResult {
    const context = options.context ?? {}
    const settings = options.rules ?? {}
    for (const id of Object.keys(settings)) {
      if (!byId.has(id)) throw new ConfigError(`unknown rule "${id}"`)
    }
    const active: (Active | undefined)[] = rules.map((rule) => {
      const kinds = rule.meta.kinds
      if (kinds && context.kind && !kinds.includes(context.kind)) return undefined
      return resolve(rule, settings[rule.meta.id])
    })

    const regions = options.regions ?? [{start: 0, end: source.length}]
    const tokens = options.tree ? tokenize(options.tree) : parse(source, regions)
    const document: LintDocument = {source, regions, tokens, context}
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

    addPhraseFindings(matcher, tokens, source, active, add)
    for (const current of active) {
      if (current?.rule.check) {
        current.rule.check(document, (finding) => add(current, finding), current.options)
      }
    }

    messages.sort(
      (a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)
    )
    return summarize(messages, options.filePath)
  }

  return {rules, lint}
}

function parse(source: string, regions: readonly Region[]): Token[] {
  const tokens: Token[] = []
  const counters = {sentence: 0, paragraph: 0}
  for (const region of regions) {
    for (const piece of chunk(source, region)) {
      const tree = parser.parse(source.slice(piece.start, piece.end)) as Root
      tokenize(tree, piece.start, tokens, counters)
    }
  }
  return tokens
}

function addPhraseFindings(
  matcher: PhraseMatcher<PhrasePayload>,
  tokens: readonly Token[],
  source: string,
  active: readonly (Active | undefined)[],
  add: (current: Active, finding: Report) => void
): void {
  const matches = matcher.run(tokens, (payload) => active[payload.rule] !== undefined)
  // Earliest first, longest first, so one rule reports overlapping matches once.
  matches.sort((a, b) => a.first - b.first || b.last - a.last)
  const reachedBy = new Map<number, number>()
  for (const match of matches) {
    const {rule, entry} = match.payload
    if ((reachedBy.get(rule) ?? 0) > match.first) continue
    if (entry.skipNegated !== false && isNegated(tokens, match.first)) continue
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

function summarize(messages: Diagnostic[], filePath: string | undefined): LintResult {
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const message of messages) {
    if (message.severity === 'error') errorCount++
    else if (message.severity === 'warning') warningCount++
    else infoCount++
  }
  const result: LintResult = {messages, errorCount, warningCount, infoCount, score: findingsScore(messages)}
  if (filePath !== undefined) result.filePath = filePath
  return result
}
