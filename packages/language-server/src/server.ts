import {fileURLToPath} from 'node:url'
import {
  ConfigError,
  createLinter,
  type Diagnostic as Finding,
  DraftError,
  type DraftFormat,
  type Linter,
  type LintResult,
  type Rule,
  type RuleMeta,
  defaultMaxBytes,
  contextWords,
  formatSize,
  lintText,
  utf8Length
} from '@followup-lint/core'
import {clearConfigCache, lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Hover,
  type HoverParams,
  type InitializeResult,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {disableRuleAction, isMarkdown, suggestionActions} from './actions.js'
import {findingsAt, hoverFor} from './hover.js'
import {ruleDocs} from './rule-docs.js'
import {inScope} from './scope.js'
import {type Settings, SettingsStore} from './settings.js'

/** The format of a document: Markdown by its language even when it has no file name yet. */
function formatOf(document: TextDocument, filePath: string | undefined): DraftFormat | undefined {
  if (document.languageId === 'markdown') return 'markdown'
  if (filePath?.toLowerCase().endsWith('.eml')) return 'email'
  return filePath ? undefined : 'text'
}
import {toLspDiagnostic, toLspDiagnostics} from './translate.js'
import {serverVersion} from './version.js'

/** The settings section the server asks the client for. */
export const settingsSection = 'followupLint'

/** Config files whose change re-lints every open document. */
export const configFileGlob = '**/.followuplintrc*'

/** Options of {@link startServer}; the defaults are what the binary uses. */
export interface ServerOptions {
  rules?: readonly Rule[]
  /** Milliseconds to wait after the last edit before linting. */
  debounce?: number
  /** The address of a rule's documentation: by default its public page (`RuleMeta.url`). */
  docsUrl?: (ruleId: string) => string | undefined
  /** Today, for rules that measure time (tests pass a fixed one). */
  clock?: () => Date
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

interface Linted {
  version: number
  /** The text linted: a client may send two different texts under one version number. */
  text: string
  settings: Settings
  result: LintResult
}

/** The size cap in bytes that settings give, `maxSize` megabytes (4 by default, as the command line). */
function capOf(settings: Settings): number {
  return Math.round(settings.maxSize * 1024 * 1024) || defaultMaxBytes
}

/** Whether a document is over the size cap of every front door: it is then not linted at all. */
function tooLarge(document: TextDocument, settings: Settings): boolean {
  const text = document.getText()
  const cap = capOf(settings)
  // Three bytes per UTF-16 unit at the most: the exact count only near the cap.
  return text.length * 3 > cap && utf8Length(text) > cap
}

/** The one diagnostic of a document over the cap, so that the user knows why nothing is shown. */
function sizeNotice(settings: Settings): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: 3,
    source: 'followup-lint',
    message: `followup-lint does not check this document: it is larger than the ${formatSize(capOf(settings))} limit for a draft (followupLint.maxSize).`
  }
}

/** Serve followup-lint over a connection until the client says exit. */
/** Why a lint was stopped: the document changed or closed before it finished. */
class Stale extends Error {
  constructor() {
    super('the document changed while it was linted')
    this.name = 'Stale'
  }
}

