// The browser extension in a real browser: Debian's Chromium, driven by playwright-core, loads
// the built extension as a user would load it unpacked. A loopback HTTPS server answers as
// mail.google.com and outlook.office.com (the browser maps those names to it), so the shipped
// manifest's match patterns are the ones exercised, with pages that reproduce the parts of the
// compose windows the extension reads. What is underlined must be what the command line
// flags, rewrites must go through the editor's undo, and nothing may be requested elsewhere.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:https'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {type BrowserContext, chromium, type Page, type Worker} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {type CliMessage, cliBin, cliReport, repoRoot} from './support/cli.js'
import {chromiumArgs, closeBrowserTest, findProgram} from './support/programs.js'

const extension = path.join(repoRoot, 'packages', 'browser-extension')
const unpacked = path.join(extension, 'dist', 'chromium')
const artifacts = path.join(repoRoot, 'test', 'artifacts')
const drafts = path.join(repoRoot, 'fixtures', 'drafts')
const pages = path.join(repoRoot, 'test', 'browser-extension')
const tls = path.join(repoRoot, 'test', 'support', 'tls')
const mailHosts = ['mail.google.com', 'outlook.office.com']

let server: Server
let port: number
let userData: string
let browser: BrowserContext
let worker: Worker
let extensionId: string
let page: Page
const requests: string[] = []
const problems: string[] = []

const browserProgram = findProgram('Chromium', 'the browser extension in Gmail and Outlook', [
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  'chromium',
  'chromium-browser'
])

function fixture(name: string): string {
  return readFileSync(path.join(drafts, name), 'utf8')
}

/** A fixture's Subject line and body, as a compose window holds them. */
function splitDraft(text: string): {subject: string; body: string} {
  const match = /^Subject: (.*)\n\n/.exec(text)
  return match ? {subject: match[1]!, body: text.slice(match[0].length)} : {subject: '', body: text}
}

interface Compose {
  subject?: string
  /** Recipient chips: a name and an address each. */
  to?: {name: string; address: string}[]
  /** The applicant's own text, one line a block as the editors write it. */
  body: string
  /** Markup of a quoted thread after the body, as the mail site writes it. */
  quote?: string
  /** The applicant's own text below the quote. */
  after?: string
}

/** The text the command line is given for what the compose window holds. */
function asText(compose: Compose): string {
  const header = [
    ...(compose.subject ? [`Subject: ${compose.subject}`] : []),
    ...(compose.to?.length ? [`To: ${compose.to.map((chip) => `${chip.name} <${chip.address}>`).join(', ')}`] : [])
  ]
  return (header.length > 0 ? `${header.join('\n')}\n\n` : '') + compose.body
}

/** How many lints the extension has finished on the page. */
async function lints(): Promise<number> {
  return page.evaluate(() => {
    const timing = document.querySelector('followup-lint-overlay')?.shadowRoot?.querySelector<HTMLElement>('.timing')
    return Number(timing?.dataset.lints ?? 0)
  })
}

/**
 * Wait until the extension has finished a lint begun after the count was `before` (a change
 * drops the lint under way, so the next one to finish is of the changed draft).
 */
async function linted(before: number): Promise<void> {
  await page.waitForFunction((before) => {
    const root = document.querySelector('followup-lint-overlay')?.shadowRoot
    const timing = root?.querySelector<HTMLElement>('.timing')
    return root?.querySelector('ol')?.getAttribute('aria-busy') === 'false' && Number(timing?.dataset.lints ?? 0) > before
  }, before, {timeout: 10_000})
}

