// The content script: finds the compose windows on the page, gives each its controller, and
// tells the service worker the count for the toolbar badge. It reads the draft and lints it
// here, in the page's tab; nothing is sent anywhere.
import {api, type Message} from './browser.js'
import {composeParts, findBodies, siteFor} from './compose.js'
import {Controller} from './controller.js'
import {loadSettings, type Settings} from './settings.js'
import {emptyConfig} from '@followup-lint/core'

// A page the script was injected into twice (turned on for a site, then off and on) runs once.
const marker = '__followupLintContent'
const scope = globalThis as typeof globalThis & Record<typeof marker, boolean | undefined>

if (!scope[marker]) {
  scope[marker] = true
  start()
}

function start(): void {
  const site = siteFor(location.hostname)
  const controllers = new Map<HTMLElement, Controller>()
  let settings: Settings = {config: emptyConfig, panelOnly: false}
  let lastCount = -1

  const report = () => {
    let count = 0
    let errors = 0
    for (const controller of controllers.values()) {
      count += controller.result?.messages.length ?? 0
      errors += controller.result?.errorCount ?? 0
    }
    if (count === lastCount) return
    lastCount = count
    const message: Message = {type: 'findings', count, errors}
    // The service worker may be asleep or gone after an update; the badge can wait.
    api.runtime.sendMessage(message).catch(() => undefined)
  }

  const scan = () => {
    for (const [body, controller] of controllers) {
      if (!body.isConnected) {
        controller.destroy()
        controllers.delete(body)
      }
    }
    for (const body of findBodies(document, site)) {
      if (!controllers.has(body)) controllers.set(body, new Controller(composeParts(body, site), () => settings, report))
    }
    report()
  }

  // A mail site changes its page all the time; one scan at most every 200 ms finds a compose
  // window soon after it opens without running on every change.
  let scanning: ReturnType<typeof setTimeout> | undefined
  new MutationObserver(() => {
    scanning ??= setTimeout(() => {
      scanning = undefined
      scan()
    }, 200)
  }).observe(document, {childList: true, subtree: true})

  api.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'local') return
    void loadSettings().then((loaded) => {
      settings = loaded
      for (const controller of controllers.values()) void controller.lintNow()
    })
  })

  api.runtime.onMessage.addListener((message, _sender, respond) => {
    if ((message as Message).type !== 'status') return undefined
    const results = [...controllers.values()].flatMap((controller) => (controller.result ? [controller.result] : []))
    respond({
      windows: controllers.size,
      count: results.reduce((sum, result) => sum + result.messages.length, 0),
      score: results.length > 0 ? Math.max(...results.map((result) => result.score)) : undefined
    })
    return undefined
  })

  void loadSettings().then((loaded) => {
    settings = loaded
    scan()
  })
}
