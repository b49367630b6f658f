import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import type {Rule} from '@followup-lint/core'
import {
  createMessageConnection,
  type MessageConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import {createConnection} from 'vscode-languageserver/node'
import {afterEach, describe, expect, it} from 'vitest'
import {draftFiles} from './scope.js'
import {startServer} from './server.js'

// A rule that says which message kind it was told, so a test can see the context arrive.
const kindEcho: Rule = {
  meta: {id: 'kind-echo', severity: 'info', summary: 'Echoes the kind.', why: 'For tests.'},
  check: (document, report) => report({start: 0, end: 4, message: `kind is ${document.context.kind ?? 'unknown'}`})
}

interface Harness {
  client: MessageConnection
  published: PublishDiagnosticsParams[]
  /** Answers to workspace/configuration; a promise holds the answer back until it settles. */
  answer: () => unknown
  next(test: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>
}

const open: MessageConnection[] = []

async function harness(rules: Rule[] = [kindEcho]): Promise<Harness> {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer(createConnection(toServer, toClient), {rules, debounce: 0, docsUrl: () => undefined})
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  open.push(client)
  const waiters: [(p: PublishDiagnosticsParams) => boolean, (p: PublishDiagnosticsParams) => void][] = []
  const h: Harness = {
    client,
    published: [],
    answer: () => ({}),
    next: (test) => new Promise((resolve) => waiters.push([test, resolve]))
  }
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    h.published.push(params)
    for (const waiter of [...waiters]) {
      if (waiter[0](params)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter[1](params)
      }
    }
  })
  client.onRequest('workspace/configuration', async () => [await h.answer()])
  client.onRequest('client/registerCapability', () => null)
  client.listen()
  await client.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {workspace: {configuration: true}}})
  await client.sendNotification('initialized', {})
  return h
}

afterEach(() => {
  for (const connection of open.splice(0)) connection.dispose()
})

const uri = 'untitled:Draft-1'

describe('the server', () => {
  it('hands the context from the settings to the rules', async () => {
    const h = await harness()
    h.answer = () => ({context: {kind: 'correction'}})
    const first = h.next((p) => p.uri === uri)
    await h.client.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Dear Dr. Ames,'}
    })
    expect((await first).diagnostics[0]!.message).toBe('kind is correction')
  })

  it('hands every context field the settings name in camel case to the rules, template included', async () => {
    const echo: Rule = {
      meta: {id: 'context-echo', severity: 'info', summary: 'Echoes the context.', why: 'For tests.'},
      check: (document, report) => {
        const {template, specialty, sentDate} = document.context
        report({start: 0, end: 4, message: JSON.stringify({template, specialty, sentDate})})
      }
    }
    const h = await harness([echo])
    h.answer = () => ({context: {template: true, specialty: 'pediatrics', sentDate: '2026-01-12'}})
    const first = h.next((p) => p.uri === uri)
    await h.client.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Dear Dr. Ames,'}
    })
    expect(JSON.parse((await first).diagnostics[0]!.message)).toEqual({template: true, specialty: 'pediatrics', sentDate: '2026-01-12'})
  })

  it('never publishes a version that was edited while it was being linted', async () => {
    const h = await harness()
    await h.client.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Dear Dr. Ames,'}
    })
    await h.next((p) => p.version === 1)
    // Hold the settings back, so the lint of version 1 is still waiting when version 2 comes.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let asked!: () => void
    const wasAsked = new Promise<void>((resolve) => (asked = resolve))
    h.answer = async () => {
      asked()
      await held
      return {context: {kind: 'update'}}
    }
    const from = h.published.length
    await h.client.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    await wasAsked
    await h.client.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{range: {start: {line: 0, character: 14}, end: {line: 0, character: 14}}, text: '\n'}]
    })
    const second = h.next((p) => p.version === 2)
    release()
    expect((await second).diagnostics[0]!.message).toBe('kind is update')
    expect(h.published.slice(from).map((p) => p.version)).toEqual([2])
  })
})

