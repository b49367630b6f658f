import {
  type Diagnostic,
  type LintDocument,
  type LintSummary,
  type Report,
  type ScoreContext,
  type ScorePart,
  scoreVerdict
} from '@followup-lint/core'
import {weigh} from './score.js'

/** The read-aloud score of a draft, with this rule's weights (see rule.yml's options). */
export function score(
  document: LintDocument,
  messages: readonly Diagnostic[],
  context: ScoreContext,
  options: Record<string, unknown>
): {score: number; parts: ScorePart[]} {
  return weigh(document, messages, context, options)
}

/** Report the read-aloud score when it reaches the threshold, naming what drives it. */
export function review(
  document: LintDocument,
  summary: LintSummary,
  report: (finding: Report) => void,
  options: Record<string, unknown>
): void {
  const threshold = Number(options.threshold ?? 50)
  if (summary.score < threshold) return
  const {letter, source} = document
  const anchor = letter.salutation ?? letter.subject ?? letter.body
  const text = source.slice(anchor.start, anchor.end)
  const lineEnd = text.search(/[\r\n]/)
  const top = summary.scoreParts
    .slice(0, 3)
    .map((part) => `${part.label} (${part.points})`)
    .join(', ')
  report({
    start: anchor.start,
    end: lineEnd < 0 ? anchor.end : anchor.start + lineEnd,
    message: `Read aloud to faculty, this draft scores ${summary.score}/100, mostly from ${top}: ${scoreVerdict(summary.score)}.`
  })
}
