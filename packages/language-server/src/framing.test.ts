import {describe, expect, it} from 'vitest'
import {framingGuard} from './framing.js'

/** Feed the chunks through a guard: what came out, and the error it failed with, if any. */
async function feed(chunks: (string | Buffer)[], max = 1000): Promise<{out: string; error?: string}> {
  const guard = framingGuard(max)
  const out: Buffer[] = []
  guard.on('data', (chunk: Buffer) => out.push(chunk))
  const error = await new Promise<string | undefined>((resolve) => {
    guard.on('error', (failure) => resolve(failure.message))
    guard.on('finish', () => resolve(undefined))
    for (const chunk of chunks) guard.write(chunk)
    guard.end()
  })
  return {out: Buffer.concat(out).toString(), ...(error === undefined ? {} : {error})}
}

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`

describe('the framing guard', () => {
  it('passes well-framed messages through unchanged, however they are cut', async () => {
    const text = frame('{"a":1}') + frame('{"jsonrpc":"2.0","method":"x","params":"é\\r\\n\\r\\n"}') + frame('')
    for (let size = 1; size <= text.length; size += 7) {
      const chunks: Buffer[] = []
      const bytes = Buffer.from(text)
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size))
      expect(await feed(chunks)).toEqual({out: text})
    }
  })

  it('takes other headers and any case of the name', async () => {
    const text = 'content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:  2\r\n\r\n{}'
    expect(await feed([text])).toEqual({out: text})
  })

  it.each([
    ['no Content-Length', 'Content-Type: x\r\n\r\n{}', /without Content-Length/],
    ['a Content-Length that is not a number', 'Content-Length: ten\r\n\r\n{}', /not a whole number: "ten"/],
    ['a negative one', 'Content-Length: -5\r\n\r\n{}', /not a whole number/],
    ['an absurd one', 'Content-Length: 99999999999999\r\n\r\n{}', /more than the 1000 accepted/],
    ['a header that never ends', `Content-Length: 2${' '.repeat(9000)}`, /header longer than/],
    ['garbage after a good message', `${frame('{}')}GET / HTTP/1.1\r\nHost: x\r\n\r\n`, /without Content-Length/]
  ])('fails on %s, with a one-line reason', async (_, text, reason) => {
    const {error} = await feed([text])
    expect(error).toMatch(reason)
    expect(error).not.toContain('\n')
  })
})