describe('which documents it checks', () => {
  // Paths nobody has made: the server only reads them for a config file, and finds none.
  const home = path.join(tmpdir(), 'followup-lint-no-such-home')
  const draft = pathToFileURL(path.join(home, 'match', 'drafts', 'lakeshore.txt')).href
  const readme = pathToFileURL(path.join(home, 'project', 'README.md')).href
  const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => d.code)

  async function openDocument(h: Harness, documentUri: string, text: string, languageId = 'plaintext') {
    const published = h.next((p) => p.uri === documentUri)
    await h.client.sendNotification('textDocument/didOpen', {textDocument: {uri: documentUri, languageId, version: 1, text}})
    return published
  }

  it('with the drafts setting, checks a draft, leaves a README alone, and takes one whose front matter says it is a follow-up', async () => {
    const h = await harness()
    h.answer = () => ({files: [...draftFiles], score: false})
    expect(codes(await openDocument(h, draft, 'Dear Dr. Ames,'))).toEqual(['kind-echo'])
    expect(codes(await openDocument(h, readme, '# Project\n\nHow to build it.', 'markdown'))).toEqual([])
    const declared = pathToFileURL(path.join(home, 'project', 'thanks.md')).href
    const front = '---\nkind: thank-you\n---\nDear Dr. Ames,\n'
    expect((await openDocument(h, declared, front, 'markdown')).diagnostics.map((d) => d.message)).toEqual([
      'kind is thank-you'
    ])
    // No hover or quick fix either on a file that is not checked.
    const hover = await h.client.sendRequest('textDocument/hover', {textDocument: {uri: readme}, position: {line: 0, character: 2}})
    expect(hover).toBeNull()
  })

  it('without a files setting checks every document, and adds the score unless told not to', async () => {
    const h = await harness()
    expect(codes(await openDocument(h, readme, 'Dear Dr. Ames,'))).toEqual(['kind-echo', 'read-aloud-score'])
  })

  it('checks again when the setting changes: a README comes into scope, the score goes', async () => {
    const h = await harness()
    h.answer = () => ({files: [...draftFiles]})
    expect(codes(await openDocument(h, readme, 'Dear Dr. Ames,'))).toEqual([])
    h.answer = () => ({files: ['**/README.md'], score: false})
    const again = h.next((p) => p.uri === readme)
    await h.client.sendNotification('workspace/didChangeConfiguration', {settings: {}})
    expect(codes(await again)).toEqual(['kind-echo'])
  })
})

describe('a config file it cannot use', () => {
  it('says so, and lints the draft as the command line would without it: front matter and all', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-broken-config-'))
    try {
      writeFileSync(path.join(dir, '.followuplintrc.json'), '{"rules": {"no-such-rule": "off"}}')
      const h = await harness()
      const warnings: string[] = []
      h.client.onNotification('window/showMessage', (params: {message: string}) => warnings.push(params.message))
      h.answer = () => ({score: false})
      const open = async (name: string, text: string) => {
        const draft = pathToFileURL(path.join(dir, name)).href
        const published = h.next((p) => p.uri === draft)
        await h.client.sendNotification('textDocument/didOpen', {textDocument: {uri: draft, languageId: 'markdown', version: 1, text}})
        return (await published).diagnostics.map((d) => d.message)
      }
      expect(await open('update.md', '---\nkind: update\n---\nDear Dr. Ames,\n')).toEqual(['kind is update'])
      expect(warnings[0]).toMatch(/\.followuplintrc\.json: rules\.no-such-rule: unknown rule; linting with the editor settings only$/)
      // Front matter being typed cannot be read: the text as it stands is linted meanwhile.
      expect(await open('typing.md', '---\nkind: upd\n---\nDear Dr. Ames,\n')).toHaveLength(1)
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('a long document', () => {
  // Each window of a long draft is checked on its own: count the checks to see how far a lint got.
  let checks = 0
  let started = (): void => {}
  const firstCheck = () => new Promise<void>((resolve) => (started = resolve))
  const counter: Rule = {
    meta: {id: 'counter', severity: 'info', summary: 'Counts.', why: 'For tests.'},
    check: (document, report) => {
      checks++
      started()
      report({start: document.regions[0]?.start ?? 0, end: (document.regions[0]?.start ?? 0) + 4, message: 'checked'})
    }
  }
  const paragraph = 'We talked about the night float schedule and the clinic.\n\n'
  const long = paragraph.repeat(Math.ceil((64 * 1024 * 16) / paragraph.length))
  const big = 'untitled:Long-1'

  it('answers a hover on another document while it is linted', async () => {
    const h = await harness([kindEcho, counter])
    await h.client.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Dear Dr. Ames,'}
    })
    await h.next((p) => p.uri === uri)
    const order: string[] = []
    const done = h.next((p) => p.uri === big).then(() => order.push('long published'))
    const running = firstCheck()
    await h.client.sendNotification('textDocument/didOpen', {
      textDocument: {uri: big, languageId: 'plaintext', version: 1, text: long}
    })
    // The long document's lint is under way: its first window has been checked.
    await running
    const hover = h.client
      .sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})
      .then((answer) => order.push(answer ? 'hover answered' : 'no hover'))
    await Promise.all([done, hover])
    expect(order).toEqual(['hover answered', 'long published'])
  })

  it('stops linting a version the editor has moved past', async () => {
    const h = await harness([counter])
    checks = 0
    const running = firstCheck()
    await h.client.sendNotification('textDocument/didOpen', {
      textDocument: {uri: big, languageId: 'plaintext', version: 1, text: long}
    })
    await running
    await h.client.sendNotification('textDocument/didChange', {
      textDocument: {uri: big, version: 2},
      contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'So '}]
    })
    const published = await h.next((p) => p.uri === big)
    expect(published.version).toBe(2)
    const windows = published.diagnostics.length
    expect(windows).toBeGreaterThanOrEqual(16)
    // Version 2 ran through all its windows; version 1 stopped well short of its own.
    expect(checks).toBeLessThan(windows * 2)
    expect(h.published.filter((p) => p.uri === big).map((p) => p.version)).toEqual([2])
  })
})
