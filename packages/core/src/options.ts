// A rule's options are declared in its rule.yml next to their defaults: a whole number of days
// from 1 to 60, a weight from 0 to 100, a list of strings, one of a few words. What a config
// file, an editor or a caller gives is checked against that, so that `thankYouDays: 0` or a
// weight of 1e9 is refused with the key that holds it instead of giving silly results.
import type {OptionType} from './types.js'

/**
 * The declaration of an option that has none (a rule written in code may leave it out): the
 * type of its default, and for a number no less than 0.
 */
function inferred(model: unknown): OptionType | undefined {
  if (typeof model === 'number') return {type: Number.isInteger(model) ? 'integer' : 'number', min: 0, max: Infinity}
  if (typeof model === 'boolean') return {type: 'boolean'}
  if (typeof model === 'string') return {type: 'string'}
  if (Array.isArray(model)) return model.every((item) => typeof item === 'string') ? {type: 'string[]'} : undefined
  if (model !== null && typeof model === 'object') {
    const values = inferred(Object.values(model)[0])
    return values ? {type: 'table', keys: Object.keys(model), values} : undefined
  }
  return undefined
}

function quoted(values: readonly string[]): string {
  const shown = values.map((value) => JSON.stringify(value))
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown.join('')
}

/** What an option of a declared type takes, in words: "a whole number from 1 to 60". */
export function describeOption(declared: OptionType): string {
  switch (declared.type) {
    case 'boolean':
      return 'true or false'
    case 'integer':
    case 'number': {
      const what = declared.type === 'integer' ? 'a whole number' : 'a number'
      return declared.max === Infinity ? `${what} of ${declared.min} or more` : `${what} from ${declared.min} to ${declared.max}`
    }
    case 'string':
      return declared.values ? `one of ${quoted(declared.values)}` : 'a string'
    case 'string[]':
      return declared.values ? `a list of ${quoted(declared.values)}` : 'a list of strings'
    case 'table':
      return `a table with keys ${declared.keys.join(', ')}, each ${describeOption(declared.values)}`
  }
}

/** The reason `value` cannot stand where an option of type `declared` stands, or undefined. */
function problem(declared: OptionType, value: unknown, path: string): string | undefined {
  const refuse = (expected: string) => `${path}: must be ${expected}, not ${JSON.stringify(value) ?? String(value)}`
  switch (declared.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : refuse(describeOption(declared))
    case 'integer':
    case 'number': {
      const ok =
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (declared.type === 'number' || Number.isInteger(value)) &&
        value >= declared.min &&
        value <= declared.max
      return ok ? undefined : refuse(describeOption(declared))
    }
    case 'string':
      return typeof value === 'string' && (!declared.values || declared.values.includes(value)) ? undefined : refuse(describeOption(declared))
    case 'string[]': {
      if (!Array.isArray(value)) return refuse(describeOption(declared))
      const item: OptionType = {type: 'string', ...(declared.values ? {values: declared.values} : {})}
      for (const [index, element] of value.entries()) {
        const found = problem(item, element, `${path}[${index}]`)
        if (found) return found
      }
      return undefined
    }
    case 'table': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return refuse('a table of keys and values')
      for (const [key, element] of Object.entries(value)) {
        if (!declared.keys.includes(key)) return `${path}.${key}: unknown key (known: ${declared.keys.join(', ')})`
        const found = problem(declared.values, element, `${path}.${key}`)
        if (found) return found
      }
      return undefined
    }
  }
}

/**
 * Check options given for a rule against its declared option types (`types`, from rule.yml),
 * or, for an option without one, against the type of its default. Returns the first problem,
 * as `where.key: reason`, or undefined. Keys the rule does not have are a problem too.
 */
export function optionProblem(
  defaults: Record<string, unknown> | undefined,
  options: Record<string, unknown>,
  where: string,
  types?: Record<string, OptionType>
): string | undefined {
  for (const [key, value] of Object.entries(options)) {
    if (!defaults || !Object.hasOwn(defaults, key)) {
      const names = Object.keys(defaults ?? {})
      return `${where}: unknown option "${key}" (${names.length ? `known: ${names.join(', ')}` : 'the rule takes none'})`
    }
    const declared = types && Object.hasOwn(types, key) ? types[key] : inferred(defaults[key])
    const found = declared && problem(declared, value, `${where}.${key}`)
    if (found) return found
  }
  return undefined
}

/**
 * A rule's options: its defaults with the given options over them. A table given in part keeps
 * the default for each key it leaves out, so `budgets: {update: 300}` changes one budget only.
 */
export function withDefaults(defaults: Record<string, unknown> | undefined, options: Record<string, unknown> | undefined): Record<string, unknown> {
  const merged: Record<string, unknown> = {...defaults, ...options}
  for (const [key, value] of Object.entries(options ?? {})) {
    const model = defaults?.[key]
    const isTable = (item: unknown) => item !== null && typeof item === 'object' && !Array.isArray(item)
    if (isTable(model) && isTable(value)) merged[key] = {...(model as object), ...(value as object)}
  }
  return merged
}
