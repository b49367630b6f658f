/** Turns offsets into 1-based lines and columns. `\r\n`, `\n` and a lone `\r` each end a line. */
export class LineIndex {
  readonly #starts: number[]

  constructor(text: string) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) {
        starts.push(i + 1)
      } else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        starts.push(i + 1)
      }
    }
    this.#starts = starts
  }

  /** The 1-based line and column (in UTF-16 code units) of an offset. */
  position(offset: number): {line: number; column: number} {
    const starts = this.#starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1}
  }
}
