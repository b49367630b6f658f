import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {defaultRules} from '@followup-lint/rules'
import AdmZip from 'adm-zip'
import type {InitializeResult} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './support/cli.js'
import {clientCapabilities, startClient} from './support/lsp-client.js'

const vsix = path.join(repoRoot, 'packages/vscode/followup-lint.vsix')
const ruleIds = defaultRules.map((rule) => rule.meta.id)

describe('the VS Code extension package', () => {
  let zip: AdmZip
  // Outside the repository, so the server cannot fall back on anything in node_modules.
  const unpacked = mkdtempSync(path.join(tmpdir(), 'followup-lint-vsix-'))

  beforeAll(() => {
    execFileSync('npm', ['run', 'package', '--silent', '-w', 'packages/vscode'], {cwd: repoRoot, stdio: 'pipe'})
    zip = new AdmZip(vsix)
    zip.extractAllTo(unpacked, true)
  }, 60_000)

  afterAll(() => rmSync(unpacked, {recursive: true, force: true}))

  it('holds the manifest, the client, the bundled server and every rule README, and nothing else', () => {
    const names = zip.getEntries().map((entry) => entry.entryName)
    expect(names).toEqual(
      expect.arrayContaining([
        'extension.vsixmanifest',
        'extension/package.json',
        'extension/dist/extension.cjs',
        'extension/dist/server.mjs',
        ...ruleIds.map((id) => `extension/dist/rules/${id}/README.md`)
      ])
    )
    expect(names.filter((name) => /node_modules|\/src\/|\.map$|tsbuildinfo/.test(name))).toEqual([])
  })

  it('declares the activation, settings and the Explain rule command', () => {
    const manifest = JSON.parse(zip.readAsText('extension/package.json')) as {
      main: string
      activationEvents: string[]
      contributes: {commands: {command: string; title: string; category: string}[]; configuration: {properties: object}}
    }
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:plaintext', 'onLanguage:markdown']))
    expect(manifest.contributes.commands).toContainEqual({
      command: 'followupLint.explainRule',
      title: 'Explain rule',
      category: 'followup-lint'
    })
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual([
      'followupLint.context',
      'followupLint.enable',
      'followupLint.maxSize',
      'followupLint.rules'
    ])
    expect(zip.readAsText('extension.vsixmanifest')).toContain('Id="followup-lint-vscode"')
  })

  it('runs its bundled server with node alone: initialize, then diagnostics linked to the public rule pages', async () => {
    const server = path.join(unpacked, 'extension/dist/server.mjs')
    const client = startClient(process.execPath, [server, '--stdio'], unpacked)
    const result: InitializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: clientCapabilities
    })
    expect(result.serverInfo).toEqual({name: 'followup-lint-language-server', version: expect.any(String)})
    await client.connection.sendNotification('initialized', {})
    const draft = path.join(unpacked, 'draft.txt')
    const text = 'Dear Dr. Hale,\nYou are my #1 program.\n'
    writeFileSync(draft, text)
    const uri = pathToFileURL(draft).href
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text}
    })
    const published = await client.diagnostics(uri)
    const rank = published.diagnostics.find((d) => d.code === 'ranking-pressure')
    expect(rank?.codeDescription?.href).toBe('https://github.com/followup-lint/followup-lint/blob/main/rules/ranking-pressure/README.md')
    await client.connection.sendRequest('shutdown')
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
  })
})
