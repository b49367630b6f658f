import {createLinter} from '@followup-lint/core'
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

  it('does not feed its own finding back into the score', () => {
    expect(readAloud(gushing, 1).score).toBe(readAloud(gushing).score)
  })
})
