// Every front door lints a draft through the one pipeline, so each gives the same findings:
// the command line, the JavaScript API, the language server and the web page.
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import type {Diagnostic, LintResult, Severity} from '@followup-lint/core'
import {
  createMessageConnection,
  type MessageConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import {createConnection} from 'vscode-languageserver/node'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lint} from '../packages/cli/src/index.js'
import {startServer} from '../packages/language-server/src/server.js'
import {scoreCode} from '../packages/language-server/src/translate.js'
import {lintDraftText} from '../packages/web/src/lint.js'
import {fixtureClock} from './expected.js'
import {type CliMessage, cliBin, repoRoot} from './support/cli.js'

const fixtures = path.join(repoRoot, 'fixtures')
const drafts = [
  ...readdirSync(path.join(fixtures, 'drafts')).map((name) => path.join(fixtures, 'drafts', name)),
  ...readdirSync(fixtures).map((name) => path.join(fixtures, name))
].filter((file) => /\.(txt|md|eml)$/.test(file))

/** A finding as every door can state it: 1-based, end-exclusive lines and columns. */
type Finding = Pick<Diagnostic, 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn' | 'severity' | 'message'>

function finding({ruleId, line, column, endLine, endColumn, message}: Omit<Finding, 'severity'>, severity: Severity): Finding {
  return {ruleId, line, column, endLine, endColumn, severity, message}
}

interface Report {
  findings: Finding[]
  kind?: string
}

const today = '2026-01-15'

function ofResult(result: LintResult): Report {
  const findings = result.messages.map((message) => finding(message, message.severity))
  return {findings, ...(result.kind ? {kind: result.kind} : {})}
}

/** (a) The built command line, all drafts in one run, on the fixtures' day. */
function cliReports(): Map<string, Report> {
  const fixedToday = pathToFileURL(path.join(import.meta.dirname, 'support', 'fixed-today.mjs')).href
  const run = spawnSync(process.execPath, ['--import', fixedToday, cliBin, '--format', 'json', ...drafts], {
    cwd: repoRoot,
    encoding: 'utf8'
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`followup-lint exited ${run.status}: ${run.stderr}`)
  const entries = JSON.parse(run.stdout) as {filePath: string; messages: CliMessage[]; kind?: string}[]
  // ESLint's severity is a number that cannot tell a warning from an info hint; `level` can.
  return new Map(
    entries.map((entry) => [
      entry.filePath,
      {
        findings: entry.messages.map((message) => finding(message, message.level)),
        ...(entry.kind ? {kind: entry.kind} : {})
      }
    ])
  )
}

/** (c) The language server, in process, with the fixtures' day as its clock. */
async function languageServer() {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer(createConnection(toServer, toClient), {debounce: 0, docsUrl: () => undefined, clock: fixtureClock})
  const client: MessageConnection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  const waiting = new Map<string, (params: PublishDiagnosticsParams) => void>()
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => waiting.get(params.uri)?.(params))
  client.onRequest('workspace/configuration', () => [{}])
  client.onRequest('client/registerCapability', () => null)
  client.listen()
  await client.sendRequest('initialize', {processId: null, rootUri: null, capabilities: {workspace: {configuration: true}}})
  await client.sendNotification('initialized', {})
  const severities: Record<number, Severity> = {1: 'error', 2: 'warning', 3: 'info'}
  return {
    client,
    async findings(file: string): Promise<Report> {
      const uri = pathToFileURL(file).href
      const published = new Promise<PublishDiagnosticsParams>((resolve) => waiting.set(uri, resolve))
      const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext'
      await client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text: readFileSync(file, 'utf8')}})
      const {diagnostics} = await published
      return {
        findings: diagnostics
          .filter((diagnostic) => diagnostic.code !== scoreCode)
          .map(({code, range, severity, message}) =>
            finding(
              {
                ruleId: String(code),
                line: range.start.line + 1,
                column: range.start.character + 1,
                endLine: range.end.line + 1,
                endColumn: range.end.character + 1,
                message: String(message)
              },
              severities[severity!]!
            )
          )
      }
    }
  }
}

let cli: Map<string, Report>
let server: Awaited<ReturnType<typeof languageServer>>

beforeAll(async () => {
  cli = cliReports()
  server = await languageServer()
})

afterAll(() => server.client.dispose())

