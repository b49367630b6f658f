import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {contextFields} from '../context-fields.js'
import type {LintContext, Rule} from '../types.js'
import {clearConfigCache, configuredLinter, resolveConfig, starterConfig} from './config.js'
import {lintDraft} from './lint.js'
import {createLinter} from '../engine.js'

const rules: Rule[] = [
  {meta: {id: 'gush', severity: 'warning', summary: 'gushing', why: 'test'}, phrases: [{patterns: ['second to none'], message: '“{actual}”'}]},
  {
    meta: {id: 'long', severity: 'warning', summary: 'long', why: 'test', options: {words: 100}},
    check: (document, report, options) => {
      const words = document.source.split(/\s+/).filter(Boolean).length
      if (words > (options.words as number)) report({start: 0, end: 1, message: `“${document.source[0]}” starts a long draft`})
    }
  }
]

function temp(): string {
  return mkdtempSync(path.join(tmpdir(), 'followup-lint-config-'))
}

function write(file: string, text: string): string {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, text)
  return file
}

beforeEach(() => clearConfigCache())

describe('discovery', () => {
  it('finds the nearest config file above a draft; nearer folders win', async () => {
    const root = temp()
    write(path.join(root, '.followuplintrc.json'), JSON.stringify({rules: {gush: 'error'}}))
    write(path.join(root, 'a', 'b', '.followuplintrc.yaml'), 'rules:\n  gush: "off"\n')
    expect((await resolveConfig(path.join(root, 'a', 'b', 'draft.txt'))).rules).toEqual({gush: 'off'})
    expect((await resolveConfig(path.join(root, 'a', 'draft.txt'))).rules).toEqual({gush: 'error'})
  })

  it('reads a "followup-lint" key in package.json, and skips a package.json without one', async () => {
    const root = temp()
    write(path.join(root, '.followuplintrc.yml'), 'extends: strict\n')
    write(path.join(root, 'one', 'package.json'), JSON.stringify({name: 'x', 'followup-lint': {rules: {gush: 'info'}}}))
    write(path.join(root, 'two', 'package.json'), JSON.stringify({name: 'y'}))
    expect((await resolveConfig(path.join(root, 'one', 'd.md'))).rules).toEqual({gush: 'info'})
    expect((await resolveConfig(path.join(root, 'two', 'd.md'))).extends).toBe('strict')
  })

  it('uses the file given instead of looking', async () => {
    const root = temp()
    write(path.join(root, '.followuplintrc.json'), JSON.stringify({rules: {gush: 'error'}}))
    const other = write(path.join(temp(), 'team.yaml'), 'rules:\n  gush: info\n')
    expect((await resolveConfig(path.join(root, 'd.txt'), {configFile: other})).rules).toEqual({gush: 'info'})
  })

  it('accepts the starter file that init writes', async () => {
    const file = write(path.join(temp(), '.followuplintrc.yaml'), starterConfig)
    const config = await resolveConfig(file)
    expect(config).toMatchObject({extends: 'recommended', rules: {}, context: {}, phrases: []})
  })
})

describe('errors name the file and the key', () => {
  const cases: [string, string, string, RegExp][] = [
    ['an unknown key', '.followuplintrc.json', '{"rule": {}}', /\.followuplintrc\.json: rule: unknown key$/],
    ['a bad severity', '.followuplintrc.yaml', 'rules:\n  gush: loud\n', /\.followuplintrc\.yaml: rules\.gush: must be "off", "info", "warning", "error", or \[severity, \{options\}\]$/],
    ['a bad context value', '.followuplintrc.yaml', 'context:\n  policy: closed\n', /\.followuplintrc\.yaml: context\.policy: must be one of open, no-faculty-contact, not "closed"$/],
    ['an unknown context key', '.followuplintrc.yaml', 'context:\n  colour: red\n', /\.followuplintrc\.yaml: context\.colour: unknown key \(known: kind, [a-z, -]+\)$/],
    ['an impossible date', '.followuplintrc.yaml', 'context:\n  sent-date: 2026-13-01\n', /context\.sent-date: must be a real date written YYYY-MM-DD, not "2026-13-01"$/],
    ['an unknown profile key', '.followuplintrc.yaml', 'applicant:\n  programs:\n    - name: A\n      director: B\n', /applicant\.programs\[0\]\.director: unknown key$/],
    ['an empty alias', '.followuplintrc.yaml', 'applicant:\n  programs:\n    - name: A\n      aliases: ["  "]\n', /applicant\.programs\[0\]\.aliases\[0\]: must be a non-empty string$/],
    ['a profile program without a name', '.followuplintrc.yaml', 'applicant:\n  programs:\n    - specialty: Surgery\n', /applicant\.programs\[0\]\.name: is required$/],
    ['a bad phrase pattern', '.followuplintrc.yaml', 'phrases:\n  - id: mine\n    message: m\n    patterns: ["* rank"]\n', /phrases\[0\]\.patterns\[0\]: /],
    ['invalid YAML', '.followuplintrc.yaml', 'rules: [\n', /\.followuplintrc\.yaml: not valid YAML: /],
    ['invalid JSON', '.followuplintrc.json', '{rules', /\.followuplintrc\.json: not valid JSON: /]
  ]

  it.each(cases)('%s', async (_, name, text, message) => {
    const file = write(path.join(temp(), name), text)
    await expect(resolveConfig(file)).rejects.toThrow(message)
  })

  it('an unknown rule id or option, when the rule set is known', async () => {
    const dir = temp()
    write(path.join(dir, '.followuplintrc.yaml'), 'rules:\n  gushing: warning\n')
    const config = await resolveConfig(path.join(dir, 'd.txt'))
    expect(() => configuredLinter(config, rules)).toThrow(/\.followuplintrc\.yaml: rules\.gushing: unknown rule$/)
    write(path.join(dir, 'x', '.followuplintrc.yaml'), 'rules:\n  long: [warning, {limit: 5}]\n')
    const other = await resolveConfig(path.join(dir, 'x', 'd.txt'))
    expect(() => configuredLinter(other, rules)).toThrow(/rules\.long: unknown option "limit" \(known: words\)$/)
  })

  it('a missing --config file', async () => {
    await expect(resolveConfig('d.txt', {configFile: 'no/such/file.yaml'})).rejects.toThrow('no/such/file.yaml: no such config file')
  })
})

