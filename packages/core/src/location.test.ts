import {describe, expect, it} from 'vitest'
import {LineIndex} from './location.js'

describe('LineIndex', () => {
  it('counts lines and columns from 1', () => {
    const index = new LineIndex('ab\ncd')
    expect(index.position(0)).toEqual({line: 1, column: 1})
    expect(index.position(3)).toEqual({line: 2, column: 1})
    expect(index.position(5)).toEqual({line: 2, column: 3})
  })

  it('treats \\r\\n as one line break and a lone \\r as another', () => {
    const index = new LineIndex('a\r\nb\rc\nd')
    expect(index.position(3)).toEqual({line: 2, column: 1})
    expect(index.position(5)).toEqual({line: 3, column: 1})
    expect(index.position(7)).toEqual({line: 4, column: 1})
  })

  it('counts columns in UTF-16 code units, as editors and LSP do', () => {
    const index = new LineIndex('😀 hi')
    expect(index.position(3)).toEqual({line: 1, column: 4})
  })
})
