import {createLinter, type Diagnostic as Finding, scoreVerdict} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {DiagnosticSeverity} from 'vscode-languageserver'
import {describe, expect, it} from 'vitest'
import {scoreCode, scoreDiagnostic, scoreMessage, toLspDiagnostic, toLspDiagnostics, toLspSeverity} from './translate.js'

const linter = createLinter(defaultRules)

function doc(text: string): TextDocument {
  return TextDocument.create('file:///drafts/note.txt', 'plaintext', 1, text)
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    ruleId: 'flattery',
    severity: 'warning',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
    actual: '',
    ...overrides
  }
}

describe('finding to diagnostic', () => {
  it('maps each severity, info to Information', () => {
    expect(toLspSeverity('error')).toBe(DiagnosticSeverity.Error)
    expect(toLspSeverity('warning')).toBe(DiagnosticSeverity.Warning)
    expect(toLspSeverity('info')).toBe(DiagnosticSeverity.Information)
  })

  it('carries the rule id as code, the docs link, the source and the suggestions', () => {
    const text = 'Dear Dr. Moss,\nYou are my #1 choice.\n'
    const [first] = linter.lint(text).messages.filter((m) => m.ruleId === 'ranking-pressure')
    expect(first).toBeDefined()
    const diagnostic = toLspDiagnostic(first!, doc(text), 'file:///rules/ranking-pressure/README.md')
    expect(diagnostic).toMatchObject({
      code: 'ranking-pressure',
      source: 'followup-lint',
      severity: DiagnosticSeverity.Error,
      message: first!.message,
      codeDescription: {href: 'file:///rules/ranking-pressure/README.md'}
    })
    // 0-based in LSP where the finding is 1-based, on the same characters.
    expect(diagnostic.range.start).toEqual({line: first!.line - 1, character: first!.column - 1})
    expect(diagnostic.range.end).toEqual({line: first!.endLine - 1, character: first!.endColumn - 1})
    expect(diagnostic.data).toEqual({suggestions: first!.suggestions})
  })

  it('leaves out codeDescription and data when there is nothing to put in them', () => {
    const diagnostic = toLspDiagnostic(finding({offset: 0, endOffset: 3}), doc('abc'))
    expect(diagnostic).not.toHaveProperty('codeDescription')
    expect(diagnostic).not.toHaveProperty('data')
  })

  it('counts columns in UTF-16 code units, past emoji and across CRLF lines', () => {
    const text = 'Hi 👋🏽 there\r\n“Quoted” 🎉 line two'
    const start = text.indexOf('line')
    const diagnostic = toLspDiagnostic(finding({offset: start, endOffset: start + 4}), doc(text))
    expect(diagnostic.range).toEqual({start: {line: 1, character: 12}, end: {line: 1, character: 16}})
    const wave = text.indexOf('👋')
    const onEmoji = toLspDiagnostic(finding({offset: wave, endOffset: wave + 4}), doc(text))
    expect(onEmoji.range).toEqual({start: {line: 0, character: 3}, end: {line: 0, character: 7}})
  })
})

describe('the read-aloud score', () => {
  it('is an Information diagnostic over the first line with its own code', () => {
    const text = 'Subject: Thank you\nBody text.'
    const diagnostic = scoreDiagnostic({messages: [], errorCount: 0, warningCount: 0, infoCount: 0, score: 0}, doc(text))
    expect(diagnostic).toMatchObject({
      code: scoreCode,
      severity: DiagnosticSeverity.Information,
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 18}}
    })
    expect(diagnostic.message).toBe(scoreMessage(0, 0))
  })

  it('spans nothing on an empty document', () => {
    const diagnostic = scoreDiagnostic({messages: [], errorCount: 0, warningCount: 0, infoCount: 0, score: 0}, doc(''))
    expect(diagnostic.range).toEqual({start: {line: 0, character: 0}, end: {line: 0, character: 0}})
  })

  it('names the score and the number of findings', () => {
    expect(scoreMessage(50, 2)).toMatch(/^Read-aloud score 50\/100 from 2 findings/)
    expect(scoreMessage(15, 1)).toMatch(/from 1 finding:/)
  })

  it('puts the score in the same words as every other place that shows it', () => {
    for (const score of [0, 15, 40, 50, 100]) {
      expect(scoreMessage(score, 1)).toContain(`${score}/100`)
      expect(scoreMessage(score, 1)).toContain(`: ${scoreVerdict(score)}.`)
    }
  })

  it('comes last, after the findings in document order', () => {
    const text = 'You are my #1 program and the best program in the country.'
    const result = linter.lint(text)
    const diagnostics = toLspDiagnostics(result, doc(text), () => undefined)
    expect(diagnostics.map((d) => d.code)).toEqual([...result.messages.map((m) => m.ruleId), scoreCode])
    expect(diagnostics.at(-1)!.message).toContain(`${result.score}/100`)
  })

  it('is left out when the score is turned off, and the findings stay', () => {
    const text = 'You are my #1 program and the best program in the country.'
    const result = linter.lint(text)
    const diagnostics = toLspDiagnostics(result, doc(text), () => undefined, {score: false})
    expect(diagnostics.map((d) => d.code)).toEqual(result.messages.map((m) => m.ruleId))
    expect(result.messages.length).toBeGreaterThan(0)
  })
})
