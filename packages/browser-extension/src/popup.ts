// The toolbar popup: the count and score of the drafts in this tab, and the switch that turns
// the extension on for a site other than Gmail and Outlook.
import {byId} from './pages.js'
import {api, type Message} from './browser.js'
import {isMailOrigin, siteScriptId, switchableOrigin} from './sites.js'
import {scoreLine} from '../../web/src/score.js'

const status = byId<HTMLParagraphElement>('status')
const site = byId<HTMLDivElement>('site')
const siteOn = byId<HTMLInputElement>('site-on')
const siteError = byId<HTMLParagraphElement>('site-error')

byId<HTMLButtonElement>('open-options').addEventListener('click', () => void api.runtime.openOptionsPage())

async function main(): Promise<void> {
  const [tab] = await api.tabs.query({active: true, currentWindow: true})
  const origin = switchableOrigin(tab?.url)
  await showStatus(tab?.id)
  if (!origin || isMailOrigin(origin) || tab?.id === undefined) return
  const tabId = tab.id
  byId('site-name').textContent = new URL(origin).host
  site.hidden = false
  siteOn.checked = (await api.scripting.getRegisteredContentScripts({ids: [siteScriptId(origin)]})).length > 0
  siteOn.addEventListener('change', () => void setSite(origin, siteOn.checked, tabId))
}

async function showStatus(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return
  try {
    const answer = (await api.tabs.sendMessage(tabId, {type: 'status'} satisfies Message)) as
      | {windows: number; count: number; score?: number}
      | undefined
    if (!answer || answer.windows === 0) {
      status.textContent = 'No draft open on this page.'
      return
    }
    const findings = `${answer.count} ${answer.count === 1 ? 'finding' : 'findings'}`
    status.textContent = answer.score === undefined ? findings : `${findings}. Read aloud: ${scoreLine(answer.score)}`
  } catch {
    status.textContent = 'followup-lint is not on for this page.'
  }
}

async function setSite(origin: string, on: boolean, tabId: number): Promise<void> {
  siteError.hidden = true
  const origins = [`${origin}/*`]
  // The permission is asked for here, in the click, as browsers require; the service worker
  // then registers the script.
  if (on && !(await api.permissions.request({origins}))) {
    siteOn.checked = false
    return
  }
  const answer = (await api.runtime.sendMessage({type: 'site', origin, on, tabId} satisfies Message)) as {ok: boolean; error?: string}
  if (!answer?.ok) {
    siteError.textContent = answer?.error ?? 'The browser did not turn it on.'
    siteError.hidden = false
    siteOn.checked = !on
    return
  }
  if (!on) await api.permissions.remove({origins})
  await showStatus(tabId)
}

void main()
