import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {docsLinks, figures, fillOptions, loadRules, locate} from '../scripts/load.js'

function ruleDir(rules: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-rules-'))
  for (const [id, yaml] of Object.entries(rules)) {
    mkdirSync(path.join(dir, id))
    writeFileSync(path.join(dir, id, 'rule.yml'), yaml)
  }
  return dir
}

const source = ['sources:', '  - title: A survey', '    url: https://example.org/survey', '    note: 40% said so.']

function rule(id: string, pattern: string, flagged = 'my choice', flag = 'my', why = 'Because.', sources = source): string {
  return [
    `id: ${id}`,
    'severity: warning',
    'summary: A test rule.',
    `why: ${why}`,
    ...sources,
    'phrases:',
    '  - message: "“{actual}” is flagged."',
    '    patterns:',
    `      - ${pattern}`,
    'examples:',
    '  flagged:',
    `    - text: ${flagged}`,
    `      flags: [${flag}]`,
    ''
  ].join('\n')
}

describe('loadRules', () => {
  it('reads a valid rule into the engine shape', () => {
    const [loaded] = loadRules(ruleDir({'good-rule': rule('good-rule', '"my #1 choice"', '"my #1 choice"', '"my #1"')}))
    expect(loaded).toMatchObject({id: 'good-rule', severity: 'warning', phrases: [{patterns: ['my #1 choice']}]})
  })

  it('refuses an unquoted pattern that YAML would cut at " #"', () => {
    expect(() => loadRules(ruleDir({'bad-rule': rule('bad-rule', 'my #1 choice')}))).toThrow(/line 12: an unquoted item/)
  })

  it('names the file and key of other mistakes', () => {
    expect(() => loadRules(ruleDir({'some-rule': rule('other-id', 'my choice')}))).toThrow(/id: must equal the folder name/)
    expect(() => loadRules(ruleDir({'some-rule': rule('some-rule', 'my choice', 'my choice', 'yours')}))).toThrow(
      /examples.flagged\[0\].flags: "yours" is not in the text/
    )
    expect(() => loadRules(ruleDir({'a-rule': rule('a-rule', 'my choice'), 'b-rule': rule('b-rule', 'My  Choice')}))).toThrow(
      /duplicate pattern "My {2}Choice" \(also in a-rule\)/
    )
  })
})

describe('sources', () => {
  it('are read with the rule, and every figure of its why must be in a note', () => {
    const [loaded] = loadRules(ruleDir({'a-rule': rule('a-rule', 'my choice', 'my choice', 'my', 'In one survey 40% said so.')}))
    expect(loaded!.sources).toEqual([{title: 'A survey', url: 'https://example.org/survey', note: '40% said so.'}])
    expect(() => loadRules(ruleDir({'a-rule': rule('a-rule', 'my choice', 'my choice', 'my', 'In one survey 41% said so.')}))).toThrow(
      /a-rule\/rule.yml: why: "41%" is quoted without a source/
    )
  })

  it('must be there, with https addresses', () => {
    expect(() => loadRules(ruleDir({'a-rule': rule('a-rule', 'my choice', 'my choice', 'my', 'Because.', [])}))).toThrow(
      /sources: must list at least one source/
    )
    const plain = ['sources:', '  - title: A page', '    url: http://example.org/page']
    expect(() => loadRules(ruleDir({'a-rule': rule('a-rule', 'my choice', 'my choice', 'my', 'Because.', plain)}))).toThrow(
      /sources\[0\]\.url: "http:\/\/example\.org\/page" must be an https address/
    )
  })

  it('finds percentages and counts out of a whole as figures', () => {
    expect(figures('90.8% of faculty, 5 of 16 applicants, 81% of directors, 3 days, 12345')).toEqual(['90.8%', '5 of 16', '81%'])
  })
})

describe('docsLinks', () => {
  it('derives the rule pages and the home page from the repository', () => {
    expect(
      docsLinks({repository: {type: 'git', url: 'git+https://github.com/o/n.git', directory: 'rules'}, homepage: 'https://o.example/'})
    ).toEqual({homepage: 'https://o.example/', ruleDocs: 'https://github.com/o/n/blob/main/rules/{rule}/README.md'})
    expect(docsLinks({repository: 'https://github.com/o/n'}).homepage).toBe('https://github.com/o/n')
    expect(() => docsLinks({})).toThrow(/repository: must give the url/)
  })
})