/** Fill the compose window on the page as a user's typing would leave it, and wait for the lint. */
async function compose(site: 'gmail' | 'outlook', draft: Compose): Promise<void> {
  const before = await lints()
  await page.evaluate(
    ({site, draft}) => {
      const body = document.querySelector<HTMLElement>('[contenteditable="true"]')!
      const blocks = (text: string) =>
        text
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => {
            const block = document.createElement('div')
            if (line === '') block.append(document.createElement('br'))
            else block.textContent = line
            return block
          })
      body.replaceChildren(...blocks(draft.body))
      if (draft.quote) body.insertAdjacentHTML('beforeend', draft.quote)
      if (draft.after) body.append(...blocks(draft.after))
      const subject = document.querySelector<HTMLInputElement>('input')!
      subject.value = draft.subject ?? ''
      const well = document.querySelector(site === 'gmail' ? '.chips' : '.well')!
      well.replaceChildren(
        ...(draft.to ?? []).map((chip) => {
          const span = document.createElement('span')
          if (site === 'gmail') {
            span.setAttribute('email', chip.address)
            span.dataset.hovercardId = chip.address
          } else span.dataset.recipient = chip.address
          span.textContent = chip.name
          return span
        })
      )
      body.dispatchEvent(new InputEvent('input', {bubbles: true}))
    },
    {site, draft}
  )
  await linted(before)
}

/**
 * Open the test page of a mail host, with these stored settings (none by default), or with
 * whatever is stored when `settings` is null.
 */
async function open(host: string, settings: Record<string, unknown> | null = {}): Promise<void> {
  if (settings) await storeSettings(settings)
  await page.goto(`https://${host}/compose`)
  await page.waitForSelector('followup-lint-overlay', {state: 'attached'})
}

interface Drawn {
  /** Per finding (by the panel's order), the body characters its underlines cover. */
  covered: number[][]
  marks: {severity: string; findings: number[]}[]
  items: {ruleId: string; message: string}[]
  /** The body as plain text: each block a line. */
  text: string
}

/**
 * What the extension shows, read from the screen: which characters of the body lie under each
 * finding's drawn underlines (by their boxes, not by the linter's data), and the panel's list.
 */
async function drawn(): Promise<Drawn> {
  return page.evaluate(() => {
    const root = document.querySelector('followup-lint-overlay')!.shadowRoot!
    const marks = [...root.querySelectorAll<HTMLElement>('.mark')].map((mark) => ({
      box: mark.getBoundingClientRect(),
      severity: [...mark.classList].find((name) => name.startsWith('sev-'))!.slice(4),
      findings: (mark.dataset.findings ?? '').split(' ').map(Number)
    }))
    const items = [...root.querySelectorAll<HTMLElement>('ol li')].map((item) => ({
      ruleId: item.dataset.ruleId!,
      message: item.querySelector('.message')!.textContent!
    }))
    const covered: number[][] = items.map(() => [])
    const body = document.querySelector<HTMLElement>('[contenteditable="true"]')!
    const lines: string[] = []
    let at = 0
    for (const block of body.children) {
      // The applicant's own lines: Outlook's history runs to the end, Gmail's quote is one block.
      if (block.matches('#appendonsend, #divRplyFwdMsg, hr')) break
      if (block.matches('.gmail_quote, blockquote')) continue
      const node = block.firstChild
      const line = node?.nodeType === Node.TEXT_NODE ? (node as Text).data : ''
      for (let i = 0; i < line.length; i++) {
        const range = document.createRange()
        range.setStart(node!, i)
        range.setEnd(node!, i + 1)
        const rect = range.getBoundingClientRect()
        const x = rect.left + rect.width / 2
        const y = rect.top + rect.height / 2
        for (const mark of marks) {
          if (x < mark.box.left || x > mark.box.right || y < mark.box.top || y > mark.box.bottom) continue
          for (const index of mark.findings) if (!covered[index]!.includes(at + i)) covered[index]!.push(at + i)
        }
      }
      lines.push(line)
      at += line.length + 1
    }
    return {
      covered: covered.map((offsets) => offsets.sort((a, b) => a - b)),
      marks: marks.map(({severity, findings}) => ({severity, findings})),
      items,
      text: `${lines.join('\n')}\n`
    }
  })
}

const rank: Record<string, number> = {info: 1, warning: 2, error: 3}

/** Offsets of the linted text as offsets of the body's own text: the body starts at `bodyStart`. */
function after(bodyStart: number): (at: number) => number | undefined {
  return (at) => (at >= bodyStart ? at - bodyStart : undefined)
}

