import {describe, expect, it} from 'vitest'
import {carry, type Range, segments} from './highlights.js'

const error = (offset: number, endOffset: number): Range => ({offset, endOffset, severity: 'error'})
const warning = (offset: number, endOffset: number): Range => ({offset, endOffset, severity: 'warning'})

describe('segments', () => {
  it('cuts a long draft with 50,000 findings (quadratic work would not finish within the test timeout)', () => {
    const ranges = Array.from({length: 50_000}, (_, at) => (at % 2 ? warning(at * 10, at * 10 + 4) : error(at * 10 + 2, at * 10 + 12)))
    const parts = segments(500_010, ranges)
    expect(parts.slice(0, 3)).toEqual([
      {start: 0, end: 2, findings: []},
      {start: 2, end: 10, findings: [0], severity: 'error'},
      {start: 10, end: 12, findings: [0, 1], severity: 'error'}
    ])
    expect(parts.at(-1)).toEqual({start: 499_994, end: 500_010, findings: []})
    // Every character is in exactly one segment, and every finding covers its own characters.
    expect(parts.every((part, at) => at === 0 || part.start === parts[at - 1]!.end)).toBe(true)
    const covered = new Map<number, number>()
    for (const part of parts) for (const at of part.findings) covered.set(at, (covered.get(at) ?? 0) + part.end - part.start)
    expect(ranges.every((range, at) => covered.get(at) === range.endOffset - range.offset)).toBe(true)
  })

  it('covers the whole text, in order, with unflagged stretches between findings', () => {
    expect(segments(10, [warning(2, 4)])).toEqual([
      {start: 0, end: 2, findings: []},
      {start: 2, end: 4, findings: [0], severity: 'warning'},
      {start: 4, end: 10, findings: []}
    ])
  })

  it('cuts overlapping findings so each covers exactly its own characters, the worst severity on top', () => {
    const parts = segments(12, [warning(0, 12), error(3, 6), warning(5, 9)])
    expect(parts).toEqual([
      {start: 0, end: 3, findings: [0], severity: 'warning'},
      {start: 3, end: 5, findings: [0, 1], severity: 'error'},
      {start: 5, end: 6, findings: [0, 1, 2], severity: 'error'},
      {start: 6, end: 9, findings: [0, 2], severity: 'warning'},
      {start: 9, end: 12, findings: [0], severity: 'warning'}
    ])
  })

  it('keeps a finding with no characters as an empty segment, and skips undefined ranges', () => {
    expect(segments(4, [undefined, error(2, 2)])).toEqual([
      {start: 0, end: 2, findings: []},
      {start: 2, end: 2, findings: [1], severity: 'error'},
      {start: 2, end: 4, findings: []}
    ])
  })

  it('gives an empty text no segments', () => {
    expect(segments(0, [])).toEqual([])
  })
})

describe('carry', () => {
  const before = 'Hey there, thx a lot.'
  const ranges = [warning(0, 3), warning(11, 14)]

  it('moves ranges after an edit and keeps those before it', () => {
    const after = 'Hey there you, thx a lot.'
    expect(carry(before, after, ranges)).toEqual([warning(0, 3), warning(15, 18)])
    expect(after.slice(15, 18)).toBe('thx')
  })

  it('drops a range the edit touches, keeping the indices of the others', () => {
    expect(carry(before, 'Hey there, thxx a lot.', ranges)).toEqual([warning(0, 3), undefined])
    expect(carry(before, 'Heyy there, thx a lot.', ranges)).toEqual([undefined, warning(12, 15)])
  })

  it('keeps every range when nothing changed', () => {
    expect(carry(before, before, ranges)).toEqual(ranges)
  })
})
