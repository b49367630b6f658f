// The command line's part in gathering a draft's context and configuration: the context flags,
// linting one draft with its config, and `followup-lint init`.
import {writeFileSync} from 'node:fs'
import {type ContextKey, checkContextValue, contextKeys, DraftError, type LintResult} from '@followup-lint/core'
import {describe, InputError, lintDraft, starterConfig} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {Option} from 'commander'

const descriptions: Record<ContextKey, string> = {
  kind: 'what the message is: thank-you, correction, update, question or forward-request',
  recipient: 'who it goes to: coordinator, program-office, interviewer, program-director or faculty',
  policy: "the program's contact policy: open or no-faculty-contact",
  'interview-date': 'the interview day, YYYY-MM-DD',
  'sent-date': 'the day the message will be sent, YYYY-MM-DD (default: the Date header or a dated first line, else today for recent dates)',
  program: 'the program the message is for, as named in the applicant profile'
}

/** The context options, which win over front matter, headers and config. */
export function contextOptions(): Option[] {
  return contextKeys.map((key) => new Option(`--${key} <value>`, descriptions[key]))
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}

/** The context flags given, checked: a bad value is a one-line error naming the flag. */
export function contextFlags(options: object): Partial<Record<ContextKey, string>> {
  const flags: Partial<Record<ContextKey, string>> = {}
  for (const key of contextKeys) {
    const value = (options as Record<string, unknown>)[camel(key)]
    if (value !== undefined) flags[key] = checkContextValue(key, value, `--${key}`)
  }
  return flags
}

/** Lint one draft with the config that applies to it. */
export async function lintOne(
  text: string,
  filePath: string | undefined,
  flags: Partial<Record<ContextKey, string>>,
  configFile: string | undefined,
  template = false
): Promise<LintResult> {
  try {
    const result = await lintDraft(text, {
      rules: defaultRules,
      flags,
      ...(template ? {template} : {}),
      ...(filePath ? {filePath} : {}),
      ...(configFile ? {configFile} : {})
    })
    return {...result, filePath: filePath ?? '<stdin>'}
  } catch (error) {
    if (error instanceof DraftError) throw new InputError(error.message)
    throw error
  }
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
