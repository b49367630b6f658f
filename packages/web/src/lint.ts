// The page's linter: a draft as the command line reads a .txt file (front matter, Subject,
// To and Date lines, then the body), with the page's pickers in the place of its flags.
import {checkContext, type ContextKey, defaultMaxBytes, lintText, type LintResult, type Rule} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'

/**
 * Every default rule but `spelling`, which is off unless configured and needs a dictionary
 * read from disk. Without it, a draft gets exactly the findings the command line gives it.
 */
export const rules: readonly Rule[] = defaultRules.filter((rule) => rule.meta.id !== 'spelling')

/**
 * The context keys the page lets the user set, as the command line's flags name them: a list
 * of each choice field's values, a date field's calendar. index.html holds the pickers, with
 * words for each value; a test keeps them to the context table's values.
 */
export const pickerKeys = ['kind', 'recipient', 'policy', 'interview-date', 'sent-date'] as const satisfies readonly ContextKey[]
export type Picks = Partial<Record<(typeof pickerKeys)[number], string>>

/** How the page lints: its size cap in bytes, and a signal that stops a long draft's lint. */
export interface PageOptions {
  maxBytes?: number
  signal?: AbortSignal
  /** Today, for rules that measure time (tests pass a fixed one). */
  clock?: () => Date
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
  // A long draft is linted a window at a time, so the page keeps answering meanwhile.
  return lintText(text, {
    rules,
    format: 'text',
    filePath: 'Your draft',
    // Checked as flags are, so a picker out of step with the table is an error, not a guess.
    flags: checkContext(picks, (key) => key),
    maxBytes: options.maxBytes ?? defaultMaxBytes,
    ...(options.signal ? {signal: options.signal} : {}),
    ...(options.clock ? {clock: options.clock} : {})
  })
}
