import {describe, expect, it} from 'vitest'
import {maskInvisible, normalizeWord} from './stem.js'

describe('normalizeWord', () => {
  it.each([
    ['Rank', 'rank'],
    ['You\u2019re', "you're"],
    ['ra\u00adnk', 'rank'],
    ['\uff32\uff21\uff2e\uff2b', 'rank'],
    ['r\u0430nk', 'rank'],
    ['\u0441\u043enf\u0456rm', 'confirm'],
    ['ra\u0301nk', 'rank'],
    ['r\u00e1nk', 'rank'],
    ['\ufb01rst', 'first'],
    ['na\u00efve', 'naive']
  ])('reads %j as %j', (written, read) => {
    expect(normalizeWord(written)).toBe(read)
  })
})

describe('maskInvisible', () => {
  it('turns every invisible character into a soft hyphen in its place, and leaves the rest', () => {
    const text = 'ra\u200bnk \u200c\u200d\u2060\ufeff \u202ex\u202c \u2066y\u2069 \u200e\u200f plain'
    const masked = maskInvisible(text)
    expect(masked.length).toBe(text.length)
    expect(masked).toBe('ra\u00adnk \u00ad\u00ad\u00ad\u00ad \u00adx\u00ad \u00ady\u00ad \u00ad\u00ad plain')
  })
})
