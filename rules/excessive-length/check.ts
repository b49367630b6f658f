import type {LintDocument, Region, Report} from '@followup-lint/core'

/**
 * The word tokens of a range, counted as a reader counts words: the halves of a contraction
 * ("I'm") and of a hyphenated word ("third-year") are one word. Returns the start offsets.
 */
function wordStarts(document: LintDocument, range: Region): number[] {
  const starts: number[] = []
  let previousEnd = -2
  for (const token of document.tokens) {
    if (token.type !== 'word' || token.start < range.start || token.end > range.end) continue
    const joined =
      token.start === previousEnd || (token.start === previousEnd + 1 && document.source[previousEnd] === '-')
    if (!joined) starts.push(token.start)
    previousEnd = token.end
  }
  return starts
}

function kindName(kind: string): string {
  return kind === 'forward-request' ? 'a request to forward a note' : kind === 'update' ? 'an update' : `a ${kind}`
}

/** Flag the words past the budget of the draft's kind, and paragraphs past the limit. */
export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  const {letter, context} = document
  const budgets = (options.budgets ?? {}) as Record<string, number>
  const budget = budgets[context.kind]
  const body: Region = letter.body
  if (typeof budget === 'number') {
    const words = wordStarts(document, body)
    if (words.length > budget) {
      report({
        start: words[budget]!,
        end: body.end,
        message: `The body is ${words.length} words; ${kindName(context.kind)} reads best within ${budget}. Cut everything the program does not need, starting here.`
      })
    }
  }
  const maxParagraphs = Number(options.maxParagraphs ?? 4)
  // A last line of thanks standing on its own ("Thank you for your time.") closes the letter;
  // it makes no point of its own, so it is not counted as one.
  const closing = letter.closing
  const paragraphs = letter.paragraphs.length > maxParagraphs && closing && letter.paragraphs.at(-1)!.start === closing.start
    ? letter.paragraphs.slice(0, -1)
    : letter.paragraphs
  if (paragraphs.length > maxParagraphs) {
    const first = paragraphs[maxParagraphs]!
    report({
      start: first.start,
      end: paragraphs.at(-1)!.end,
      message: `The body has ${paragraphs.length} paragraphs; keep it to ${maxParagraphs} or fewer, one point each.`
    })
  }
}
