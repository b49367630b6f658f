import path from 'node:path'
import type {LintResult} from '@followup-lint/core'
import {ESLint} from 'eslint'
import {describe, expect, it} from 'vitest'
import {defaultLinter} from '../index.js'
import {formatJson} from './json.js'

const cwd = path.join(path.sep, 'work', 'drafts')

function json(results: LintResult[]) {
  return JSON.parse(formatJson(results, {cwd}))
}

// A draft with an error, a safe rewrite (a warning) and an info hint.
const text = 'Dear Ms. Ames,\n\nThank you so so much for the tour. You are my #1 program.\n\nBest,\nJo Lee\n'
const result = {...defaultLinter().lint(text, {context: {kind: 'update'}}), filePath: 'sub/a.txt'}

describe('JSON', () => {
  it('has the fields of an ESLint result, with their meanings, and ours beside them', () => {
    const [entry] = json([result])
    expect(entry).toMatchObject({
      filePath: path.join(cwd, 'sub', 'a.txt'),
      suppressedMessages: [],
      fatalErrorCount: 0,
      usedDeprecatedRules: [],
      score: result.score,
      kind: 'update'
    })
    const bySeverity = (severity: number) => entry.messages.filter((message: {severity: number}) => message.severity === severity)
    expect(entry.errorCount).toBe(bySeverity(2).length)
    // ESLint counts every severity-1 message as a warning: ours and info hints alike.
    expect(entry.warningCount).toBe(bySeverity(1).length)
    expect(entry.warningCount).toBe(result.warningCount + result.infoCount)
    expect(entry.infoCount).toBe(result.infoCount)
    expect(result.infoCount).toBeGreaterThan(0)
  })

  it('gives each message ESLint severities, our level, offsets and the rule page', () => {
    const [entry] = json([result])
    for (const [index, message] of entry.messages.entries()) {
      const finding = result.messages[index]!
      expect(message).toMatchObject({
        ruleId: finding.ruleId,
        severity: {error: 2, warning: 1, info: 1}[finding.severity],
        level: finding.severity,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        offset: finding.offset,
        endOffset: finding.endOffset,
        url: `https://github.com/followup-lint/followup-lint/blob/main/rules/${finding.ruleId}/README.md`
      })
    }
  })

  it('offers a safe rewrite as the fix and every rewrite as a suggestion, on the same range', () => {
    const [entry] = json([result])
    const casual = entry.messages.find((message: {ruleId: string}) => message.ruleId === 'informal-tone')
    expect(text.slice(...(casual.fix.range as [number, number]))).toBe('Thank you so so much')
    expect(casual.fix.text).toBe('Thank you very much')
    expect(casual.suggestions[0]).toEqual({desc: 'Replace with “Thank you very much”', fix: casual.fix, safe: true})
    const rank = entry.messages.find((message: {ruleId: string}) => message.ruleId === 'ranking-pressure')
    expect(rank).not.toHaveProperty('fix')
    expect(rank.suggestions[0]).toMatchObject({safe: false, fix: {range: [rank.offset, rank.endOffset]}})
    expect(entry.fixableWarningCount).toBe(1)
    expect(entry.fixableErrorCount).toBe(0)
  })

  it('keeps a name such as <stdin> as it is', () => {
    expect(json([{...result, filePath: '<stdin>'}])[0].filePath).toBe('<stdin>')
  })

  it('is read by an ESLint formatter', async () => {
    const formatter = await new ESLint({cwd}).loadFormatter('stylish')
    const output = await formatter.format(json([result]), {cwd, rulesMeta: {}})
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '')
    expect(plain).toContain(path.join(cwd, 'sub', 'a.txt'))
    const rank = result.messages.find((message) => message.ruleId === 'ranking-pressure')!
    expect(plain).toMatch(new RegExp(`${rank.line}:${rank.column}\\s+error\\s+.*my #1.*\\s+ranking-pressure`))
    expect(plain).toMatch(/3:1\s+warning\s+“Thank you so so much” is casual/)
    expect([result.messages.length, result.errorCount, result.warningCount + result.infoCount]).toEqual([4, 1, 3])
    expect(plain).toContain('✖ 4 problems (1 error, 3 warnings)')
    expect(plain).toContain('0 errors and 1 warning potentially fixable with the `--fix` option.')
  })
})
