import type {Diagnostic} from './types.js'

/** A replacement of the characters in [offset, endOffset) of a text. */
export interface TextEdit {
  offset: number
  endOffset: number
  text: string
  /** The rule whose suggestion the edit comes from, when it comes from one. */
  ruleId?: string
}

/** What applying a set of edits did. */
export interface EditOutcome {
  output: string
  applied: TextEdit[]
  /** Edits left out because they overlap an applied one, fall outside the text, or change nothing. */
  skipped: TextEdit[]
}

/** What fixing a text did. */
export interface FixOutcome {
  output: string
  /** How many edits were applied, over every pass. */
  applied: number
  /** How many lint passes made changes. */
  passes: number
  /** False when the pass limit was reached while edits were still being offered. */
  stable: boolean
}

/**
 * The edit a finding's first safe suggestion makes, or undefined when it has none. Unsafe
 * suggestions change what the applicant says, so a fixer never applies them.
 */
export function safeEdit(diagnostic: Diagnostic, source?: string): TextEdit | undefined {
  const suggestion = diagnostic.suggestions?.find((candidate) => candidate.safe)
  if (!suggestion) return undefined
  // A finding whose range does not hold the words it flagged (a transfer-encoded email body is
  // linted decoded and reported at its part's first line) must never be rewritten in place.
  if (source !== undefined && source.slice(diagnostic.offset, diagnostic.endOffset) !== diagnostic.actual) return undefined
  return {offset: diagnostic.offset, endOffset: diagnostic.endOffset, text: suggestion.text, ruleId: diagnostic.ruleId}
}

/** The line break the text uses first (`\n` when it has none). */
export function lineEnding(text: string): string {
  const match = /\r\n|\r|\n/.exec(text)
  return match ? match[0] : '\n'
}

/**
 * Apply edits to a text. Edits are taken in order of position; one that overlaps an edit
 * already taken, or that lies outside the text, is skipped rather than guessed at. Line breaks
 * in replacement text are written the way the text already writes them.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): EditOutcome {
  const eol = lineEnding(source)
  const ordered = edits
    .map((edit, index) => ({edit, index}))
    .sort((a, b) => a.edit.offset - b.edit.offset || a.edit.endOffset - b.edit.endOffset || a.index - b.index)
  const applied: TextEdit[] = []
  const skipped: TextEdit[] = []
  const parts: string[] = []
  let cursor = 0
  let lastStart = -1
  for (const {edit} of ordered) {
    const {offset, endOffset} = edit
    const inside = Number.isInteger(offset) && Number.isInteger(endOffset) && offset >= 0 && offset <= endOffset && endOffset <= source.length
    // Two insertions at one point would need an order nobody chose: keep the first.
    const overlaps = offset < cursor || (offset === cursor && offset === lastStart && applied.length > 0)
    const text = edit.text.replace(/\r\n|\r|\n/g, eol)
    if (!inside || overlaps || source.slice(offset, endOffset) === text) {
      skipped.push(edit)
      continue
    }
    parts.push(source.slice(cursor, offset), text)
    cursor = endOffset
    lastStart = offset
    applied.push(edit)
  }
  parts.push(source.slice(cursor))
  return {output: parts.join(''), applied, skipped}
}

/**
 * Apply the first safe suggestion of every finding, lint again, and repeat until nothing more
 * is offered (at most `maxPasses` times), so that the result is a fixed point: fixing it again
 * changes nothing. `lint` is called with the current text and returns its findings.
 */
export async function fixText(
  source: string,
  lint: (text: string) => readonly Diagnostic[] | Promise<readonly Diagnostic[]>,
  options: {maxPasses?: number} = {}
): Promise<FixOutcome> {
  const maxPasses = options.maxPasses ?? 10
  const seen = new Set([source])
  let output = source
  let applied = 0
  let passes = 0
  while (passes < maxPasses) {
    const edits = (await lint(output)).flatMap((diagnostic) => safeEdit(diagnostic, output) ?? [])
    const outcome = applyEdits(output, edits)
    if (outcome.applied.length === 0) return {output, applied, passes, stable: true}
    // Rules that undo each other would loop forever; stop at the first repeated text.
    if (seen.has(outcome.output)) return {output, applied, passes, stable: false}
    seen.add(outcome.output)
    output = outcome.output
    applied += outcome.applied.length
    passes++
  }
  const pending = (await lint(output)).flatMap((diagnostic) => safeEdit(diagnostic, output) ?? [])
  return {output, applied, passes, stable: applyEdits(output, pending).applied.length === 0}
}
