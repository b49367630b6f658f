// One compose window: lints its draft a moment after the last change, draws the underlines in
// an overlay above the body (never in the editor's own DOM), and offers each finding's card,
// the panel and the rewrites. A rewrite goes through the editor's own input path, so the
// editor's undo takes it back.
import type {Diagnostic, LintResult} from '@followup-lint/core'
import {carry, type Range as Flagged, segments} from '../../web/src/highlights.js'
import type {ComposeParts} from './compose.js'
import {type Draft, lintDraft, readDraft} from './draft.js'
import {overlayCss} from './overlay-style.js'
import type {Settings} from './settings.js'
import {domRanges, domSpan} from './text-map.js'
import {buildCard, buildPanel, describeCounts, drawPanel, drawSummary, element, type PanelParts} from './ui.js'

// Long enough to skip the pauses inside a word, short enough to feel immediate.
const debounceMs = 150
let made = 0

/** A drawn underline in viewport coordinates, for finding what the pointer is over. */
interface Box {
  left: number
  top: number
  right: number
  bottom: number
  findings: number[]
}

export class Controller {
  readonly host = document.createElement('followup-lint-overlay')
  private readonly shadow: ShadowRoot
  private readonly clip = element('div', 'clip')
  private readonly toggle = element('button', 'toggle ui')
  private readonly live = element('div', 'visually-hidden')
  private readonly panel: PanelParts
  private card: {element: HTMLElement; index: number; from: HTMLElement | undefined} | undefined
  /** The findings and the draft they were found in. */
  private shown: {draft: Draft; result: LintResult} | undefined
  /** What is drawn: the draft now, and the findings carried over to it while the user types. */
  private view: {draft: Draft; ranges: (Flagged | undefined)[]} | undefined
  private boxes: Box[] = []
  private pending: ReturnType<typeof setTimeout> | undefined
  private closing: ReturnType<typeof setTimeout> | undefined
  private frame = 0
  private runs = 0
  private running: AbortController | undefined
  private readonly observers: {disconnect(): void}[] = []
  private readonly cleanups: (() => void)[] = []

  constructor(
    readonly parts: ComposeParts,
    private readonly settings: () => Settings,
    private readonly onCount: () => void
  ) {
    this.shadow = this.host.attachShadow({mode: 'open'})
    adoptStyle(this.shadow)
    this.panel = buildPanel(`followup-lint-panel-${++made}`)
    this.toggle.type = 'button'
    this.toggle.setAttribute('aria-expanded', 'false')
    this.toggle.setAttribute('aria-controls', this.panel.root.id)
    this.toggle.textContent = 'followup-lint'
    this.live.setAttribute('role', 'status')
    this.live.setAttribute('aria-live', 'polite')
    this.shadow.append(this.clip, this.toggle, this.panel.root, this.live)
    document.documentElement.append(this.host)
    this.wire()
    void this.lintNow()
  }

  get result(): LintResult | undefined {
    return this.shown?.result
  }

  destroy(): void {
    clearTimeout(this.pending)
    clearTimeout(this.closing)
    cancelAnimationFrame(this.frame)
    this.running?.abort()
    for (const observer of this.observers) observer.disconnect()
    for (const cleanup of this.cleanups) cleanup()
    this.host.remove()
  }

