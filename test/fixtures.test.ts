// Whole drafts: clean ones of every kind stay clean; flagged ones report what their
// .expected file says (refresh it with `npm run fixtures`, then read the diff).
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultLinter} from '../packages/cli/src/index.js'
import {formatExpected} from './expected.js'

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'drafts')
const drafts = readdirSync(dir).filter((name) => name.endsWith('.txt'))
const clean = drafts.filter((name) => name.startsWith('clean-'))
const flagged = drafts.filter((name) => name.startsWith('flagged-'))

function lint(name: string) {
  return defaultLinter().lint(readFileSync(path.join(dir, name), 'utf8'))
}

describe('clean drafts', () => {
  it('cover every kind of follow-up', () => {
    for (const kind of ['thank-you', 'correction', 'update', 'question', 'forward-request']) {
      expect(clean).toContain(`clean-${kind}.txt`)
    }
  })

  it.each(clean)('%s has no errors or warnings', (name) => {
    const result = lint(name)
    expect(result.messages.filter((m) => m.severity !== 'info')).toEqual([])
    expect(result.score).toBe(0)
  })
})

describe('flagged drafts', () => {
  it('are at least eight', () => {
    expect(flagged.length).toBeGreaterThanOrEqual(8)
  })

  it.each(flagged)('%s reports what its .expected file says', (name) => {
    const expected = readFileSync(path.join(dir, `${name}.expected`), 'utf8')
    const result = lint(name)
    expect(result.errorCount + result.warningCount).toBeGreaterThan(0)
    expect(formatExpected(result.messages)).toBe(expected)
  })
})
