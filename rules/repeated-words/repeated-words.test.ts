import {describe, expect, it} from 'vitest'
import {findingsOf, flagsOf} from '../testing.js'

describe('repeated-words', () => {
  it('flags a doubled word across a line break and offers one copy as a safe fix', () => {
    expect(findingsOf('repeated-words', 'I met the\nthe residents.')).toMatchObject([
      {actual: 'the\nthe', line: 1, endLine: 2, suggestions: [{text: 'the', safe: true}]}
    ])
  })

  it('ignores doubles split by punctuation', () => {
    expect(flagsOf('repeated-words', 'Thank you, you and the team.')).toEqual([])
  })
})
