import type {LintResult, RuleMeta} from '@followup-lint/core'
import {homepage} from '@followup-lint/rules'
import {redactResults} from './redact.js'
import {writeAtomic} from './write.js'

/** The output formats of the command. */
export const formats = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof formats)[number]

/** How to show the results. */
export interface RenderOptions {
  color: boolean
  /** Mask personal identifiers; when undefined, masked for the formats meant for CI logs. */
  redact?: boolean
  rules: readonly RuleMeta[]
  version: string
  cwd: string
  /** Stylish only: add each file's read-aloud score. */
  score?: boolean
  /** Stylish only: the columns to wrap to. */
  width?: number
}

/** Whether a run masks identifiers: as asked, or by default for the CI formats. */
export function redacts(format: Format, redact: boolean | undefined): boolean {
  return redact ?? (format === 'sarif' || format === 'github')
}

/** The results in one format. Reporters are loaded only when used, to keep start-up fast. */
export async function render(format: Format, results: readonly LintResult[], options: RenderOptions): Promise<string> {
  const shown = redacts(format, options.redact) ? redactResults(results) : results
  switch (format) {
    case 'json': {
      const {formatJson} = await import('./reporters/json.js')
      return formatJson(shown, {cwd: options.cwd})
    }
    case 'sarif': {
      const {formatSarif} = await import('./reporters/sarif.js')
      return formatSarif(shown, {rules: options.rules, version: options.version, cwd: options.cwd, informationUri: homepage})
    }
    case 'github': {
      const {formatGithub} = await import('./reporters/github.js')
      return formatGithub(shown, {cwd: options.cwd})
    }
    default: {
      const {formatStylish} = await import('./reporters/stylish.js')
      return formatStylish(shown, {color: options.color, score: options.score === true, ...(options.width ? {width: options.width} : {})})
    }
  }
}

/** Write output to a file (atomically) when one is named, to standard output otherwise. */
export async function emit(text: string | Uint8Array, outputFile: string | undefined): Promise<void> {
  if (outputFile === undefined) {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
    )
  } else {
    await writeAtomic(outputFile, text)
  }
}