function staleIsNothing(error: unknown): undefined {
  if (error instanceof Stale) return undefined
  throw error
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const linter: Linter = createLinter(options.rules ?? defaultRules)
  const metaById = new Map<string, RuleMeta>(linter.rules.map((rule) => [rule.meta.id, rule.meta]))
  const docsUrl = options.docsUrl ?? ruleDocs(linter.rules)
  const debounce = options.debounce ?? 150
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  const linted = new Map<string, Linted>()
  const inFlight = new Map<string, Omit<Linted, 'result'> & {result: Promise<LintResult>; controller: AbortController}>()
  let canAskConfiguration = false
  let canRegisterConfiguration = false
  let canWatchFiles = false
  let shuttingDown = false

  const store = new SettingsStore({
    knownRules: metaById,
    report: (problem) => warn(problem),
    editor: async (uri) =>
      canAskConfiguration ? connection.workspace.getConfiguration({scopeUri: uri, section: settingsSection}) : undefined
  })

  // A notification, not window/showMessageRequest: nothing waits on the user, and a client
  // that cannot show messages cannot make the server fail.
  function warn(message: string): void {
    connection
      .sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: `followup-lint: ${message}`})
      .catch(() => {})
  }

  function logError(where: string, error: unknown): void {
    connection.console.error(`followup-lint: ${where}: ${(error as Error)?.stack ?? String(error)}`)
  }

  /**
   * Lint as the command line does: the document's format, its config file, its front matter
   * and headers, with the editor's settings below the config file. A broken config file is
   * reported once and the document is linted with the editor settings alone, then, if those
   * are what is broken, with none.
   */
  async function lintDocument(document: TextDocument, settings: Settings, signal: AbortSignal): Promise<LintResult> {
    const filePath = filePathOf(document.uri)
    const text = document.getText()
    const format = formatOf(document, filePath)
    const rules = options.rules ?? defaultRules
    const defaults = {rules: settings.rules, context: contextWords(settings.context)}
    const draft = {rules, signal, ...(filePath ? {filePath} : {}), ...(format ? {format} : {}), ...(options.clock ? {clock: options.clock} : {})}
    try {
      return await lintDraft(text, {...draft, defaults})
    } catch (error) {
      if (!(error instanceof ConfigError) && !(error instanceof DraftError)) throw error
      warn(`${error.message}; linting with the editor settings only`)
    }
    for (const fallback of [defaults, {context: defaults.context}]) {
      try {
        return await lintText(text, {...draft, defaults: fallback})
      } catch (error) {
        if (!(error instanceof ConfigError) && !(error instanceof DraftError)) throw error
      }
    }
    // The draft itself cannot be read (front matter being typed, say): its text as it stands
    // keeps the editor's findings in place until it can be.
    return linter.lint(text, {context: settings.context, ...(filePath ? {filePath} : {})})
  }

  /**
   * The lint result of the document as it is now, linted at most once per version and
   * settings. A long document is linted a window at a time, so hovers and other documents are
   * answered meanwhile; a lint of a version the editor has moved past is stopped.
   */
  async function resultFor(document: TextDocument, settings: Settings): Promise<LintResult> {
    const {uri, version} = document
    const text = document.getText()
    const same = (entry: {version: number; text: string; settings: Settings} | undefined) =>
      entry !== undefined && entry.version === version && entry.text === text && entry.settings === settings
    const cached = linted.get(uri)
    if (same(cached)) return cached!.result
    const running = inFlight.get(uri)
    if (same(running)) return running!.result
    running?.controller.abort(new Stale())
    const controller = new AbortController()
    const result = lintDocument(document, settings, controller.signal)
    const entry = {version, text, settings, result, controller}
    inFlight.set(uri, entry)
    try {
      const done = await result
      // A document closed while it was linted keeps nothing behind.
      if (documents.get(uri)) linted.set(uri, {version, text, settings, result: done})
      return done
    } finally {
      if (inFlight.get(uri) === entry) inFlight.delete(uri)
    }
  }

  /** Whether a document is linted at all: checking is on, and it is one of the drafts `files` names. */
  async function checked(document: TextDocument, settings: Settings): Promise<boolean> {
    return settings.enable && (await inScope(filePathOf(document.uri), document.getText(), settings.files))
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const settings = await store.settingsFor(uri)
    // The text may have changed while the settings were read; only the newest version is published.
    const current = documents.get(uri)
    if (!current || current.version !== document.version || shuttingDown) return
    const diagnostics = !(await checked(current, settings))
      ? []
      : tooLarge(current, settings)
        ? [sizeNotice(settings)]
        : toLspDiagnostics(await resultFor(current, settings), current, docsUrl, {score: settings.score})
    // Linting is asynchronous now (config files, Markdown): check the version once more.
    if (documents.get(uri)?.version !== current.version || shuttingDown) return
    await connection.sendDiagnostics({uri, version: current.version, diagnostics})
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        validate(uri).catch((error: unknown) => {
          if (!(error instanceof Stale)) logError(`linting ${uri}`, error)
        })
      }, delay)
    )
  }

  function relintAll(): void {
    store.clear()
    clearConfigCache()
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities?.workspace
    canAskConfiguration = workspace?.configuration === true
    canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true
    canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        hoverProvider: true
      },
      serverInfo: {name: 'followup-lint-language-server', version: serverVersion}
    }
  })

  connection.onInitialized(() => {
    if (canRegisterConfiguration) {
      connection.client
        .register(DidChangeConfigurationNotification.type, {section: settingsSection})
        .catch((error: unknown) => logError('registering for settings changes', error))
    }
    if (canWatchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: configFileGlob}]})
        .catch((error: unknown) => logError('watching config files', error))
    }
  })

  connection.onDidChangeConfiguration((change) => {
    const settings = (change.settings as Record<string, unknown> | null | undefined)?.[settingsSection]
    store.setGlobal(settings)
    relintAll()
  })

  connection.onDidChangeWatchedFiles(() => relintAll())

  // Opening a document also fires a content change; the open lints at once, edits wait.
  const justOpened = new Set<string>()
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri)
    schedule(event.document.uri, 0)
  })
  documents.onDidChangeContent((event) => {
    const {uri} = event.document
    if (!justOpened.delete(uri)) schedule(uri, debounce)
  })
  documents.onDidClose((event) => {
    const {uri} = event.document
    clearTimeout(timers.get(uri))
    timers.delete(uri)
    linted.delete(uri)
    inFlight.get(uri)?.controller.abort(new Stale())
    inFlight.delete(uri)
    justOpened.delete(uri)
    store.forget(uri)
    if (!shuttingDown) {
      connection.sendDiagnostics({uri, diagnostics: []}).catch((error: unknown) => logError(`clearing ${uri}`, error))
    }
  })

  /** The findings of an open, enabled document, as of its current text. */
  async function findingsOf(uri: string): Promise<{document: TextDocument; findings: Finding[]} | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    const settings = await store.settingsFor(uri)
    const current = documents.get(uri)
    if (!current || !(await checked(current, settings)) || tooLarge(current, settings)) return undefined
    const result = await resultFor(current, settings)
    // An edit that landed while linting makes the findings stale; answer for the new text later.
    if (documents.get(uri)?.version !== current.version) return undefined
    return {document: current, findings: result.messages}
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const only = params.context.only
    if (only && !only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) {
      return []
    }
    const found = await findingsOf(params.textDocument.uri).catch(staleIsNothing)
    if (!found) return []
    const {document, findings} = found
    const {uri} = document
    const from = document.offsetAt(params.range.start)
    const to = document.offsetAt(params.range.end)
    const touched = findings.filter((finding) => finding.offset <= to && from <= finding.endOffset)
    const actions: CodeAction[] = []
    const disable = new Map<string, Diagnostic[]>()
    for (const finding of touched) {
      const diagnostic = toLspDiagnostic(finding, document, docsUrl(finding.ruleId))
      actions.push(...suggestionActions(uri, finding, diagnostic))
      const same = disable.get(finding.ruleId)
      if (same) same.push(diagnostic)
      else disable.set(finding.ruleId, [diagnostic])
    }
    if (isMarkdown(uri, document.languageId)) {
      for (const [ruleId, diagnostics] of disable) actions.push(disableRuleAction(uri, document, ruleId, diagnostics))
    }
    return actions
  }

  async function hover(params: HoverParams): Promise<Hover | null> {
    const found = await findingsOf(params.textDocument.uri).catch(staleIsNothing)
    if (!found) return null
    const {document, findings} = found
    const here = findingsAt(findings, document.offsetAt(params.position))
    return hoverFor(here, document, (id) => metaById.get(id), docsUrl) ?? null
  }

  connection.onCodeAction((params) =>
    codeActions(params).catch((error: unknown) => {
      logError('code actions', error)
      return []
    })
  )
  connection.onHover((params) =>
    hover(params).catch((error: unknown) => {
      logError('hover', error)
      return null
    })
  )

  connection.onShutdown(() => {
    shuttingDown = true
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
  })

  documents.listen(connection)
  connection.listen()
}
