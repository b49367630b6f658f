// Whole drafts: clean ones of every kind stay clean; flagged ones report what their
// .expected file says (refresh it with `npm run fixtures`, then read the diff).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '../packages/cli/src/index.js'
import {fixtureClock, formatExpected} from './expected.js'

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'drafts')
const drafts = readdirSync(dir).filter((name) => /\.(txt|md|eml)$/.test(name))
const clean = drafts.filter((name) => name.startsWith('clean-'))
const flagged = drafts.filter((name) => name.startsWith('flagged-'))

// Each draft as the command reads it: its format from its extension, a fixed today.
function lint(name: string) {
  return lintDraft(readFileSync(path.join(dir, name), 'utf8'), {filePath: path.join(dir, name), rules: defaultRules, clock: fixtureClock})
}

describe('clean drafts', () => {
  it('cover every kind of follow-up', () => {
    for (const kind of ['thank-you', 'correction', 'update', 'question', 'forward-request']) {
      expect(clean).toContain(`clean-${kind}.txt`)
    }
  })

  it.each(clean)('%s has no errors or warnings', async (name) => {
    const result = await lint(name)
    expect(result.messages.filter((m) => m.severity !== 'info')).toEqual([])
    expect(result.score).toBe(0)
  })
})

describe('flagged drafts', () => {
  it('are at least eight', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(8)
  })

  it.each(flagged)('%s reports what its .expected file says', async (name) => {
    const expected = readFileSync(path.join(dir, `${name}.expected`), 'utf8')
    const result = await lint(name)
    expect(result.errorCount + result.warningCount).toBeGreaterThan(0)
    expect(formatExpected(result.messages)).toBe(expected)
  })
})

describe('one draft in three formats', () => {
  it('gives the same findings as .txt, .md and .eml: the same rules on the same words', async () => {
    const found = await Promise.all(
      ['txt', 'md', 'eml'].map(async (extension) =>
        (await lint(`flagged-three-formats.${extension}`)).messages.map((m) => `${m.ruleId} ${m.actual}`)
      )
    )
    expect(found[0]!.length).toBeGreaterThan(4)
    expect(found[1]).toEqual(found[0])
    expect(found[2]).toEqual(found[0])
  })
})
