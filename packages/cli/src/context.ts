// The command line's part in gathering a draft's context and configuration: the context flags
// and `followup-lint init`. Linting one draft with its config is in lint-one.ts, which worker
// threads load without the option parser.
import {writeFileSync} from 'node:fs'
import {checkContextValue, type ContextField, type ContextValues, contextFields} from '@followup-lint/core'
import {describe, InputError, starterConfig} from '@followup-lint/core/node'
import {Option} from 'commander'

// Help in the words of the other options: lower case, no full stop, the values listed.
function help(field: ContextField): string {
  const what = field.description.charAt(0).toLowerCase() + field.description.slice(1).replace(/\.$/, '')
  return field.type === 'choice' ? `${what}: ${field.values.join(', ')}` : what
}

const placeholder = {choice: ' <value>', date: ' <YYYY-MM-DD>', text: ' <text>', flag: ''}

/** A flag per context field, which wins over front matter, headers and config. */
export function contextOptions(): Option[] {
  return contextFields.map((field) => new Option(`--${field.key}${placeholder[field.type]}`, help(field)))
}

/** The context flags given, checked: a bad value is a one-line error naming the flag. */
export function contextFlags(options: object): ContextValues {
  const flags: Record<string, unknown> = {}
  for (const field of contextFields) {
    // Commander names an option's value by the camel-case of its flag, as the table does.
    const value = (options as Record<string, unknown>)[field.name]
    if (value !== undefined) flags[field.key] = checkContextValue(field, value, `--${field.key}`)
  }
  return flags as ContextValues
}

/** Write the starter config into the working folder, refusing to replace one. */
export async function initConfig(): Promise<number> {
  const file = '.followuplintrc.yaml'
  // "wx" creates the file or fails: never through a symbolic link, dangling or not.
  try {
    writeFileSync(file, starterConfig, {flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new InputError(`${file} already exists; not overwriting it`)
    throw new InputError(`${file}: ${describe(error)}`)
  }
  process.stdout.write(`wrote ${file}\n`)
  return 0
}
