import {type Diagnostic as Finding, type LintResult, scoreVerdict, type Severity, type Suggestion} from '@followup-lint/core'
import {type Diagnostic, DiagnosticSeverity, type Position, type Range} from 'vscode-languageserver'

/** The `source` of every diagnostic the server publishes. */
export const diagnosticSource = 'followup-lint'

/** The `code` of the diagnostic that carries the read-aloud score. */
export const scoreCode = 'read-aloud-score'

/** What the translation needs from a text document: offsets to positions, in UTF-16. */
export interface PositionSource {
  positionAt(offset: number): Position
  getText(): string
}

/** What a published diagnostic carries for code actions. */
export interface DiagnosticData {
  suggestions?: Suggestion[]
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information
}

/** The LSP severity of a finding's severity. */
export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return severities[severity]
}

/** The exact range of a finding in the document, converted from its UTF-16 offsets. */
export function findingRange(finding: Finding, document: PositionSource): Range {
  return {start: document.positionAt(finding.offset), end: document.positionAt(finding.endOffset)}
}

/**
 * One finding as an LSP diagnostic: the rule id as `code`, the rule's documentation (when
 * known) as `codeDescription`, and the suggestions kept in `data` for quick fixes.
 */
export function toLspDiagnostic(finding: Finding, document: PositionSource, docsUrl?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: findingRange(finding, document),
    severity: toLspSeverity(finding.severity),
    code: finding.ruleId,
    source: diagnosticSource,
    message: finding.message
  }
  if (docsUrl) diagnostic.codeDescription = {href: docsUrl}
  if (finding.suggestions?.length) {
    const data: DiagnosticData = {suggestions: finding.suggestions.map(({text, safe}) => ({text, safe}))}
    diagnostic.data = data
  }
  return diagnostic
}

/** The sentence that goes with a read-aloud score, in the words every other place uses. */
export function scoreMessage(score: number, findings: number): string {
  const what = findings === 1 ? '1 finding' : `${findings} findings`
  const from = score > 0 ? ` from ${what}` : ''
  return `Read-aloud score ${score}/100${from}: ${scoreVerdict(score)}. 0 reads well aloud; 100 would make the room wince.`
}

/** The read-aloud score as an Information diagnostic over the first line. */
export function scoreDiagnostic(result: LintResult, document: PositionSource): Diagnostic {
  const text = document.getText()
  const lineEnd = text.search(/[\r\n]/)
  return {
    range: {start: {line: 0, character: 0}, end: document.positionAt(lineEnd === -1 ? text.length : lineEnd)},
    severity: DiagnosticSeverity.Information,
    code: scoreCode,
    source: diagnosticSource,
    message: scoreMessage(result.score, result.messages.length)
  }
}

/** Every diagnostic to publish for a lint result: the findings in order, then the score unless `score` is false. */
export function toLspDiagnostics(
  result: LintResult,
  document: PositionSource,
  docsUrl: (ruleId: string) => string | undefined,
  {score = true}: {score?: boolean} = {}
): Diagnostic[] {
  const diagnostics = result.messages.map((finding) => toLspDiagnostic(finding, document, docsUrl(finding.ruleId)))
  if (score) diagnostics.push(scoreDiagnostic(result, document))
  return diagnostics
}
