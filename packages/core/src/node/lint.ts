// Lint one draft the way the command line and the editor do: the config file that applies to
// its path, then the pipeline every front door shares.
import {lintText, type LintTextOptions} from '../pipeline.js'
import type {LintResult} from '../types.js'
import {resolveConfig} from './config.js'

/** Options of {@link lintDraft}: those of the pipeline, with the config found on disk. */
export interface LintDraftOptions extends Omit<LintTextOptions, 'config'> {
  /** A config file to use instead of looking for one near `filePath`. */
  configFile?: string
}

/**
 * Lint the text of a draft with the configuration that applies to it. Findings point into
 * `text` as given. Throws a ConfigError or a DraftError with a one-line message.
 */
export async function lintDraft(text: string, options: LintDraftOptions): Promise<LintResult> {
  const {configFile, ...rest} = options
  const config = await resolveConfig(options.filePath, configFile ? {configFile} : {})
  return lintText(text, {...rest, config})
}
