import {describe, expect, it} from 'vitest'
import {createLinter} from './engine.js'
import {scoreVerdict} from './score.js'
import type {Rule, ScoreContext} from './types.js'

const shouty: Rule = {
  meta: {id: 'shouty', severity: 'error', summary: 's', why: 'w'},
  phrases: [{patterns: ['my #1'], message: '“{actual}”'}]
}
const slip: Rule = {
  meta: {id: 'slip', severity: 'warning', summary: 's', why: 'w', readAloud: false},
  phrases: [{patterns: ['teh'], message: '“{actual}”'}]
}

// A scorer that counts findings and shows what the engine hands it.
const seen: {options?: Record<string, unknown>; mechanical?: ReadonlySet<string>; context?: ScoreContext}[] = []
const scorer: Rule = {
  meta: {id: 'scorer', severity: 'warning', summary: 's', why: 'w', options: {each: 7}},
  score(document, messages, context, options) {
    seen.push({options, mechanical: context.mechanical, context})
    const points = messages.length * Number(options.each)
    const at = document.source.indexOf('my #1')
    return {score: Math.min(100, points), parts: points > 0 ? [{label: 'found', points, places: [context.place(at, at + 5)]}] : []}
  }
}

describe('read-aloud score', () => {
  it('is 0 with no parts when no rule of the set weighs the draft', () => {
    expect(createLinter([shouty]).lint('You are my #1. Truly my #1.')).toMatchObject({score: 0, scoreParts: []})
  })

  it('comes from the rule that weighs the draft, with its options and the mechanical rules', () => {
    const linter = createLinter([shouty, slip, scorer])
    seen.length = 0
    const result = linter.lint('Hello.\nYou are my #1.')
    expect(result.score).toBe(7)
    expect(result.scoreParts).toEqual([
      {label: 'found', points: 7, places: [{line: 2, column: 9, endLine: 2, endColumn: 14, offset: 15, endOffset: 20}]}
    ])
    expect(seen[0]!.options).toEqual({each: 7})
    expect([...seen[0]!.mechanical!]).toEqual(['slip'])
    expect(linter.lint('my #1', {rules: {scorer: ['warning', {each: 30}]}}).score).toBe(30)
  })

  it('is still taken when the weighing rule itself is off, with its defaults', () => {
    const linter = createLinter([shouty, scorer])
    expect(linter.lint('my #1', {rules: {scorer: 'off'}}).score).toBe(7)
  })
})

describe('scoreVerdict', () => {
  it('puts the score in words, one band at a time', () => {
    expect(scoreVerdict(0)).toBe('reads well aloud')
    expect(scoreVerdict(24)).toBe('mostly fine; look at what adds to it')
    expect(scoreVerdict(25)).toBe('a reader would notice; worth another pass')
    expect(scoreVerdict(49)).toBe('a reader would notice; worth another pass')
    expect(scoreVerdict(50)).toBe('a reader would wince; rewrite before sending')
    expect(scoreVerdict(100)).toBe('a reader would wince; rewrite before sending')
  })
})
