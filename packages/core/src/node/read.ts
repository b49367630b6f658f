import {readRegularFile} from './access.js'


/** A draft that cannot be read as text; the message is one line for the user. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decode the bytes of a draft. UTF-8 (with or without a byte order mark) and UTF-16 with a
 * byte order mark are text; anything holding NUL bytes or invalid UTF-8 is refused, so that a
 * report never points into garbled text.
 */
export function decodeDraft(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  if (bytes.includes(0)) throw new InputError(`${name}: binary file, not a text draft`)
  try {
    // The decoder drops a UTF-8 byte order mark, as editors do when they count columns.
    return utf8.decode(bytes)
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`)
  }
}

/**
 * Read a draft from disk as text, or throw an InputError that says why not: only a regular
 * file of at most `maxBytes` is read (see readRegularFile).
 */
export async function readDraft(filePath: string, maxBytes?: number): Promise<string> {
  return decodeDraft(await readRegularFile(filePath, maxBytes), filePath)
}

/** A file system error in a few words, without the stack. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'too many symbolic links (a loop?)'
    case 'EISDIR':
      return 'is a directory'
    default:
      return (error as Error).message ?? String(error)
  }
}
