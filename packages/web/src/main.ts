import './style.css'
import {applyEdits, type Diagnostic, fixText, type LintResult, type Rule, safeEdit, type TextEdit} from '@followup-lint/core'
import {examples} from './examples.js'
import {carry, type Range, segments} from './highlights.js'
import {capFrom, lintDraftText, pickerKeys, type Picks, rules} from './lint.js'
import {scoreLine} from './score.js'

const storageKey = 'followup-lint:draft'
// Long enough to skip the pauses inside a word, short enough to feel immediate.
const debounceMs = 150

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}

const draft = element<HTMLTextAreaElement>('draft')
const mirror = element<HTMLDivElement>('mirror')
const list = element<HTMLOListElement>('findings')
const summary = element<HTMLParagraphElement>('summary')
const fixAll = element<HTMLButtonElement>('fix-all')
const draftError = element<HTMLParagraphElement>('draft-error')
const meter = element<HTMLMeterElement>('score-meter')
const scoreValue = element<HTMLSpanElement>('score-value')
const scoreText = element<HTMLParagraphElement>('score-text')
const scoreParts = element<HTMLUListElement>('score-parts')
const keep = element<HTMLInputElement>('keep')
const timing = element<HTMLParagraphElement>('timing')
const exampleSelect = element<HTMLSelectElement>('example')
const pickers = pickerKeys.map((key) => element<HTMLInputElement | HTMLSelectElement>(key))

const metaById = new Map<string, Rule['meta']>(rules.map((rule) => [rule.meta.id, rule.meta]))

/** The findings on screen, and the text they were found in. */
let shown: {text: string; result: LintResult} | undefined
/** The finding the user last jumped to, drawn more strongly. */
let active: number | undefined
let pending: ReturnType<typeof setTimeout> | undefined
let runs = 0
/** Stops the lint of a text the user has typed past. */
let running: AbortController | undefined
// The page's address may raise the size cap, as --max-size does: ?max-size=8.
const maxBytes = capFrom(location.search)

function picks(): Picks {
  const out: Picks = {}
  for (const picker of pickers) {
    if (picker.value !== '') out[picker.dataset.key as keyof Picks] = picker.value
  }
  return out
}

/** Lint the text area now; a result for text that has changed since is dropped. */
async function lintNow(): Promise<void> {
  clearTimeout(pending)
  const run = ++runs
  const text = draft.value
  running?.abort()
  const controller = (running = new AbortController())
  list.setAttribute('aria-busy', 'true')
  try {
    const started = performance.now()
    const result = await lintDraftText(text, picks(), {maxBytes, signal: controller.signal})
    const elapsed = performance.now() - started
    if (run !== runs) return
    draftError.hidden = true
    showTiming(text, elapsed)
    show(text, result)
  } catch (error) {
    if (run !== runs) return
    // Front matter the linter cannot use: say so, and show no findings for text not linted.
    draftError.textContent = (error as Error).message
    draftError.hidden = false
    shown = undefined
    active = undefined
    drawRanges(text, [])
    list.replaceChildren()
    fixAll.hidden = true
    summary.textContent = 'No findings until the problem above is fixed.'
  } finally {
    if (run === runs) list.setAttribute('aria-busy', 'false')
  }
}

function lintSoon(): void {
  clearTimeout(pending)
  runs++
  list.setAttribute('aria-busy', 'true')
  pending = setTimeout(() => void lintNow(), debounceMs)
}

function showTiming(text: string, ms: number): void {
  const words = text.split(/\s+/).filter(Boolean).length
  timing.dataset.ms = ms.toFixed(2)
  timing.dataset.words = String(words)
  timing.textContent = `Checked ${words.toLocaleString('en-US')} words in ${ms.toFixed(1)} ms, in this page.`
}

function show(text: string, result: LintResult): void {
  const same = shown && sameFindings(shown.result.messages, result.messages)
  shown = {text, result}
  if (!same) active = undefined
  drawHighlights()
  drawScore(result)
  // Rebuilding an unchanged list would move the focus and repeat itself to screen readers.
  if (!same) drawFindings(result)
  else refreshFindings(result)
  summary.textContent = describeCounts(result)
}

function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((m, i) => key(m) === key(b[i]!))
}