describe('every front door gives the same findings', () => {
  it('reads every fixture', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(20)
    expect([...cli.keys()].sort()).toEqual([...drafts].sort())
    // Enough findings that agreeing on them says something.
    expect([...cli.values()].reduce((sum, report) => sum + report.findings.length, 0)).toBeGreaterThan(50)
  })

  it.each(drafts.map((file) => [path.relative(repoRoot, file), file]))('%s', async (_name, file) => {
    const text = readFileSync(file, 'utf8')
    const fromCli = cli.get(file)!
    expect(fromCli.kind).toBeDefined()

    const fromApi = ofResult(await lint(text, {filePath: file, context: {today}}))
    expect(fromApi).toEqual(fromCli)

    const fromServer = await server.findings(file)
    expect(fromServer.findings).toEqual(fromCli.findings)

    // The page reads what is pasted into it as a .txt file.
    if (file.endsWith('.txt')) {
      const fromPage = ofResult(await lintDraftText(text, {}, {clock: fixtureClock}))
      expect(fromPage).toEqual(fromCli)
    }
  })
})

describe('the JavaScript API', () => {
  const draft = readFileSync(path.join(fixtures, 'update-front-matter.md'), 'utf8')

  it('honours front matter: a draft that says it is an update is linted as one', async () => {
    // Its words alone read as a thank-you: only the front matter makes it an update.
    const body = 'Dear Dr. Ames,\n\nThank you for the interview on Tuesday.\n\nBest,\nSam Lee\n'
    expect((await lint(body, {filePath: 'draft.md'})).kind).toBe('thank-you')
    const update = `---\nkind: update\n---\n${body}`
    expect((await lint(update, {filePath: 'draft.md'})).kind).toBe('update')
    expect((await lint(update, {filePath: 'draft.md'})).messages.every((m) => m.line > 3)).toBe(true)
    // Without a path the draft is read as text, whose front matter counts as well.
    expect((await lint(update)).kind).toBe('update')
  })

  it('lets its context win over front matter, as the command line\'s flags do', async () => {
    expect((await lint(draft, {filePath: 'update-front-matter.md', context: {kind: 'thank-you'}})).kind).toBe('thank-you')
  })

  it('takes a configuration as data: its rules, its context and its phrases', async () => {
    const plain = 'Dear Dr. Ames,\n\nThank you for the interview.\n\nBest,\nSam\n'
    const config = {
      context: {kind: 'update'},
      phrases: [{id: 'no-interview', severity: 'error' as const, message: 'Name the day.', patterns: ['the interview']}]
    }
    const result = await lint(plain, {config})
    expect(result.kind).toBe('update')
    expect(result.messages.map((m) => [m.ruleId, m.severity])).toContainEqual(['no-interview', 'error'])
    const off = await lint(plain, {config, rules: {'no-interview': 'off'}})
    expect(off.messages.map((m) => m.ruleId)).not.toContain('no-interview')
  })

  it('checks a template as one when its context or its configuration says so', async () => {
    const template = 'Dear [Coordinator Name],\n\nThank you for the interview day at [Program Name].\n'
    const slots = (result: LintResult) => result.messages.filter((m) => m.ruleId === 'unfilled-placeholder').length
    expect(slots(await lint(template))).toBe(2)
    expect(slots(await lint(template, {context: {template: true}}))).toBe(0)
    expect(slots(await lint(template, {config: {context: {template: true}}}))).toBe(0)
    expect(slots(await lint(`---\ntemplate: false\n---\n${template}`, {config: {context: {template: true}}}))).toBe(2)
    await expect(lint('Hi.', {context: {colour: 'red'} as never})).rejects.toThrow(/^context: colour: unknown key \(known: /)
  })

  it('refuses a configuration it cannot use, naming the key', async () => {
    await expect(lint('Hi.', {config: {extends: 'lenient' as never}})).rejects.toThrow(/^config: extends: /)
    await expect(lint('Hi.', {rules: {'no-such-rule': 'off'}})).rejects.toThrow('config: rules.no-such-rule: unknown rule')
    await expect(lint('Hi.', {context: {kind: 'poem' as never}})).rejects.toThrow(/^context: kind: must be one of/)
    await expect(lint('Hi.', {context: {today: '2026-02-30'}})).rejects.toThrow('context: today: must be a real date written YYYY-MM-DD, not "2026-02-30"')
  })
})
