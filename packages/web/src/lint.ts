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

/**
 * Lint a draft with the context the user picked. Picks win over the draft's own front matter
 * and header lines, which win over what is detected from the text, as with the command line.
 * Throws a DraftError or ConfigError, with a message for the user, for front matter it cannot use.
 */
export async function lintDraftText(text: string, picks: Picks): Promise<LintResult> {
  // The cap of every front door: a pasted book would freeze the page, and is not an email.
  if (utf8Length(text) > defaultMaxBytes) {
    throw new DraftError(`Your draft is larger than the ${formatSize(defaultMaxBytes)} limit for a draft, so it is not checked.`)
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
  const result = linter.lint(draft.source, {
    context: template ? {...context, template} : context,
    regions: draft.regions
  })
  return draft.finish(result, ruleIds)
}
