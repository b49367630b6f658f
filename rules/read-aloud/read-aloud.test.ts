import {createLinter, type LintOptions, type Rule, scoreVerdict} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'

const linter = createLinter(defaultRules)
const gushing = 'Dear Dr. Lam,\n\nYour amazing program is second to none!!! I loved everything about it!!\n\nSincerely,\nJo Park'

function readAloud(text: string, threshold?: number) {
  const options = threshold === undefined ? {} : {rules: {'read-aloud': ['warning', {threshold}] as ['warning', {threshold: number}]}}
  const result = linter.lint(text, options)
  return {score: result.score, findings: result.messages.filter((message) => message.ruleId === 'read-aloud')}
}

describe('read-aloud', () => {
  it('stays quiet below the threshold and fires at it, on the greeting line', () => {
    const {score} = readAloud(gushing)
    expect(score).toBeGreaterThan(0)
    expect(readAloud(gushing, score + 1).findings).toEqual([])
    expect(readAloud(gushing, score).findings).toMatchObject([{actual: 'Dear Dr. Lam,', line: 1}])
  })

  it('fires at 50 by default, and not on a plain letter', () => {
    expect(readAloud(gushing).findings).toHaveLength(readAloud(gushing).score >= 50 ? 1 : 0)
    const plain = 'Dear Dr. Lam,\n\nThank you for our talk about the Fairview neurology residency on May 4.\n\nSincerely,\nJo Park'
    expect(readAloud(plain)).toEqual({score: 0, findings: []})
  })

  it('names the three largest contributions in its message', () => {
    const {findings} = readAloud(gushing, 1)
    expect(findings[0]!.message).toMatch(/mostly from flattery \(\d+\), exclamation marks \(\d+\)/)
  })

  it('puts the score in the same words as every other place that shows it', () => {
    const {score, findings} = readAloud(gushing, 1)
    expect(findings[0]!.message).toMatch(new RegExp(`scores ${score}/100, .*: ${scoreVerdict(score)}\\.$`))
  })

  it('does not feed its own finding back into the score', () => {
    expect(readAloud(gushing, 1).score).toBe(readAloud(gushing).score)
  })
})

// The score's own tone parts, read without the rules that report tone themselves.
const byId = (...ids: string[]) => defaultRules.filter((rule) => ids.includes(rule.meta.id))
const alone = createLinter(byId('read-aloud'))
const shouty: Rule = {
  meta: {id: 'shouty', severity: 'error', summary: 's', why: 'w'},
  phrases: [{patterns: ['my #1'], message: '“{actual}”'}]
}
const partsOf = (result: {scoreParts: readonly {label: string; points: number}[]}) =>
  Object.fromEntries(result.scoreParts.map((part) => [part.label, part.points]))

describe('read-aloud score', () => {
  it('adds 25 per error of another rule and names the rule', () => {
    const linter = createLinter([shouty, ...byId('read-aloud')])
    expect(linter.lint('You are my #1. Truly my #1.')).toMatchObject({score: 50, scoreParts: [{label: 'shouty', points: 50}]})
  })

  it('adds tone signals: exclamations past the first, shouting, emoji, intensifiers, long sentences', () => {
    const result = alone.lint('THANK YOU SO MUCH!!! 🙏 It was so so so very really amazing! 🎉')
    expect(partsOf(result)).toEqual({'exclamation marks': 15, 'words in capitals': 5, emoji: 10, intensifiers: 16})
    expect(result.score).toBe(46)
    const long = `${'word '.repeat(40)}end.`
    expect(alone.lint(long).scoreParts).toMatchObject([{label: 'sentences over 35 words', points: 5}])
  })

  it('takes its weights from the rule options', () => {
    const options = {rules: {'read-aloud': ['warning', {exclamationPoints: 2, freeExclamations: 0, intensifiers: ['rather']}]}} as LintOptions
    expect(partsOf(alone.lint('It was rather rather rather rather good!!!', options))).toEqual({'exclamation marks': 6, intensifiers: 8})
  })

  it('says where each tone signal stands, so that every part of the score has a place', () => {
    const short = 'Thank you for the day. '
    const long = `I also ${'really '.repeat(2)}valued ${'the long talk and '.repeat(9)}the tour.`
    const text = `${short}SO AMAZING!! It was great! 🙏\n${long}`
    const result = alone.lint(text)
    const places = Object.fromEntries(
      result.scoreParts.map((part) => [part.label, (part.places ?? []).map((place) => text.slice(place.offset, place.endOffset))])
    )
    expect(places['words in capitals']).toEqual(['SO AMAZING'])
    expect(places['exclamation marks']).toEqual(['!!', '!'])
    expect(places.emoji).toEqual(['🙏'])
    expect(places['sentences over 35 words']).toEqual([long])
    const sentence = result.scoreParts.find((part) => part.label === 'sentences over 35 words')!.places![0]!
    expect(sentence).toMatchObject({line: 2, column: 1})
    for (const part of result.scoreParts) expect(part.places?.length ?? 0).toBeGreaterThan(0)
  })

  it('does not count acronyms of the field as shouting', () => {
    expect(alone.lint('My USMLE and COMLEX scores are in ERAS and my MSPE.').score).toBe(0)
  })

  it('does not count ©, ® and ™ as emoji unless written for the picture', () => {
    expect(alone.lint('Thank you ®™© for the day.').score).toBe(0)
    expect(partsOf(alone.lint('Thank you \u00ae\ufe0f for the day.'))).toEqual({emoji: 5})
  })

  it('counts a shouted phrase or an emoji that informal-tone reports once, as its finding', () => {
    const both = createLinter(byId('read-aloud', 'informal-tone'))
    const text = 'Thank you SO MUCH for the day 🙏'
    expect(partsOf(both.lint(text))).toEqual({'informal-tone': 20})
    expect(partsOf(alone.lint(text))).toEqual({'words in capitals': 5, emoji: 5})
    // A finding that adds nothing (an info) leaves the score's own part to count it.
    const quiet = {rules: {'informal-tone': 'info'}} as LintOptions
    expect(partsOf(both.lint(text, quiet))).toEqual({'words in capitals': 5, emoji: 5})
  })

  it('does not count someone else\'s capitals or emoji in a quotation', () => {
    expect(alone.lint('The banner said "WELCOME TO THE WARDS 🎉" in the lobby.').score).toBe(0)
  })

  it('is capped at 100', () => {
    expect(createLinter([shouty, ...byId('read-aloud')]).lint('my #1 '.repeat(10)).score).toBe(100)
  })
})