/**
 * The extension underlines and lists exactly the command line's findings for `text`, whose
 * offsets `toBody` turns into offsets of the body's own text (undefined outside it).
 */
function expectSameAsCli(shown: Drawn, text: string, toBody: (at: number) => number | undefined, cli: {messages: CliMessage[]}): void {
  expect(cli.messages.length).toBeGreaterThan(0)
  expect(shown.items).toEqual(cli.messages.map((m) => ({ruleId: m.ruleId, message: m.message})))
  cli.messages.forEach((m, index) => {
    // The characters a finding covers in the body; spaces are left out, since a line that wraps
    // at one draws no box for it.
    const expected: number[] = []
    for (let at = m.offset; at < m.endOffset; at++) {
      const inBody = toBody(at)
      if (inBody !== undefined && !/\s/.test(text[at]!)) expected.push(inBody)
    }
    const covered = shown.covered[index]!.filter((at) => !/\s/.test(shown.text[at]!))
    expect({ruleId: m.ruleId, covered}).toEqual({ruleId: m.ruleId, covered: expected})
  })
  for (const mark of shown.marks) {
    const worst = Math.max(...mark.findings.map((index) => rank[cli.messages[index]!.level]!))
    expect(rank[mark.severity]).toBe(worst)
  }
}

function cliFor(text: string, args: readonly string[] = []) {
  return cliReport('-', {args: [...args, '--stdin-filename', 'draft.txt'], input: text})
}

/** Open the options page in a tab of its own. */
async function options(): Promise<Page> {
  const tab = await browser.newPage()
  tab.on('pageerror', (error) => problems.push(`options: ${error.message}`))
  await tab.goto(`chrome-extension://${extensionId}/options.html`)
  await tab.waitForSelector('#rules select')
  return tab
}

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  clear(): Promise<void>
}

/** What the extension keeps in its local storage, read in its service worker. */
function stored(): Promise<Record<string, unknown>> {
  return worker.evaluate(() => (globalThis as unknown as {chrome: {storage: {local: StorageArea}}}).chrome.storage.local.get(null))
}

/** Start a test from these stored settings, whatever an earlier test saved. */
async function storeSettings(items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (items) => {
    const local = (globalThis as unknown as {chrome: {storage: {local: StorageArea}}}).chrome.storage.local
    await local.clear()
    await local.set(items)
  }, items)
}

/** A profile and a policy, as stored settings and as the same config file for the command line. */
const profile = {context: {policy: 'no-faculty-contact'}, applicant: {name: 'Priya Raman'}}
const profileYaml = 'context:\n  policy: no-faculty-contact\napplicant:\n  name: Priya Raman\n'

