import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {defaultRules} from '@followup-lint/rules'
import type {CodeAction, Diagnostic, Hover, InitializeResult, TextEdit} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cliReport, lspRange, lspSeverity, repoRoot, rewritesOf, serverBin} from './support/cli.js'
import {clientCapabilities, startClient, type TestClient} from './support/lsp-client.js'

const txtPath = path.join(repoRoot, 'fixtures/thank-you-overdone.txt')
const mdPath = path.join(repoRoot, 'fixtures/update-front-matter.md')
const txtUri = pathToFileURL(txtPath).href
const mdUri = pathToFileURL(mdPath).href

function findings(params: {diagnostics: Diagnostic[]}): Diagnostic[] {
  return params.diagnostics.filter((d) => d.code !== 'read-aloud-score')
}

describe('the language server over stdio', () => {
  let client: TestClient
  let initialized: InitializeResult
  // The client's copy of the text document, edited the way an editor would.
  let txt = TextDocument.create(txtUri, 'plaintext', 1, readFileSync(txtPath, 'utf8'))

  async function edit(edits: TextEdit[]): Promise<void> {
    txt = TextDocument.update(
      txt,
      edits.map((e) => ({range: e.range, text: e.newText})),
      txt.version + 1
    )
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: txtUri, version: txt.version},
      contentChanges: edits.map((e) => ({range: e.range, text: e.newText}))
    })
  }

  function hoverAt(line: number, character: number): Promise<Hover | null> {
    return client.connection.sendRequest('textDocument/hover', {textDocument: {uri: txtUri}, position: {line, character}})
  }

  /** The first publish for a URI after `cause` has been sent. */
  async function publishAfter(uri: string, cause: () => Promise<void>) {
    const count = client.published.length
    await cause()
    return client.diagnostics(uri, (p) => client.published.indexOf(p) >= count)
  }

  const settingsChanged = () => client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {}})

  beforeAll(async () => {
    client = startClient(process.execPath, [serverBin, '--stdio'], repoRoot)
    initialized = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(repoRoot).href,
      capabilities: clientCapabilities
    })
    await client.connection.sendNotification('initialized', {})
  })

  afterAll(() => {
    if (client.process.exitCode === null) client.process.kill()
  })

  it('announces incremental sync, quick fixes and hover', () => {
    expect(initialized.capabilities).toMatchObject({
      textDocumentSync: {openClose: true, change: 2},
      codeActionProvider: {codeActionKinds: ['quickfix']},
      hoverProvider: true
    })
    expect(initialized.serverInfo?.name).toBe('followup-lint-language-server')
  })

  it('publishes on open what the CLI reports, with exact ranges, codes and docs links', async () => {
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: txtUri, languageId: 'plaintext', version: 1, text: txt.getText()}
    })
    const published = await client.diagnostics(txtUri, (p) => p.version === 1)
    const cli = cliReport(txtPath)
    expect(cli.messages.length).toBeGreaterThan(3)
    expect(findings(published)).toEqual(
      cli.messages.map((m) => ({
        range: lspRange(m),
        severity: lspSeverity[m.level],
        code: m.ruleId,
        source: 'followup-lint',
        message: m.message,
        codeDescription: {href: m.url},
        ...(m.suggestions ? {data: {suggestions: rewritesOf(m)}} : {})
      }))
    )
    const score = published.diagnostics.at(-1)!
    expect(score).toMatchObject({code: 'read-aloud-score', severity: 3, range: {start: {line: 0, character: 0}}})
    expect(score.message).toContain(`${cli.score}/100`)
    // Each link is the rule's public page: its README at the same path in the repository.
    for (const d of findings(published)) {
      const href = new URL(d.codeDescription!.href)
      expect(href.origin + href.pathname.replace(/\/blob\/main\/.*/, '')).toBe('https://github.com/followup-lint/followup-lint')
      const readme = path.join(repoRoot, ...href.pathname.split('/blob/main/')[1]!.split('/'))
      expect(readFileSync(readme, 'utf8')).toContain(`# \`${d.code}\``)
    }
  })

  it('asked for its settings and registered for settings and config file changes', () => {
    const methods = client.registrations.map((r) => r.method)
    expect(methods).toContain('workspace/didChangeConfiguration')
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')
    expect(watch?.registerOptions).toEqual({watchers: [{globPattern: '**/.followuplintrc*'}]})
  })

  it('offers the suggestions as quick fixes that replace exactly the flagged words', async () => {
    const published = await client.diagnostics(txtUri, (p) => p.version === txt.version)
    const flattery = findings(published).find((d) => d.code === 'flattery')!
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: txtUri},
      range: flattery.range,
      context: {diagnostics: [flattery]}
    })
    const fix = actions.find((a) => a.title === 'Replace with “I appreciated my time at your program”')
    expect(fix).toBeDefined()
    expect(fix!.kind).toBe('quickfix')
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false)
    const edits = fix!.edit!.changes![txtUri]!
    expect(TextDocument.applyEdits(txt, edits).split('\n')[5]).toBe(
      '🙏 I I appreciated my time at your program the program, and you are my #1 — I will rank you first.'
    )
  })

  it('explains a finding on hover with the rule id, summary and why', async () => {
    const published = await client.diagnostics(txtUri, (p) => p.version === txt.version)
    const rank = findings(published).find((d) => d.code === 'ranking-pressure')!
    const hover = (await hoverAt(rank.range.start.line, rank.range.start.character + 3))!
    const meta = defaultRules.find((rule) => rule.meta.id === 'ranking-pressure')!.meta
    const value = (hover.contents as {value: string}).value
    expect(value).toContain('**ranking-pressure** (error)')
    expect(value).toContain(meta.summary)
    expect(value).toContain(meta.why.trim().split('\n')[0])
    expect(hover.range).toEqual(rank.range)
    // A line with no finding on it has nothing to explain.
    const flaggedLines = new Set(findings(published).flatMap((d) => [d.range.start.line, d.range.end.line]))
    const quiet = txt.getText().split('\n').findIndex((text, line) => text.trim() !== '' && !flaggedLines.has(line))
    expect(quiet).toBeGreaterThanOrEqual(0)
    expect(await hoverAt(quiet, 1)).toBeNull()
  })

  it('re-lints after quick edits and never goes back to an older version', async () => {
    const before = client.published.length
    const line = txt.getText().split('\n')[5]!
    const start = line.indexOf('you are my #1')
    // Three quick edits: the last one wins.
    await edit([{range: {start: {line: 5, character: start}, end: {line: 5, character: start + 13}}, newText: 'the clinic'}])
    await edit([{range: {start: {line: 5, character: start}, end: {line: 5, character: start + 3}}, newText: 'your'}])
    const rankAt = txt.getText().split('\n')[5]!.indexOf('I will rank you first')
    await edit([{range: {start: {line: 5, character: rankAt}, end: {line: 5, character: rankAt + 21}}, newText: 'I look forward to hearing from you'}])
    const final = await client.diagnostics(txtUri, (p) => p.version === txt.version)
    const after = client.published.slice(before).filter((p) => p.uri === txtUri)
    const versions = after.map((p) => p.version!)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(findings(final).map((d) => d.code)).not.toContain('ranking-pressure')
    expect(findings(final).map((d) => d.code)).toContain('flattery')
    // The new score follows the text.
    expect(final.diagnostics.at(-1)!.message).not.toBe(client.published[before - 1]!.diagnostics.at(-1)!.message)
  })

  it('offers "Disable <rule> in this file" in Markdown, and the comment silences the rule', async () => {
    let md = TextDocument.create(mdUri, 'markdown', 1, readFileSync(mdPath, 'utf8'))
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: {uri: mdUri, languageId: 'markdown', version: 1, text: md.getText()}
    })
    const published = await client.diagnostics(mdUri, (p) => p.version === 1)
    const flattery = findings(published).find((d) => d.code === 'flattery')!
    expect(flattery).toBeDefined()
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: mdUri},
      range: flattery.range,
      context: {diagnostics: [flattery], only: ['quickfix']}
    })
    const disable = actions.find((a) => a.title === 'Disable flattery in this file')!
    const [insert] = disable.edit!.changes![mdUri]!
    expect(insert).toEqual({
      range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}},
      newText: '<!-- followup-lint-disable flattery -->\n'
    })
    md = TextDocument.update(md, [{range: insert!.range, text: insert!.newText}], 2)
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri: mdUri, version: 2},
      contentChanges: [{range: insert!.range, text: insert!.newText}]
    })
    const after = await client.diagnostics(mdUri, (p) => p.version === 2)
    expect(findings(after).map((d) => d.code)).not.toContain('flattery')
    const none: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: mdUri},
      range: flattery.range,
      context: {diagnostics: [], only: ['refactor']}
    })
    expect(none).toEqual([])
  })

  it('follows settings changes: severities, rules turned off, and enable', async () => {
    client.settings = {rules: {flattery: 'info', 'social-media': 'off'}}
    const changed = await publishAfter(txtUri, settingsChanged)
    const codes = findings(changed).map((d) => [d.code, d.severity])
    expect(codes).toContainEqual(['flattery', 3])
    expect(codes.map(([code]) => code)).not.toContain('social-media')

    client.settings = {enable: false}
    const off = await publishAfter(txtUri, settingsChanged)
    expect(off.diagnostics).toEqual([])
  })

  it('survives bad settings and requests for unknown documents, and says what was wrong', async () => {
    client.settings = {
      enable: 'sometimes',
      rules: {'no-such-rule': 'off', flattery: 7, timing: ['warning', {thankYouDays: 0}]},
      context: {kind: 'poem'}
    }
    const published = await publishAfter(txtUri, settingsChanged)
    expect(findings(published).map((d) => d.code)).toContain('flattery')
    expect(client.messages).toContain('followup-lint: followupLint.rules: unknown rule "no-such-rule"')
    expect(client.messages).toContain('followup-lint: followupLint.rules.timing.thankYouDays: must be a whole number from 1 to 60, not 0')
    expect(client.messages).toContain('followup-lint: followupLint.context.kind: must be one of thank-you, correction, update, question, forward-request, not "poem"')
    const actions = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri: 'file:///nowhere/draft.txt'},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: []}
    })
    expect(actions).toEqual([])
    expect(await hoverAt(9999, 9999)).toBeNull()
  })

  it('re-lints when a config file changes', async () => {
    const again = await publishAfter(txtUri, () =>
      client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{uri: pathToFileURL(path.join(repoRoot, '.followuplintrc.json')).href, type: 2}]
      })
    )
    expect(again.version).toBe(txt.version)
  })

  it('clears a closed document and exits cleanly on shutdown and exit', async () => {
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: mdUri}})
    const cleared = await client.diagnostics(mdUri, (p) => p.diagnostics.length === 0)
    expect(cleared.diagnostics).toEqual([])
    await client.connection.sendRequest('shutdown')
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
    expect(client.stderr()).toBe('')
  })
})