function key(message: Diagnostic): string {
  return [message.ruleId, message.severity, message.offset, message.endOffset, message.message].join('\u0000')
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

function describeCounts(result: LintResult): string {
  const total = result.messages.length
  if (total === 0) return draft.value.trim() === '' ? 'No draft yet.' : 'No findings: nothing to change.'
  const parts = [
    plural(result.errorCount, 'error', 'errors'),
    plural(result.warningCount, 'warning', 'warnings'),
    plural(result.infoCount, 'suggestion', 'suggestions')
  ]
  return `${plural(total, 'finding', 'findings')}: ${parts.join(', ')}.`
}

// ---- The underlines: a copy of the text behind the transparent text area. ----

function drawHighlights(): void {
  if (shown) drawRanges(shown.text, shown.result.messages)
}

/** Draw `text` behind the text area with the given ranges underlined. */
function drawRanges(text: string, ranges: readonly (Range | undefined)[]): void {
  const fragment = document.createDocumentFragment()
  for (const part of segments(text.length, ranges)) {
    const words = text.slice(part.start, part.end)
    if (part.findings.length === 0) {
      fragment.append(words)
      continue
    }
    const mark = document.createElement('mark')
    mark.className = `hl sev-${part.severity}`
    if (part.start === part.end) mark.classList.add('empty')
    // Words flagged by more than one finding (a phrase inside a flagged paragraph) stand out.
    if (part.findings.length > 1) mark.classList.add('nested')
    if (active !== undefined && part.findings.includes(active)) mark.classList.add('active')
    mark.dataset.findings = part.findings.join(' ')
    mark.textContent = words
    fragment.append(mark)
  }
  // A text area shows a last, empty line after a final line break; the copy needs one too.
  const filler = document.createElement('span')
  filler.className = 'filler'
  filler.textContent = '\u200b'
  fragment.append(filler)
  mirror.replaceChildren(fragment)
  syncScroll()
}

function syncScroll(): void {
  mirror.scrollTop = draft.scrollTop
  mirror.scrollLeft = draft.scrollLeft
}

function syncSize(): void {
  // The copy must wrap lines exactly where the text area does: same width inside the
  // scroll bar, same padding, same font.
  mirror.style.width = `${draft.clientWidth}px`
  mirror.style.height = `${draft.clientHeight}px`
  syncScroll()
}

// ---- The score. ----

function drawScore(result: LintResult): void {
  meter.value = result.score
  scoreValue.textContent = String(result.score)
  const total = result.scoreParts.reduce((sum, part) => sum + part.points, 0)
  // The parts can add up to more than the score, which stops at 100.
  scoreText.replaceChildren(scoreLine(result.score))
  if (total > result.score) {
    scoreText.append(' ', span('hint', `The parts add up to ${total}; the score stops at 100.`))
  }
  scoreParts.replaceChildren(
    ...result.scoreParts.map((part) => {
      const item = document.createElement('li')
      const label = document.createElement('span')
      // A tone signal says where its words stand, as the command line's --score does.
      const lines = [...new Set(part.places?.map((place) => place.line) ?? [])]
      label.textContent = lines.length > 0 ? `${part.label} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})` : part.label
      const points = document.createElement('span')
      points.className = 'points'
      points.textContent = `+${part.points}`
      item.append(label, points)
      return item
    })
  )
}

// ---- The list of findings. ----

function drawFindings(result: LintResult): void {
  list.replaceChildren(...result.messages.map((message, index) => findingItem(message, index)))
  fixAll.hidden = !result.messages.some((message) => safeEdit(message))
}

/** Same findings, same order: only the active mark changes. */
function refreshFindings(result: LintResult): void {
  list.querySelectorAll('li.finding').forEach((item, index) => {
    item.classList.toggle('active', index === active)
  })
  fixAll.hidden = !result.messages.some((message) => safeEdit(message))
}

const severityLabel = {error: 'Error', warning: 'Warning', info: 'Suggestion'} as const

function findingItem(message: Diagnostic, index: number): HTMLLIElement {
  const item = document.createElement('li')
  item.className = `finding sev-${message.severity}`
  item.dataset.ruleId = message.ruleId
  item.dataset.severity = message.severity

  const jump = document.createElement('button')
  jump.type = 'button'
  jump.className = 'jump'
  const badge = span('badge', severityLabel[message.severity])
  const where = span('where', range(message))
  where.setAttribute('aria-label', `line ${message.line}, column ${message.column}`)
  jump.append(badge, ' ', where, ' ', span('message', message.message))
  jump.addEventListener('click', () => select(index))
  item.append(jump)

  const meta = metaById.get(message.ruleId)
  const rule = document.createElement('p')
  rule.className = 'rule'
  const code = document.createElement('code')
  code.textContent = message.ruleId
  rule.append(code, ` ${meta?.summary ?? ''}`)
  item.append(rule)

  const why = message.note ?? meta?.why
  if (why) {
    const details = document.createElement('details')
    const title = document.createElement('summary')
    title.textContent = 'Why it matters'
    const body = document.createElement('p')
    body.textContent = why.replace(/\s*\n\s*/g, ' ')
    details.append(title, body)
    item.append(details)
  }

  if (message.suggestions?.length) {
    const rewrites = document.createElement('div')
    rewrites.className = 'rewrites'
    rewrites.append(span('rewrites-label', 'Suggested wording:'))
    message.suggestions.forEach((suggestion) => {
      const button = document.createElement('button')
      button.type = 'button'
      button.className = suggestion.safe ? 'apply safe' : 'apply unsafe'
      button.textContent = suggestion.safe ? `Apply “${suggestion.text}”` : `Replace with “${suggestion.text}”`
      button.setAttribute(
        'aria-label',
        suggestion.safe
          ? `Apply the safe rewrite: “${message.actual}” becomes “${suggestion.text}”`
          : `Replace “${message.actual}” with “${suggestion.text}”; this changes what you say, so read it first`
      )
      button.addEventListener('click', () =>
        replace({offset: message.offset, endOffset: message.endOffset, text: suggestion.text, ruleId: message.ruleId})
      )
      rewrites.append(button)
    })
    const safe = message.suggestions.some((suggestion) => suggestion.safe)
    rewrites.append(
      span(
        'rewrite-note',
        safe ? 'Safe: keeps your meaning.' : 'Changes what you say: read the result before you send it.'
      )
    )
    item.append(rewrites)
  }
  return item
}

function span(className: string, text: string): HTMLSpanElement {
  const out = document.createElement('span')
  out.className = className
  out.textContent = text
  return out
}

function range(message: Diagnostic): string {
  return `${message.line}:${message.column}–${message.endLine}:${message.endColumn}`
}

/** Select a finding's words in the text area and scroll them into view. */
function select(index: number): void {
  const message = shown?.result.messages[index]
  if (!message) return
  active = index
  drawHighlights()
  refreshFindings(shown!.result)
  draft.focus({preventScroll: true})
  draft.setSelectionRange(message.offset, message.endOffset)
  const mark = mirror.querySelector<HTMLElement>(`mark[data-findings~="${index}"]`)
  if (mark) {
    // Put the words a third of the way down the text area.
    draft.scrollTop = Math.max(0, mark.offsetTop - draft.clientHeight / 3)
    syncScroll()
  }
  draft.closest('.field')?.scrollIntoView({block: 'nearest'})
}

// ---- Rewrites. ----

/** Apply one edit to the text the findings were made for, if the text is still that text. */
function replace(edit: TextEdit): void {
  if (!shown || shown.text !== draft.value) return
  const outcome = applyEdits(draft.value, [edit])
  if (outcome.applied.length === 0) return
  setText(outcome.output, edit.offset, edit.endOffset, edit.text)
  const end = edit.offset + edit.text.length
  draft.setSelectionRange(end, end)
  void lintNow()
}

async function applyAllSafe(): Promise<void> {
  const current = picks()
  const outcome = await fixText(draft.value, async (text) => (await lintDraftText(text, current, {maxBytes})).messages)
  if (outcome.applied > 0) setText(outcome.output, 0, draft.value.length, outcome.output)
  await lintNow()
}

/**
 * Make the text area hold `text`, which is its text with [start, end) replaced by
 * `inserted`. Typing it in through the editing command keeps the browser's undo (Ctrl+Z);
 * where that command is missing or does something else, the text is set outright.
 */
function setText(text: string, start = 0, end = draft.value.length, inserted = text): void {
  draft.focus({preventScroll: true})
  draft.setSelectionRange(start, end)
  let typed = false
  try {
    typed = document.execCommand('insertText', false, inserted)
  } catch {
    typed = false
  }
  if (!typed || draft.value !== text) draft.value = text
  save()
}

// ---- Keeping the draft, only when asked. ----

function save(): void {
  if (!keep.checked) return
  try {
    localStorage.setItem(storageKey, draft.value)
  } catch {
    // Storage can be full or blocked; the draft is still in the page.
  }
}

function restore(): void {
  let stored: string | null = null
  try {
    stored = localStorage.getItem(storageKey)
  } catch {
    stored = null
  }
  if (stored !== null) {
    draft.value = stored
    keep.checked = true
  }
}

keep.addEventListener('change', () => {
  try {
    if (keep.checked) localStorage.setItem(storageKey, draft.value)
    else localStorage.removeItem(storageKey)
  } catch {
    // Nothing stored, nothing to remove.
  }
})

// ---- Wiring. ----

for (const example of examples) {
  const option = document.createElement('option')
  option.value = example.id
  option.textContent = example.label
  exampleSelect.append(option)
}
element<HTMLButtonElement>('load-example').addEventListener('click', () => {
  const example = examples.find((candidate) => candidate.id === exampleSelect.value)
  if (!example) return
  setText(example.text)
  draft.scrollTop = 0
  void lintNow()
})

draft.addEventListener('input', () => {
  save()
  // Until the new findings arrive, keep the old underlines on the words they were found on.
  if (shown) drawRanges(draft.value, carry(shown.text, draft.value, shown.result.messages))
  lintSoon()
})
draft.addEventListener('scroll', syncScroll)
new ResizeObserver(syncSize).observe(draft)
for (const picker of pickers) picker.addEventListener('change', () => void lintNow())
fixAll.addEventListener('click', () => void applyAllSafe())

restore()
syncSize()
void lintNow()
