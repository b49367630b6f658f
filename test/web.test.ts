// The web page in a real browser: Debian's Chromium, driven by playwright-core, loads the built
// page from a loopback server and must show what the command line reports, change the text
// only as asked, and make no request but for its own files.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {type BrowserContext, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromiumArgs, closeBrowserTest, findProgram} from './support/programs.js'
import {type CliMessage, cliBin, cliReport, repoRoot} from './support/cli.js'

const dist = path.join(repoRoot, 'packages', 'web', 'dist')
// Screenshots and timings for people to look at; git ignores the folder.
const artifacts = path.join(repoRoot, 'test', 'artifacts')
// The page is served from a sub-folder, as a static host might, to prove its paths are relative.
const mount = '/some/folder/'
const drafts = path.join(repoRoot, 'fixtures', 'drafts')

// The same context in the page's pickers and on the command line. "Dear Dr. Mensah" alone is
// only a guess at faculty, so the recipient is picked too.
const picks = {recipient: 'interviewer', policy: 'no-faculty-contact', 'interview-date': '2026-01-08', 'sent-date': '2026-01-12'}
const flags = Object.entries(picks).flatMap(([key, value]) => [`--${key}`, value])

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml'
}

let server: Server
let origin: string
const served: string[] = []
let userData: string
let browser: BrowserContext
let page: Page
const requests: string[] = []
const problems: string[] = []

function fixture(name: string): string {
  const text = readFileSync(path.join(drafts, name), 'utf8')
  // A text area turns "\r\n" into "\n"; these fixtures must not need that.
  expect(text).not.toContain('\r')
  return text
}

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n')
  return lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0) + column - 1
}

function lineColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

/** Wait until the page has linted what is in its text area now. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => document.getElementById('findings')?.getAttribute('aria-busy') === 'false')
}

async function typeDraft(text: string): Promise<void> {
  await page.fill('#draft', text)
  await settled()
}

interface Shown {
  value: string
  /** The text drawn behind the text area, without the filler after it. */
  mirrorText: string
  /** Each finding's flagged characters, as the drawn marks cover them. */
  covered: {start: number; end: number; contiguous: boolean}[]
  /** Each mark's severity class and the findings it carries. */
  marks: {severity: string; findings: number[]}[]
  items: {ruleId: string; severity: string; where: string; message: string}[]
  score: number
  scoreValue: string
}

/** What the page shows: read from the drawn text, not from the linter's data. */
async function read(): Promise<Shown> {
  return page.evaluate(() => {
    const mirror = document.getElementById('mirror')!
    const pieces = new Map<number, [number, number][]>()
    const marks: {severity: string; findings: number[]}[] = []
    let at = 0
    let mirrorText = ''
    for (const node of mirror.childNodes) {
      if (node instanceof HTMLElement && node.classList.contains('filler')) continue
      const text = node.textContent ?? ''
      if (node instanceof HTMLElement && node.tagName === 'MARK') {
        const findings = (node.dataset.findings ?? '').split(' ').map(Number)
        const severity = [...node.classList].find((name) => name.startsWith('sev-'))!.slice(4)
        marks.push({severity, findings})
        for (const index of findings) pieces.set(index, [...(pieces.get(index) ?? []), [at, at + text.length]])
      }
      mirrorText += text
      at += text.length
    }
    const items = [...document.querySelectorAll<HTMLLIElement>('#findings li.finding')].map((item) => ({
      ruleId: item.querySelector('.rule code')!.textContent!,
      severity: item.dataset.severity!,
      where: item.querySelector('.where')!.textContent!,
      message: item.querySelector('.message')!.textContent!
    }))
    const covered = items.map((_, index) => {
      const parts = pieces.get(index) ?? []
      const start = Math.min(...parts.map(([from]) => from))
      const end = Math.max(...parts.map(([, to]) => to))
      const length = parts.reduce((sum, [from, to]) => sum + to - from, 0)
      return {start, end, contiguous: parts.length > 0 && length === end - start}
    })
    return {
      value: (document.getElementById('draft') as HTMLTextAreaElement).value,
      mirrorText,
      covered,
      marks,
      items,
      score: (document.getElementById('score-meter') as HTMLMeterElement).value,
      scoreValue: document.getElementById('score-value')!.textContent!
    }
  })
}

const rank: Record<string, number> = {info: 1, warning: 2, error: 3}

