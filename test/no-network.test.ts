// No code path reaches the network: the command line over every fixture, and a whole language
// server session, run with a preload that makes each of Node's network entry points throw.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {CodeAction} from 'vscode-languageserver-protocol'
import {describe, expect, it} from 'vitest'
import {repoRoot, serverBin} from './support/cli.js'
import {clientCapabilities, startClient} from './support/lsp-client.js'

const preload = pathToFileURL(path.join(repoRoot, 'test', 'support', 'no-network.mjs')).href
const cli = path.join(repoRoot, 'packages', 'cli', 'bin', 'followup-lint.js')

function fixtures(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.(txt|md|eml)$/.test(name))
    .map((name) => path.join(dir, name))
}

describe('with every network entry point refusing', () => {
  it('the preload does refuse', () => {
    const probe = spawnSync(process.execPath, ['--import', preload, '-e', "fetch('http://127.0.0.1:9')"], {encoding: 'utf8', timeout: 20_000})
    expect(probe.status).not.toBe(0)
    expect(probe.stderr).toContain('network access refused: fetch')
  })

  it('the command line lints every fixture, in every output format, and fixes in a dry run', () => {
    const files = [...fixtures('fixtures/drafts'), ...fixtures('fixtures/templates'), 'fixtures/thank-you-overdone.txt', 'fixtures/update-front-matter.md']
    expect(files.length).toBeGreaterThan(15)
    for (const args of [['-f', 'json'], ['-f', 'sarif'], ['-f', 'github'], ['--score'], ['--fix-dry-run']]) {
      const run = spawnSync(process.execPath, ['--import', preload, cli, ...args, ...files], {cwd: repoRoot, encoding: 'utf8', timeout: 60_000})
      expect(run.stderr).toBe('')
      expect([0, 1]).toContain(run.status)
    }
  })

  it('the language server serves a whole session', async () => {
    const client = startClient(process.execPath, ['--import', preload, serverBin, '--stdio'], repoRoot)
    try {
      await client.connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(repoRoot).href, capabilities: clientCapabilities})
      await client.connection.sendNotification('initialized', {})
      const files = ['fixtures/thank-you-overdone.txt', 'fixtures/update-front-matter.md', 'fixtures/drafts/flagged-three-formats.eml']
      for (const file of files) {
        const uri = pathToFileURL(path.join(repoRoot, file)).href
        const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext'
        await client.connection.sendNotification('textDocument/didOpen', {
          textDocument: {uri, languageId, version: 1, text: readFileSync(path.join(repoRoot, file), 'utf8')}
        })
        const published = await client.diagnostics(uri, (p) => p.version === 1)
        expect(published.diagnostics.length).toBeGreaterThan(0)
        const first = published.diagnostics[0]!
        await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: first.range.start})
        const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: {uri},
          range: first.range,
          context: {diagnostics: [first]}
        })
        expect(Array.isArray(actions)).toBe(true)
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: {uri, version: 2},
          contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'Thx. '}]
        })
        await client.diagnostics(uri, (p) => p.version === 2)
        await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
      }
      await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})
      await client.connection.sendRequest('shutdown')
      await client.connection.sendNotification('exit')
      expect(await client.exited).toBe(0)
      expect(client.stderr()).not.toContain('network access refused')
      expect(client.messages.filter((message) => message.includes('network'))).toEqual([])
    } finally {
      if (client.process.exitCode === null) client.process.kill()
    }
  })
})
