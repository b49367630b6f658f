// The judgement corpus (fixtures/corpus): every draft gets exactly the findings a careful
// reader expects, and every part has enough drafts, half of them clean.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '../packages/cli/src/index.js'
import {compareFindings, corpusDrafts, expectedFindings, foundFindings} from './corpus.js'
import {fixtureClock} from './expected.js'

const drafts = corpusDrafts()
const parts = [...new Set(drafts.map((draft) => draft.part))]

it('has its parts', () => {
  expect(parts.length).toBeGreaterThan(0)
})

describe.each(parts)('corpus part %s', (part) => {
  const mine = drafts.filter((draft) => draft.part === part)

  it('has at least 15 drafts, at least half of them clean', () => {
    expect(mine.length).toBeGreaterThanOrEqual(15)
    expect(mine.filter((draft) => draft.clean).length * 2).toBeGreaterThanOrEqual(mine.length)
  })

  it.each(mine.map((draft) => [draft.name, draft] as const))('%s gets what a careful reader expects', async (_, draft) => {
    const expected = expectedFindings(draft.file)
    if (draft.clean) expect(expected).toEqual([])
    else expect(expected.length).toBeGreaterThan(0)
    const result = await lintDraft(readFileSync(draft.file, 'utf8'), {filePath: draft.file, rules: defaultRules, clock: fixtureClock})
    const {falsePositives, falseNegatives} = compareFindings(expected, foundFindings(result.messages))
    expect({falsePositives, falseNegatives}).toEqual({falsePositives: [], falseNegatives: []})
  })
})
