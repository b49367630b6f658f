// Scores the built linter against the judgement corpus (fixtures/corpus): precision and
// recall per part and per rule, and the share of clean drafts that stay clean.
// `npm run judge`; `--verbose` also lists every missed or unexpected finding.
import {readFileSync} from 'node:fs'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '../packages/cli/dist/index.js'
import {compareFindings, corpusDrafts, expectedFindings, foundFindings} from '../test/corpus.js'
import {fixtureClock} from '../test/expected.js'

const verbose = process.argv.includes('--verbose')
const byPart = new Map()
const byRule = new Map()
const tally = (map, key) => {
  if (!map.has(key)) map.set(key, {tp: 0, fp: 0, fn: 0, drafts: 0, clean: 0, cleanKept: 0})
  return map.get(key)
}
const ruleOf = (finding) => finding.slice(0, finding.indexOf(' '))

for (const draft of corpusDrafts()) {
  const result = await lintDraft(readFileSync(draft.file, 'utf8'), {filePath: draft.file, rules: defaultRules, clock: fixtureClock})
  const expected = expectedFindings(draft.file)
  const found = foundFindings(result.messages)
  const {truePositives, falsePositives, falseNegatives} = compareFindings(expected, found)
  const part = tally(byPart, draft.part)
  part.drafts++
  part.tp += truePositives
  part.fp += falsePositives.length
  part.fn += falseNegatives.length
  if (draft.clean) {
    part.clean++
    if (result.messages.every((message) => message.severity === 'info')) part.cleanKept++
  }
  for (const finding of expected) tally(byRule, ruleOf(finding))
  for (const finding of falsePositives) tally(byRule, ruleOf(finding)).fp++
  for (const finding of falseNegatives) tally(byRule, ruleOf(finding)).fn++
  const matched = [...expected]
  for (const finding of found) {
    const at = matched.indexOf(finding)
    if (at >= 0) {
      matched.splice(at, 1)
      tally(byRule, ruleOf(finding)).tp++
    }
  }
  if (verbose) {
    for (const finding of falsePositives) console.log(`${draft.part}/${draft.name}: unexpected ${finding}`)
    for (const finding of falseNegatives) console.log(`${draft.part}/${draft.name}: missed ${finding}`)
  }
}

const ratio = (a, b) => (b === 0 ? '-' : (a / b).toFixed(2))
const f1 = ({tp, fp, fn}) => (tp === 0 ? (fp + fn === 0 ? '-' : '0.00') : ((2 * tp) / (2 * tp + fp + fn)).toFixed(2))
console.log('| part | drafts | precision | recall | clean kept clean |')
console.log('| --- | --- | --- | --- | --- |')
const all = {tp: 0, fp: 0, fn: 0, drafts: 0, clean: 0, cleanKept: 0}
for (const [name, part] of [...byPart].sort()) {
  for (const key of Object.keys(all)) all[key] += part[key]
  console.log(`| ${name} | ${part.drafts} | ${ratio(part.tp, part.tp + part.fp)} | ${ratio(part.tp, part.tp + part.fn)} | ${part.cleanKept}/${part.clean} |`)
}
console.log(`| all | ${all.drafts} | ${ratio(all.tp, all.tp + all.fp)} | ${ratio(all.tp, all.tp + all.fn)} | ${all.cleanKept}/${all.clean} |`)
console.log('\n| rule | precision | recall | F1 |')
console.log('| --- | --- | --- | --- |')
for (const [name, rule] of [...byRule].sort()) {
  console.log(`| ${name} | ${ratio(rule.tp, rule.tp + rule.fp)} | ${ratio(rule.tp, rule.tp + rule.fn)} | ${f1(rule)} |`)
}
