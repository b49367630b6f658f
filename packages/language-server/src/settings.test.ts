import {readFileSync} from 'node:fs'
import {checkContext, contextFields, contextSettingsSchema, contextWords, resolveContext} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultSettings, mergeSettings, parseSettings, SettingsStore} from './settings.js'

const known = new Set(['flattery', 'social-media'])

describe('parsing editor settings', () => {
  it('keeps what is valid', () => {
    const {settings, problems} = parseSettings(
      {
        enable: false,
        rules: {flattery: 'info', 'social-media': ['warning', {}]},
        context: {kind: 'thank-you', recipient: 'coordinator', interviewDate: '2026-01-14', program: 'Mercy IM'}
      },
      known
    )
    expect(problems).toEqual([])
    expect(settings).toEqual({
      enable: false,
      rules: {flattery: 'info', 'social-media': ['warning', {}]},
      context: {kind: 'thank-you', recipient: 'coordinator', interviewDate: '2026-01-14', program: 'Mercy IM'}
    })
  })

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'takes %j, a name every object has, for the unknown key it is',
    (key) => {
      const raw = JSON.parse(`{"context": {"${key}": {"kind": "update"}, "kind": "update"}, "rules": {"${key}": "off"}}`)
      const {settings, problems} = parseSettings(raw, known)
      expect(settings).toEqual({rules: {}, context: {kind: 'update'}})
      expect(problems).toEqual([`followupLint.rules: unknown rule "${key}"`, `followupLint.context: unknown key "${key}"`])
      expect(Object.getPrototypeOf(settings.context)).toBe(Object.prototype)
    }
  )

  it('takes a size cap in megabytes, and refuses one that is not a sensible number', () => {
    expect(parseSettings({maxSize: 0.5}, known)).toEqual({settings: {maxSize: 0.5}, problems: []})
    for (const maxSize of [0, -1, 'big', 2048, Number.NaN]) {
      expect(parseSettings({maxSize}, known).problems).toEqual([
        'followupLint.maxSize: must be a number of megabytes, more than 0 and at most 1024'
      ])
    }
  })

  it('drops what is not, one problem per bad value', () => {
    const {settings, problems} = parseSettings(
      {
        enable: 'yes',
        rules: {flattery: 'loud', nope: 'off', 'social-media': ['error', 3]},
        context: {kind: 'love-letter', sentDate: '2026-02-30', colour: 'red', policy: 'open'}
      },
      known
    )
    expect(settings).toEqual({rules: {}, context: {policy: 'open'}})
    expect(problems).toEqual([
      'followupLint.enable: must be true or false',
      'followupLint.rules.flattery: use "off", "info", "warning", "error" or [severity, {options}]',
      'followupLint.rules: unknown rule "nope"',
      'followupLint.rules.social-media: use "off", "info", "warning", "error" or [severity, {options}]',
      'followupLint.context.kind: must be one of thank-you, correction, update, question, forward-request, not "love-letter"',
      'followupLint.context.sentDate: must be a real date written YYYY-MM-DD, not "2026-02-30"',
      'followupLint.context: unknown key "colour"'
    ])
  })

  it('checks rule options against the types the rules declare, and drops a bad setting', () => {
    const metas = new Map([
      ['timing', {options: {thankYouDays: 7}, optionTypes: {thankYouDays: {type: 'integer', min: 1, max: 60}} as const}],
      ['flattery', {}]
    ])
    const {settings, problems} = parseSettings(
      {rules: {timing: ['warning', {thankYouDays: 0}], flattery: ['info', {strength: 2}]}},
      metas
    )
    expect(settings).toEqual({rules: {}})
    expect(problems).toEqual([
      'followupLint.rules.timing.thankYouDays: must be a whole number from 1 to 60, not 0',
      'followupLint.rules.flattery: unknown option "strength" (the rule takes none)'
    ])
    expect(parseSettings({rules: {timing: ['warning', {thankYouDays: 14}]}}, metas)).toEqual({
      settings: {rules: {timing: ['warning', {thankYouDays: 14}]}},
      problems: []
    })
  })

  it('takes a list of glob patterns for the files to check, and drops the unusable ones', () => {
    expect(parseSettings({files: ['**/drafts/**', '*.eml']}, known)).toEqual({
      settings: {files: ['**/drafts/**', '*.eml']},
      problems: []
    })
    // An empty list is a choice: only drafts whose front matter declares them.
    expect(parseSettings({files: []}, known)).toEqual({settings: {files: []}, problems: []})
    const {settings, problems} = parseSettings({files: ['ok/**', '', 3, 'x'.repeat(1001), '{a,b}'.repeat(9)]}, known)
    expect(settings.files).toEqual(['ok/**'])
    expect(problems).toEqual([
      'followupLint.files: "" is not a glob pattern',
      'followupLint.files: 3 is not a glob pattern',
      'followupLint.files: a pattern may be at most 1000 characters long',
      `followupLint.files: "${'{a,b}'.repeat(9)}" stands for more than 256 patterns`
    ])
    expect(parseSettings({files: '**/drafts/**'}, known).problems).toEqual(['followupLint.files: must be a list of glob patterns'])
  })

  it('takes the score switch as true or false only', () => {
    expect(parseSettings({score: false}, known)).toEqual({settings: {score: false}, problems: []})
    expect(parseSettings({score: 'no'}, known)).toEqual({settings: {}, problems: ['followupLint.score: must be true or false']})
  })

  it('survives settings of the wrong shape', () => {
    expect(parseSettings(undefined, known)).toEqual({settings: {}, problems: []})
    expect(parseSettings(42, known).problems).toEqual(['followupLint: settings must be an object'])
    expect(parseSettings({rules: [], context: 'x'}, known).problems).toHaveLength(2)
  })
})

