// The context a draft can be given, one row per fact. Front matter, config files and flags
// write a key in kebab case (`interview-date`); editor settings and the engine's LintContext
// name it in camel case (`interviewDate`). Every front door reads this table, so a new fact is
// one row here. No I/O: the page imports it too.
import {ConfigError} from './engine.js'
import {messageKinds, policies, recipients} from './types.js'

interface Field {
  /** As front matter, config files and flags write it. */
  readonly key: string
  /** As editor settings and LintContext name it. */
  readonly name: string
  /** `choice` takes one of `values`; `date` a real day written YYYY-MM-DD; `flag` true or false. */
  readonly type: 'choice' | 'date' | 'text' | 'flag'
  readonly values?: readonly string[]
  /** One line for help texts and settings schemas, without the values. */
  readonly description: string
}

export const contextFields = [
  {key: 'kind', name: 'kind', type: 'choice', values: messageKinds, description: 'What the message is.'},
  {key: 'recipient', name: 'recipient', type: 'choice', values: recipients, description: 'Who it goes to.'},
  {key: 'policy', name: 'policy', type: 'choice', values: policies, description: "The program's rule for contact after the interview."},
  {key: 'interview-date', name: 'interviewDate', type: 'date', description: 'The day of the interview.'},
  {
    key: 'sent-date',
    name: 'sentDate',
    type: 'date',
    description: 'The day the message will be sent; without it, the Date header or a dated first line, else today for recent dates.'
  },
  {key: 'program', name: 'program', type: 'text', description: 'The program the message is for, as the applicant profile names it.'},
  {key: 'specialty', name: 'specialty', type: 'text', description: 'The specialty of the program, such as "internal medicine".'},
  {
    key: 'template',
    name: 'template',
    type: 'flag',
    description: 'Check the text as a template: allow well-formed placeholders with known names, flag the rest.'
  }
] as const satisfies readonly Field[]

export type ContextField = (typeof contextFields)[number]
/** A context key as front matter, config files and flags write it. */
export type ContextKey = ContextField['key']
/** A context key as editor settings and LintContext name it. */
export type ContextName = ContextField['name']

type ValueOf<F extends ContextField> = F extends {values: readonly (infer V)[]} ? V : F['type'] extends 'flag' ? boolean : string

/** Checked context by kebab key, as flags, front matter and config give it. */
export type ContextValues = {[F in ContextField as F['key']]?: ValueOf<F>}
/** Checked context by camel-case name: the part of LintContext a draft can be given. */
export type ContextFacts = {[F in ContextField as F['name']]?: ValueOf<F>}

const byKey = new Map<string, ContextField>(contextFields.map((field) => [field.key, field]))
const byName = new Map<string, ContextField>(contextFields.map((field) => [field.name, field]))

/** The field with this kebab key, or undefined. */
export function fieldOfKey(key: string): ContextField | undefined {
  return byKey.get(key)
}

/** The field with this camel-case name, or undefined. */
export function fieldOfName(name: string): ContextField | undefined {
  return byName.get(name)
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Check one context value and return it as the engine keeps it. `where` names its source for
 * the error ("--kind", "draft.md: front matter key kind"); a bad value throws a ConfigError.
 */
export function checkContextValue(field: ContextField, value: unknown, where: string): string | boolean {
  if (field.type === 'flag') {
    if (typeof value !== 'boolean') throw new ConfigError(`${where}: must be true or false`)
    return value
  }
  // YAML reads an unquoted date as a string under its core schema, but be kind to a Date.
  if (value instanceof Date && !Number.isNaN(value.getTime())) value = value.toISOString().slice(0, 10)
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(`${where}: must be a non-empty string`)
  }
  const text = value.trim()
  if (field.type === 'choice' && !field.values.includes(text as never)) {
    throw new ConfigError(`${where}: must be one of ${field.values.join(', ')}, not "${text}"`)
  }
  if (field.type === 'date' && !isDate(text)) {
    throw new ConfigError(`${where}: must be a real date written YYYY-MM-DD, not "${text}"`)
  }
  return text
}

/** Check context written with kebab keys; `where(key)` names the source of each for errors. */
export function checkContext(values: Record<string, unknown>, where: (key: string) => string): ContextValues {
  const out: Record<string, string | boolean> = {}
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    // A Map lookup: "__proto__" or "constructor" from a YAML file is an unknown key like any other.
    const field = fieldOfKey(key)
    if (!field) throw new ConfigError(`${where(key)}: unknown key (known: ${contextKeys.join(', ')})`)
    out[key] = checkContextValue(field, value, where(key))
  }
  return out as ContextValues
}

/** The context keys, as written in front matter, config and flags. */
export const contextKeys: readonly ContextKey[] = contextFields.map((field) => field.key)

/**
 * Context named as the engine names it (`interviewDate`) in the words of flags, front matter and
 * config files (`interview-date`). Only the facts of the table: the applicant, today and how
 * sure the recipient is are not context a draft states. Other keys are kept, in kebab case, so
 * that {@link checkContext} refuses them by the name the caller used.
 */
export function contextWords(context: object): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(context)) {
    if (value === undefined || notStated.has(name)) continue
    out[fieldOfName(name)?.key ?? name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)] = value
  }
  return out
}

const notStated = new Set(['applicant', 'today', 'recipientConfidence'])

/** A JSON schema property per field, keyed by camel-case name: an editor's settings schema. */
export function contextSettingsSchema(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const field of contextFields) {
    const values = 'values' in field ? {enum: [...field.values]} : {}
    const date = field.type === 'date' ? {pattern: '^\\d{4}-\\d{2}-\\d{2}$'} : {}
    const described = field.type === 'date' ? `${field.description} Written YYYY-MM-DD.` : field.description
    out[field.name] = {type: field.type === 'flag' ? 'boolean' : 'string', ...values, ...date, description: described}
  }
  return out
}
