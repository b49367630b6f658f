/** Something that covers the characters [start, end) of a text. */
export interface Span {
  start: number
  end: number
}

/**
 * In spans sorted by position and apart from each other (regions, zones, tokens), the index of
 * the one holding `offset`, or else of the first one after it (`spans.length` when none is), by
 * binary search.
 */
export function spanIndex(spans: readonly Span[], offset: number): number {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const span = spans[middle]!
    if (offset < span.start) high = middle - 1
    else if (offset >= span.end) low = middle + 1
    else return middle
  }
  return low
}