beforeAll(async () => {
  if (browserProgram.skip) return
  execFileSync('npm', ['run', 'build', '--silent', '-w', 'packages/browser-extension'], {cwd: repoRoot, stdio: 'pipe'})
  mkdirSync(artifacts, {recursive: true})
  const gmail = readFileSync(path.join(pages, 'gmail.html'))
  const outlook = readFileSync(path.join(pages, 'outlook.html'))
  server = createServer({key: readFileSync(path.join(tls, 'key.pem')), cert: readFileSync(path.join(tls, 'cert.pem'))}, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '')
    const page = host === 'mail.google.com' ? gmail : host === 'outlook.office.com' ? outlook : undefined
    if (page && request.url === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    if (!page || !request.url?.startsWith('/compose')) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port

  userData = mkdtempSync(path.join(tmpdir(), 'followup-lint-extension-'))
  browser = await chromium.launchPersistentContext(userData, {
    executablePath: browserProgram.path ?? 'chromium (not installed)',
    // Chromium's new headless mode runs extensions.
    headless: true,
    viewport: {width: 1280, height: 900},
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${unpacked}`,
      `--load-extension=${unpacked}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      // The mail hosts are this test's server; every other name fails to resolve, so a request
      // to anywhere else could not leave the machine even if one were made.
      `--host-resolver-rules=${mailHosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors',
      ...chromiumArgs
    ]
  })
  browser.on('request', (request) => requests.push(request.url()))
  worker = browser.serviceWorkers()[0] ?? (await browser.waitForEvent('serviceworker'))
  extensionId = new URL(worker.url()).host
  page = browser.pages()[0] ?? (await browser.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
}, 180_000)

afterAll(() => closeBrowserTest(browser, server, userData))

describe.skipIf(browserProgram.skip)(browserProgram.title, () => {
  it('ships with storage, scripting and activeTab, the mail hosts only, and a policy for its own files only', () => {
    for (const browserName of ['chromium', 'firefox']) {
      const manifest = JSON.parse(readFileSync(path.join(extension, 'dist', browserName, 'manifest.json'), 'utf8'))
      expect(manifest.manifest_version).toBe(3)
      expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab'])
      expect(manifest.host_permissions).toEqual([
        'https://mail.google.com/*',
        'https://outlook.office.com/*',
        'https://outlook.office365.com/*',
        'https://outlook.live.com/*'
      ])
      expect(manifest.content_scripts[0].matches).toEqual(manifest.host_permissions)
      expect(manifest.content_security_policy.extension_pages).toContain("connect-src 'none'")
      expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self';")
      // Its scripts hold no way to reach a network or to run code that is not in them.
      for (const name of readdirSync(path.join(extension, 'dist', browserName)).filter((file) => file.endsWith('.js'))) {
        const script = readFileSync(path.join(extension, 'dist', browserName, name), 'utf8')
        expect({name, found: script.match(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts|\beval\s*\(|,\s*eval\s*\)|new Function|\bimport\s*\(/g)}).toEqual({name, found: null})
      }
    }
  })

  it("underlines in Gmail exactly the command line's findings, the subject included", async () => {
    await open('mail.google.com')
    const {subject, body} = splitDraft(fixture('flagged-mixed.txt'))
    const draft = {subject, body}
    await compose('gmail', draft)
    const text = asText(draft)
    const shown = await drawn()
    expect(shown.text).toBe(body)
    expectSameAsCli(shown, text, after(text.length - body.length), cliFor(text))
    await page.screenshot({path: path.join(artifacts, 'browser-extension-gmail.png')})
  })

  it('keeps the underlines on their words when the body scrolls and its lines wrap anew', async () => {
    const {subject, body: mixed} = splitDraft(fixture('flagged-mixed.txt'))
    const {body: gushing} = splitDraft(fixture('flagged-gushing-thank-you.txt'))
    // Longer than the compose window's scrolling area, so that part of it is out of view.
    const body = `${mixed}\n${gushing}\n${mixed}`
    const draft = {subject, body}
    await open('mail.google.com')
    await compose('gmail', draft)
    const text = asText(draft)
    const cli = cliFor(text)
    const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await page.locator('.scroller').evaluate((scroller) => {
      scroller.scrollTop = 200
    })
    await frames()
    expect(await page.locator('.scroller').evaluate((scroller) => scroller.scrollTop)).toBe(200)
    expectSameAsCli(await drawn(), text, after(text.length - body.length), cli)
    // A narrower compose window wraps the lines elsewhere.
    await page.addStyleTag({content: '.M9 { width: 420px; }'})
    await frames()
    await frames()
    expectSameAsCli(await drawn(), text, after(text.length - body.length), cli)
  })

  it('applies a rewrite from the card through the editor, and Ctrl+Z gives the original back', async () => {
    const body =
      'Dear Ms. Okonkwo,\n\nThx for arranging my interview day at Lakeshore University on January 8. The schedule you sent made it easy to prepare, and the residents were welcoming!!\n\nSincerely,\nPriya Raman\n'
    const draft = {subject: 'Thank you', body}
    await open('mail.google.com')
    await compose('gmail', draft)
    const text = asText(draft)
    const bodyStart = text.length - body.length
    const cli = cliFor(text)
    const index = cli.messages.findIndex((m) => m.offset >= bodyStart && m.suggestions?.some((s) => s.safe))
    expect(index).toBeGreaterThanOrEqual(0)
    const finding = cli.messages[index]!
    const rewrite = finding.suggestions!.find((s) => s.safe)!.fix.text
    const fixed = body.slice(0, finding.offset - bodyStart) + rewrite + body.slice(finding.endOffset - bodyStart)

    // Point at the words: the card opens with the rewrite, labelled as safe.
    const mark = page.locator(`followup-lint-overlay .mark[data-findings~="${index}"]`).first()
    const box = (await mark.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    const apply = page.locator('followup-lint-overlay .card button.apply.safe').first()
    await apply.waitFor({timeout: 5000})
    expect(await apply.textContent()).toContain('(safe)')
    await apply.click()
    await expect.poll(async () => (await drawn()).text, {timeout: 5000}).toBe(fixed)

    await page.keyboard.press('Control+Z')
    await expect.poll(async () => (await drawn()).text, {timeout: 5000}).toBe(body)
    await page.waitForFunction((chars) => {
      const root = document.querySelector('followup-lint-overlay')!.shadowRoot!
      return root.querySelector('ol')!.getAttribute('aria-busy') === 'false' && root.querySelector<HTMLElement>('.timing')!.dataset.chars === String(chars)
    }, text.length)
    expectSameAsCli(await drawn(), text, after(bodyStart), cli)
  })

  it("rewrites the subject from the panel by keyboard, and the field's undo gives it back", async () => {
    const {subject, body} = splitDraft(fixture('flagged-gushing-thank-you.txt'))
    const draft = {subject, body}
    await open('mail.google.com')
    await compose('gmail', draft)
    const text = asText(draft)
    const finding = cliFor(text).messages.find((m) => m.offset < text.length - body.length && m.suggestions?.some((s) => s.safe))!
    expect(finding.actual ?? text.slice(finding.offset, finding.endOffset)).toBe('THANK YOU')
    const index = (await drawn()).items.findIndex((item) => item.message === finding.message)
    expect(index).toBeGreaterThanOrEqual(0)
    // The button at the body's corner opens the panel; its list is reached by Tab.
    await page.locator('followup-lint-overlay .toggle').click()
    await page.locator('followup-lint-overlay button.finding').nth(index).focus()
    await page.keyboard.press('Enter')
    // The card takes the focus on its first rewrite, the safe one.
    await page.locator('followup-lint-overlay .card').waitFor({timeout: 5000})
    await page.keyboard.press('Enter')
    const subjectField = page.locator('input[name="subjectbox"]')
    await expect.poll(() => subjectField.inputValue(), {timeout: 5000}).toBe(finding.suggestions!.find((s) => s.safe)!.fix.text)
    await page.keyboard.press('Control+Z')
    await expect.poll(() => subjectField.inputValue(), {timeout: 5000}).toBe(subject)
  })

  it("flags nothing in a reply's quoted thread, and the applicant's words below it as their own", async () => {
    const own = 'Dear Ms. Okonkwo,\n\nThank you for the update about the schedule. I will be there at 8 a.m. on January 15.\n'
    const below = 'I would rank you #1 in a heartbeat.\n\nSincerely,\nPriya Raman\n'
    const quoted = 'You are my number one choice and I will rank you first!!! thx'
    // Alone, the quoted words are flagged: as the applicant's own, they would be.
    expect(cliFor(`Dear Ms. Okonkwo,\n\n${quoted}\n\nSincerely,\nPriya Raman\n`).messages.length).toBeGreaterThan(1)
    // Without the "On ... wrote:" line that would tell the letter reader on its own: the quote
    // is known by Gmail's markup alone.
    const quote = `<div class="gmail_quote"><blockquote class="gmail_quote"><div>${quoted}</div><div>Adaeze</div></blockquote></div>`
    await open('mail.google.com')
    await compose('gmail', {subject: 'Re: Interview schedule', body: own, quote, after: below})
    const shown = await drawn()
    expect(shown.text).toBe(own + below)
    // The command line reads the same draft with the quote as "> " lines.
    const header = 'Subject: Re: Interview schedule\n\n'
    const quoteLines = `> ${quoted}\n> Adaeze\n`
    const text = header + own + quoteLines + below
    const quoteStart = header.length + own.length
    const quoteEnd = quoteStart + quoteLines.length
    const cli = cliFor(text)
    expect(cli.messages.some((m) => m.offset >= quoteEnd && m.ruleId === 'ranking-pressure')).toBe(true)
    expectSameAsCli(shown, text, (at) => (at < header.length || (at >= quoteStart && at < quoteEnd) ? undefined : at < quoteStart ? at - header.length : at - header.length - quoteLines.length), cli)
    const quoteBox = (await page.locator('.gmail_quote').first().boundingBox())!
    const marks = await page.locator('followup-lint-overlay .mark').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))
    for (const mark of marks) expect(mark.bottom <= quoteBox.y || mark.top >= quoteBox.y + quoteBox.height).toBe(true)
  })

  it("underlines in Outlook exactly the command line's findings, above the reply history", async () => {
    await open('outlook.office.com')
    const {subject, body} = splitDraft(fixture('flagged-linkedin.txt'))
    const quote =
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Residency Office<br><b>Sent:</b> Monday, January 12, 2026 9:00 AM<br><b>Subject:</b> Interview</div>' +
      '<div>Add me on LinkedIn!! You are my #1 pick, thx</div>'
    await compose('outlook', {subject, body, quote})
    const shown = await drawn()
    expect(shown.text).toBe(body)
    // The history is read as the quoted thread: the CLI reads it so from "> " lines.
    const text = asText({subject, body})
    const withQuote = `${text}\n> From: Residency Office\n> Sent: Monday, January 12, 2026 9:00 AM\n> Subject: Interview\n> Add me on LinkedIn!! You are my #1 pick, thx\n`
    const cli = cliFor(withQuote)
    cli.messages = cli.messages.filter((m) => m.offset < text.length)
    expectSameAsCli(shown, withQuote, after(text.length - body.length), cli)
    await page.screenshot({path: path.join(artifacts, 'browser-extension-outlook.png')})
  })

  it('refuses a bad .followuplintrc.yaml in one line and saves nothing; a good one is used', async () => {
    await storeSettings({})
    const tab = await options()
    await tab.setInputFiles('#import', {name: '.followuplintrc.yaml', mimeType: 'text/yaml', buffer: Buffer.from('rules:\n  flatery: "off"\n')})
    await tab.waitForSelector('#import-error:not([hidden])')
    expect(await tab.textContent('#import-error')).toBe('.followuplintrc.yaml: rules.flatery: unknown rule')
    expect(await stored()).toEqual({})

    await tab.setInputFiles('#import', {name: '.followuplintrc.yaml', mimeType: 'text/yaml', buffer: Buffer.from(profileYaml)})
    await tab.waitForFunction(() => document.getElementById('save-status')!.textContent!.startsWith('Imported'))
    expect(await tab.isHidden('#import-error')).toBe(true)
    expect(await tab.inputValue('#name')).toBe('Priya Raman')
    expect(await stored()).toEqual({config: profile})

    // Exported, the settings are a config file the command line reads as they are.
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#export')])
    // Chromium saves a download without its leading dot; the README says to put it back.
    expect(download.suggestedFilename()).toMatch(/^\.?followuplintrc\.yaml$/)
    const exported = path.join(userData, 'exported.yaml')
    await download.saveAs(exported)
    expect(parse(readFileSync(exported, 'utf8'))).toEqual(profile)
    const check = spawnSync(process.execPath, [cliBin, '--config', exported, '--stdin-filename', 'draft.txt', '-'], {cwd: repoRoot, input: 'Dear Dr. Mensah,\n\nThank you.\n', encoding: 'utf8'})
    expect(check.stderr).toBe('')
    expect([0, 1]).toContain(check.status)
    await tab.close()
  })

  it('reads the recipients and the subject into the lint, as To: and Subject: lines', async () => {
    const configFile = path.join(userData, 'profile.yaml')
    writeFileSync(configFile, profileYaml)
    const body =
      'Dear Dr. Mensah,\n\nThank you for speaking with me about the Lakeshore University internal medicine residency on January 8. I enjoyed hearing about the ambulatory block.\n\nSincerely,\nPriya Raman\n'
    // The settings say the program forbids faculty contact.
    await open('mail.google.com', {config: profile})
    const plain = {body}
    const addressed = {subject: 'thx!!', to: [{name: 'Program Director Ana Mensah', address: 'amensah@lakeshore.edu'}], body}
    const unaddressed = cliFor(asText(plain), ['--config', configFile])
    const found = cliFor(asText(addressed), ['--config', configFile])
    // The recipient's role and the subject's words change what is found.
    expect(found.messages.map((m) => m.message)).not.toEqual(unaddressed.messages.map((m) => m.message))
    expect(found.messages.some((m) => m.message.includes('program director'))).toBe(true)
    expect(found.messages.some((m) => m.ruleId === 'informal-tone' && m.offset < 20)).toBe(true)

    await compose('gmail', plain)
    expectSameAsCli(await drawn(), asText(plain), after(0), unaddressed)
    await compose('gmail', addressed)
    const text = asText(addressed)
    expectSameAsCli(await drawn(), text, after(text.length - body.length), found)
  })

  it('reaches every finding by keyboard, announces the count, and shows the score and the badge', async () => {
    const {subject, body} = splitDraft(fixture('flagged-rank-promise.txt'))
    const draft = {subject, body}
    await open('mail.google.com')
    await compose('gmail', draft)
    const cli = cliFor(asText(draft))
    const root = 'followup-lint-overlay'
    const live = page.locator(`${root} [aria-live="polite"]`)
    expect(await live.textContent()).toMatch(new RegExp(`^followup-lint: ${cli.messages.length} findings?:`))
    expect(await page.locator(`${root} .score`).textContent()).toMatch(new RegExp(`^Read aloud: ${cli.score} of 100: .+\\.$`))

    await page.focus('[contenteditable="true"]')
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Alt+Shift+L')
    const focused = () => page.evaluate(() => {
      const active = document.querySelector('followup-lint-overlay')!.shadowRoot!.activeElement as HTMLElement | null
      return active ? {className: active.className, text: active.textContent} : undefined
    })
    expect((await focused())?.className).toBe('finding')
    await page.keyboard.press('Tab')
    expect((await focused())?.className).toBe('finding')
    await page.keyboard.press('Enter')
    const card = page.locator(`${root} .card`)
    await card.waitFor()
    expect(await card.getAttribute('role')).toBe('dialog')
    expect(await card.locator('.message').textContent()).toBe(cli.messages[1]!.message)
    expect(await card.locator('.why').count()).toBe(1)
    await page.screenshot({path: path.join(artifacts, 'browser-extension-card.png')})
    await page.keyboard.press('Escape')
    expect(await card.count()).toBe(0)
    expect((await focused())?.className).toBe('finding')

    const badge = await worker.evaluate(async () => {
      const api = (globalThis as unknown as {chrome: {tabs: {query(q: object): Promise<{id: number}[]>}; action: {getBadgeText(d: object): Promise<string>}}}).chrome
      const [tab] = await api.tabs.query({url: 'https://mail.google.com/*'})
      return api.action.getBadgeText({tabId: tab!.id})
    })
    expect(badge).toBe(String(cli.messages.length))
  })

  it('draws no underlines once "panel only" is saved, and lists the findings still', async () => {
    const {subject, body} = splitDraft(fixture('flagged-mixed.txt'))
    await open('mail.google.com')
    await compose('gmail', {subject, body})
    const marks = page.locator('followup-lint-overlay .mark')
    expect(await marks.count()).toBeGreaterThan(0)
    const before = await lints()
    const tab = await options()
    await tab.check('#panel-only')
    await tab.click('#save')
    await tab.waitForFunction(() => document.getElementById('save-status')!.textContent === 'Saved.')
    await tab.close()
    expect(await stored()).toMatchObject({panelOnly: true})
    // The open compose window takes the new setting at once.
    await linted(before)
    expect(await marks.count()).toBe(0)
    expect(await page.locator('followup-lint-overlay ol li').count()).toBeGreaterThan(0)
    await page.locator('followup-lint-overlay .toggle').click()
    expect(await page.locator('followup-lint-overlay .panel').isVisible()).toBe(true)
  })

  it('re-lints a 500-word draft within the typing pause, and records how long it took', async () => {
    const paragraphs = ['flagged-mixed.txt', 'flagged-gushing-thank-you.txt', 'clean-update.txt', 'flagged-linkedin.txt']
      .map((name) => splitDraft(fixture(name)).body.split('\n\n').slice(1, -1).join('\n\n'))
      .join('\n\n')
    let body = 'Dear Ms. Okonkwo,\n\n'
    while (body.split(/\s+/).filter(Boolean).length < 500) body += `${paragraphs}\n\n`
    body += 'Sincerely,\nPriya Raman\n'
    await open('mail.google.com')
    await compose('gmail', {subject: 'Thank you', body})
    const timing = page.locator('followup-lint-overlay .timing')
    const words = Number(await timing.getAttribute('data-words'))
    expect(words).toBeGreaterThanOrEqual(500)
    const times: number[] = []
    await page.focus('[contenteditable="true"]')
    await page.keyboard.press('Control+End')
    for (let round = 0; round < 7; round++) {
      const before = await lints()
      await page.keyboard.type('x')
      await linted(before)
      times.push(Number(await timing.getAttribute('data-ms')))
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    writeFileSync(path.join(artifacts, 'browser-extension-timing.json'), `${JSON.stringify({words, ms: times, median}, null, 2)}\n`)
    expect(times.every((ms) => ms > 0)).toBe(true)
  })

  it('passes web-ext lint on the Firefox build, with no network', () => {
    // Every way Node has to reach a network throws in this run, and web-ext's update check is off.
    const noNetwork = path.join(repoRoot, 'test', 'support', 'no-network.mjs')
    const webExt = path.join(repoRoot, 'node_modules', 'web-ext', 'bin', 'web-ext.js')
    const run = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(noNetwork).href, webExt, 'lint', '--source-dir', path.join(extension, 'dist', 'firefox'), '--output', 'json', '--no-config-discovery'],
      {cwd: extension, encoding: 'utf8', env: {...process.env, NO_UPDATE_NOTIFIER: '1'}}
    )
    const report = JSON.parse(run.stdout) as {summary: {errors: number}; errors: unknown[]}
    expect(report.errors).toEqual([])
    expect(report.summary.errors).toBe(0)
    expect(run.status).toBe(0)
  }, 60_000) // web-ext reads the whole bundle, which takes a while on a busy machine.

  it('opens its toolbar popup with no draft to count on a page that is not a mail page', async () => {
    const tab = await browser.newPage()
    tab.on('pageerror', (error) => problems.push(`popup: ${error.message}`))
    await tab.goto(`chrome-extension://${extensionId}/popup.html`)
    await tab.waitForFunction(() => !document.getElementById('status')!.textContent!.startsWith('Looking'))
    expect(await tab.textContent('#status')).toBe('followup-lint is not on for this page.')
    // An extension page is no site to turn it on for.
    expect(await tab.isHidden('#site')).toBe(true)
    await tab.close()
  })

  it('made no request but to the mail pages and its own files, and reported no errors', () => {
    expect(requests.length).toBeGreaterThan(0)
    for (const url of requests) {
      const {protocol, host} = new URL(url)
      const own = protocol === 'chrome-extension:' && host === extensionId
      expect(own || (protocol === 'https:' && mailHosts.includes(host))).toBe(true)
    }
    expect(problems).toEqual([])
  })
})
