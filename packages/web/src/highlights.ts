import type {Severity} from '@followup-lint/core'

/** A flagged range of the draft: 0-based offsets, end exclusive. */
export interface Range {
  offset: number
  endOffset: number
  severity: Severity
}

/** A stretch of the draft and the findings (by index) that cover all of it. */
export interface Segment {
  start: number
  end: number
  findings: number[]
  /** The most serious severity among them, or undefined for unflagged text. */
  severity?: Severity
}

const rank: Record<Severity, number> = {info: 1, warning: 2, error: 3}

/**
 * Cut a text of `length` characters into consecutive segments at every start and end of a
 * finding, so that findings that overlap or nest can each be drawn over exactly their own
 * characters. A finding with no characters becomes an empty segment at its position; an
 * undefined range is skipped, and the others keep their indices.
 */
export function segments(length: number, ranges: readonly (Range | undefined)[]): Segment[] {
  const cuts = new Set([0, length])
  for (const range of ranges) {
    if (!range) continue
    cuts.add(clamp(range.offset, length))
    cuts.add(clamp(range.endOffset, length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  points.forEach((point, index) => {
    const empty = ranges.flatMap((range, at) => (range && range.offset === point && range.endOffset === point ? [at] : []))
    if (empty.length > 0) out.push(segment(point, point, empty, ranges))
    const next = points[index + 1]
    if (next === undefined) return
    const covering = ranges.flatMap((range, at) => (range && range.offset <= point && range.endOffset >= next ? [at] : []))
    out.push(segment(point, next, covering, ranges))
  })
  return out
}

function segment(start: number, end: number, findings: number[], ranges: readonly (Range | undefined)[]): Segment {
  const result: Segment = {start, end, findings}
  for (const index of findings) {
    const {severity} = ranges[index]!
    if (!result.severity || rank[severity] > rank[result.severity]) result.severity = severity
  }
  return result
}

function clamp(value: number, length: number): number {
  return Math.min(Math.max(value, 0), length)
}

/**
 * Carry ranges found in `before` over to `after`, the same text after one edit: ranges before
 * the edited stretch stay, ranges after it move with it, and ranges that touch it are dropped
 * (typing right after a flagged word changes that word), as undefined so that every other
 * range keeps its index. The underlines then follow the words while the user types, until
 * the next lint replaces them.
 */
export function carry<T extends Range>(before: string, after: string, ranges: readonly T[]): (T | undefined)[] {
  if (before === after) return [...ranges]
  const limit = Math.min(before.length, after.length)
  let head = 0
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++
  let tail = 0
  while (
    tail < limit - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++
  }
  const editEnd = before.length - tail
  const shift = after.length - before.length
  return ranges.map((range) => {
    if (range.endOffset < head) return range
    if (range.offset > editEnd) return {...range, offset: range.offset + shift, endOffset: range.endOffset + shift}
    return undefined
  })
}
