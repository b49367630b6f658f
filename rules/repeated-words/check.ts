import {runRetext, type LintDocument, type Report, type RetextTransformer} from '@followup-lint/core'
import retextRepeatedWords from 'retext-repeated-words'

const transformer = (retextRepeatedWords as () => RetextTransformer)()

// "so so much" and "really really" are gushing, not typos; informal-tone speaks to them.
const intensifiers = new Set(['so', 'very', 'really', 'truly', 'super', 'much'])

export function check(document: LintDocument, report: (finding: Report) => void): void {
  for (const finding of runRetext(transformer, document)) {
    const actual = document.source.slice(finding.start, finding.end)
    if (intensifiers.has(finding.expected[0]?.toLowerCase() ?? '')) continue
    report({
      start: finding.start,
      end: finding.end,
      message: `“${actual}” repeats a word; keep one.`,
      suggestions: finding.expected.slice(0, 1).map((text) => ({text, safe: true}))
    })
  }
}
