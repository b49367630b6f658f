// A rule's options have the types of their defaults in rule.yml: a number of days is a whole
// number, a list of words is a list of strings, a table of budgets has the default's keys.
// What a config file, an editor or a caller gives is checked against them, so that
// `thankYouDays: "seven"` is refused instead of quietly flagging every thank-you.

/** The reason `value` cannot stand where `model` (the default) stands, or undefined when it can. */
function problem(model: unknown, value: unknown, path: string): string | undefined {
  const shown = JSON.stringify(value) ?? String(value)
  if (typeof model === 'number') {
    const whole = Number.isInteger(model)
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= 0 && (!whole || Number.isInteger(value))
    return ok ? undefined : `${path}: must be ${whole ? 'a whole number' : 'a number'} of 0 or more, not ${shown}`
  }
  if (typeof model === 'boolean') return typeof value === 'boolean' ? undefined : `${path}: must be true or false, not ${shown}`
  if (typeof model === 'string') return typeof value === 'string' ? undefined : `${path}: must be a string, not ${shown}`
  if (Array.isArray(model)) {
    if (!Array.isArray(value)) return `${path}: must be a list, not ${shown}`
    const item = model[0] ?? ''
    for (const [index, element] of value.entries()) {
      const found = problem(item, element, `${path}[${index}]`)
      if (found) return found
    }
    return undefined
  }
  if (model !== null && typeof model === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${path}: must be a table of keys and values, not ${shown}`
    const known = Object.keys(model)
    for (const [key, element] of Object.entries(value)) {
      if (!Object.hasOwn(model, key)) return `${path}.${key}: unknown key (known: ${known.join(', ')})`
      const found = problem((model as Record<string, unknown>)[key], element, `${path}.${key}`)
      if (found) return found
    }
    return undefined
  }
  return undefined
}

/**
 * Check options given for a rule against its defaults. Returns the first problem, as
 * `where.key: reason`, or undefined. Keys the rule does not have are a problem too.
 */
export function optionProblem(defaults: Record<string, unknown> | undefined, options: Record<string, unknown>, where: string): string | undefined {
  for (const [key, value] of Object.entries(options)) {
    if (!defaults || !Object.hasOwn(defaults, key)) {
      const names = Object.keys(defaults ?? {})
      return `${where}: unknown option "${key}" (${names.length ? `known: ${names.join(', ')}` : 'the rule takes none'})`
    }
    const found = problem(defaults[key], value, `${where}.${key}`)
    if (found) return found
  }
  return undefined
}