describe('the linter for a config', () => {
  it('adds the phrase rules, applies strict, passes options, and is built once per config', async () => {
    const dir = temp()
    write(
      path.join(dir, '.followuplintrc.yaml'),
      [
        'extends: strict',
        'rules:',
        '  long: [info, {words: 3}]',
        'phrases:',
        '  - id: no-hope-well',
        '    severity: info',
        '    message: "“{actual}” adds nothing."',
        '    patterns: ["hope (this|you) *3 well"]',
        '    rewrite: ["I am writing because"]'
      ].join('\n')
    )
    const draft = path.join(dir, 'd.txt')
    const text = 'I hope you are well. It is second to none.'
    const result = await lintDraft(text, {filePath: draft, rules})
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.actual])).toEqual([
      ['long', 'info', 'I'],
      ['no-hope-well', 'info', 'hope you are well'],
      ['gush', 'error', 'second to none']
    ])
    expect(result.messages[1]!.suggestions).toEqual([{text: 'I am writing because', safe: false}])
    const config = await resolveConfig(draft)
    expect(configuredLinter(config, rules)).toBe(configuredLinter(config, rules))
  })

  it('refuses a phrase rule that takes a built-in id', async () => {
    const dir = temp()
    write(path.join(dir, '.followuplintrc.yaml'), 'phrases:\n  - id: gush\n    message: m\n    patterns: [wow]\n')
    await expect(lintDraft('wow', {filePath: path.join(dir, 'd.txt'), rules})).rejects.toThrow(/phrases\[0\]\.id: "gush" is already a rule$/)
  })

  it('gives the draft its context from the config and the profile', async () => {
    const dir = temp()
    write(
      path.join(dir, '.followuplintrc.yaml'),
      [
        'context:',
        '  kind: thank-you',
        'applicant:',
        '  name: Priya Raman',
        '  aamcId: 14523876',
        '  programs:',
        '    - name: Lakeshore University',
        '      aliases: [LU, Lakeshore IM]',
        '      interviewDate: 2026-01-08',
        '      policy: no-faculty-contact'
      ].join('\n')
    )
    let seen: unknown
    const spy: Rule = {meta: {id: 'spy', severity: 'info', summary: 's', why: 'w'}, check: (document) => (seen = document.context)}
    await lintDraft('Thank you for the Lakeshore University interview day.', {filePath: path.join(dir, 'd.txt'), rules: [spy], clock: () => new Date(2026, 0, 12)})
    expect(seen).toMatchObject({kind: 'thank-you', program: 'Lakeshore University', interviewDate: '2026-01-08', policy: 'no-faculty-contact', today: '2026-01-12'})
    expect((seen as {applicant: {aamcId: string}}).applicant.aamcId).toBe('14523876')
    expect(seen).toMatchObject({applicant: {programs: [{aliases: ['LU', 'Lakeshore IM']}]}})
  })
})

describe('template mode as a context key', () => {
  it('reads "template: true" in front matter, next to the other keys', async () => {
    let seen: {template?: boolean; kind?: string} | undefined
    const spy: Rule = {meta: {id: 'spy', severity: 'info', summary: 's', why: 'w'}, check: (document) => (seen = document.context)}
    const dir = temp()
    await lintDraft('---\ntemplate: true\nkind: thank-you\n---\nDear [Name],\n', {filePath: path.join(dir, 't.md'), rules: [spy]})
    expect(seen).toMatchObject({template: true, kind: 'thank-you'})
    await lintDraft('---\nkind: thank-you\n---\nDear [Name],\n', {filePath: path.join(dir, 'd.md'), rules: [spy]})
    expect(seen!.template).toBeUndefined()
    await expect(lintDraft('---\ntemplat: true\n---\nHi\n', {filePath: path.join(dir, 'e.md'), rules: [spy]})).rejects.toThrow(/unknown key/)
  })
})

