import {adaptText} from './text.js'
import type {AdaptedDraft, DraftFormat} from './types.js'

export type {AdaptedDraft, DraftFormat, DraftHeaders} from './types.js'
export {DraftError} from './types.js'

const byExtension: Record<string, DraftFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.eml': 'email'
}

// An email starts with a block of headers of which at least one only a real message has.
const emailHeaders = /^(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*(?:\r?\n|\r)(?:[ \t][^\r\n]*(?:\r?\n|\r))*)+/
const emailOnly = /^(?:from|mime-version|content-type|message-id|received|return-path|content-transfer-encoding):/im

/**
 * The format of a draft: by the file's extension, or, for standard input and unknown
 * extensions, by its content (an email's header block, or Markdown front matter).
 */
export function detectFormat(text: string, filePath?: string): DraftFormat {
  const dot = filePath?.lastIndexOf('.') ?? -1
  const extension = dot >= 0 ? filePath!.slice(dot).toLowerCase() : ''
  const known = byExtension[extension]
  if (known) return known
  const head = emailHeaders.exec(text)?.[0]
  if (head && emailOnly.test(head)) return 'email'
  if (/^---[ \t]*(?:\r?\n|\r)/.test(text)) return 'markdown'
  return 'text'
}

/**
 * Turn a draft into what the engine lints: the prose stretches with offsets into the
 * original text, the headers, the front matter. The Markdown and email machinery loads only
 * when a draft needs it.
 */
export async function adaptDraft(
  text: string,
  options: {filePath?: string; format?: DraftFormat} = {}
): Promise<AdaptedDraft> {
  const name = options.filePath ?? '<stdin>'
  const format = options.format ?? detectFormat(text, options.filePath)
  if (format === 'markdown') return (await import('./markdown.js')).adaptMarkdown(text, name)
  if (format === 'email') return (await import('./email.js')).adaptEmail(text, name)
  return adaptText(text, name)
}
