// Lint one draft the way every consumer does: its config, its format, its context.
import {adaptDraft} from '../adapters/index.js'
import {readLetter} from '../letter.js'
import type {DraftFormat} from '../adapters/types.js'
import {type ContextKey, resolveContext} from '../context.js'
import type {Diagnostic, LintResult, Rule, RuleSetting} from '../types.js'
import {configuredLinter, resolveConfig} from './config.js'

/** Options of {@link lintDraft}. */
export interface LintDraftOptions {
  /** The draft's path: decides its format and where its config is looked for. */
  filePath?: string
  /** The format, when the path does not tell it (standard input). */
  format?: DraftFormat
  /** The built-in rule set. */
  rules: readonly Rule[]
  /** Context from the command line or the editor: wins over every other source. */
  flags?: Partial<Record<ContextKey, string>>
  /** A config file to use instead of looking for one. */
  configFile?: string
  /** Today, for rules that measure time (tests pass a fixed one). */
  clock?: () => Date
  /** Check the draft as a template (also set by `template: true` in its front matter). */
  template?: boolean
  /**
   * Settings below the config file: an editor's own rule settings and context. Where the
   * config file names a rule or a context key too, the config file wins.
   */
  defaults?: {rules?: Readonly<Record<string, RuleSetting>>; context?: Partial<Record<ContextKey, string>>}
  /** Stops a long draft's lint between windows (an editor whose text moved on). */
  signal?: AbortSignal
}

/**
 * Lint the text of a draft with the configuration that applies to it. Findings point into
 * `text` as given. Throws a ConfigError or a DraftError with a one-line message.
 */
export async function lintDraft(text: string, options: LintDraftOptions): Promise<LintResult> {
  const {filePath} = options
  const config = await resolveConfig(filePath, options.configFile ? {configFile: options.configFile} : {})
  const configured = configuredLinter(config, options.rules)
  const {linter} = configured
  const rules = {...options.defaults?.rules, ...configured.rules}
  const preset = config.extends
  await linter.prepare({rules, preset})
  const draft = await adaptDraft(text, {...(filePath ? {filePath} : {}), ...(options.format ? {format: options.format} : {})})
  // `template` in front matter says how to read the draft, so it is not a context key.
  const {template: templateKey, ...frontMatter} = draft.frontMatter ?? {}
  // Read once, for the context and the linter alike: a Markdown draft's block quotes are read as
  // Markdown by both.
  const letter = readLetter(draft.source, draft.regions, {markdown: draft.tree !== undefined})
  const context = resolveContext({
    flags: options.flags ?? {},
    ...(draft.frontMatter ? {frontMatter} : {}),
    draftName: filePath ?? '<stdin>',
    headers: draft.headers,
    config: {...options.defaults?.context, ...config.context},
    ...(config.applicant ? {applicant: config.applicant} : {}),
    text: draft.source,
    regions: draft.regions,
    letter,
    ...(options.clock ? {clock: options.clock} : {})
  })
  const ids = linter.rules.map((rule) => rule.meta.id)
  const template = options.template === true || templateKey === true
  const result = await linter.lintAsync(draft.source, {
    ...(options.signal ? {signal: options.signal} : {}),
    ...(filePath ? {filePath} : {}),
    context: template ? {...context, template} : context,
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
