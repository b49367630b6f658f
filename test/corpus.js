// The judgement corpus: whole drafts written to test how a letter is read (whose words, about
// whom, asserted or denied, to whom, when), each beside the findings a careful reader expects.
// Shared by the corpus test and `npm run judge`, which scores the linter against it.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

// `npm run judge` may score another corpus of the same layout, named by FOLLOWUP_LINT_CORPUS.
export const corpusDir =
  process.env.FOLLOWUP_LINT_CORPUS ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus')

const draftName = /^(clean|flagged)-[a-z0-9-]+\.(txt|md|eml)$/

/** Every draft of the corpus: its part (folder), path, whether it must stay clean. */
export function corpusDrafts() {
  const drafts = []
  for (const part of readdirSync(corpusDir, {withFileTypes: true})) {
    if (!part.isDirectory()) continue
    for (const name of readdirSync(path.join(corpusDir, part.name)).sort()) {
      if (!draftName.test(name)) continue
      drafts.push({part: part.name, name, file: path.join(corpusDir, part.name, name), clean: name.startsWith('clean-')})
    }
  }
  return drafts
}

/**
 * The findings a draft should get, from its `.expected` file: one line per finding, the rule
 * id and the flagged words as JSON (`ranking-pressure "you are my #1"`). A clean draft has no
 * such file, or an empty one. Lines starting with `#` are comments.
 */
export function expectedFindings(file) {
  const expected = `${file}.expected`
  if (!existsSync(expected)) return []
  return readFileSync(expected, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-z][a-z-]*)\s+(".*")\s*$/.exec(line)
      if (!match) throw new Error(`${expected}: cannot read line ${JSON.stringify(line)}`)
      return `${match[1]} ${JSON.stringify(JSON.parse(match[2]))}`
    })
}

/** The findings the linter gave, in the same form. */
export function foundFindings(messages) {
  return messages.map((message) => `${message.ruleId} ${JSON.stringify(message.actual)}`)
}

/** The rule id and the flagged words of a finding in the form above. */
function parts(finding) {
  const space = finding.indexOf(' ')
  return {rule: finding.slice(0, space), words: JSON.parse(finding.slice(space + 1))}
}

/**
 * Whether two findings agree loosely: the same rule, and the flagged words of one hold the
 * other's ("my top choice" within "you are my top choice"), so that where a reader would
 * start or stop underlining does not count as a miss.
 */
export function sameLoosely(a, b) {
  const left = parts(a)
  const right = parts(b)
  return left.rule === right.rule && (left.words.includes(right.words) || right.words.includes(left.words))
}

/**
 * True positives, false positives and false negatives of one draft, as multisets; with
 * `loose`, findings match as {@link sameLoosely} says, exact matches first.
 */
export function compareFindings(expected, found, {loose = false} = {}) {
  const left = [...expected]
  const falsePositives = []
  let truePositives = 0
  const unmatched = []
  for (const finding of found) {
    const at = left.indexOf(finding)
    if (at >= 0) {
      left.splice(at, 1)
      truePositives++
    } else {
      unmatched.push(finding)
    }
  }
  for (const finding of unmatched) {
    const at = loose ? left.findIndex((other) => sameLoosely(finding, other)) : -1
    if (at >= 0) {
      left.splice(at, 1)
      truePositives++
    } else {
      falsePositives.push(finding)
    }
  }
  return {truePositives, falsePositives, falseNegatives: left}
}
