import type {Diagnostic, LintResult} from '@followup-lint/core'
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {formatStylish, wrap} from './stylish.js'

function finding(ruleId: string, severity: Diagnostic['severity'], message: string, line: number): Diagnostic {
  return {ruleId, severity, message, line, column: 1, endLine: line, endColumn: 9, offset: 0, endOffset: 8, actual: 'whatever'}
}

function result(filePath: string, messages: Diagnostic[]): LintResult {
  const count = (severity: string) => messages.filter((message) => message.severity === severity).length
  return {filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info'), score: 0, scoreParts: [], kind: 'thank-you'}
}

const long =
  '“my number one choice” tells the program where it sits on your rank list; say what draws you to it instead, in a sentence of your own.'
const results = [
  result('b.txt', [finding('ranking-pressure', 'error', long, 5), finding('informal-tone', 'warning', '“u” is text-speak.', 7)]),
  result('a.txt', []),
  result('c.txt', [finding('flattery', 'info', `${long} 🎉🎉🎉`, 2)])
]

describe('stylish output', () => {
  it('fits every line to the width, rule ids on the first line of their finding', () => {
    for (const width of [60, 80, 120]) {
      const lines = formatStylish(results, {color: false, width}).trimEnd().split('\n')
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width)
      expect(lines.filter((line) => /^5:1-5:9 +error .* ranking-pressure$/.test(line))).toHaveLength(1)
      expect(lines.filter((line) => /^2:1-2:9 +info .* flattery$/.test(line))).toHaveLength(1)
    }
  })

  it('loses no word of a message, and keeps the files in order of their names', () => {
    const text = formatStylish(results, {color: false, width: 60})
    const lines = text.trimEnd().split('\n')
    expect(lines[0]).toBe('a.txt: no issues found')
    expect(lines[1]).toBe('b.txt')
    const start = lines.findIndex((line) => line.startsWith('5:1-5:9'))
    const end = lines.findIndex((line) => line.startsWith('7:1-7:9'))
    const words = lines
      .slice(start, end)
      .map((line, index) => (index === 0 ? line.replace(/^5:1-5:9 +error +/, '').replace(/ +ranking-pressure$/, '') : line.trim()))
      .join(' ')
    expect(words).toBe(long)
    expect(lines.at(-1)).toBe('3 messages (✖ 1 error, ⚠ 1 warning)')
  })

  it('keeps a message on one line when the width allows', () => {
    const lines = formatStylish(results, {color: false, width: 400}).split('\n')
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^5:1-5:9 +error +${long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +ranking-pressure$`)))
  })

  it('wraps at spaces and gives an overlong word a line of its own', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrap('a https://example.org/a/very/long/path b', 10)).toEqual(['a', 'https://example.org/a/very/long/path', 'b'])
  })
})
