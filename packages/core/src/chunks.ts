import type {Region} from './types.js'

// The English parser slows down faster than linearly on long inputs; parse long regions in
// pieces cut where a cut changes nothing: blank lines first, then line breaks, then spaces.
const cutAt = [/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/g, /\r?\n|\r/g, /[.!?]\s+/g, /\s+/g]

/** Split a region into pieces of about `size` characters at the most natural places. */
export function chunk(source: string, region: Region, size = 16_384): Region[] {
  const pieces: Region[] = []
  let start = region.start
  while (region.end - start > size * 2) {
    const limit = start + size * 2
    let end = limit
    for (const pattern of cutAt) {
      pattern.lastIndex = start + size
      const match = pattern.exec(source)
      if (match && match.index + match[0].length <= limit) {
        end = match.index + match[0].length
        break
      }
    }
    // Never cut a surrogate pair in two.
    const code = source.charCodeAt(end - 1)
    if (end === limit && code >= 0xd800 && code <= 0xdbff) end--
    pieces.push({start, end})
    start = end
  }
  pieces.push({start, end: region.end})
  return pieces
}
