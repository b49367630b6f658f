import {runRetext, type LintDocument, type Report, type RetextTransformer} from '@followup-lint/core'
import retextIndefiniteArticle from 'retext-indefinite-article'

const transformer = (retextIndefiniteArticle as () => RetextTransformer)()

export function check(document: LintDocument, report: (finding: Report) => void): void {
  for (const finding of runRetext(transformer, document)) {
    const actual = document.source.slice(finding.start, finding.end)
    const expected = finding.expected[0]
    if (!expected) continue
    report({
      start: finding.start,
      end: finding.end,
      message: `“${actual}” should be “${expected}” before this word.`,
      // Keep the writer's capital: "A honor" becomes "An honor".
      suggestions: [{text: actual[0] === actual[0]!.toUpperCase() ? expected[0]!.toUpperCase() + expected.slice(1) : expected, safe: true}]
    })
  }
}
