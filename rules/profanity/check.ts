import type {LintDocument, Report} from '@followup-lint/core'
import {cuss} from 'cuss'

// Single words the cuss package rates as likely (2) or maybe (1) profane; built once.
const profane = new Set(
  Object.entries(cuss)
    .filter(([word, rating]) => rating >= 1 && !word.includes(' '))
    .map(([word]) => word.toLowerCase())
)

export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  const allowed = new Set(Array.isArray(options.allow) ? options.allow.map((word) => String(word).toLowerCase()) : [])
  for (const token of document.tokens) {
    if (token.type !== 'word' || !profane.has(token.text) || allowed.has(token.text)) continue
    const actual = document.source.slice(token.start, token.end)
    report({
      start: token.start,
      end: token.end,
      message: `“${actual}” is crude for a message to a program; choose a plainer word.`
    })
  }
}
