import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind} from 'vscode-languageclient/node'

const source = 'followup-lint'
const scoreCode = 'read-aloud-score'

let client: LanguageClient | undefined

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code
  return typeof code === 'string' && code !== scoreCode ? code : undefined
}

/** The rule of the finding under the cursor, if there is one. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor
  if (!editor) return undefined
  const cursor = editor.selection.active
  for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
    if (diagnostic.source === source && diagnostic.range.contains(cursor)) {
      const code = codeOf(diagnostic)
      if (code) return code
    }
  }
  return undefined
}

function ruleIds(docsDir: string): string[] {
  if (!existsSync(docsDir)) return []
  return readdirSync(docsDir)
    .filter((name) => existsSync(path.join(docsDir, name, 'README.md')))
    .sort()
}

async function explainRule(docsDir: string, ruleId?: unknown): Promise<void> {
  const known = ruleIds(docsDir)
  const id =
    (typeof ruleId === 'string' && known.includes(ruleId) ? ruleId : undefined) ??
    ruleAtCursor() ??
    (await vscode.window.showQuickPick(known, {placeHolder: 'Which followup-lint rule?'}))
  if (!id) return
  const readme = vscode.Uri.file(path.join(docsDir, id, 'README.md'))
  try {
    await vscode.commands.executeCommand('markdown.showPreview', readme)
  } catch {
    await vscode.window.showTextDocument(readme)
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const dist = context.asAbsolutePath('dist')
  const serverModule = path.join(dist, 'server.mjs')
  const serverOptions: ServerOptions = {
    run: {module: serverModule, transport: TransportKind.ipc},
    debug: {module: serverModule, transport: TransportKind.ipc}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'untitled', language: 'plaintext'},
      {scheme: 'file', language: 'markdown'},
      {scheme: 'untitled', language: 'markdown'},
      {scheme: 'file', pattern: '**/*.eml'}
    ]
  }
  context.subscriptions.push(
    vscode.commands.registerCommand('followupLint.explainRule', (ruleId?: unknown) =>
      explainRule(path.join(dist, 'rules'), ruleId)
    )
  )
  client = new LanguageClient('followupLint', 'followup-lint', serverOptions, clientOptions)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