describe('locate', () => {
  it('finds a flag as a whole word where it starts or ends with a letter', () => {
    expect(locate('It was a honor', 'a')).toBe(7)
    expect(locate('see [date] here', '[date]')).toBe(4)
    expect(locate('nothing', 'else')).toBe(-1)
  })
})

describe('fillOptions', () => {
  it('writes an option\'s default into the why, a list as words', () => {
    expect(fillOptions('rule.yml', 'Adds {options.points} each for {options.words}.', {points: 5, words: ['so', 'very']})).toBe(
      'Adds 5 each for so, very.'
    )
  })

  it('refuses a name that is not an option', () => {
    expect(() => fillOptions('rule.yml', 'Adds {options.point} each.', {points: 5})).toThrow(/"\{options.point\}" names no option/)
  })
})

describe('option-types', () => {
  // A test rule with these lines of options and their declarations.
  const withOptions = (...lines: string[]) => ruleDir({'a-rule': rule('a-rule', 'my choice').replace('phrases:', [...lines, 'phrases:'].join('\n'))})

  it('are read into the rule, next to the defaults', () => {
    const [loaded] = loadRules(
      withOptions(
        'options: {days: 7, words: [so], tone: plain, strict: false, budgets: {update: 200}}',
        'option-types:',
        '  days: {type: integer, min: 1, max: 60}',
        '  words: {type: "string[]"}',
        '  tone: {type: string, values: [plain, warm]}',
        '  strict: {type: boolean}',
        '  budgets: {type: table, keys: [update, question], values: {type: integer, min: 20, max: 2000}}'
      )
    )
    expect(loaded.optionTypes).toEqual({
      days: {type: 'integer', min: 1, max: 60},
      words: {type: 'string[]'},
      tone: {type: 'string', values: ['plain', 'warm']},
      strict: {type: 'boolean'},
      budgets: {type: 'table', keys: ['update', 'question'], values: {type: 'integer', min: 20, max: 2000}}
    })
  })

  it.each([
    ['an option without one', ['options: {days: 7}'], /options\.days: has no declaration in option-types/],
    ['one without an option', ['options: {days: 7}', 'option-types: {days: {type: integer, min: 1, max: 9}, weeks: {type: boolean}}'], /option-types\.weeks: unknown key/],
    ['one for a rule without options', ['option-types: {days: {type: boolean}}'], /option-types\.days: unknown key/],
    ['an unknown type', ['options: {days: 7}', 'option-types: {days: {type: days}}'], /option-types\.days: must be \{type: \.\.\.\} with a type of/],
    ['a number without a range', ['options: {days: 7}', 'option-types: {days: {type: integer, min: 1}}'], /option-types\.days\.max: must be a whole number/],
    ['an endless range', ['options: {ratio: 0.5}', 'option-types: {ratio: {type: number, min: 0, max: .inf}}'], /option-types\.ratio\.max: must be a number/],
    ['a range upside down', ['options: {days: 7}', 'option-types: {days: {type: integer, min: 9, max: 1}}'], /option-types\.days: min must not be above max/],
    ['a key the type does not take', ['options: {days: 7}', 'option-types: {days: {type: integer, min: 1, max: 9, values: [1]}}'], /option-types\.days\.values: unknown key/],
    ['a default out of range', ['options: {days: 0}', 'option-types: {days: {type: integer, min: 1, max: 60}}'], /options\.days: the default breaks its declaration: 0 is not from 1 to 60/],
    ['a default of another type', ['options: {days: "7"}', 'option-types: {days: {type: integer, min: 1, max: 60}}'], /options\.days: the default breaks its declaration: is not a whole number/],
    ['a default outside its values', ['options: {tone: loud}', 'option-types: {tone: {type: string, values: [plain]}}'], /options\.tone: the default breaks its declaration: "loud" is not one of the values/],
    ['a list default with a number', ['options: {words: [so, 3]}', 'option-types: {words: {type: "string[]"}}'], /options\.words: the default breaks its declaration: is not a string/],
    ['a table default with an unknown key', ['options: {budgets: {letter: 9}}', 'option-types: {budgets: {type: table, keys: [update], values: {type: integer, min: 1, max: 9}}}'], /options\.budgets: the default breaks its declaration: has the key "letter"/]
  ])('refuse %s', (_, lines, message) => {
    expect(() => loadRules(withOptions(...lines))).toThrow(message)
  })
})
