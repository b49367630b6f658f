// --fix on a copy of every flagged fixture: it changes exactly what the safe suggestions of the
// first lint say, nothing else, and a second run changes nothing at all.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {lintDraft} from '@followup-lint/core/node'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../packages/cli/src/index.js'

const root = path.join(import.meta.dirname, '..')
const bin = path.join(root, 'packages', 'cli', 'bin', 'followup-lint.js')
const drafts = path.join(root, 'fixtures', 'drafts')
const flagged = readdirSync(drafts).filter((name) => name.startsWith('flagged-') && /\.(txt|md|eml)$/.test(name))

/** The text with the first safe suggestion of each finding applied, overlapping ones skipped. */
function applySafe(text: string, findings: {offset: number; endOffset: number; suggestions?: {text: string; safe: boolean}[]}[]): string {
  const edits = findings
    .map((finding) => ({finding, text: finding.suggestions?.find((suggestion) => suggestion.safe)?.text}))
    .filter((edit): edit is {finding: (typeof findings)[number]; text: string} => edit.text !== undefined)
    .sort((a, b) => a.finding.offset - b.finding.offset)
  let out = ''
  let at = 0
  for (const {finding, text: replacement} of edits) {
    if (finding.offset < at) continue
    out += text.slice(at, finding.offset) + replacement
    at = finding.endOffset
  }
  return out + text.slice(at)
}

describe('--fix on every flagged fixture', () => {
  it.each(flagged)('%s', async (name) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-fix-'))
    const copy = path.join(dir, name)
    copyFileSync(path.join(drafts, name), copy)
    const original = readFileSync(copy, 'utf8')
    const before = await lintDraft(original, {filePath: copy, rules: defaultRules})
    const expected = applySafe(original, before.messages)

    const first = spawnSync(process.execPath, [bin, '--fix', copy], {encoding: 'utf8'})
    const fixed = readFileSync(copy, 'utf8')
    expect(fixed).toBe(expected)
    // It says what it rewrote, and nothing when it rewrote nothing.
    expect(first.stderr).toBe(fixed === original ? '' : `followup-lint: fixed ${copy}\n`)

    const mtime = statSync(copy).mtimeMs
    const second = spawnSync(process.execPath, [bin, '--fix', copy], {encoding: 'utf8'})
    expect(second.status).toBe(first.status)
    expect(second.stderr).toBe('')
    expect(readFileSync(copy, 'utf8')).toBe(fixed)
    expect(statSync(copy).mtimeMs).toBe(mtime)
    const dry = spawnSync(process.execPath, [bin, '--fix-dry-run', copy], {encoding: 'utf8'})
    expect(dry.stdout).toBe('')
  })

  it('has fixtures where a safe rewrite really applies', async () => {
    let changed = 0
    for (const name of flagged) {
      const text = readFileSync(path.join(drafts, name), 'utf8')
      const result = await lintDraft(text, {filePath: path.join(drafts, name), rules: defaultRules})
      if (applySafe(text, result.messages) !== text) changed++
    }
    expect(changed).toBeGreaterThan(0)
  })
})

describe('--fix on an email whose body is transfer-encoded', () => {
  it('leaves the file as it was: the findings are reported on the part, not where the words are', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-fix-'))
    const file = path.join(dir, 'thanks.eml')
    const raw = [
      'From: ana@example.org',
      'To: office@example.org',
      'Subject: Thanks',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Dear Dr. Lee,=0A=0Athx for the tour!! It was awesome.=0A=0ASincerely,=0AAna Ruiz',
      ''
    ].join('\n')
    writeFileSync(file, raw)
    const report = JSON.parse(spawnSync(process.execPath, [bin, '-f', 'json', file], {encoding: 'utf8'}).stdout)[0]
    expect(report.messages.map((m: {ruleId: string}) => m.ruleId)).toContain('informal-tone')
    expect(report.messages.every((m: {suggestions?: unknown}) => m.suggestions === undefined)).toBe(true)
    spawnSync(process.execPath, [bin, '--fix', file], {encoding: 'utf8'})
    expect(readFileSync(file, 'utf8')).toBe(raw)
  })
})
