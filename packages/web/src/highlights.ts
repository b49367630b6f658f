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
  // One sweep over the cut points, with the findings that cover the current point kept as a
  // set: each finding is added and removed once, so the time grows with the number of
  // findings, not with its square.
  const cuts = new Set([0, length])
  const opening = new Map<number, number[]>()
  const closing = new Map<number, number[]>()
  const empty = new Map<number, number[]>()
  ranges.forEach((range, at) => {
    if (!range) return
    const start = clamp(range.offset, length)
    const end = clamp(range.endOffset, length)
    cuts.add(start)
    cuts.add(end)
    if (start === end) listAt(empty, start).push(at)
    else if (start < end) {
      listAt(opening, start).push(at)
      listAt(closing, end).push(at)
    }
  })
  const points = [...cuts].sort((a, b) => a - b)
  const covering = new Set<number>()
  const out: Segment[] = []
  points.forEach((point, index) => {
    for (const at of closing.get(point) ?? []) covering.delete(at)
    for (const at of opening.get(point) ?? []) covering.add(at)
    const here = empty.get(point)
    if (here) out.push(segment(point, point, here, ranges))
    const next = points[index + 1]
    if (next === undefined) return
    out.push(segment(point, next, [...covering].sort((a, b) => a - b), ranges))
  })
  return out
}

function listAt(map: Map<number, number[]>, key: number): number[] {
  let list = map.get(key)
  if (!list) map.set(key, (list = []))
  return list
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
