import {describe, expect, it} from 'vitest'
import {spanIndex} from './spans.js'

describe('spanIndex', () => {
  const spans = [
    {start: 2, end: 5},
    {start: 5, end: 6},
    {start: 9, end: 12}
  ]

  it('finds the span holding an offset, its end excluded', () => {
    expect([2, 4, 5, 9, 11].map((offset) => spanIndex(spans, offset))).toEqual([0, 0, 1, 2, 2])
  })

  it('gives the first span after an offset no span holds, or the length past the last', () => {
    expect([0, 6, 8, 12, 40].map((offset) => spanIndex(spans, offset))).toEqual([0, 2, 2, 3, 3])
    expect(spanIndex([], 3)).toBe(0)
  })
})
