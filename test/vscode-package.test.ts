import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {defaultRules} from '@followup-lint/rules'
import AdmZip from 'adm-zip'
import type {InitializeResult} from 'vscode-languageserver-protocol'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './support/cli.js'
import {clientCapabilities, startClient, type TestClient} from './support/lsp-client.js'
import {draftFiles} from '../packages/language-server/src/scope.js'

const vsix = path.join(repoRoot, 'packages/vscode/followup-lint.vsix')
const ruleIds = defaultRules.map((rule) => rule.meta.id)

interface Manifest {
  version: string
  main: string
  activationEvents: string[]
  repository: {url: string}
  homepage: string
  bugs: {url: string}
  icon: string
  galleryBanner: {color: string; theme: string}
  contributes: {
    commands: {command: string; title: string; category: string}[]
    configuration: {properties: Record<string, {default: unknown}>}
  }
}

describe('the VS Code extension package', () => {
  let zip: AdmZip
  let manifest: Manifest
  let packaging = ''
  // Outside the repository, so the server cannot fall back on anything in node_modules.
  const unpacked = mkdtempSync(path.join(tmpdir(), 'followup-lint-vsix-'))

  beforeAll(() => {
    // No standard input: were vsce to ask whether to go on without a repository or a license, it
    // would read no answer and stop.
    const run = spawnSync('npm', ['run', 'package', '--silent', '-w', 'packages/vscode'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    packaging = run.stdout + run.stderr
    if (run.status !== 0) throw new Error(`packaging failed:\n${packaging}`)
    zip = new AdmZip(vsix)
    zip.extractAllTo(unpacked, true)
    manifest = JSON.parse(zip.readAsText('extension/package.json')) as Manifest
  }, 60_000)

  /** The settings VS Code sends when the user has changed none: the manifest's defaults. */
  function defaultSettings(): Record<string, unknown> {
    const properties = Object.entries(manifest.contributes.configuration.properties)
    return Object.fromEntries(properties.map(([key, property]) => [key.replace(/^followupLint\./, ''), property.default]))
  }

  afterAll(() => rmSync(unpacked, {recursive: true, force: true}))

  /** The packaged server, started with node alone from the unpacked folder, initialized. */
  async function startPackaged(): Promise<TestClient & {initialized: InitializeResult; logged: Promise<string>}> {
    const server = path.join(unpacked, 'extension/dist/server.mjs')
    const client = startClient(process.execPath, [server, '--stdio'], unpacked)
    // The server logs what fails while it lints (a file a rule cannot load), and publishes nothing.
    const logged = new Promise<string>((resolve) =>
      client.connection.onNotification('window/logMessage', (params: {message: string}) => resolve(params.message))
    )
    const initialized: InitializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: clientCapabilities
    })
    await client.connection.sendNotification('initialized', {})
    return Object.assign(client, {initialized, logged})
  }

  async function stop(client: TestClient): Promise<void> {
    await client.connection.sendRequest('shutdown')
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
  }

  it('holds the manifest, the client, the bundled server, the dictionary and every rule README, and nothing else', () => {
    const names = zip.getEntries().map((entry) => entry.entryName)
    expect(names).toEqual(
      expect.arrayContaining([
        'extension.vsixmanifest',
        'extension/package.json',
        'extension/dist/extension.cjs',
        'extension/dist/server.mjs',
        'extension/dist/index.aff',
        'extension/dist/index.dic',
        'extension/dist/dictionary-en-license',
        ...ruleIds.map((id) => `extension/dist/rules/${id}/README.md`)
      ])
    )
    expect(names.filter((name) => /node_modules|\/src\/|\.map$|tsbuildinfo/.test(name))).toEqual([])
  })

  it('declares the activation, settings and the Explain rule command', () => {
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(manifest.activationEvents).toEqual(['onLanguage:plaintext', 'onLanguage:markdown', 'workspaceContains:**/*.eml'])
    expect(manifest.contributes.commands).toContainEqual({
      command: 'followupLint.explainRule',
      title: 'Explain rule',
      category: 'followup-lint'
    })
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual([
      'followupLint.context',
      'followupLint.enable',
      'followupLint.files',
      'followupLint.maxSize',
      'followupLint.rules',
      'followupLint.score'
    ])
    // The extension's default is the one the server documents and exports.
    expect(defaultSettings()).toMatchObject({files: draftFiles, score: false})
    expect(zip.readAsText('extension.vsixmanifest')).toContain('Id="followup-lint-vscode"')
  })

  it('carries what both marketplaces show: repository, links, icon, banner, license and changelog', () => {
    expect(packaging).not.toMatch(/WARNING|ERROR/)
    expect(manifest.repository.url).toBe('https://github.com/followup-lint/followup-lint.git')
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/followup-lint\/followup-lint\//)
    expect(manifest.bugs.url).toBe('https://github.com/followup-lint/followup-lint/issues')
    expect(manifest.galleryBanner).toEqual({color: expect.stringMatching(/^#[0-9A-F]{6}$/i), theme: 'dark'})
    const icon = zip.readFile(`extension/${manifest.icon}`)
    // A PNG (the marketplaces refuse SVG icons) of at least 128 pixels a side.
    expect(icon?.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(icon!.readUInt32BE(16)).toBeGreaterThanOrEqual(128)
    const vsixManifest = zip.readAsText('extension.vsixmanifest')
    expect(vsixManifest).toContain('Microsoft.VisualStudio.Services.Links.Source')
    expect(vsixManifest).toContain('<License>extension/LICENSE.txt</License>')
    expect(vsixManifest).toContain('Microsoft.VisualStudio.Services.Content.Changelog')
    expect(zip.readAsText('extension/changelog.md')).toContain(`## ${manifest.version}`)
  })

  it('runs its bundled server with node alone: initialize, then diagnostics linked to the public rule pages', async () => {
    const client = await startPackaged()
    expect(client.initialized.serverInfo).toEqual({name: 'followup-lint-language-server', version: expect.any(String)})
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
    await stop(client)
  })

  it('checks spelling under the strict preset with the dictionary it carries', async () => {
    const folder = path.join(unpacked, 'strict', 'drafts')
    mkdirSync(folder, {recursive: true})
    writeFileSync(path.join(unpacked, 'strict', '.followuplintrc.yaml'), 'extends: strict\n')
    const draft = path.join(folder, 'thanks.txt')
    const text = 'Dear Dr. Hale,\nI look foward to hearing about the schedule.\n'
    writeFileSync(draft, text)
    const uri = pathToFileURL(draft).href
    const client = await startPackaged()
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri, languageId: 'plaintext', version: 1, text}
    })
    const outcome = await Promise.race([client.diagnostics(uri), client.logged])
    if (typeof outcome === 'string') expect.fail(outcome)
    const spelling = outcome.diagnostics.filter((d) => d.code === 'spelling')
    expect(spelling.map((d) => d.range)).toEqual([{start: {line: 1, character: 7}, end: {line: 1, character: 13}}])
    expect(spelling[0]!.severity).toBe(1)
    await stop(client)
  })

  it('with the settings VS Code sends by default, checks a draft without a score and leaves a README alone', async () => {
    const project = path.join(unpacked, 'project')
    mkdirSync(path.join(project, 'drafts'), {recursive: true})
    const text = 'Dear Dr. Hale,\nYou are my #1 program.\n'
    const draft = pathToFileURL(path.join(project, 'drafts', 'hale.md')).href
    const readme = pathToFileURL(path.join(project, 'README.md')).href
    const client = await startPackaged()
    client.settings = defaultSettings()
    for (const uri of [draft, readme]) {
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: {uri, languageId: 'markdown', version: 1, text}
      })
    }
    const codes = async (uri: string) => (await client.diagnostics(uri)).diagnostics.map((d) => d.code)
    expect(await codes(draft)).toContain('ranking-pressure')
    expect(await codes(draft)).not.toContain('read-aloud-score')
    expect(await codes(readme)).toEqual([])
    await stop(client)
  })
})