describe('the context of a config file', () => {
  it('takes every key of the context table, template and specialty included, and hands them to the rules', async () => {
    let seen: LintContext | undefined
    const spy: Rule = {meta: {id: 'spy', severity: 'info', summary: 's', why: 'w'}, check: (document) => void (seen = document.context)}
    const dir = temp()
    const values = contextFields.map((field) => `  ${field.key}: ${field.type === 'flag' ? 'true' : field.type === 'choice' ? field.values[0] : field.type === 'date' ? '2026-01-08' : 'internal medicine'}`)
    write(path.join(dir, '.followuplintrc.yaml'), `context:\n${values.join('\n')}\n`)
    await lintDraft('Dear Ms. Lee,\n', {filePath: path.join(dir, 'd.txt'), rules: [spy]})
    expect(seen).toMatchObject({template: true, specialty: 'internal medicine', kind: 'thank-you', sentDate: '2026-01-08'})
    // Front matter wins over the config file, here to read the draft as a draft.
    await lintDraft('---\ntemplate: false\n---\nDear Ms. Lee,\n', {filePath: path.join(dir, 'e.md'), rules: [spy]})
    expect(seen!.template).toBe(false)
  })

  it('refuses a template that is not true or false', async () => {
    const file = write(path.join(temp(), '.followuplintrc.yaml'), 'context:\n  template: yes please\n')
    await expect(resolveConfig(file)).rejects.toThrow(/\.followuplintrc\.yaml: context\.template: must be true or false$/)
  })
})

describe('phrase patterns from a config file have limits', () => {
  it.each([
    [`a${' b'.repeat(300)}`, /phrases\[0\]\.patterns\[0\]: .*longer than 500 characters/],
    ['rank *50 first', /phrases\[0\]\.patterns\[0\]: .*a gap of at most \*20 words, not \*50/],
    ['a * b * c * d * e * f * g * h', /more than 6 gaps/],
    ['a? '.repeat(80) + 'end', /more than 150 words, marks and groups/]
  ])('%s is refused with the key path', async (pattern, reason) => {
    const {checkConfig} = await import('./config-schema.js')
    expect(() =>
      checkConfig({phrases: [{id: 'mine', severity: 'warning', message: 'm', patterns: [pattern]}]}, '.followuplintrc.yaml')
    ).toThrow(reason)
  })
})

describe('rule options have the types of their defaults', () => {
  const rules: Rule[] = [
    {
      meta: {id: 'timing', severity: 'warning', summary: 's', why: 'w', options: {thankYouDays: 7, ratio: 0.5, strict: false, words: ['a'], budgets: {update: 200, question: 200}}}
    }
  ]
  const config = (options: Record<string, unknown>) =>
    ({rules: {timing: ['warning', options]}, context: {}, phrases: [], extends: 'recommended', filePath: '.followuplintrc.yaml'}) as const

  it.each([
    [{thankYouDays: 'seven'}, '.followuplintrc.yaml: rules.timing.thankYouDays: must be a whole number of 0 or more, not "seven"'],
    [{thankYouDays: 2.5}, 'rules.timing.thankYouDays: must be a whole number of 0 or more, not 2.5'],
    [{thankYouDays: -1}, 'rules.timing.thankYouDays: must be a whole number of 0 or more, not -1'],
    [{ratio: '1'}, 'rules.timing.ratio: must be a number of 0 or more, not "1"'],
    [{strict: 'yes'}, 'rules.timing.strict: must be true or false, not "yes"'],
    [{words: 'a'}, 'rules.timing.words: must be a list of strings, not "a"'],
    [{words: ['a', 3]}, 'rules.timing.words[1]: must be a string, not 3'],
    [{budgets: {update: 'lots'}}, 'rules.timing.budgets.update: must be a whole number of 0 or more, not "lots"'],
    [{budgets: {letter: 10}}, 'rules.timing.budgets.letter: unknown key (known: update, question)'],
    [{budgets: [1]}, 'rules.timing.budgets: must be a table of keys and values, not [1]']
  ])('%j is refused, naming the key', (options, message) => {
    expect(() => configuredLinter(config(options) as never, rules)).toThrow(message)
  })

  it('takes values of the right types, and the engine checks options given by any caller', () => {
    expect(() => configuredLinter(config({thankYouDays: 10, ratio: 1, words: [], budgets: {update: 100}}) as never, rules)).not.toThrow()
    const linter = createLinter(rules)
    expect(() => linter.lint('text', {rules: {timing: ['warning', {thankYouDays: 'seven'}]}})).toThrow(
      'rule "timing".thankYouDays: must be a whole number of 0 or more, not "seven"'
    )
  })
})
