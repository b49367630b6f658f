import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatSize, utf8Length} from './limits.js'

describe('limits', () => {
  it('counts UTF-8 bytes as an encoder does, for any text', () => {
    fc.assert(fc.property(fc.string({unit: 'binary'}), (text) => utf8Length(text) === Buffer.byteLength(text)))
    expect(utf8Length('a\u00e9\u20ac\u{1f600}')).toBe(1 + 2 + 3 + 4)
  })

  it('writes sizes as people read them', () => {
    expect([formatSize(4 * 1024 * 1024), formatSize(512 * 1024), formatSize(1000)]).toEqual(['4 MB', '512 KB', '1000 bytes'])
  })
})
