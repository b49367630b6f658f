// The extension APIs this extension calls, typed by hand: Chromium's `chrome` and Firefox's
// `browser` answer the same calls with promises in Manifest V3.

export interface Tab {
  id?: number
  url?: string
}

interface Event<T extends (...args: never[]) => unknown> {
  addListener(listener: T): void
}

export interface MessageSender {
  tab?: Tab
}

export interface RegisteredScript {
  id: string
  matches?: string[]
  js?: string[]
  runAt?: 'document_start' | 'document_end' | 'document_idle'
  persistAcrossSessions?: boolean
}

export interface ExtensionApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>
    onMessage: Event<(message: unknown, sender: MessageSender, respond: (answer: unknown) => void) => boolean | void>
    openOptionsPage(): Promise<void>
    getURL(path: string): string
  }
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>
      set(items: Record<string, unknown>): Promise<void>
      remove(keys: string | string[]): Promise<void>
    }
    onChanged: Event<(changes: Record<string, {oldValue?: unknown; newValue?: unknown}>, area: string) => void>
  }
  action: {
    setBadgeText(details: {tabId?: number; text: string}): Promise<void>
    setBadgeBackgroundColor(details: {tabId?: number; color: string}): Promise<void>
    setBadgeTextColor?(details: {tabId?: number; color: string}): Promise<void>
  }
  tabs: {
    query(query: {active: boolean; currentWindow: boolean}): Promise<Tab[]>
    sendMessage(tabId: number, message: unknown): Promise<unknown>
  }
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>
    unregisterContentScripts(filter: {ids: string[]}): Promise<void>
    getRegisteredContentScripts(filter?: {ids: string[]}): Promise<RegisteredScript[]>
    executeScript(injection: {target: {tabId: number}; files: string[]}): Promise<unknown>
  }
  permissions: {
    request(permissions: {origins: string[]}): Promise<boolean>
    contains(permissions: {origins: string[]}): Promise<boolean>
    remove(permissions: {origins: string[]}): Promise<boolean>
  }
}

declare const browser: ExtensionApi | undefined
declare const chrome: ExtensionApi | undefined

export const api: ExtensionApi = (typeof browser !== 'undefined' ? browser : chrome)!

/** The messages between the parts of the extension. */
export type Message =
  | {type: 'findings'; count: number; errors: number}
  | {type: 'status'}
  | {type: 'site'; origin: string; on: boolean; tabId?: number}
