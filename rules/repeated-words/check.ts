import {runRetext, type LintDocument, type Report, type RetextTransformer} from '@followup-lint/core'
import retextRepeatedWords from 'retext-repeated-words'

const transformer = (retextRepeatedWords as () => RetextTransformer)()

export function check(document: LintDocument, report: (finding: Report) => void): void {
  for (const finding of runRetext(transformer, document)) {
    const actual = document.source.slice(finding.start, finding.end)
    report({
      start: finding.start,
      end: finding.end,
      message: `“${actual}” repeats a word; keep one.`,
      suggestions: finding.expected.slice(0, 1).map((text) => ({text, safe: true}))
    })
  }
}
