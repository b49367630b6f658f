// The page's linter: a draft as the command line reads a .txt file (front matter, Subject,
// To and Date lines, then the body), with the page's pickers in the place of its flags.
import {
  adaptDraft,
  createLinter,
  defaultMaxBytes,
  DraftError,
  formatSize,
  type LintResult,
  resolveContext,
  type Rule,
  utf8Length
} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'

/**
 * Every default rule but `spelling`, which is off unless configured and needs a dictionary
 * read from disk. Without it, a draft gets exactly the findings the command line gives it.
 */
export const rules: readonly Rule[] = defaultRules.filter((rule) => rule.meta.id !== 'spelling')

const linter = createLinter(rules)
const ruleIds = linter.rules.map((rule) => rule.meta.id)

/** The context keys the page lets the user set, as the command line's flags name them. */
export const pickerKeys = ['kind', 'recipient', 'policy', 'interview-date', 'sent-date'] as const
export type Picks = Partial<Record<(typeof pickerKeys)[number], string>>

/** How the page lints: its size cap in bytes, and a signal that stops a long draft's lint. */
export interface PageOptions {
  maxBytes?: number
  signal?: AbortSignal
}

/**
 * The size cap the page's address asks for with `?max-size=<megabytes>`, as the command line's
 * `--max-size`; the default cap when it asks for none or for something that is not a size.
 */
export function capFrom(search: string): number {
  const asked = new URLSearchParams(search).get('max-size')
  const megabytes = asked === null || asked.trim() === '' ? Number.NaN : Number(asked)
  return Number.isFinite(megabytes) && megabytes > 0 && megabytes <= 1024 ? Math.round(megabytes * 1024 * 1024) : defaultMaxBytes
}

/**
 * Lint a draft with the context the user picked. Picks win over the draft's own front matter
 * and header lines, which win over what is detected from the text, as with the command line.
 * Throws a DraftError or ConfigError, with a message for the user, for front matter it cannot use.
 */
export async function lintDraftText(text: string, picks: Picks, options: PageOptions = {}): Promise<LintResult> {
  // The cap of every front door: a pasted book would freeze the page, and is not an email.
  const cap = options.maxBytes ?? defaultMaxBytes
  if (utf8Length(text) > cap) {
    throw new DraftError(`Your draft is larger than the ${formatSize(cap)} limit for a draft, so it is not checked.`)
  }
  const draft = await adaptDraft(text, {format: 'text', filePath: 'Your draft'})
  const context = resolveContext({
    flags: picks,
    ...(draft.frontMatter ? {frontMatter: draft.frontMatter} : {}),
    draftName: 'Your draft',
    headers: draft.headers,
    text: draft.source,
    regions: draft.regions
  })
  const template = draft.frontMatter?.template === true
  // A long draft is linted a window at a time, so the page keeps answering meanwhile.
  const result = await linter.lintAsync(draft.source, {
    ...(options.signal ? {signal: options.signal} : {}),
    context: template ? {...context, template} : context,
    regions: draft.regions
  })
  return draft.finish(result, ruleIds)
}
