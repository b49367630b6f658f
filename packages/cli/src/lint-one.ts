// Linting one draft with the config that applies to it, as the main thread and every worker
// thread of a parallel run do.
import {ConfigError, type ContextValues, DraftError, type LintResult} from '@followup-lint/core'
import {InputError, lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'

/** Lint one draft with the config that applies to it. */
export async function lintOne(
  text: string,
  filePath: string | undefined,
  flags: ContextValues,
  configFile: string | undefined
): Promise<LintResult> {
  try {
    const result = await lintDraft(text, {
      rules: defaultRules,
      flags,
      ...(filePath ? {filePath} : {}),
      ...(configFile ? {configFile} : {})
    })
    return {...result, filePath: filePath ?? '<stdin>'}
  } catch (error) {
    if (error instanceof DraftError) throw new InputError(error.message)
    throw error
  }
}

/** Whether an error is the user's to fix (a draft, a config file, a path), said in one line. */
export function isUserError(error: unknown): error is Error {
  return error instanceof InputError || error instanceof ConfigError || error instanceof DraftError
}
