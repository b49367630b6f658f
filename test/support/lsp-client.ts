// A minimal LSP client for the tests: spawns a server over stdio, answers its requests for
// settings and registrations, and records what it publishes.
import {type ChildProcessWithoutNullStreams, spawn} from 'node:child_process'
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import type {PublishDiagnosticsParams, Registration} from 'vscode-languageserver-protocol'

export interface TestClient {
  connection: MessageConnection
  process: ChildProcessWithoutNullStreams
  /** Every publishDiagnostics notification, in arrival order. */
  published: PublishDiagnosticsParams[]
  registrations: Registration[]
  messages: string[]
  /** What the next workspace/configuration request is answered with. */
  settings: unknown
  /** Resolves with the first publish for a URI that satisfies `test` (past ones included). */
  diagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>
  exited: Promise<number | null>
  stderr: () => string
}

export function startClient(command: string, args: string[], cwd?: string): TestClient {
  const child = spawn(command, args, {cwd, stdio: 'pipe'})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiters: {uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void}[] = []
  const client: TestClient = {
    connection,
    process: child,
    published: [],
    registrations: [],
    messages: [],
    settings: {},
    exited,
    stderr: () => stderr,
    diagnostics(uri, test = () => true) {
      const past = client.published.find((params) => params.uri === uri && test(params))
      if (past) return Promise.resolve(past)
      return new Promise((resolve) => waiters.push({uri, test, resolve}))
    }
  }
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    client.published.push(params)
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.test(params)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(params)
      }
    }
  })
  connection.onNotification('window/showMessage', (params: {message: string}) => {
    client.messages.push(params.message)
  })
  connection.onNotification('window/logMessage', () => {})
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => client.settings))
  connection.onRequest('client/registerCapability', (params: {registrations: Registration[]}) => {
    client.registrations.push(...params.registrations)
    return null
  })
  connection.listen()
  return client
}

/** The capabilities of an editor that can be asked for settings and watches files. */
export const clientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: {dynamicRegistration: true},
    didChangeWatchedFiles: {dynamicRegistration: true}
  },
  textDocument: {
    publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true},
    hover: {contentFormat: ['markdown', 'plaintext']},
    codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}, isPreferredSupport: true}
  }
}
