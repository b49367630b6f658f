// The base protocol's framing, checked before the JSON-RPC reader sees it. The reader of
// vscode-jsonrpc reports a header without a usable Content-Length and then waits for ever, and
// it waits as long for the body of a message that says it is a terabyte long: the server stays
// up but deaf, and the editor shows stale findings without a word. This guard passes every
// byte through unchanged while it checks the frames, and fails the stream with a one-line
// reason instead, so the server can say so and exit (the editor then restarts it).
import {Transform, type TransformCallback} from 'node:stream'

/** The longest header block accepted: a few short lines in practice. */
const maxHeaderBytes = 8 * 1024

/** A frame that breaks the protocol; the message is one line for the log. */
export class FramingError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FramingError'
  }
}

const separator = Buffer.from('\r\n\r\n')

/**
 * A stream that passes bytes through and fails on a frame without a Content-Length, with one
 * that is not a whole number, or with one over `maxMessageBytes`.
 */
export function framingGuard(maxMessageBytes: number): Transform {
  let header = Buffer.alloc(0)
  /** Bytes of the current body still to come; 0 while a header is being read. */
  let remaining = 0

  function check(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length) {
      if (remaining > 0) {
        const take = Math.min(remaining, chunk.length - at)
        remaining -= take
        at += take
        continue
      }
      const scan = Buffer.concat([header, chunk.subarray(at)])
      const end = scan.indexOf(separator)
      if (end < 0) {
        if (scan.length > maxHeaderBytes) throw new FramingError(`a message header longer than ${maxHeaderBytes} bytes`)
        header = scan
        return
      }
      const lines = scan.subarray(0, end).toString('ascii').split('\r\n')
      const length = lines.map((line) => /^content-length:(.*)$/i.exec(line)?.[1]?.trim()).find((value) => value !== undefined)
      if (length === undefined) throw new FramingError(`a message header without Content-Length: ${JSON.stringify(lines.join(' | ').slice(0, 80))}`)
      if (!/^\d{1,15}$/.test(length)) throw new FramingError(`a Content-Length that is not a whole number: ${JSON.stringify(length.slice(0, 40))}`)
      if (Number(length) > maxMessageBytes) {
        throw new FramingError(`a message of ${length} bytes, more than the ${maxMessageBytes} accepted`)
      }
      // What of the header block came before this chunk, and where the body starts in it.
      at += end + separator.length - header.length
      header = Buffer.alloc(0)
      remaining = Number(length)
    }
  }

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        check(chunk)
      } catch (error) {
        callback(error as Error)
        return
      }
      callback(null, chunk)
    }
  })
}
