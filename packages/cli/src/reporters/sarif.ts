import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {LintResult, RuleMeta, Severity} from '@followup-lint/core'
import type {Log, ReportingDescriptor, Result} from 'sarif'

/** What the SARIF log says about the tool and where it ran. */
export interface SarifOptions {
  /** The rule set, so that every rule the run knows is described once. */
  rules: readonly RuleMeta[]
  version: string
  /** File paths in the log are made relative to this folder. */
  cwd: string
  /** The tool's public home page. */
  informationUri: string
}

const levels: Record<Severity, Result.level> = {error: 'error', warning: 'warning', info: 'note'}

/** The base the log's relative file paths are resolved against: the folder the tool ran in. */
export const uriBaseId = '%SRCROOT%'

/**
 * A file's location as SARIF wants it: a relative URI reference against {@link uriBaseId} for a
 * file inside `cwd`, an absolute file URL for one outside it (a relative path with `..` would
 * point outside the checkout that consumers such as code scanning resolve against).
 */
function artifactLocation(filePath: string, cwd: string): {uri: string; uriBaseId?: string} {
  const absolute = path.resolve(cwd, filePath)
  const relative = path.relative(cwd, absolute)
  if (!path.isAbsolute(filePath) && filePath.startsWith('<')) {
    // A name such as <stdin> is not a path on disk; keep it, encoded as a URI segment.
    return {uri: encodeURIComponent(filePath), uriBaseId}
  }
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return {uri: pathToFileURL(absolute).href}
  }
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId}
}

/** A rule's help: why it matters, then where that comes from, as text and as Markdown. */
function help(rule: RuleMeta): {text: string; markdown: string} {
  const sources = rule.sources ?? []
  if (sources.length === 0) return {text: rule.why, markdown: rule.why}
  return {
    text: `${rule.why}\n\nSources:\n${sources.map((source) => `- ${source.title}: ${source.url}`).join('\n')}`,
    markdown: [rule.why, '**Sources**', sources.map((source) => `- [${source.title}](${source.url})`).join('\n')].join('\n\n')
  }
}

/** The results as a SARIF 2.1.0 log with one run; columns count UTF-16 code units. */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]))
  // A rule's help links to its public documentation, the one address that opens wherever the
  // log is read (a code scanning page, another machine), never to a file where the tool ran.
  const rules: ReportingDescriptor[] = options.rules.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.summary},
    fullDescription: {text: rule.why},
    help: help(rule),
    ...(rule.url ? {helpUri: rule.url} : {}),
    defaultConfiguration: {level: levels[rule.severity]}
  }))
  const sarifResults: Result[] = results.flatMap((result) => {
    const artifact = artifactLocation(result.filePath ?? '<text>', options.cwd)
    return result.messages.map((message): Result => {
      const index = ruleIndex.get(message.ruleId)
      return {
        ruleId: message.ruleId,
        ...(index === undefined ? {} : {ruleIndex: index}),
        level: levels[message.severity],
        message: {text: message.message},
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn,
                snippet: {text: message.actual}
              }
            }
          }
        ]
      }
    })
  })
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'followup-lint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri,
            rules
          }
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
