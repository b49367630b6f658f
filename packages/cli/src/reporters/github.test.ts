import path from 'node:path'
import type {Diagnostic, LintResult} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, formatGithub} from './github.js'

function finding(severity: Diagnostic['severity'], message: string): Diagnostic {
  return {ruleId: 'ranking-pressure', severity, message, line: 5, column: 84, endLine: 5, endColumn: 104, offset: 0, endOffset: 20, actual: ''}
}

function result(filePath: string, messages: Diagnostic[]): LintResult {
  return {filePath, messages, errorCount: 0, warningCount: 0, infoCount: 0, score: 0}
}

describe('GitHub workflow commands', () => {
  it('escapes data and properties as the Actions toolkit does', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b')
    expect(escapeProperty('dir:1/a,b%.txt\n')).toBe('dir%3A1/a%2Cb%25.txt%0A')
  })

  it('writes one command a finding, with the level, file, range and rule id', () => {
    const cwd = path.join(path.sep, 'repo')
    const output = formatGithub(
      [
        result(path.join(cwd, 'drafts', 'a,b.txt'), [finding('error', 'Rank: 50% done\nnow'), finding('warning', 'w')]),
        result('notes.txt', [finding('info', 'i')]),
        result('clean.txt', [])
      ],
      {cwd}
    )
    expect(output).toBe(
      [
        '::error file=drafts/a%2Cb.txt,line=5,col=84,endLine=5,endColumn=104,title=ranking-pressure::Rank: 50%25 done%0Anow',
        '::warning file=drafts/a%2Cb.txt,line=5,col=84,endLine=5,endColumn=104,title=ranking-pressure::w',
        '::notice file=notes.txt,line=5,col=84,endLine=5,endColumn=104,title=ranking-pressure::i',
        ''
      ].join('\n')
    )
  })

  it('prints nothing for clean files', () => {
    expect(formatGithub([result('clean.txt', [])], {cwd: '/'})).toBe('')
  })
})
