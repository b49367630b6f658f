import {scoreVerdict} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {scoreLine} from './score.js'

describe('scoreLine', () => {
  it('puts the score in the same words as every other place that shows it', () => {
    for (const score of [0, 15, 40, 50, 100]) expect(scoreLine(score)).toBe(`${score} of 100: ${scoreVerdict(score)}.`)
  })
})
