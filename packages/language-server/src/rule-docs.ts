import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Rule} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'

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
 * the READMEs in `rules/` beside itself, for its command that shows one; otherwise they are
 * found in the installed @followup-lint/rules package.
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

/**
 * The public address of each rule's documentation, from the rules' own metadata: an editor can
 * open it wherever the server runs, which a path inside an installed package cannot promise.
 */
export function ruleDocs(rules: readonly Rule[] = defaultRules): (ruleId: string) => string | undefined {
  const urls = new Map(rules.map((rule) => [rule.meta.id, rule.meta.url]))
  return (ruleId) => urls.get(ruleId)
}
