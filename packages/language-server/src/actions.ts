import {disableComment, type Diagnostic as Finding} from '@followup-lint/core'
import {type CodeAction, CodeActionKind, type Diagnostic, type Position, TextEdit} from 'vscode-languageserver'
import type {PositionSource} from './translate.js'

/** Quick fixes for one finding: one per suggestion, the safe ones preferred. */
export function suggestionActions(uri: string, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  return (finding.suggestions ?? []).map((suggestion) => {
    const action: CodeAction = {
      title: `Replace with “${suggestion.text}”`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: {changes: {[uri]: [TextEdit.replace(diagnostic.range, suggestion.text)]}}
    }
    if (suggestion.safe) action.isPreferred = true
    return action
  })
}

/** Whether a document is Markdown, by its language or, failing that, its name. */
export function isMarkdown(uri: string, languageId: string): boolean {
  return languageId === 'markdown' || /\.(?:md|markdown)$/i.test(uri)
}

/**
 * Where a line can be added at the top of a draft: the start of the text, or just after YAML
 * front matter, which has to stay first to be read as front matter.
 */
export function topInsertOffset(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text)
  if (!open) return 0
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m
  const rest = text.slice(open[0].length)
  const match = close.exec(rest)
  return match ? open[0].length + match.index + match[0].length : 0
}

/** "Disable <rule> in this file": a disable comment on a line of its own at the top. */
export function disableRuleAction(
  uri: string,
  document: PositionSource,
  ruleId: string,
  diagnostics: Diagnostic[]
): CodeAction {
  const text = document.getText()
  const offset = topInsertOffset(text)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  // Front matter closed on the last line, with no newline after it, needs one first.
  const lead = offset > 0 && offset === text.length && !text.endsWith('\n') ? eol : ''
  const at: Position = document.positionAt(offset)
  return {
    title: `Disable ${ruleId} in this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: {changes: {[uri]: [TextEdit.insert(at, `${lead}${disableComment(ruleId)}${eol}`)]}}
  }
}
