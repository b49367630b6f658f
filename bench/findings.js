// Prints every finding of the benchmark corpus and the long files, one line each, so that two
// builds can be compared: an optimization must leave this output unchanged.
//   node bench/findings.js > before.txt; (change, build); node bench/findings.js | diff before.txt -
import {createHash} from 'node:crypto'
import {createLinter} from '@followup-lint/core'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {generateDrafts, generateLong} from './corpus.js'

const linter = createLinter(defaultRules)
const context = {sentDate: '2026-02-28'}
const texts = [...generateDrafts(), generateLong(100_000), generateLong(1_000_000, 11)]
const all = createHash('sha256')
texts.forEach((text, index) => {
  const result = linter.lint(text, {context})
  const line = JSON.stringify([index, result.kind, result.score, result.scoreParts, result.messages])
  all.update(line)
  if (!process.argv.includes('--digest')) process.stdout.write(`${line}\n`)
})
// The Markdown path tokenizes a tree built from mdast instead of parsing plain text.
const drafts = generateDrafts().slice(0, 300)
for (const [index, text] of drafts.entries()) {
  const markdown = text.replace(/^Subject: (.*)$/m, '# $1').replace(/\b(rank list|program)\b/g, '**$1**')
  const result = await lintDraft(markdown, {filePath: '/bench/draft.md', rules: defaultRules, flags: {'sent-date': '2026-02-28'}})
  const line = JSON.stringify(['md', index, result.kind, result.score, result.messages])
  all.update(line)
  if (!process.argv.includes('--digest')) process.stdout.write(`${line}\n`)
}
if (process.argv.includes('--digest')) process.stdout.write(`${all.digest('hex')}\n`)
