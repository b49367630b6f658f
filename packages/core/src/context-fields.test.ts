import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {resolveContext} from './context.js'
import {messageKinds} from './types.js'
import {
  checkContext,
  checkContextValue,
  type ContextField,
  contextFields,
  contextKeys,
  contextSettingsSchema,
  contextWords,
  fieldOfKey
} from './context-fields.js'

/** A value each field accepts, by its type. */
function sampleValue(field: ContextField): string | boolean {
  if (field.type === 'choice') return field.values.at(-1)!
  if (field.type === 'date') return '2026-01-08'
  if (field.type === 'flag') return true
  return 'internal medicine'
}

const all = Object.fromEntries(contextFields.map((field) => [field.key, sampleValue(field)]))

describe('the context table', () => {
  it('spells each key in kebab case and names it in camel case, once', () => {
    for (const field of contextFields) {
      expect(field.key).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(field.name).toBe(field.key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()))
    }
    expect(new Set(contextKeys).size).toBe(contextFields.length)
  })

  it('carries every field from front matter into the context, by its camel-case name', () => {
    const context = resolveContext({frontMatter: all, draftName: 'd.md'}) as Record<string, unknown>
    for (const field of contextFields) expect(context[field.name], field.key).toBe(sampleValue(field))
  })

  it('refuses a front matter key the table lacks, in one line that names it', () => {
    expect(() => resolveContext({frontMatter: {...all, speciality: 'surgery'}, draftName: 'd.md'})).toThrow(
      /^d\.md: front matter key "speciality": unknown key \(known: kind, recipient, policy, interview-date, sent-date, program, specialty, template\)$/
    )
  })

  it('takes the program specialty as free text from every layer', () => {
    expect(resolveContext({frontMatter: {specialty: ' internal medicine '}}).specialty).toBe('internal medicine')
    expect(resolveContext({config: {specialty: 'pediatrics'}}).specialty).toBe('pediatrics')
    expect(resolveContext({flags: {specialty: 'surgery'}, config: {specialty: 'pediatrics'}}).specialty).toBe('surgery')
    expect(() => checkContext({specialty: 3}, (key) => key)).toThrow('specialty: must be a non-empty string')
  })

  it('reads template as true or false, the closer source winning even when it says false', () => {
    expect(checkContextValue(fieldOfKey('template')!, false, 'x')).toBe(false)
    expect(() => checkContextValue(fieldOfKey('template')!, 'yes', 'd.md: front matter key "template"')).toThrow(
      'd.md: front matter key "template": must be true or false'
    )
    expect(resolveContext({frontMatter: {template: true}}).template).toBe(true)
    expect(resolveContext({config: {template: true}}).template).toBe(true)
    expect(resolveContext({frontMatter: {template: false}, config: {template: true}}).template).toBe(false)
    expect(resolveContext({}).template).toBeUndefined()
  })

  it('turns camel-case context into kebab keys and back, leaving out what a draft cannot state', () => {
    const facts = Object.fromEntries(contextFields.map((field) => [field.name, sampleValue(field)]))
    const words = contextWords({...facts, today: '2026-01-09', recipientConfidence: 'likely', applicant: {name: 'A'}})
    expect(words).toEqual(all)
    expect(checkContext(words, (key) => key)).toEqual(all)
    // An unknown name keeps a kebab spelling, so the check names it as the caller wrote it.
    expect(() => checkContext(contextWords({sendDate: '2026-01-09'}), (key) => `context: ${key}`)).toThrow(/^context: send-date: unknown key/)
    expect(() => checkContext(JSON.parse('{"__proto__": "x"}'), (key) => key)).toThrow(/^__proto__: unknown key/)
  })

  it('gives an editor settings schema with a property per field', () => {
    const schema = contextSettingsSchema()
    expect(Object.keys(schema)).toEqual(contextFields.map((field) => field.name))
    expect(schema.kind).toMatchObject({type: 'string', enum: [...messageKinds]})
    expect(schema.template).toMatchObject({type: 'boolean'})
    expect(schema.sentDate).toMatchObject({type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$'})
  })
})

describe('the README', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('## Context: front matter, flags, headers'))
  const example = /```markdown\n---\n([\s\S]*?)---\n```/.exec(section)![1]!

  it('shows every context key in its front matter example, with the values of each choice', () => {
    const lines = example.trimEnd().split('\n')
    expect(lines.map((line) => line.split(':')[0])).toEqual([...contextKeys])
    for (const field of contextFields) {
      if (field.type !== 'choice') continue
      expect(lines.find((line) => line.startsWith(`${field.key}:`))).toContain(`# ${field.values.join(' | ')}`)
    }
  })

  it('names a flag for every key', () => {
    const flags = section.slice(0, section.indexOf('The first source')).replace(/\s+/g, ' ')
    for (const key of contextKeys) expect(flags).toContain(`\`--${key}\``)
  })
})
