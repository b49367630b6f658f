// Every option of every rule is declared, its default passes its own declaration, and the
// declared range is the one the engine holds a user to.
import {createLinter, optionProblem, type OptionType} from '@followup-lint/core'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'

const withOptions = defaultRules.filter((rule) => rule.meta.options)
const numeric = withOptions.flatMap((rule) =>
  Object.entries(rule.meta.optionTypes ?? {})
    .filter((entry): entry is [string, Extract<OptionType, {min: number}>] => 'min' in entry[1])
    .map(([name, declared]) => [`${rule.meta.id}.${name}`, rule, name, declared] as const)
)

describe('rule options', () => {
  it('are declared, each of them, in the rules that have any', () => {
    expect(withOptions.map((rule) => rule.meta.id)).toEqual(
      expect.arrayContaining(['excessive-length', 'profanity', 'read-aloud', 'spelling', 'timing', 'unfilled-placeholder'])
    )
    for (const rule of withOptions) {
      expect(Object.keys(rule.meta.optionTypes ?? {}), rule.meta.id).toEqual(Object.keys(rule.meta.options!))
    }
  })

  it.each(withOptions.map((rule) => [rule.meta.id, rule] as const))('of %s pass their own declarations', (_, rule) => {
    expect(optionProblem(rule.meta.options, rule.meta.options!, rule.meta.id, rule.meta.optionTypes)).toBeUndefined()
  })

  it.each(numeric)('%s takes a whole range and nothing past either end', (_, rule, name, declared) => {
    const check = (value: number) => optionProblem(rule.meta.options, {[name]: value}, rule.meta.id, rule.meta.optionTypes)
    fc.assert(
      fc.property(fc.integer({min: Math.ceil(declared.min), max: Math.floor(declared.max)}), (value) => check(value) === undefined)
    )
    fc.assert(
      fc.property(fc.oneof(fc.double({max: declared.min, maxExcluded: true}), fc.double({min: declared.max, minExcluded: true})), (value) =>
        check(value)?.includes(`${rule.meta.id}.${name}: must be`)
      )
    )
  })

  it('as the engine runs them are what the setting gives', () => {
    const linter = createLinter(defaultRules)
    const draft = 'Dear Dr. Lee,\n\nThank you so much!!! I am very truly grateful!\n\nBest,\nSam'
    const weigh = (options: Record<string, unknown>) => linter.lint(draft, {rules: {'read-aloud': ['warning', options]}}).score
    expect(weigh({exclamationPoints: 0, intensifierPoints: 0})).toBeLessThan(weigh({}))
    expect(() => weigh({exclamationPoints: 1e9})).toThrow('rule "read-aloud".exclamationPoints: must be a whole number from 0 to 100, not 1000000000')
  })
})
