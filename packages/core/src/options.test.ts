import {describe, expect, it} from 'vitest'
import {ConfigError, createLinter} from './engine.js'
import {describeOption, optionProblem, withDefaults} from './options.js'
import type {OptionType, Rule} from './types.js'

const defaults = {
  days: 7,
  ratio: 0.5,
  tone: 'plain',
  words: ['so'],
  grades: ['A'],
  strict: false,
  budgets: {update: 200, question: 200}
}
const types: Record<string, OptionType> = {
  days: {type: 'integer', min: 1, max: 60},
  ratio: {type: 'number', min: 0, max: 1},
  tone: {type: 'string', values: ['plain', 'warm']},
  words: {type: 'string[]'},
  grades: {type: 'string[]', values: ['A', 'B']},
  strict: {type: 'boolean'},
  budgets: {type: 'table', keys: ['update', 'question'], values: {type: 'integer', min: 20, max: 2000}}
}
const check = (options: Record<string, unknown>) => optionProblem(defaults, options, 'rules.mine', types)

describe('options are checked against their declared types', () => {
  it.each([
    ['an integer below its range', {days: 0}, 'rules.mine.days: must be a whole number from 1 to 60, not 0'],
    ['an integer above its range', {days: 61}, 'rules.mine.days: must be a whole number from 1 to 60, not 61'],
    ['a fraction for an integer', {days: 2.5}, 'rules.mine.days: must be a whole number from 1 to 60, not 2.5'],
    ['a string for an integer', {days: 'seven'}, 'rules.mine.days: must be a whole number from 1 to 60, not "seven"'],
    ['a number out of range', {ratio: 1e9}, 'rules.mine.ratio: must be a number from 0 to 1, not 1000000000'],
    ['a negative number', {ratio: -0.1}, 'rules.mine.ratio: must be a number from 0 to 1, not -0.1'],
    ['not a number', {ratio: Number.NaN}, 'rules.mine.ratio: must be a number from 0 to 1, not null'],
    ['a string outside its values', {tone: 'loud'}, 'rules.mine.tone: must be one of "plain" or "warm", not "loud"'],
    ['a number for a string', {tone: 3}, 'rules.mine.tone: must be one of "plain" or "warm", not 3'],
    ['a string for a list', {words: 'so'}, 'rules.mine.words: must be a list of strings, not "so"'],
    ['a list with a number', {words: ['so', 3]}, 'rules.mine.words[1]: must be a string, not 3'],
    ['a list with a table', {words: [{}]}, 'rules.mine.words[0]: must be a string, not {}'],
    ['a list item outside its values', {grades: ['A', 'C']}, 'rules.mine.grades[1]: must be one of "A" or "B", not "C"'],
    ['a string for a boolean', {strict: 'yes'}, 'rules.mine.strict: must be true or false, not "yes"'],
    ['a number for a boolean', {strict: 1}, 'rules.mine.strict: must be true or false, not 1'],
    ['a list for a table', {budgets: [1]}, 'rules.mine.budgets: must be a table of keys and values, not [1]'],
    ['an unknown key in a table', {budgets: {letter: 100}}, 'rules.mine.budgets.letter: unknown key (known: update, question)'],
    ['a table value out of range', {budgets: {update: 5}}, 'rules.mine.budgets.update: must be a whole number from 20 to 2000, not 5'],
    ['an unknown option', {dayz: 3}, 'rules.mine: unknown option "dayz" (known: days, ratio, tone, words, grades, strict, budgets)'],
    ['an option every object has', {constructor: 3}, 'rules.mine: unknown option "constructor"']
  ])('refuses %s, naming the key', (_, options, message) => {
    expect(check(options)).toContain(message)
  })

  it.each([
    {days: 1},
    {days: 60},
    {ratio: 0},
    {ratio: 1},
    {ratio: 0.25},
    {tone: 'warm'},
    {words: []},
    {words: ['so', 'very']},
    {grades: ['B', 'A']},
    {strict: true},
    {budgets: {}},
    {budgets: {update: 20, question: 2000}}
  ])('takes %j', (options) => {
    expect(check(options)).toBeUndefined()
  })

  it('says what each type takes in words', () => {
    expect(Object.fromEntries(Object.entries(types).map(([key, declared]) => [key, describeOption(declared)]))).toEqual({
      days: 'a whole number from 1 to 60',
      ratio: 'a number from 0 to 1',
      tone: 'one of "plain" or "warm"',
      words: 'a list of strings',
      grades: 'a list of "A" or "B"',
      strict: 'true or false',
      budgets: 'a table with keys update, question, each a whole number from 20 to 2000'
    })
  })

  it('falls back on the type of the default for an option without a declaration', () => {
    expect(optionProblem({days: 7}, {days: -1}, 'rules.mine')).toBe('rules.mine.days: must be a whole number of 0 or more, not -1')
    expect(optionProblem({days: 7}, {days: 400}, 'rules.mine')).toBeUndefined()
    expect(optionProblem({days: 7}, {days: 400}, 'rules.mine', {})).toBeUndefined()
  })
})

describe('the engine reads options through their declarations', () => {
  const seen: Record<string, unknown>[] = []
  const rule: Rule = {
    meta: {id: 'mine', severity: 'warning', summary: 's', why: 'w', options: defaults, optionTypes: types},
    check: (_, __, options) => void seen.push(options)
  }
  const linter = createLinter([rule])

  it('refuses a value out of range from any caller, even for a rule turned off', () => {
    expect(() => linter.lint('Hello.', {rules: {mine: ['warning', {days: 0}]}})).toThrow(ConfigError)
    expect(() => linter.lint('Hello.', {rules: {mine: ['warning', {days: 0}]}})).toThrow(
      'rule "mine".days: must be a whole number from 1 to 60, not 0'
    )
    expect(() => linter.lint('Hello.', {rules: {mine: ['off', {ratio: 2}]}})).toThrow('rule "mine".ratio: must be a number from 0 to 1, not 2')
  })

  it('keeps the defaults of a table given in part', () => {
    seen.length = 0
    linter.lint('Hello.', {rules: {mine: ['warning', {budgets: {update: 300}, days: 3}]}})
    expect(seen[0]).toMatchObject({days: 3, budgets: {update: 300, question: 200}})
  })
})

describe('withDefaults', () => {
  it('puts given options over the defaults, a table key by key and a list whole', () => {
    expect(withDefaults(defaults, {words: ['very'], budgets: {question: 90}})).toEqual({
      ...defaults,
      words: ['very'],
      budgets: {update: 200, question: 90}
    })
    expect(withDefaults(defaults, undefined)).toEqual(defaults)
  })
})
