import type {Region} from '../types.js'
import {frontMatterEnd, parseFrontMatter} from './front-matter.js'
import {readHeaderLine} from './header-line.js'
import {type AdaptedDraft, type DraftHeaders, keep} from './types.js'

// Leading header lines of a plain-text draft. Only these four: a draft is not a raw email.
const headerNames = new Set(['subject', 'to', 'cc', 'date'])

/**
 * A plain-text draft: optional front matter, then optional `Subject:`, `To:`, `Cc:` and
 * `Date:` lines, then the body. The Subject text and the body are prose; the other header
 * lines and the front matter are not.
 */
export async function adaptText(text: string, name: string): Promise<AdaptedDraft> {
  let at = 0
  let frontMatter: Record<string, unknown> | undefined
  const found = frontMatterEnd(text)
  if (found) {
    frontMatter = await parseFrontMatter(found.yaml, name)
    at = found.end
  }
  const regions: Region[] = []
  const headers: DraftHeaders = {}
  for (;;) {
    const line = readHeaderLine(text, at)
    if (!line || !headerNames.has(line.name)) break
    const key = line.name as keyof DraftHeaders
    const value = text.slice(line.valueStart, line.valueEnd)
    headers[key] = value
    if (key === 'subject' && value !== '') regions.push({start: line.valueStart, end: line.valueEnd})
    at = line.next
  }
  if (at < text.length) regions.push({start: at, end: text.length})
  const draft: AdaptedDraft = {format: 'text', source: text, regions, headers, finish: keep}
  if (frontMatter) draft.frontMatter = frontMatter
  return draft
}