/** The page shows exactly the command line's findings for `text`: marks, list and score. */
function expectSameAsCli(shown: Shown, text: string, cli: {messages: CliMessage[]; score: number}): void {
  expect(shown.value).toBe(text)
  expect(shown.mirrorText).toBe(text)
  expect(cli.messages.length).toBeGreaterThan(0)
  const fromPage = shown.items.map((item, index) => {
    const {start, end, contiguous} = shown.covered[index]!
    expect(contiguous).toBe(true)
    const from = lineColumn(text, start)
    const to = lineColumn(text, end)
    return {
      ruleId: item.ruleId,
      severity: item.severity,
      message: item.message,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      where: item.where
    }
  })
  expect(fromPage).toEqual(
    cli.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.level,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      where: `${m.line}:${m.column}–${m.endLine}:${m.endColumn}`
    }))
  )
  // Where findings overlap, the mark shows the most serious of them.
  for (const mark of shown.marks) {
    const worst = Math.max(...mark.findings.map((index) => rank[cli.messages[index]!.level]!))
    expect(rank[mark.severity]).toBe(worst)
  }
  expect(shown.score).toBe(cli.score)
  expect(shown.scoreValue).toBe(String(cli.score))
}

async function setPicks(): Promise<void> {
  await page.selectOption('#recipient', picks.recipient)
  await page.selectOption('#policy', picks.policy)
  await page.fill('#interview-date', picks['interview-date'])
  await page.fill('#sent-date', picks['sent-date'])
  await settled()
}

const browserProgram = findProgram('Chromium', 'the web page', [
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  'chromium',
  'chromium-browser',
  'google-chrome'
])

