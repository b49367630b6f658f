import {describe, expect, it} from 'vitest'
import {findingsOf, flagsOf} from '../testing.js'

describe('a-an', () => {
  it('offers the right article as a safe fix, keeping a capital', () => {
    expect(findingsOf('a-an', 'A honor indeed.')).toMatchObject([{actual: 'A', suggestions: [{text: 'An', safe: true}]}])
    expect(findingsOf('a-an', 'It was an pleasure.')).toMatchObject([{actual: 'an', suggestions: [{text: 'a', safe: true}]}])
  })

  it('goes by sound, not by letter', () => {
    expect(flagsOf('a-an', 'an hour, a one-year fellowship, an MD, a USMLE score, an FMG')).toEqual([])
  })
})
