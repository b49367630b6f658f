import {realpath} from 'node:fs/promises'
import {fixText, type LintResult} from '@followup-lint/core'
import {decodeDraft, describe, InputError, readRegularFile} from '@followup-lint/core/node'
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import {checkRewritable, writeAtomic} from './write.js'

/** A draft's text with the encoding it came in, so that it can be written back byte for byte. */
export interface EncodedText {
  text: string
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  bom: boolean
}

/** Decode a draft as {@link decodeDraft} does, remembering its encoding and byte order mark. */
export function decodeWithEncoding(bytes: Uint8Array, name: string): EncodedText {
  const text = decodeDraft(bytes, name)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {text, encoding: 'utf-16le', bom: true}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {text, encoding: 'utf-16be', bom: true}
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return {text, encoding: 'utf-8', bom}
}

/** The bytes of a text in the given encoding, with a byte order mark when it had one. */
export function encodeText({text, encoding, bom}: EncodedText): Buffer {
  if (encoding === 'utf-8') return Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')])
  const body = Buffer.from(text, 'utf16le')
  if (encoding === 'utf-16be') body.swap16()
  return Buffer.concat([Buffer.from(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
}

/** What fixing one draft did. */
export interface FixedDraft {
  /** The findings left in the fixed text. */
  result: LintResult
  changed: boolean
  before: EncodedText
  after: EncodedText
}

/** How the fixer lints a version of the draft: with the draft's own format, config and context. */
export type LintText = (text: string) => Promise<LintResult>

/** Fix the text of a draft: safe suggestions only, until none is left. */
export async function fixDraft(lint: LintText, input: EncodedText): Promise<FixedDraft> {
  const {output} = await fixText(input.text, async (text) => (await lint(text)).messages)
  const after = {...input, text: output}
  return {result: await lint(output), changed: output !== input.text, before: input, after}
}

/**
 * Fix a draft on disk. The file is rewritten atomically, with its encoding, byte order mark,
 * line endings and permissions, only when something changed; with `dryRun` nothing is
 * written. A file that would not survive decoding and encoding unchanged is refused.
 */
export async function fixFile(
  lint: LintText,
  filePath: string,
  {dryRun = false, maxBytes}: {dryRun?: boolean; maxBytes?: number} = {}
): Promise<FixedDraft> {
  let target: string
  try {
    // Write through a symbolic link to the file it names, rather than replace the link.
    target = await realpath(filePath)
  } catch (error) {
    throw new InputError(`${filePath}: ${describe(error)}`)
  }
  // What the file is, before it is read: a fix never rewrites a file it may not (see writeAtomic).
  const info = dryRun ? undefined : await checkRewritable(target, filePath)
  const bytes = Buffer.from(await readRegularFile(target, maxBytes))
  const input = decodeWithEncoding(bytes, filePath)
  const fixed = await fixDraft(lint, input)
  if (fixed.changed && info) {
    if (!encodeText(input).equals(bytes)) {
      throw new InputError(`${filePath}: cannot be written back exactly as read, so it was not fixed`)
    }
    await writeAtomic(target, encodeText(fixed.after), {mtimeMs: info.mtimeMs, size: info.size})
  }
  return fixed
}

/** A unified diff of what fixing changed, or an empty string when nothing did. */
export function fixDiff(name: string, fixed: FixedDraft): string {
  if (!fixed.changed) return ''
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, fixed.before.text, fixed.after.text, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}