beforeAll(async () => {
  if (browserProgram.skip) return
  execFileSync('npm', ['run', 'build', '--silent', '-w', 'packages/web'], {cwd: repoRoot, stdio: 'pipe'})
  mkdirSync(artifacts, {recursive: true})
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const relative = pathname.startsWith(mount) ? pathname.slice(mount.length) || 'index.html' : undefined
    const file = relative === undefined ? undefined : path.join(dist, relative)
    let body: Buffer | undefined
    try {
      if (file && file.startsWith(dist + path.sep)) body = readFileSync(file)
    } catch {
      body = undefined
    }
    if (!body) {
      response.writeHead(404).end()
      return
    }
    served.push(pathname)
    response.writeHead(200, {'content-type': types[path.extname(file!)] ?? 'application/octet-stream'}).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  userData = mkdtempSync(path.join(tmpdir(), 'followup-lint-chromium-'))
  browser = await chromium.launchPersistentContext(userData, {
    // Under CI a missing browser fails here, by name.
    executablePath: browserProgram.path ?? 'chromium (not installed)',
    headless: true,
    viewport: {width: 1280, height: 900},
    args: [...chromiumArgs]
  })
  browser.on('request', (request) => requests.push(request.url()))
  page = browser.pages()[0] ?? (await browser.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  await page.goto(`${origin}${mount}`)
  await settled()
}, 180_000)

afterAll(() => closeBrowserTest(browser, server, userData))

describe.skipIf(browserProgram.skip)(browserProgram.title, () => {
  it('loads with a policy that forbids connections, and stores nothing by default', async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
    expect(policy).toContain("connect-src 'none'")
    expect(policy).toContain("default-src 'self'")
    expect(await page.textContent('#summary')).toBe('No draft yet.')
    expect(await page.isChecked('#keep')).toBe(false)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
  })

  it("underlines and lists exactly the command line's findings, with the picked context", async () => {
    const name = 'flagged-mixed.txt'
    const text = fixture(name)
    await setPicks()
    await typeDraft(text)
    const cli = cliReport(path.join(drafts, name), {args: flags})
    // The picked policy is in force: this draft goes to faculty.
    expect(cli.messages.map((m) => m.ruleId)).toContain('policy-conflict')
    expectSameAsCli(await read(), text, cli)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await page.screenshot({path: path.join(artifacts, 'web.png'), fullPage: true})
    await page.locator('.field').screenshot({path: path.join(artifacts, 'web-draft.png')})
  })

  it('selects a finding in the text area when it is chosen, by mouse or keyboard', async () => {
    const name = 'flagged-mixed.txt'
    const text = fixture(name)
    const cli = cliReport(path.join(drafts, name), {args: flags})
    const selection = () =>
      page.evaluate(() => {
        const area = document.getElementById('draft') as HTMLTextAreaElement
        return {focused: document.activeElement === area, start: area.selectionStart, end: area.selectionEnd}
      })
    const expected = (index: number) => {
      const m = cli.messages[index]!
      return {focused: true, start: offsetOf(text, m.line, m.column), end: offsetOf(text, m.endLine, m.endColumn)}
    }

    const last = cli.messages.length - 1
    await page.locator('#findings li.finding button.jump').nth(last).click()
    expect(await selection()).toEqual(expected(last))
    expect(await page.locator('#mirror mark.active').count()).toBeGreaterThan(0)

    await page.locator('#findings li.finding button.jump').nth(1).focus()
    await page.keyboard.press('Enter')
    expect(await selection()).toEqual(expected(1))
  })

  it('applies a safe rewrite where it was found, and the score follows', async () => {
    const name = 'flagged-gushing-thank-you.txt'
    const text = fixture(name)
    await typeDraft(text)
    const before = cliReport(path.join(drafts, name), {args: flags})
    expectSameAsCli(await read(), text, before)

    const index = before.messages.findIndex((m) => m.suggestions?.some((s) => s.safe))
    expect(index).toBeGreaterThanOrEqual(0)
    const finding = before.messages[index]!
    const rewrite = finding.fix!.text
    const start = offsetOf(text, finding.line, finding.column)
    const end = offsetOf(text, finding.endLine, finding.endColumn)
    const fixed = text.slice(0, start) + rewrite + text.slice(end)
    expect(fixed).not.toBe(text)

    await page.locator('#findings li.finding').nth(index).locator('button.apply.safe').click()
    await page.waitForFunction((want) => (document.getElementById('draft') as HTMLTextAreaElement).value === want, fixed)
    await settled()

    const after = cliReport('-', {args: [...flags, '--stdin-filename', 'draft.txt'], input: fixed})
    expect(after.score).not.toBe(before.score)
    expectSameAsCli(await read(), fixed, after)

    // The browser's own undo takes the rewrite back, and the findings follow.
    await page.keyboard.press('Control+Z')
    await page.waitForFunction((want) => (document.getElementById('draft') as HTMLTextAreaElement).value === want, text)
    await settled()
    expectSameAsCli(await read(), text, before)
  })

  it('offers a rewrite that changes the meaning only as a labelled replacement', async () => {
    const text = fixture('flagged-rank-promise.txt')
    await typeDraft(text)
    const unsafe = page.locator('#findings button.apply.unsafe').first()
    expect(await unsafe.textContent()).toMatch(/^Replace with “.+”$/)
    expect(await unsafe.getAttribute('aria-label')).toContain('changes what you say')
    expect(await page.locator('#findings button.apply.safe').count()).toBe(0)
  })

  it('says what is wrong with front matter it cannot use, as the command line does', async () => {
    const text = `---\nkind: thanks\n---\n${fixture('flagged-linkedin.txt')}`
    const cli = spawnSync(process.execPath, [cliBin, '--stdin-filename', 'draft.txt', '-'], {
      cwd: repoRoot,
      input: text,
      encoding: 'utf8'
    })
    expect(cli.status).toBe(2)
    const problem = cli.stderr.trim().replace(/^.*?front matter/, 'front matter')
    expect(problem).toMatch(/^front matter key "kind": must be one of/)
    await typeDraft(text)
    expect(await page.isVisible('#draft-error')).toBe(true)
    expect(await page.textContent('#draft-error')).toContain(problem)
    expect(await page.locator('#findings li').count()).toBe(0)
    expect(await page.locator('#mirror mark').count()).toBe(0)
    await typeDraft(fixture('flagged-linkedin.txt'))
    expect(await page.isVisible('#draft-error')).toBe(false)
    expect(await page.locator('#findings li').count()).toBeGreaterThan(0)
  })

  it('keeps the draft in the browser only while asked to', async () => {
    const text = fixture('flagged-linkedin.txt')
    await typeDraft(text)
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    await page.check('#keep')
    expect(await page.evaluate(() => Object.values(localStorage))).toEqual([text])
    await page.uncheck('#keep')
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
  })

  it('re-lints a 1,000-word draft in well under the typing pause', async () => {
    const paragraphs = ['flagged-mixed.txt', 'flagged-gushing-thank-you.txt', 'clean-update.txt', 'flagged-linkedin.txt']
      .map((name) => fixture(name).split('\n\n').slice(2, -1).join('\n\n'))
      .join('\n\n')
    let text = 'Subject: Thank you\n\nDear Ms. Okonkwo,\n\n'
    while (text.split(/\s+/).filter(Boolean).length < 1000) text += `${paragraphs}\n\n`
    text += 'Sincerely,\nPriya Raman\n'
    await typeDraft(text)
    const words = Number(await page.getAttribute('#timing', 'data-words'))
    expect(words).toBeGreaterThanOrEqual(1000)

    const times: number[] = []
    await page.focus('#draft')
    await page.keyboard.press('Control+End')
    for (let round = 0; round < 7; round++) {
      await page.keyboard.type('x')
      await settled()
      times.push(Number(await page.getAttribute('#timing', 'data-ms')))
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]!
    writeFileSync(path.join(artifacts, 'web-timing.json'), `${JSON.stringify({words, ms: times, median}, null, 2)}\n`)
    expect(times.every((ms) => ms > 0)).toBe(true)
    // Typing waits 150 ms before a lint; the lint itself should take far less.
    expect(median).toBeLessThan(150)
  })

  it('made no request but for its own files, and reported no errors', () => {
    expect(served.length).toBeGreaterThan(0)
    expect(requests.length).toBeGreaterThan(0)
    for (const url of requests) {
      expect(url.startsWith(`${origin}${mount}`)).toBe(true)
      expect(served).toContain(new URL(url).pathname)
    }
    expect(problems).toEqual([])
  })
})
