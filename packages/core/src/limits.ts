// The size cap every front door shares (the command line, the language server, the web page):
// far beyond any email, far below what exhausts memory.

/** The largest draft linted by default, in bytes of UTF-8. */
export const defaultMaxBytes = 4 * 1024 * 1024

/** A size written for people: "4 MB", "512 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`
  return `${bytes} bytes`
}

/** The length of a text in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is four bytes: two units counted, two more.
      bytes += 2
      i++
    } else if (code >= 0x800) bytes += 2
    else if (code >= 0x80) bytes += 1
  }
  return bytes
}
