// Properties that must hold for any text at all, checked on generated Unicode: surrogate pairs,
// combining marks, emoji joined with ZWJ, right-to-left scripts, NUL, lone CR and lone
// surrogates, mixed with words the rules look for.
import {createLinter, type Diagnostic, fixText} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

const linter = createLinter(defaultRules)
const context = {sentDate: '2026-02-02'}
const lint = (text: string) => linter.lint(text, {context})

const pieces = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(
    'You are my #1 program', 'I will rank you first', 'thx', 'pls', 'Dear Dr. Lee,', 'Sincerely,', 'LinkedIn',
    '[Program Name]', 'SO EXCITED', 'really really', 'a honor', 'an university', 'world-class faculty', "you're",
    "won't", 'sooo', ':)', '!!!', 'u', 'Subject: Thanks', '#', '...', '—', 'Dr.', 'e.g.', '2026-01-12', 'XXX'
  )},
  {weight: 4, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '. ', ', ', '? ')},
  {weight: 2, arbitrary: fc.constantFrom(
    '😀', '👩‍⚕️', '👨‍👩‍👧', '🇺🇸', '👍🏽', 'e\u0301', 'n\u0303o', 'a\u0308\u0301', 'שלום', 'مرحبا بك', '\u202eabc\u202c',
    '\u0000', '\ufeff', '\u200d', '\ud800', '\udfff', 'İ', 'ß', 'ﬁ', 'Σ', '\u{10ffff}', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'
  )},
  {weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 12})},
  {weight: 3, arbitrary: fc.string({unit: 'grapheme', maxLength: 12})}
)
const texts = fc.array(pieces, {maxLength: 60}).map((parts) => parts.join(''))

/** 1-based line and column (UTF-16 units) of an offset; \r\n, \n and a lone \r end a line. */
function position(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      start = i + 1
    }
  }
  return {line, column: offset - start + 1}
}

function checkRanges(text: string, messages: readonly Diagnostic[]): void {
  for (const message of messages) {
    expect(message.offset).toBeGreaterThanOrEqual(0)
    expect(message.offset).toBeLessThanOrEqual(message.endOffset)
    expect(message.endOffset).toBeLessThanOrEqual(text.length)
    expect({line: message.line, column: message.column}).toEqual(position(text, message.offset))
    expect({line: message.endLine, column: message.endColumn}).toEqual(position(text, message.endOffset))
    expect(message.actual).toBe(text.slice(message.offset, message.endOffset))
  }
}

describe('lint() on arbitrary Unicode', () => {
  it('never throws, and every range lies inside the text with lines and columns that match its offsets', () => {
    fc.assert(
      fc.property(texts, (text) => {
        checkRanges(text, lint(text).messages)
      }),
      {numRuns: 200}
    )
  })

  it('gives the same result every time', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(lint(text)).toEqual(lint(text))
      }),
      {numRuns: 100}
    )
  })

  it('fixing a fixed text changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const once = await fixText(text, (current) => lint(current).messages)
        const twice = await fixText(once.output, (current) => lint(current).messages)
        expect(twice.output).toBe(once.output)
      }),
      {numRuns: 100}
    )
  })
})
