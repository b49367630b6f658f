import type {Region} from '../types.js'
import {frontMatterEnd, parseFrontMatter} from './front-matter.js'
import {type AdaptedDraft, type DraftHeaders, keep} from './types.js'

// Leading header lines of a plain-text draft. Only these four: a draft is not a raw email.
const headerLine = /^(subject|to|cc|date)[ \t]*:[ \t]*(.*?)[ \t]*(?:\r?\n|\r|$)/di

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
    const match = headerLine.exec(text.slice(at))
    if (!match || match[0] === '') break
    const key = match[1]!.toLowerCase() as keyof DraftHeaders
    const value = match[2]!
    headers[key] = value
    if (key === 'subject' && value !== '') {
      const start = at + match.indices![2]![0]
      regions.push({start, end: start + value.length})
    }
    at += match[0].length
  }
  if (at < text.length) regions.push({start: at, end: text.length})
  const draft: AdaptedDraft = {format: 'text', source: text, regions, headers, finish: keep}
  if (frontMatter) draft.frontMatter = frontMatter
  return draft
}
