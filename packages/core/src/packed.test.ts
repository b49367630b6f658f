import {describe, expect, it} from 'vitest'
import {packPattern, unpackPattern} from './packed.js'
import {parsePattern} from './pattern.js'

describe('packed patterns', () => {
  it('come back as the same tree, for every kind of node', () => {
    for (const pattern of [
      'rank',
      '=ranked #1',
      '(i|we) will? rank *2 you',
      'you are (my|our) (top|first) (choice|pick)',
      '!not &(the|a) program',
      'at @program',
      '@person said \\@ \\?',
      'rank *9 (you|@program)'
    ]) {
      const tree = parsePattern(pattern)
      expect(unpackPattern(JSON.parse(JSON.stringify(packPattern(tree)))), pattern).toEqual(tree)
    }
  })

  it('tell a name slot from an "@" written as a mark', () => {
    expect(unpackPattern(packPattern(parsePattern('@program')))).toEqual({type: 'slot', slot: 'program'})
    expect(unpackPattern(packPattern(parsePattern('\\@')))).toEqual({type: 'token', key: '=@'})
  })
})
