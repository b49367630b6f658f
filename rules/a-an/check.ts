import {runRetext, type LintDocument, type Report, type RetextTransformer} from '@followup-lint/core'
import retextIndefiniteArticle from 'retext-indefinite-article'

const transformer = (retextIndefiniteArticle as () => RetextTransformer)()

const vowel = /^[aeiou8]/i

/**
 * The sentences where an "a" or "an" might be wrong by its next word's first letter.
 * Exceptions go both ways ("a university", "an hour"), so the plugin decides; this only spares
 * it the sentences where every article already agrees with its next letter and no next word is
 * an exception-prone h-, u-, o- or e- word or an abbreviation.
 */
function mayDisagree(document: LintDocument): Set<number> {
  const {tokens, source} = document
  const sentences = new Set<number>()
  for (let i = 0; i + 1 < tokens.length; i++) {
    const article = tokens[i]!.text
    if (article !== 'a' && article !== 'an') continue
    const next = tokens[i + 1]!
    if (next.type !== 'word') continue
    const raw = source.slice(next.start, next.end)
    if (vowel.test(raw) === (article === 'a') || /^[hueo]/i.test(raw) || /^\p{Lu}{2}/u.test(raw) || /^\d/.test(raw)) {
      sentences.add(tokens[i]!.sentence)
    }
  }
  return sentences
}

export function check(document: LintDocument, report: (finding: Report) => void): void {
  const sentences = mayDisagree(document)
  if (sentences.size === 0) return
  for (const finding of runRetext(transformer, document, (sentence) => sentences.has(sentence))) {
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
