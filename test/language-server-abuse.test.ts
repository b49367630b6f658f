// The language server under abuse: broken messages, unknown methods, edits to documents it
// never saw, a burst of 10,000 edits, a close while a lint runs. It stays up and answers.
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot, serverBin} from './support/cli.js'
import {clientCapabilities, startClient, type TestClient} from './support/lsp-client.js'

const uri = (name: string) => pathToFileURL(path.join(repoRoot, 'fixtures', 'abuse', name)).href

describe('the language server under abuse', () => {
  let client: TestClient

  /** The server still answers a request. */
  async function answers(): Promise<void> {
    const hover = await client.connection.sendRequest('textDocument/hover', {
      textDocument: {uri: uri('not-open.txt')},
      position: {line: 0, character: 0}
    })
    expect(hover).toBeNull()
  }

  function raw(body: string): void {
    client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }

  beforeAll(async () => {
    client = startClient(process.execPath, [serverBin, '--stdio'], repoRoot)
    await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: clientCapabilities})
    await client.connection.sendNotification('initialized', {})
  })

  afterAll(() => {
    if (client.process.exitCode === null) client.process.kill()
  })

  it('ignores bodies that are not JSON-RPC and keeps answering', async () => {
    await answers()
    for (const body of [
      '{not json',
      '[1, 2, 3]',
      'null',
      '"text"',
      '{"jsonrpc": "2.0"}',
      '{"jsonrpc": "2.0", "method": 42}',
      '{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": "nope"}}',
      '{"jsonrpc": "2.0", "method": "textDocument/didChange", "params": null}',
      '{"jsonrpc": "2.0", "id": 9001, "method": "textDocument/hover", "params": {"position": "x"}}',
      '\u0000\u0001\u0002'
    ]) {
      raw(body)
    }
    await answers()
    expect(client.process.exitCode).toBeNull()
  })

  it('answers unknown requests with an error, ignores unknown notifications, and goes on', async () => {
    await expect(client.connection.sendRequest('followup/unknown', {})).rejects.toMatchObject({code: -32601})
    await client.connection.sendNotification('followup/unknown', {anything: true})
    await answers()
  })

  it('survives edits to a document it never opened, and publishes nothing for it', async () => {
    const never = uri('never-opened.txt')
    for (let version = 2; version < 12; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: {uri: never, version},
        contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'You are my #1. '}]
      })
    }
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: never}})
    await answers()
    expect(client.published.filter((p) => p.uri === never && p.diagnostics.length > 0)).toEqual([])
  })

  it('after a burst of 10,000 edits publishes the last version only', async () => {
    const doc = uri('burst.txt')
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: doc, languageId: 'plaintext', version: 1, text: 'Thank you for the interview.\n'}
    })
    await client.diagnostics(doc, (p) => p.version === 1)
    const before = client.published.length
    const last = 10_001
    for (let version = 2; version <= last; version++) {
      // Type "You are my #1 program. " one character at a time, over and over.
      const text = 'You are my #1 program. '[(version - 2) % 23]!
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: {uri: doc, version},
        contentChanges: [{range: {start: {line: 1, character: version - 2}, end: {line: 1, character: version - 2}}, text}]
      })
    }
    const published = await client.diagnostics(doc, (p) => p.version === last)
    expect(published.diagnostics.some((d) => d.code === 'ranking-pressure')).toBe(true)
    await answers()
    const after = client.published.slice(before).filter((p) => p.uri === doc)
    expect(after.map((p) => p.version)).toEqual([last])
  })

  it('closing a document while it is being linted clears it and publishes nothing stale', async () => {
    const doc = uri('closed-early.txt')
    const text = 'You are my #1 program, and I will rank you first. '.repeat(20_000)
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: doc, languageId: 'plaintext', version: 1, text}
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: doc}})
    await answers()
    const cleared = await client.diagnostics(doc, (p) => p.diagnostics.length === 0)
    // Give a lint still running time to finish, then look again: the clear is the last word.
    await new Promise((resolve) => setTimeout(resolve, 500))
    await answers()
    // Findings of version 1 may come before the clear (the lint finished first), never after.
    const forDoc = client.published.filter((p) => p.uri === doc)
    expect(forDoc.at(-1)).toBe(cleared)
    expect(forDoc.every((p) => p.version === undefined || p.version === 1)).toBe(true)
  })

  it('a version number used twice for two texts gives the findings of the newer text', async () => {
    const doc = uri('same-version.txt')
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: doc, languageId: 'plaintext', version: 3, text: 'You are my #1 program.\n'}
    })
    await client.diagnostics(doc, (p) => p.version === 3 && p.diagnostics.some((d) => d.code === 'ranking-pressure'))
    const before = client.published.length
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: doc, version: 3},
      contentChanges: [{text: 'Thank you for the tour.\n'}]
    })
    await new Promise((resolve) => setTimeout(resolve, 400))
    await answers()
    const after = client.published.slice(before).filter((p) => p.uri === doc)
    expect(after.length).toBeGreaterThan(0)
    expect(after.at(-1)!.diagnostics.some((d) => d.code === 'ranking-pressure')).toBe(false)
  })

  it('a document over the size cap is not linted, and says so in one notice', async () => {
    const doc = uri('too-large.txt')
    const text = 'You are my #1 program. '.repeat(200_000)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: doc, languageId: 'plaintext', version: 1, text}})
    const published = await client.diagnostics(doc, (p) => p.version === 1)
    expect(published.diagnostics).toHaveLength(1)
    expect(published.diagnostics[0]!.message).toMatch(/larger than the 4 MB limit/)
    await answers()
  })

  it('takes the size cap from the maxSize setting', async () => {
    client.settings = {maxSize: 0.5}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {followupLint: {maxSize: 0.5}}})
    const doc = uri('over-half-a-megabyte.txt')
    const text = 'You are my #1 program. '.repeat(30_000)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: doc, languageId: 'plaintext', version: 1, text}})
    const published = await client.diagnostics(doc, (p) => p.version === 1)
    expect(published.diagnostics.map((d) => d.message)).toEqual([
      'followup-lint does not check this document: it is larger than the 512 KB limit for a draft (followupLint.maxSize).'
    ])
    client.settings = {}
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {followupLint: {}}})
  })

  it('still shuts down and exits cleanly', async () => {
    await client.connection.sendRequest('shutdown')
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
    expect(client.stderr()).not.toMatch(/\n\s+at /)
  })
})

describe('the language server given broken framing', () => {
  it.each([
    ['a header without Content-Length', 'Content-Type: application/json\r\n\r\n{}', /without Content-Length/],
    ['a Content-Length that is not a number', 'Content-Length: lots\r\n\r\n{}', /not a whole number/],
    ['an absurd Content-Length', 'Content-Length: 123456789012345\r\n\r\n{}', /more than the \d+ accepted/]
  ])('exits with a one-line reason after %s, instead of staying deaf', async (_, bytes, reason) => {
    const client = startClient(process.execPath, [serverBin, '--stdio'], repoRoot)
    await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: clientCapabilities})
    client.process.stdin.write(bytes)
    expect(await client.exited).toBe(1)
    expect(client.stderr()).toMatch(reason)
    expect(client.stderr().trimEnd().split('\n')).toHaveLength(1)
  })
})
