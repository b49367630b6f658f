import type {Diagnostic as Finding} from '@followup-lint/core'
import {CodeActionKind, type TextEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {disableRuleAction, isMarkdown, suggestionActions, topInsertOffset} from './actions.js'
import {toLspDiagnostic} from './translate.js'

const uri = 'file:///drafts/thanks.md'

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)
}

describe('quick fixes from suggestions', () => {
  const text = 'I loved everything about the clinic.'
  const start = text.indexOf('loved')
  const end = text.indexOf(' the clinic')
  const finding: Finding = {
    ruleId: 'flattery',
    severity: 'warning',
    message: 'gushes',
    line: 1,
    column: start + 1,
    endLine: 1,
    endColumn: end + 1,
    offset: start,
    endOffset: end,
    actual: text.slice(start, end),
    suggestions: [
      {text: 'appreciated', safe: true},
      {text: 'valued', safe: false}
    ]
  }
  const document = TextDocument.create(uri, 'markdown', 1, text)
  const diagnostic = toLspDiagnostic(finding, document)
  const actions = suggestionActions(uri, finding, diagnostic)

  it('offers one quick fix per suggestion, preferring the safe one', () => {
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred])).toEqual([
      ['Replace with “appreciated”', CodeActionKind.QuickFix, true],
      ['Replace with “valued”', CodeActionKind.QuickFix, undefined]
    ])
    expect(actions[0]!.diagnostics).toEqual([diagnostic])
  })

  it('replaces exactly the flagged range', () => {
    const edits = actions[0]!.edit!.changes![uri]!
    expect(applyEdits(text, edits)).toBe('I appreciated the clinic.')
  })

  it('offers nothing for a finding without suggestions', () => {
    expect(suggestionActions(uri, {...finding, suggestions: undefined}, diagnostic)).toEqual([])
  })
})

describe('disable in this file', () => {
  it('knows Markdown by language or by name', () => {
    expect(isMarkdown('file:///a.txt', 'markdown')).toBe(true)
    expect(isMarkdown('file:///a.MD', 'plaintext')).toBe(true)
    expect(isMarkdown('file:///a.eml', 'plaintext')).toBe(false)
  })

  it('puts the comment on the first line of a draft without front matter', () => {
    const text = 'Dear Ms. Ortiz,\n\nThank you.\n'
    const action = disableRuleAction(uri, TextDocument.create(uri, 'markdown', 1, text), 'flattery', [])
    expect(action.title).toBe('Disable flattery in this file')
    const result = applyEdits(text, action.edit!.changes![uri]!)
    expect(result).toBe('<!-- followup-lint-disable flattery -->\nDear Ms. Ortiz,\n\nThank you.\n')
  })

  it('keeps front matter first, and CRLF line ends', () => {
    const text = '---\r\nkind: thank-you\r\n---\r\nDear Dr. Lee,\r\n'
    expect(topInsertOffset(text)).toBe(text.indexOf('Dear'))
    const action = disableRuleAction(uri, TextDocument.create(uri, 'markdown', 1, text), 'social-media', [])
    expect(applyEdits(text, action.edit!.changes![uri]!)).toBe(
      '---\r\nkind: thank-you\r\n---\r\n<!-- followup-lint-disable social-media -->\r\nDear Dr. Lee,\r\n'
    )
  })

  it('treats an unclosed fence as text, and a fence on the last line as closed', () => {
    expect(topInsertOffset('---\nnot closed\n')).toBe(0)
    const text = '---\nkind: update\n---'
    const action = disableRuleAction(uri, TextDocument.create(uri, 'markdown', 1, text), 'flattery', [])
    expect(applyEdits(text, action.edit!.changes![uri]!)).toBe(
      '---\nkind: update\n---\n<!-- followup-lint-disable flattery -->\n'
    )
  })
})
