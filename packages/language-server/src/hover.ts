import type {Diagnostic as Finding, RuleMeta} from '@followup-lint/core'
import type {Hover, MarkupContent} from 'vscode-languageserver'
import {findingRange, type PositionSource} from './translate.js'

/** The findings whose range holds an offset (its end included, where a cursor often rests). */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((finding) => finding.offset <= offset && offset <= finding.endOffset)
}

/** Markdown that explains a rule: its id and severity, what it flags, why it matters and on what grounds. */
export function ruleMarkdown(meta: RuleMeta, severity: string, docsUrl?: string): string {
  const lines = [`**${meta.id}** (${severity}): ${meta.summary}`, '', meta.why.trim()]
  if (meta.sources?.length) lines.push('', `Sources: ${meta.sources.map((source) => `[${source.title}](${source.url})`).join(' · ')}`)
  if (docsUrl) lines.push('', `[Rule documentation](${docsUrl})`)
  return lines.join('\n')
}

/** The hover for the findings under the cursor, or undefined when there are none. */
export function hoverFor(
  findings: readonly Finding[],
  document: PositionSource,
  metaOf: (ruleId: string) => RuleMeta | undefined,
  docsUrl: (ruleId: string) => string | undefined
): Hover | undefined {
  const first = findings[0]
  if (!first) return undefined
  const seen = new Set<string>()
  const parts: string[] = []
  for (const finding of findings) {
    const meta = metaOf(finding.ruleId)
    if (!meta || seen.has(meta.id)) continue
    seen.add(meta.id)
    parts.push(ruleMarkdown(meta, finding.severity, docsUrl(meta.id)))
  }
  if (parts.length === 0) return undefined
  const contents: MarkupContent = {kind: 'markdown', value: parts.join('\n\n---\n\n')}
  return {contents, range: findingRange(first, document)}
}
