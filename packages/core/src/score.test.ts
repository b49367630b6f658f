import {describe, expect, it} from 'vitest'
import {createLinter} from './engine.js'
import type {Rule} from './types.js'

const shouty: Rule = {
  meta: {id: 'shouty', severity: 'error', summary: 's', why: 'w'},
  phrases: [{patterns: ['my #1'], message: '“{actual}”'}]
}
const linter = createLinter([shouty])

describe('read-aloud score', () => {
  it('is 0 for a plain draft', () => {
    expect(linter.lint('Thank you for the interview on May 2. I valued the chance to meet the residents.')).toMatchObject({
      score: 0,
      scoreParts: []
    })
  })

  it('adds 25 per error and names the rule', () => {
    expect(linter.lint('You are my #1. Truly my #1.')).toMatchObject({score: 50, scoreParts: [{label: 'shouty', points: 50}]})
  })

  it('adds tone signals: exclamations past the first, capitals, emoji, intensifiers, long sentences', () => {
    const result = linter.lint('THANK YOU SO MUCH!!! 🙏🙏 It was so so so very really amazing!')
    const parts = Object.fromEntries(result.scoreParts.map((part) => [part.label, part.points]))
    expect(parts).toEqual({'exclamation marks': 15, 'words in capitals': 10, emoji: 10, intensifiers: 16})
    expect(result.score).toBe(51)
    const long = `${'word '.repeat(40)}end.`
    expect(linter.lint(long).scoreParts).toMatchObject([{label: 'sentences over 35 words', points: 5}])
  })

  it('says where each tone signal stands, so that every part of the score has a place', () => {
    const short = 'Thank you for the day. '
    const long = `I also ${'really '.repeat(2)}valued ${'the long talk and '.repeat(9)}the tour.`
    const text = `${short}AMAZING!! It was great! 🙏\n${long}`
    const result = linter.lint(text)
    const places = Object.fromEntries(
      result.scoreParts.map((part) => [part.label, (part.places ?? []).map((place) => text.slice(place.offset, place.endOffset))])
    )
    expect(places['words in capitals']).toEqual(['AMAZING'])
    expect(places['exclamation marks']).toEqual(['!!', '!'])
    expect(places.emoji).toEqual(['🙏'])
    expect(places['sentences over 35 words']).toEqual([long])
    const sentence = result.scoreParts.find((part) => part.label === 'sentences over 35 words')!.places![0]!
    expect(sentence).toMatchObject({line: 2, column: 1})
    for (const part of result.scoreParts) expect(part.places?.length ?? 0).toBeGreaterThan(0)
  })

  it('does not count acronyms of the field as shouting', () => {
    expect(linter.lint('My USMLE and COMLEX scores are in ERAS and my MSPE.').score).toBe(0)
  })

  it('is capped at 100', () => {
    expect(linter.lint('my #1 '.repeat(10)).score).toBe(100)
  })
})
