import {describe, expect, it} from 'vitest'
import {firstKeys, parsePattern, PatternError} from './pattern.js'

describe('parsePattern', () => {
  it('keys words by stem and exact words and marks by text', () => {
    expect(firstKeys(parsePattern('ranking first'))).toEqual(new Set(['~rank']))
    expect(firstKeys(parsePattern('=residents here'))).toEqual(new Set(['=residents']))
    expect(firstKeys(parsePattern('#1 choice'))).toEqual(new Set(['=#']))
  })

  it('takes the first keys of every alternative and past optional items', () => {
    expect(firstKeys(parsePattern('(my|our)? top choice'))).toEqual(new Set(['~my', '~our', '~top']))
  })

  it('reads groups, optional items, gaps and look-aheads', () => {
    expect(parsePattern('rank *2 first')).toEqual({
      type: 'sequence',
      items: [
        {type: 'token', key: '~rank'},
        {type: 'gap', max: 2},
        {type: 'token', key: '~first'}
      ]
    })
    expect(parsePattern('my list !(of)')).toMatchObject({
      type: 'sequence',
      items: [{}, {}, {type: 'not', item: {type: 'token', key: '~of'}}]
    })
    expect(parsePattern('dm &you')).toMatchObject({items: [{}, {type: 'and'}]})
  })

  it('reads @program and @person as slots, keyed apart from the words "program" and "person"', () => {
    expect(parsePattern('rank @program first')).toEqual({
      type: 'sequence',
      items: [
        {type: 'token', key: '~rank'},
        {type: 'slot', slot: 'program'},
        {type: 'token', key: '~first'}
      ]
    })
    expect(firstKeys(parsePattern('(you|@program)? (are|is) my #1'))).toEqual(
      new Set(['~you', '@program', '~ar', '~is'])
    )
    expect(firstKeys(parsePattern('@person said'))).toEqual(new Set(['@person']))
    expect(parsePattern('to !@person')).toMatchObject({items: [{}, {type: 'not', item: {type: 'slot', slot: 'person'}}]})
    expect(firstKeys(parsePattern('@programs'))).not.toContain('@program')
    // A possessive written alone is the token the tokenizer makes of "Pinecrest's".
    expect(parsePattern("@program !('s)")).toMatchObject({items: [{}, {type: 'not', item: {type: 'token', key: "~'s"}}]})
  })

  it.each([
    ['(rank first', 'missing ")"'],
    ['rank first)', 'unbalanced ")"'],
    ['* first', 'may not start with a gap'],
    ['first *', 'may not end with a gap'],
    ['first?', 'can match nothing'],
    ['(a||b)', 'empty alternative']
  ])('rejects %s', (pattern, reason) => {
    expect(() => parsePattern(pattern)).toThrow(PatternError)
    expect(() => parsePattern(pattern)).toThrow(reason)
  })
})
