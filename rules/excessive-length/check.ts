import type {LintDocument, Region, Report} from '@followup-lint/core'

const word = /[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*/gu

function kindName(kind: string): string {
  return kind === 'forward-request' ? 'a request to forward a note' : kind === 'update' ? 'an update' : `a ${kind}`
}

/** Flag the words past the budget of the draft's kind, and paragraphs past the limit. */
export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  const {source, letter, context} = document
  const budgets = (options.budgets ?? {}) as Record<string, number>
  const budget = budgets[context.kind]
  const body: Region = letter.body
  if (typeof budget === 'number') {
    const words = [...source.slice(body.start, body.end).matchAll(word)]
    if (words.length > budget) {
      const first = words[budget]!
      report({
        start: body.start + first.index,
        end: body.end,
        message: `The body is ${words.length} words; ${kindName(context.kind)} reads best within ${budget}. Cut everything the program does not need, starting here.`
      })
    }
  }
  const maxParagraphs = Number(options.maxParagraphs ?? 4)
  if (letter.paragraphs.length > maxParagraphs) {
    const first = letter.paragraphs[maxParagraphs]!
    report({
      start: first.start,
      end: letter.paragraphs.at(-1)!.end,
      message: `The body has ${letter.paragraphs.length} paragraphs; keep it to ${maxParagraphs} or fewer, one point each.`
    })
  }
}
