import {describe, expect, it} from 'vitest'
import {createLinter} from './engine.js'
import {applyEdits, fixText, lineEnding, safeEdit} from './fix.js'
import type {Diagnostic, Rule} from './types.js'

// A small rule set of our own: text-speak with rewrites that keep the meaning, one rewrite
// that changes it, and a pair of rules whose safe fixes overlap.
const rules: Rule[] = [
  {
    meta: {id: 'shorthand', severity: 'warning', summary: 's', why: 'w'},
    phrases: [
      {patterns: ['=thx'], message: '“{actual}” is text-speak.', rewrite: ['thank you'], safe: true},
      {patterns: ['=pls'], message: '“{actual}” is text-speak.', rewrite: ['please'], safe: true},
      {patterns: ['=b4'], message: '“{actual}” is text-speak.', rewrite: ['before'], safe: true}
    ]
  },
  {
    meta: {id: 'promise', severity: 'error', summary: 's', why: 'w'},
    phrases: [{patterns: ['rank you first'], message: '“{actual}” promises.', rewrite: ['remain interested'], safe: false}]
  },
  {
    meta: {id: 'overlap', severity: 'info', summary: 's', why: 'w'},
    phrases: [{patterns: ['=thx so much'], message: '“{actual}”.', rewrite: ['many thanks'], safe: true}]
  }
]
const linter = createLinter(rules)
const lint = (text: string) => linter.lint(text).messages

function finding(offset: number, endOffset: number, suggestions?: Diagnostic['suggestions']): Diagnostic {
  return {ruleId: 'r', severity: 'warning', message: 'm', line: 1, column: offset + 1, endLine: 1, endColumn: endOffset + 1, offset, endOffset, actual: '', suggestions}
}

describe('safeEdit', () => {
  it('takes the first safe suggestion and never an unsafe one', () => {
    expect(safeEdit(finding(0, 3, [{text: 'a', safe: false}, {text: 'b', safe: true}, {text: 'c', safe: true}]))).toEqual({
      offset: 0,
      endOffset: 3,
      text: 'b',
      ruleId: 'r'
    })
    expect(safeEdit(finding(0, 3, [{text: 'a', safe: false}]))).toBeUndefined()
    expect(safeEdit(finding(0, 3))).toBeUndefined()
  })
})

describe('applyEdits', () => {
  it('replaces ranges by position whatever order the edits come in', () => {
    const outcome = applyEdits('one two three', [
      {offset: 8, endOffset: 13, text: '3'},
      {offset: 0, endOffset: 3, text: '1'}
    ])
    expect(outcome.output).toBe('1 two 3')
    expect(outcome.applied).toHaveLength(2)
  })

  it('skips an edit that overlaps one already taken, and edits outside the text', () => {
    const outcome = applyEdits('abcdef', [
      {offset: 1, endOffset: 4, text: 'X'},
      {offset: 3, endOffset: 5, text: 'Y'},
      {offset: 4, endOffset: 9, text: 'Z'},
      {offset: -1, endOffset: 0, text: 'W'}
    ])
    expect(outcome.output).toBe('aXef')
    expect(outcome.skipped.map((edit) => edit.text)).toEqual(['W', 'Y', 'Z'])
  })

  it('lets edits touch end to start, but keeps only the first of two insertions at one point', () => {
    expect(applyEdits('abcd', [{offset: 0, endOffset: 2, text: 'X'}, {offset: 2, endOffset: 4, text: 'Y'}]).output).toBe('XY')
    expect(applyEdits('ab', [{offset: 1, endOffset: 1, text: '1'}, {offset: 1, endOffset: 1, text: '2'}]).output).toBe('a1b')
  })

  it('writes line breaks in replacements the way the text writes them', () => {
    expect(applyEdits('a\r\nb', [{offset: 0, endOffset: 1, text: 'x\ny'}]).output).toBe('x\r\ny\r\nb')
    expect(applyEdits('a\nb', [{offset: 0, endOffset: 1, text: 'x\r\ny'}]).output).toBe('x\ny\nb')
    expect(lineEnding('no breaks')).toBe('\n')
    expect(lineEnding('a\rb\nc')).toBe('\r')
  })

  it('counts an edit that changes nothing as skipped', () => {
    const outcome = applyEdits('same', [{offset: 0, endOffset: 4, text: 'same'}])
    expect(outcome.applied).toEqual([])
    expect(outcome.output).toBe('same')
  })
})

describe('safeEdit', () => {
  it('refuses a finding whose range no longer holds the words it flagged', () => {
    const diagnostic = {...finding(0, 3, [{text: 'thank you', safe: true}]), actual: 'thx'}
    expect(safeEdit(diagnostic, 'thx for it')).toMatchObject({offset: 0, endOffset: 3, text: 'thank you'})
    expect(safeEdit(diagnostic, 'Dear Dr. Lee')).toBeUndefined()
  })
})

describe('fixText', () => {
  it('applies safe rewrites, keeps the case of the first letter, and leaves unsafe ones alone', async () => {
    const outcome = await fixText('Thx for the tour. I will rank you first, pls know.', lint)
    expect(outcome.output).toBe('Thank you for the tour. I will rank you first, please know.')
    expect(outcome).toMatchObject({applied: 2, passes: 1, stable: true})
  })

  it('resolves overlapping fixes over several passes and reaches a fixed point', async () => {
    const source = 'Thx so much, and thx b4 noon.'
    const outcome = await fixText(source, lint)
    // "thx so much" and "thx" overlap: the first pass takes the earlier, shorter edit by position,
    // the second pass finds nothing left to fix.
    expect(outcome.output).toBe('Thank you so much, and thank you before noon.')
    expect(outcome.stable).toBe(true)
    expect(await fixText(outcome.output, lint)).toMatchObject({output: outcome.output, applied: 0, passes: 0})
  })

  it('leaves a text without safe fixes exactly as it was', async () => {
    const source = 'I will rank you first.\r\n'
    expect(await fixText(source, lint)).toEqual({output: source, applied: 0, passes: 0, stable: true})
  })

  it('keeps CRLF line breaks, a leading byte order mark character and the final newline', async () => {
    const source = '\uFEFFDear Dr. Ames,\r\nthx for your time.\r\n'
    expect((await fixText(source, lint)).output).toBe('\uFEFFDear Dr. Ames,\r\nthank you for your time.\r\n')
  })

  it('stops rules that undo each other, and says the result is not stable', async () => {
    const flip = (text: string): Diagnostic[] => [
      {...finding(0, 1, [{text: text.startsWith('a') ? 'b' : 'a', safe: true}]), actual: text.slice(0, 1)}
    ]
    expect(await fixText('a', flip)).toEqual({output: 'b', applied: 1, passes: 1, stable: false})
    let calls = 0
    const grow = (text: string): Diagnostic[] => {
      calls++
      return [finding(text.length, text.length, [{text: 'x', safe: true}])]
    }
    expect(await fixText('', grow, {maxPasses: 3})).toEqual({output: 'xxx', applied: 3, passes: 3, stable: false})
    expect(calls).toBe(4)
  })
})
