// Rewrites the expected findings beside each flagged fixture from what the linter reports now.
// Run it on purpose (`npm run fixtures`) after a rule change, and read the diff before committing.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '../packages/cli/dist/index.js'
import {fixtureClock, formatExpected} from '../test/expected.js'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'drafts')
let count = 0
for (const name of readdirSync(dir).sort()) {
  if (!name.startsWith('flagged-') || name.endsWith('.expected')) continue
  const file = path.join(dir, name)
  const result = await lintDraft(readFileSync(file, 'utf8'), {filePath: file, rules: defaultRules, clock: fixtureClock})
  writeFileSync(`${file}.expected`, formatExpected(result.messages))
  count++
}
console.log(`wrote the expected findings of ${count} flagged fixtures`)

// The benchmark corpus's findings, which speed work must leave unchanged.
const {createLinter} = await import('@followup-lint/core')
const {benchFindings} = await import('../test/bench-findings.js')
const benchFile = path.resolve(dir, '..', '..', 'test', 'bench-findings.expected')
writeFileSync(benchFile, await benchFindings({createLinter, lintDraft, defaultRules}))
console.log('wrote the findings of the benchmark corpus')
