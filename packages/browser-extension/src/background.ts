// The service worker: keeps the toolbar badge at the count of findings in each tab, and turns
// the content script on and off for sites the user chooses from the popup.
import {api, type Message} from './browser.js'
import {siteScriptId} from './sites.js'

api.runtime.onMessage.addListener((raw, sender, respond) => {
  const message = raw as Message
  if (message.type === 'findings') {
    const tabId = sender.tab?.id
    if (tabId === undefined) return undefined
    void api.action.setBadgeText({tabId, text: message.count === 0 ? '' : String(message.count)})
    void api.action.setBadgeBackgroundColor({tabId, color: message.errors > 0 ? '#b3261e' : '#1f4e79'})
    void api.action.setBadgeTextColor?.({tabId, color: '#ffffff'})
    return undefined
  }
  if (message.type === 'site') {
    void setSite(message.origin, message.on, message.tabId).then(
      () => respond({ok: true}),
      (error: Error) => respond({ok: false, error: error.message})
    )
    return true
  }
  return undefined
})

/**
 * Register the content script for one site the user turned on (the popup asked for the
 * permission first), and run it in the tab at once; or unregister it.
 */
async function setSite(origin: string, on: boolean, tabId: number | undefined): Promise<void> {
  const id = siteScriptId(origin)
  const existing = await api.scripting.getRegisteredContentScripts({ids: [id]})
  if (!on) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ids: [id]})
    return
  }
  if (existing.length === 0) {
    await api.scripting.registerContentScripts([
      {id, matches: [`${origin}/*`], js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true}
    ])
  }
  if (tabId !== undefined) await api.scripting.executeScript({target: {tabId}, files: ['content.js']})
}
