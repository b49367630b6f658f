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
  /** An absolute URL of a rule's documentation, or undefined when there is none to give. */
  helpUri?: (ruleId: string) => string | undefined
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

/** The results as a SARIF 2.1.0 log with one run; columns count UTF-16 code units. */
export function formatSarif(results: readonly LintResult[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]))
  const rules: ReportingDescriptor[] = options.rules.map((rule) => {
    const helpUri = options.helpUri?.(rule.id)
    return {
      id: rule.id,
      shortDescription: {text: rule.summary},
      fullDescription: {text: rule.why},
      help: {text: rule.why},
      ...(helpUri ? {helpUri} : {}),
      defaultConfiguration: {level: levels[rule.severity]}
    }
  })
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
            informationUri: 'https://www.npmjs.com/package/followup-lint',
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
