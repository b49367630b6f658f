// The one way a draft is linted, whatever the front door: adapt its format, read its letter,
// gather its context, apply its configuration, lint, and map the findings back onto the text.
// The configuration arrives as data, so this runs in a browser as well as in Node.
import {adaptDraft} from './adapters/index.js'
import {DraftError, type DraftFormat} from './adapters/types.js'
import {configuredLinter, emptyConfig, type ResolvedConfig} from './configure.js'
import {resolveContext} from './context.js'
import type {ContextValues} from './context-fields.js'
import {formatSize, utf8Length} from './limits.js'
import {readLetter} from './letter.js'
import type {Diagnostic, LintResult, Rule, RuleSetting} from './types.js'

/** Options of {@link lintText}. */
export interface LintTextOptions {
  /** The built-in rule set. */
  rules: readonly Rule[]
  /** The draft's path or name: decides its format and names it in findings and errors. */
  filePath?: string
  /** The format, when the path does not tell it (standard input, the page). */
  format?: DraftFormat
  /** The configuration that applies to the draft, checked; none gives every rule's default. */
  config?: ResolvedConfig
  /** Context from the command line, the page or the caller: wins over every other source. */
  flags?: ContextValues
  /**
   * Settings below the configuration: an editor's own rule settings and context. Where the
   * configuration names a rule or a context key too, the configuration wins.
   */
  defaults?: {rules?: Readonly<Record<string, RuleSetting>>; context?: ContextValues}
  /** Today, for rules that measure time (tests pass a fixed one). */
  clock?: () => Date
  /** Stops a long draft's lint between windows (an editor whose text moved on). */
  signal?: AbortSignal
  /** A draft larger than this many UTF-8 bytes is refused with a DraftError. */
  maxBytes?: number
}

/**
 * Lint the text of a draft with the configuration given. Findings point into `text` as given.
 * Throws a ConfigError or a DraftError with a one-line message.
 */
export async function lintText(text: string, options: LintTextOptions): Promise<LintResult> {
  const {filePath, maxBytes} = options
  const name = filePath ?? '<stdin>'
  if (maxBytes !== undefined && utf8Length(text) > maxBytes) {
    throw new DraftError(`${name} is larger than the ${formatSize(maxBytes)} limit for a draft, so it is not checked.`)
  }
  const config = options.config ?? emptyConfig
  const configured = configuredLinter(config, options.rules)
  const {linter} = configured
  const rules = {...options.defaults?.rules, ...configured.rules}
  const preset = config.extends
  await linter.prepare({rules, preset})
  const draft = await adaptDraft(text, {...(filePath ? {filePath} : {}), ...(options.format ? {format: options.format} : {})})
  // Read once, for the context and the linter alike: a Markdown draft's block quotes are read as
  // Markdown by both.
  const letter = readLetter(draft.source, draft.regions, {markdown: draft.tree !== undefined})
  const context = resolveContext({
    flags: options.flags ?? {},
    ...(draft.frontMatter ? {frontMatter: draft.frontMatter} : {}),
    draftName: name,
    headers: draft.headers,
    config: {...options.defaults?.context, ...config.context},
    ...(config.applicant ? {applicant: config.applicant} : {}),
    text: draft.source,
    regions: draft.regions,
    letter,
    ...(options.clock ? {clock: options.clock} : {})
  })
  const ids = linter.rules.map((rule) => rule.meta.id)
  const result = await linter.lintAsync(draft.source, {
    ...(options.signal ? {signal: options.signal} : {}),
    ...(filePath ? {filePath} : {}),
    context,
    preset,
    rules,
    regions: draft.regions,
    letter,
    ...(draft.tree ? {tree: draft.tree} : {}),
    ...(draft.filter ? {filter: (messages: Diagnostic[]) => draft.filter!(messages, ids)} : {})
  })
  const finished = draft.finish(result, ids)
  if (context.recipient) finished.recipient = {role: context.recipient, confidence: context.recipientConfidence ?? 'stated'}
  return finished
}