describe('merging', () => {
  it('lets later layers win key by key', () => {
    expect(
      mergeSettings(
        {rules: {flattery: 'off', 'social-media': 'info'}, context: {kind: 'update', program: 'A'}},
        {rules: {flattery: 'error'}, context: {program: 'B'}}
      )
    ).toEqual({
      enable: true,
      maxSize: 4,
      rules: {flattery: 'error', 'social-media': 'info'},
      context: {kind: 'update', program: 'B'},
      files: undefined,
      score: true
    })
  })

  it('replaces the list of files whole, and keeps the score unless a layer says', () => {
    const merged = mergeSettings({files: ['drafts/**'], score: false}, {files: ['**/*.eml']}, {})
    expect(merged.files).toEqual(['**/*.eml'])
    expect(merged.score).toBe(false)
  })
})

describe('the settings store', () => {
  function store(editor: (uri: string) => Promise<unknown>) {
    const reported: string[] = []
    let asked = 0
    const settings = new SettingsStore({
      editor: async (uri) => {
        asked++
        return editor(uri)
      },
      knownRules: known,
      report: (problem) => reported.push(problem)
    })
    return {settings, reported, asked: () => asked}
  }

  it('reads the editor settings once per document until cleared', async () => {
    const {settings, asked} = store(async () => ({rules: {flattery: 'info'}, context: {kind: 'update'}}))
    const first = await settings.settingsFor('file:///a.txt')
    expect(first).toEqual({...defaultSettings, rules: {flattery: 'info'}, context: {kind: 'update'}})
    expect(await settings.settingsFor('file:///a.txt')).toBe(first)
    expect(asked()).toBe(1)
    settings.clear()
    await settings.settingsFor('file:///a.txt')
    expect(asked()).toBe(2)
  })

  it('reports a failing client once and carries on with defaults', async () => {
    const {settings, reported} = store(async () => {
      throw new Error('no answer')
    })
    expect(await settings.settingsFor('file:///b.txt')).toEqual(defaultSettings)
    settings.clear()
    await settings.settingsFor('file:///b.txt')
    expect(reported).toEqual(['could not read the editor settings: no answer'])
  })

  it('uses pushed settings when the client cannot be asked', async () => {
    const reported: string[] = []
    const settings = new SettingsStore({
      knownRules: known,
      report: (problem) => reported.push(problem)
    })
    settings.setGlobal({enable: false})
    expect((await settings.settingsFor('untitled:Untitled-1')).enable).toBe(false)
    expect(reported).toEqual([])
  })
})

describe('the context settings follow the context table', () => {
  it('round-trips every field by its camel-case name, template and specialty included', () => {
    const context = Object.fromEntries(
      contextFields.map((field) => [
        field.name,
        field.type === 'choice' ? field.values[0] : field.type === 'date' ? '2026-01-14' : field.type === 'flag' ? true : 'internal medicine'
      ])
    )
    expect(parseSettings({context}, known)).toEqual({settings: {context}, problems: []})
    // The server hands them on in the kebab spelling of config files; the engine names them back.
    const words = checkContext(contextWords(context), (key) => key)
    expect(resolveContext({config: words})).toMatchObject(context)
    expect(parseSettings({context: {template: 'yes'}}, known).problems).toEqual(['followupLint.context.template: must be true or false'])
    // The kebab spelling of front matter is not the settings' spelling.
    expect(parseSettings({context: {'sent-date': '2026-01-14'}}, known).problems).toEqual(['followupLint.context: unknown key "sent-date"'])
  })

  it("is what VS Code's settings schema offers (npm run context-schema -w packages/vscode writes it)", () => {
    const manifest = JSON.parse(readFileSync(new URL('../../vscode/package.json', import.meta.url), 'utf8'))
    const schema = manifest.contributes.configuration.properties['followupLint.context']
    expect(schema.properties).toEqual(contextSettingsSchema())
    expect(schema.additionalProperties).toBe(false)
  })
})
