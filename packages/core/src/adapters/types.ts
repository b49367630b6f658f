import type {Root} from 'nlcst'
import type {Diagnostic, LintResult, Region} from '../types.js'

/** The input formats a draft can be written in. */
export type DraftFormat = 'text' | 'markdown' | 'email'

/** The email headers a draft gives, as written (decoded for .eml). */
export interface DraftHeaders {
  subject?: string
  from?: string
  to?: string
  cc?: string
  date?: string
}

/** A draft as an adapter hands it to the engine. */
export interface AdaptedDraft {
  format: DraftFormat
  /**
   * The text the engine lints. It is the original text, except for an email whose body is
   * transfer-encoded: then the decoded body follows the original, and `finish` moves every
   * finding in it back onto the body's first line.
   */
  source: string
  /** The prose stretches of `source`, in order, with absolute offsets. */
  regions: Region[]
  /** A parsed tree of the prose (Markdown), with absolute offsets into `source`. */
  tree?: Root
  headers: DraftHeaders
  /** The YAML front matter, when the draft starts with one. */
  frontMatter?: Record<string, unknown>
  /**
   * Turn the engine's result into findings on the original file: drop what control comments
   * turn off, move findings out of a decoded body. `ruleIds` are the rules a comment may name.
   */
  finish(result: LintResult, ruleIds: readonly string[]): LintResult
  /**
   * Drop the findings the draft switches off with control comments; the engine calls it
   * before it takes the score, so switched-off findings do not count.
   */
  filter?(messages: Diagnostic[], ruleIds: readonly string[]): Diagnostic[]
}

/** A draft that cannot be read in its format; the message is one line for the user. */
export class DraftError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DraftError'
  }
}

/** The identity `finish` of adapters whose findings already point into the original file. */
export function keep(result: LintResult): LintResult {
  return result
}
