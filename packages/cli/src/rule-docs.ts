import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/**
 * The folder that holds `<rule-id>/README.md`: `rules/` beside the bundle in the published
 * package, which has no rules package to look in, or else the rules workspace package.
 */
function docsDir(): string {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rules')
  if (existsSync(beside)) return beside
  return path.dirname(createRequire(import.meta.url).resolve('@followup-lint/rules/package.json'))
}

let dir: string | undefined

/** The README of a rule. */
export function ruleReadmePath(ruleId: string): string {
  dir ??= docsDir()
  return path.join(dir, ruleId, 'README.md')
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
