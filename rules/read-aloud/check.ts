import type {LintDocument, LintSummary, Report} from '@followup-lint/core'

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
    message: `Read aloud to faculty, this draft would make the room wince (score ${summary.score}/100, mostly from ${top}); fix those first.`
  })
}
