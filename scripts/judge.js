// Scores the built linter against the judgement corpus (fixtures/corpus, or the folder named
// by FOLLOWUP_LINT_CORPUS): precision and recall per part and per rule, and the share of clean
// drafts that stay clean. Strict scores count a finding only with exactly the expected words;
// loose ones also when the flagged words of one hold the other's (where to start or stop the
// underline). `npm run judge`; `--verbose` also lists every missed or unexpected finding.
import {readFileSync} from 'node:fs'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '../packages/cli/dist/index.js'
import {compareFindings, corpusDrafts, expectedFindings, foundFindings} from '../test/corpus.js'
import {fixtureClock} from '../test/expected.js'

const verbose = process.argv.includes('--verbose')
const empty = () => ({tp: 0, fp: 0, fn: 0})
const byPart = new Map()
const byRule = new Map()
const entry = (map, key) => {
  if (!map.has(key)) map.set(key, {strict: empty(), loose: empty(), drafts: 0, clean: 0, cleanKept: 0})
  return map.get(key)
}
const ruleOf = (finding) => finding.slice(0, finding.indexOf(' '))

function count(tally, compared) {
  tally.tp += compared.truePositives
  tally.fp += compared.falsePositives.length
  tally.fn += compared.falseNegatives.length
}

for (const draft of corpusDrafts()) {
  const result = await lintDraft(readFileSync(draft.file, 'utf8'), {filePath: draft.file, rules: defaultRules, clock: fixtureClock})
  const expected = expectedFindings(draft.file)
  const found = foundFindings(result.messages)
  const part = entry(byPart, draft.part)
  part.drafts++
  if (draft.clean) {
    part.clean++
    if (result.messages.every((message) => message.severity === 'info')) part.cleanKept++
  }
  for (const mode of ['strict', 'loose']) {
    const compared = compareFindings(expected, found, {loose: mode === 'loose'})
    count(part[mode], compared)
    // Per rule: a rule's true positives are its expected findings that were matched.
    const rules = new Set([...expected, ...found].map(ruleOf))
    for (const rule of rules) {
      const mine = (list) => list.filter((finding) => ruleOf(finding) === rule)
      count(entry(byRule, rule)[mode], compareFindings(mine(expected), mine(found), {loose: mode === 'loose'}))
    }
    if (verbose && mode === 'strict') {
      for (const finding of compared.falsePositives) console.log(`${draft.part}/${draft.name}: unexpected ${finding}`)
      for (const finding of compared.falseNegatives) console.log(`${draft.part}/${draft.name}: missed ${finding}`)
    }
  }
}

const ratio = (a, b) => (b === 0 ? '-' : (a / b).toFixed(2))
const precision = ({tp, fp}) => ratio(tp, tp + fp)
const recall = ({tp, fn}) => ratio(tp, tp + fn)
const f1 = ({tp, fp, fn}) => (tp + fp + fn === 0 ? '-' : ((2 * tp) / (2 * tp + fp + fn)).toFixed(2))
console.log('| part | drafts | precision | recall | loose precision | loose recall | clean kept clean |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
const all = {strict: empty(), loose: empty(), drafts: 0, clean: 0, cleanKept: 0}
for (const [name, part] of [...byPart].sort()) {
  for (const mode of ['strict', 'loose']) for (const key of ['tp', 'fp', 'fn']) all[mode][key] += part[mode][key]
  for (const key of ['drafts', 'clean', 'cleanKept']) all[key] += part[key]
  console.log(
    `| ${name} | ${part.drafts} | ${precision(part.strict)} | ${recall(part.strict)} | ${precision(part.loose)} | ${recall(part.loose)} | ${part.cleanKept}/${part.clean} |`
  )
}
console.log(
  `| all | ${all.drafts} | ${precision(all.strict)} | ${recall(all.strict)} | ${precision(all.loose)} | ${recall(all.loose)} | ${all.cleanKept}/${all.clean} |`
)
console.log('\n| rule | precision | recall | F1 | loose F1 |')
console.log('| --- | --- | --- | --- | --- |')
for (const [name, rule] of [...byRule].sort()) {
  console.log(`| ${name} | ${precision(rule.strict)} | ${recall(rule.strict)} | ${f1(rule.strict)} | ${f1(rule.loose)} |`)
}
