import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const rulesPackage = '@followup-lint/rules'

function isRulesPackage(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {name?: string}
    return manifest.name === rulesPackage
  } catch {
    return false
  }
}

/**
 * The folder that holds `<rule-id>/README.md`. A bundled server (the VS Code extension) ships
 * the READMEs in `rules/` beside itself; otherwise they are found in the installed
 * @followup-lint/rules package.
 */
export function findRuleDocsDir(from: string = import.meta.url): string | undefined {
  const beside = path.join(path.dirname(fileURLToPath(from)), 'rules')
  if (existsSync(beside)) return beside
  let entry: string
  try {
    entry = createRequire(from).resolve(rulesPackage)
  } catch {
    return undefined
  }
  for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
    if (isRulesPackage(dir)) return dir
    if (path.dirname(dir) === dir) return undefined
  }
}

/** Looks up, once per rule, the file:// URL of a rule's README, or undefined when it is missing. */
export function ruleDocs(dir: string | undefined = findRuleDocsDir()): (ruleId: string) => string | undefined {
  const urls = new Map<string, string | undefined>()
  return (ruleId) => {
    if (!urls.has(ruleId)) {
      const file = dir && /^[a-z0-9-]+$/.test(ruleId) ? path.join(dir, ruleId, 'README.md') : undefined
      urls.set(ruleId, file && existsSync(file) ? pathToFileURL(file).href : undefined)
    }
    return urls.get(ruleId)
  }
}
