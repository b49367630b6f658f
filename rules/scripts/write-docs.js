// Writes each rule's README.md and docs/rules.md from the rule data and the built linter.
// Run with `npm run docs`; a test fails while any of them is out of date.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {createLinter} from '@followup-lint/core'
import {defaultRules} from '../dist/index.js'
import {renderReadme, renderRulesTable} from '../dist/lib/docs.js'
import {loadRules, rulesDir} from './load.js'

const rules = loadRules()
const linter = createLinter(defaultRules)
for (const rule of rules) {
  writeFileSync(path.join(rulesDir, rule.id, 'README.md'), renderReadme(rule, linter))
}
writeFileSync(path.join(rulesDir, '..', 'docs', 'rules.md'), renderRulesTable(rules))
console.log(`wrote ${rules.length} rule READMEs and docs/rules.md`)
