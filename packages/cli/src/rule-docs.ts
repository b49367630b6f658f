import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'

const require = createRequire(import.meta.url)

/** The README of a rule inside the installed rules package. */
export function ruleReadmePath(ruleId: string): string {
  return path.join(path.dirname(require.resolve('@followup-lint/rules/package.json')), ruleId, 'README.md')
}

/**
 * The README of a rule as an absolute file URL, or undefined when it is missing. SARIF wants an
 * absolute URI, and a file URL works offline and always matches the installed rule.
 */
export function ruleReadmeUri(ruleId: string): string | undefined {
  try {
    const file = ruleReadmePath(ruleId)
    return existsSync(file) ? pathToFileURL(file).href : undefined
  } catch {
    return undefined
  }
}