  private listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | string,
    listener: (event: HTMLElementEventMap[K]) => void,
    options: AddEventListenerOptions = {}
  ): void {
    target.addEventListener(type, listener as EventListener, options)
    this.cleanups.push(() => target.removeEventListener(type, listener as EventListener, options))
  }

  private wire(): void {
    const {body} = this.parts
    // The fields change by typing, by the editor's own code and by chips coming and going: one
    // observer over the compose form sees them all.
    const changes = new MutationObserver((records) => {
      if (records.some((record) => !this.host.contains(record.target))) this.changed()
    })
    changes.observe(this.parts.form(), {childList: true, subtree: true, characterData: true})
    const resized = new ResizeObserver(() => this.reposition())
    resized.observe(body)
    this.observers.push(changes, resized)
    this.listen(this.parts.form(), 'input', () => this.changed())
    this.listen(window, 'scroll', () => this.reposition(), {capture: true, passive: true})
    this.listen(window, 'resize', () => this.reposition())
    this.listen(body, 'mousemove', (event) => this.hover(event))
    this.listen(body, 'mouseleave', () => this.closeSoon())
    this.listen(body, 'keydown', (event) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyL') {
        event.preventDefault()
        this.openPanel()
      }
    })
    this.listen(this.toggle, 'click', () => (this.panel.root.hidden ? this.openPanel() : this.closePanel()))
    this.listen(this.panel.root, 'keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        this.closePanel()
        body.focus()
      }
    })
  }

  /** The draft changed: keep the underlines on their words until the new findings arrive. */
  private changed(): void {
    if (this.shown) {
      const draft = readDraft(this.parts)
      if (draft.text === this.view?.draft.text) return
      this.view = {draft, ranges: carry(this.shown.draft.text, draft.text, this.shown.result.messages)}
      this.reposition()
    }
    this.lintSoon()
  }

  lintSoon(): void {
    clearTimeout(this.pending)
    this.runs++
    this.panel.list.setAttribute('aria-busy', 'true')
    this.pending = setTimeout(() => void this.lintNow(), debounceMs)
  }

  /** Lint the draft now; a result for a draft that has changed since is dropped. */
  async lintNow(): Promise<void> {
    clearTimeout(this.pending)
    const run = ++this.runs
    this.running?.abort()
    const controller = (this.running = new AbortController())
    this.panel.list.setAttribute('aria-busy', 'true')
    const draft = readDraft(this.parts)
    const settings = this.settings()
    try {
      const started = performance.now()
      const result = await lintDraft(draft, settings.config, controller.signal)
      const elapsed = performance.now() - started
      if (run !== this.runs) return
      this.showTiming(draft, elapsed)
      this.show(draft, result, settings.problem)
    } catch (error) {
      if (run !== this.runs) return
      // Front matter or a size the linter refuses: say so, and show nothing for text not linted.
      this.shown = undefined
      this.view = undefined
      this.closeCard()
      this.panel.problem.textContent = (error as Error).message
      this.panel.problem.hidden = false
      this.panel.list.replaceChildren()
      this.reposition()
      this.onCount()
    } finally {
      if (run === this.runs) {
        this.panel.list.setAttribute('aria-busy', 'false')
        // How many lints have ended, for a test to wait for the one it caused.
        this.panel.timing.dataset.lints = String(Number(this.panel.timing.dataset.lints ?? 0) + 1)
      }
    }
  }

  private showTiming(draft: Draft, ms: number): void {
    const words = draft.text.split(/\s+/).filter(Boolean).length
    this.panel.timing.dataset.ms = ms.toFixed(2)
    this.panel.timing.dataset.words = String(words)
    this.panel.timing.dataset.chars = String(draft.text.length)
    this.panel.timing.textContent = `Checked ${words.toLocaleString('en-US')} words in ${ms.toFixed(1)} ms, in this browser.`
  }

  private show(draft: Draft, result: LintResult, problem: string | undefined): void {
    const before = this.shown?.result
    this.shown = {draft, result}
    this.view = {draft, ranges: result.messages}
    this.panel.problem.hidden = problem === undefined
    this.panel.problem.textContent = problem ? `Your settings are not used: ${problem}` : ''
    const counts = describeCounts(result)
    // Rebuilding an unchanged list would move the focus and repeat itself to screen readers.
    if (!before || !sameFindings(before.messages, result.messages)) {
      this.closeCard()
      drawPanel(this.panel, result, (index) => this.openCard(index, true))
    } else {
      drawSummary(this.panel, result)
    }
    if (this.live.textContent !== counts) this.live.textContent = counts
    this.toggle.textContent = result.messages.length === 0 ? 'followup-lint ✓' : `followup-lint: ${result.messages.length}`
    this.toggle.setAttribute('aria-label', counts)
    this.toggle.classList.toggle('has-errors', result.errorCount > 0)
    this.reposition()
    this.onCount()
  }

  // ---- Drawing. ----

  reposition(): void {
    cancelAnimationFrame(this.frame)
    this.frame = requestAnimationFrame(() => this.draw())
  }

  private draw(): void {
    const {body} = this.parts
    if (!body.isConnected) return
    const area = visibleArea(body)
    this.clip.style.left = `${area.left}px`
    this.clip.style.top = `${area.top}px`
    this.clip.style.width = `${Math.max(0, area.right - area.left)}px`
    this.clip.style.height = `${Math.max(0, area.bottom - area.top)}px`
    this.placeToggle(body.getBoundingClientRect(), area)
    this.boxes = []
    const marks: HTMLElement[] = []
    const view = this.view
    if (view && !this.settings().panelOnly) {
      const {draft, ranges} = view
      const active = this.card?.index
      for (const part of segments(draft.text.length, ranges)) {
        if (part.findings.length === 0 || part.start === part.end || part.start < draft.bodyStart) continue
        for (const range of domRanges(draft.body, part.start - draft.bodyStart, part.end - draft.bodyStart)) {
          for (const rect of range.getClientRects()) {
            if (rect.width === 0 || rect.height === 0) continue
            const mark = element('div', `mark sev-${part.severity}`)
            if (active !== undefined && part.findings.includes(active)) mark.classList.add('active')
            mark.dataset.findings = part.findings.join(' ')
            mark.style.left = `${rect.left - area.left}px`
            mark.style.top = `${rect.top - area.top}px`
            mark.style.width = `${rect.width}px`
            mark.style.height = `${rect.height}px`
            marks.push(mark)
            this.boxes.push({left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, findings: part.findings})
          }
        }
      }
    }
    this.clip.replaceChildren(...marks)
    if (this.card) this.placeCard(this.card.element, this.card.index)
  }

  private placeToggle(bodyRect: DOMRect, area: DOMRect): void {
    const width = this.toggle.offsetWidth || 110
    const height = this.toggle.offsetHeight || 22
    const right = Math.min(bodyRect.right, area.right, window.innerWidth)
    const bottom = Math.min(bodyRect.bottom, area.bottom, window.innerHeight)
    const left = Math.max(4, right - width - 8)
    const top = Math.max(4, bottom - height - 6)
    this.toggle.style.left = `${left}px`
    this.toggle.style.top = `${top}px`
    const panel = this.panel.root
    panel.style.left = `${Math.max(4, right - 360)}px`
    const above = top - 6
    if (above > window.innerHeight / 2) {
      panel.style.top = ''
      panel.style.bottom = `${window.innerHeight - above}px`
    } else {
      panel.style.bottom = ''
      panel.style.top = `${top + height + 6}px`
    }
  }

  // ---- The panel and the cards. ----

  /** Show the panel and move the focus into its list. */
  private openPanel(): void {
    this.panel.root.hidden = false
    this.toggle.setAttribute('aria-expanded', 'true')
    this.reposition()
    // Start at the first finding at or after the caret, so the list picks up where the user is.
    const buttons = [...this.panel.list.querySelectorAll<HTMLButtonElement>('button.finding')]
    const caret = this.caretOffset()
    const messages = this.shown?.result.messages ?? []
    const next = caret === undefined ? 0 : messages.findIndex((message) => message.endOffset >= caret)
    ;(buttons[next] ?? buttons[0] ?? this.panel.root).focus()
  }

  private closePanel(): void {
    this.panel.root.hidden = true
    this.toggle.setAttribute('aria-expanded', 'false')
  }

  private caretOffset(): number | undefined {
    const selection = getSelection()
    const draft = this.view?.draft
    if (!selection || selection.rangeCount === 0 || !draft) return undefined
    const range = selection.getRangeAt(0)
    const piece = draft.body.pieces.find((candidate) => candidate.node === range.startContainer)
    return piece ? draft.bodyStart + piece.start + range.startOffset - piece.nodeStart : undefined
  }

  private hover(event: MouseEvent): void {
    const under = this.boxes.filter(
      (box) => event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    )
    if (under.length === 0) {
      this.closeSoon()
      return
    }
    clearTimeout(this.closing)
    // Where findings nest, the pointer means the narrowest one.
    const messages = this.shown?.result.messages ?? []
    const candidates = under.flatMap((box) => box.findings)
    const index = candidates.reduce((best, at) => (width(messages[at]) < width(messages[best]) ? at : best), candidates[0]!)
    if (this.card?.index !== index) this.openCard(index, false)
  }

  private closeSoon(): void {
    if (!this.card || this.card.element.contains(this.shadow.activeElement)) return
    clearTimeout(this.closing)
    this.closing = setTimeout(() => {
      if (this.card && !this.card.element.matches(':hover')) this.closeCard()
    }, 400)
  }

  openCard(index: number, focus: boolean): void {
    const message = this.shown?.result.messages[index]
    if (!message) return
    const from = focus ? ((this.shadow.activeElement as HTMLElement | null) ?? undefined) : undefined
    this.closeCard()
    const card = buildCard(message, (text) => void this.apply(index, text), () => this.closeCard(true))
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        this.closeCard(true)
      }
    })
    card.addEventListener('mouseleave', () => this.closeSoon())
    card.addEventListener('mouseenter', () => clearTimeout(this.closing))
    this.card = {element: card, index, from}
    this.shadow.append(card)
    this.reposition()
    this.placeCard(card, index)
    if (focus) (card.querySelector<HTMLButtonElement>('.rewrites button') ?? card.querySelector<HTMLButtonElement>('button'))?.focus()
  }

  private closeCard(restoreFocus = false): void {
    clearTimeout(this.closing)
    const card = this.card
    if (!card) return
    this.card = undefined
    card.element.remove()
    this.reposition()
    if (restoreFocus) (card.from?.isConnected ? card.from : this.parts.body).focus()
  }

  private placeCard(card: HTMLElement, index: number): void {
    const box = this.boxes.find((candidate) => candidate.findings.includes(index))
    const anchor = box ?? (this.panel.root.hidden ? this.toggle : this.panel.root).getBoundingClientRect()
    const height = card.offsetHeight || 160
    const width = card.offsetWidth || 320
    let top = anchor.bottom + 6
    if (top + height > window.innerHeight - 4) top = Math.max(4, anchor.top - height - 6)
    card.style.top = `${top}px`
    card.style.left = `${Math.max(4, Math.min(anchor.left, window.innerWidth - width - 4))}px`
  }

  // ---- Rewrites. ----

  /**
   * Replace a finding's words with `text` by selecting them and typing the rewrite through the
   * editing command, as the user would: the editor records it, and its undo takes it back.
   */
  private async apply(index: number, text: string): Promise<void> {
    const message = this.shown?.result.messages[index]
    if (!message || !this.shown) return
    const now = readDraft(this.parts)
    // The words moved since the lint: lint again rather than replace the wrong ones.
    if (now.text !== this.shown.draft.text) return this.lintNow()
    this.closeCard()
    if (message.offset >= now.bodyStart) {
      const range = domSpan(now.body, message.offset - now.bodyStart, message.endOffset - now.bodyStart)
      if (!range) return
      this.parts.body.focus()
      const selection = getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      typeOver(this.parts.body, text)
    } else if (now.subjectStart !== undefined && message.offset >= now.subjectStart) {
      const input = this.parts.subjectInput()
      if (!input) return
      input.focus()
      input.setSelectionRange(message.offset - now.subjectStart, message.endOffset - now.subjectStart)
      typeOver(input, text)
    }
    await this.lintNow()
  }
}

