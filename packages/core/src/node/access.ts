// One policy for every file the tool reads: regular files only, and never more than a size
// cap. A draft or a config file found in a repository may be a symbolic link to a device, a
// FIFO or a file that never ends; reading it must fail at once with one line, not hang or
// exhaust memory.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'
import {defaultMaxBytes, formatSize} from '../limits.js'
import {describe, InputError} from './read.js'

/** The one-line error for input over the cap. */
export function tooLarge(name: string, maxBytes: number): InputError {
  return new InputError(`${name}: larger than the ${formatSize(maxBytes)} limit (raise it with --max-size)`)
}

/**
 * Read a regular file, refusing anything else (a directory, a FIFO, a socket, a device, also
 * behind a symbolic link) and anything over `maxBytes`. The file is opened without blocking (a
 * FIFO would otherwise wait for a writer) and checked through the open handle, so what is
 * checked is what is read; a file that grows while it is read still stops at the cap.
 */
export async function readRegularFile(file: string, maxBytes = defaultMaxBytes): Promise<Uint8Array> {
  return readRegularFileSync(file, maxBytes)
}

/**
 * As readRegularFile, without leaving the thread. A draft is read whole, at once: each step of
 * an asynchronous read is a trip to the I/O pool and back, and a worker thread of a parallel
 * run sat idle for a fifth of its time waiting on them. The checks make the read short: only a
 * regular file, opened without blocking, is read, and never past the cap.
 */
export function readRegularFileSync(file: string, maxBytes = defaultMaxBytes): Uint8Array {
  let fd
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new InputError(`${file}: ${describe(error)}`)
  }
  try {
    const info = fstatSync(fd)
    if (info.isDirectory()) throw new InputError(`${file}: is a directory`)
    if (!info.isFile()) throw new InputError(`${file}: not a regular file`)
    if (info.size > maxBytes) throw tooLarge(file, maxBytes)
    // One byte more than the file claims: a file still being written shows it is growing.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(file, maxBytes)
        break
      }
    }
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${file}: ${describe(error)}`)
  } finally {
    closeSync(fd)
  }
}

/** Read a stream (standard input) to its end, refusing it once it passes `maxBytes`. */
export async function readCapped(stream: AsyncIterable<Uint8Array | string>, name: string, maxBytes = defaultMaxBytes): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    length += bytes.length
    if (length > maxBytes) throw tooLarge(name, maxBytes)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}
