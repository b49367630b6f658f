// The judgement corpus (fixtures/corpus): every draft gets exactly the findings a careful
// reader expects, and every part has enough drafts, half of them clean.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '../packages/cli/src/index.js'
import {compareFindings, corpusDir, corpusDrafts, expectedFindings, foundFindings} from './corpus.js'
import {fixtureClock} from './expected.js'

const drafts = corpusDrafts()
const parts = [...new Set(drafts.map((draft) => draft.part))]


describe.each(parts)('corpus part %s', (part) => {
  const mine = drafts.filter((draft) => draft.part === part)

  it('has at least 15 drafts, at least half of them clean', () => {
    expect(mine.length).toBeGreaterThanOrEqual(15)
    expect(mine.filter((draft) => draft.clean).length * 2).toBeGreaterThanOrEqual(mine.length)
  })

  const lint = (draft: (typeof drafts)[number]) =>
    lintDraft(readFileSync(draft.file, 'utf8'), {filePath: draft.file, rules: defaultRules, clock: fixtureClock})
  const scoresFile = path.join(corpusDir, part, 'scores.json')

  if (existsSync(scoresFile)) {
    // A part written blind is held to its scores, not to each finding, and where a reader
    // would start or stop the underline does not count (see sameLoosely).
    const wanted = JSON.parse(readFileSync(scoresFile, 'utf8')) as {precision: number; recall: number; cleanKeptClean: number}
    it('scores at least what its scores.json asks', async () => {
      let truePositives = 0
      let falsePositives = 0
      let falseNegatives = 0
      let clean = 0
      let kept = 0
      for (const draft of mine) {
        const result = await lint(draft)
        const compared = compareFindings(expectedFindings(draft.file), foundFindings(result.messages), {loose: true})
        truePositives += compared.truePositives
        falsePositives += compared.falsePositives.length
        falseNegatives += compared.falseNegatives.length
        if (draft.clean) {
          clean++
          if (result.messages.every((message) => message.severity === 'info')) kept++
        }
      }
      expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(wanted.precision)
      expect(truePositives / (truePositives + falseNegatives)).toBeGreaterThanOrEqual(wanted.recall)
      expect(kept / clean).toBeGreaterThanOrEqual(wanted.cleanKeptClean)
    })
    return
  }

  it.each(mine.map((draft) => [draft.name, draft] as const))('%s gets what a careful reader expects', async (_, draft) => {
    const expected = expectedFindings(draft.file)
    if (draft.clean) expect(expected).toEqual([])
    else expect(expected.length).toBeGreaterThan(0)
    const {falsePositives, falseNegatives} = compareFindings(expected, foundFindings((await lint(draft)).messages))
    expect({falsePositives, falseNegatives}).toEqual({falsePositives: [], falseNegatives: []})
  })
})

it('covers every part of reading a letter', () => {
  expect(parts).toEqual(
    expect.arrayContaining(['zones', 'quotation', 'polarity', 'names', 'recipient', 'dates', 'placeholders'])
  )
})
