import {eachSentence, runRetext, type LintDocument, type Report, type RetextTransformer} from '@followup-lint/core'
import retextRepeatedWords from 'retext-repeated-words'

const transformer = (retextRepeatedWords as () => RetextTransformer)()

// "so so much" and "really really" are gushing, not typos; informal-tone speaks to them.
const intensifiers = new Set(['so', 'very', 'really', 'truly', 'super', 'much'])

/** The characters of a node, as nlcst-to-string gives them. */
function text(node: unknown): string {
  const {value, children} = node as {value?: string; children?: unknown[]}
  if (value !== undefined) return value
  let out = ''
  for (const child of children ?? []) out += text(child)
  return out
}

/**
 * The sentences where a word follows itself across one space, as the plugin looks for them
 * (it then decides which repeats are real), so that it reads only those.
 */
function withRepeats(document: LintDocument): Set<number> {
  const sentences = new Set<number>()
  eachSentence(document, (sentence, index) => {
    const children = sentence.children
    for (let i = 2; i < children.length; i++) {
      const word = children[i]!
      const before = children[i - 2]!
      if (word.type !== 'WordNode' || before.type !== 'WordNode' || children[i - 1]!.type !== 'WhiteSpaceNode') continue
      if (text(word).toLowerCase() === text(before).toLowerCase()) {
        sentences.add(index)
        return
      }
    }
  })
  return sentences
}

export function check(document: LintDocument, report: (finding: Report) => void): void {
  const sentences = withRepeats(document)
  if (sentences.size === 0) return
  for (const finding of runRetext(transformer, document, (sentence) => sentences.has(sentence))) {
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
