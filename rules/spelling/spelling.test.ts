import {createLinter} from '@followup-lint/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {flagsOf, findingsOf, ready} from '../testing.js'

beforeAll(() => ready)

describe('spelling', () => {
  it('is off by default and on in the strict preset', async () => {
    const linter = createLinter(defaultRules)
    const text = 'I look foward to it.'
    expect(linter.lint(text).messages.some((m) => m.ruleId === 'spelling')).toBe(false)
    await linter.prepare({preset: 'strict'})
    expect(linter.lint(text, {preset: 'strict'}).messages.filter((m) => m.ruleId === 'spelling')).toMatchObject([
      {actual: 'foward'}
    ])
  })

  it('never flags capitalized names of people, programs or places', () => {
    expect(flagsOf('spelling', 'Dr. Oyelaran-Whitcombe and Dr. Przybylski showed me around Kalamazoo.')).toEqual([])
  })

  it("knows the field's own words", () => {
    expect(flagsOf('spelling', 'My subinternship and the didactics were precepted by a hospitalist.')).toEqual([])
  })

  it('offers dictionary suggestions, never as safe fixes', () => {
    const [finding] = findingsOf('spelling', 'Thank you for the oportunity.')
    expect(finding!.suggestions?.map((s) => s.text)).toContain('opportunity')
    expect(finding!.suggestions?.every((s) => !s.safe)).toBe(true)
  })
})