/**
 * Type `text` over the selection. The editing command goes through the editor's own input
 * handling and undo stack; an editor that turns it down gets the input event it would get
 * from a keyboard's replacement, which it handles itself.
 */
function typeOver(target: HTMLElement, text: string): void {
  let typed = false
  try {
    typed = document.execCommand('insertText', false, text)
  } catch {
    typed = false
  }
  if (!typed) {
    target.dispatchEvent(new InputEvent('beforeinput', {inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true}))
  }
}

/**
 * Style the overlay with a constructed style sheet: the mail page's policy on inline styles
 * does not apply to one. Where the browser will not adopt a sheet a content script made, a
 * <style> element does the same.
 */
function adoptStyle(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(overlayCss)
    shadow.adoptedStyleSheets = [sheet]
  } catch {
    const style = document.createElement('style')
    style.textContent = overlayCss
    shadow.append(style)
  }
}

function width(message: Diagnostic | undefined): number {
  return message ? message.endOffset - message.offset : Number.POSITIVE_INFINITY
}

function sameFindings(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  const key = (m: Diagnostic) => [m.ruleId, m.severity, m.offset, m.endOffset, m.message].join('\u0000')
  return a.length === b.length && a.every((m, i) => key(m) === key(b[i]!))
}

/** The part of the body on screen: its box cut by every ancestor that clips what overflows it. */
function visibleArea(body: HTMLElement): DOMRect {
  let {left, top, right, bottom} = body.getBoundingClientRect()
  for (let at = body.parentElement; at; at = at.parentElement) {
    const style = getComputedStyle(at)
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
    const box = at.getBoundingClientRect()
    left = Math.max(left, box.left)
    top = Math.max(top, box.top)
    right = Math.min(right, box.right)
    bottom = Math.min(bottom, box.bottom)
  }
  left = Math.max(left, 0)
  top = Math.max(top, 0)
  right = Math.min(right, window.innerWidth)
  bottom = Math.min(bottom, window.innerHeight)
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top))
}
