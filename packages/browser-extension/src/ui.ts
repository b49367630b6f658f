// The overlay's parts that are not underlines: the button that opens the panel, the panel
// listing the findings with the score, the card of one finding, and the live region that
// announces the count. Built with DOM calls only: no HTML strings, no inline scripts.
import type {Diagnostic, LintResult, Rule} from '@followup-lint/core'
import {rules} from '../../web/src/lint.js'
import {scoreLine} from '../../web/src/score.js'

const metaById = new Map<string, Rule['meta']>(rules.map((rule) => [rule.meta.id, rule.meta]))
const severityLabel = {error: 'Error', warning: 'Warning', info: 'Suggestion'} as const

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const out = document.createElement(tag)
  if (className) out.className = className
  if (text) out.textContent = text
  return out
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The count in words, as the live region says it and the panel shows it. */
export function describeCounts(result: LintResult): string {
  const total = result.messages.length
  if (total === 0) return 'followup-lint: no findings.'
  const parts = [
    plural(result.errorCount, 'error', 'errors'),
    plural(result.warningCount, 'warning', 'warnings'),
    plural(result.infoCount, 'suggestion', 'suggestions')
  ]
  return `followup-lint: ${plural(total, 'finding', 'findings')}: ${parts.join(', ')}.`
}

export interface PanelParts {
  root: HTMLElement
  summary: HTMLElement
  score: HTMLElement
  problem: HTMLElement
  timing: HTMLElement
  list: HTMLOListElement
}

export function buildPanel(id: string): PanelParts {
  const root = element('section', 'panel ui')
  root.id = id
  root.hidden = true
  root.setAttribute('aria-label', 'followup-lint findings')
  const heading = element('h2', '', 'followup-lint')
  const summary = element('p', 'summary')
  const score = element('p', 'score')
  const problem = element('p', 'problem')
  problem.hidden = true
  const timing = element('p', 'timing')
  const hint = element('p', 'hint', 'Alt+Shift+L in the draft comes here; Enter on a finding opens its card, Escape goes back.')
  const list = element('ol')
  list.setAttribute('aria-busy', 'true')
  root.append(heading, summary, score, problem, list, timing, hint)
  return {root, summary, score, problem, timing, list}
}

/** The count and the read-aloud score at the top of the panel. */
export function drawSummary(panel: PanelParts, result: LintResult): void {
  panel.summary.textContent = describeCounts(result)
  panel.score.textContent = `Read aloud: ${scoreLine(result.score)}`
}

export function drawPanel(panel: PanelParts, result: LintResult, onChoose: (index: number) => void): void {
  drawSummary(panel, result)
  panel.list.replaceChildren(
    ...result.messages.map((message, index) => {
      const item = element('li', `sev-${message.severity}`)
      item.dataset.ruleId = message.ruleId
      const button = element('button', 'finding')
      button.type = 'button'
      button.dataset.index = String(index)
      button.append(element('span', 'badge', severityLabel[message.severity]), ' ', element('span', 'message', message.message))
      button.addEventListener('click', () => onChoose(index))
      item.append(button)
      return item
    })
  )
}

/** The card of one finding: its message, why it matters, and its rewrites. */
export function buildCard(message: Diagnostic, apply: (text: string) => void, close: () => void): HTMLElement {
  const card = element('div', `card ui sev-${message.severity}`)
  card.setAttribute('role', 'dialog')
  card.setAttribute('aria-label', `${severityLabel[message.severity]}: ${message.message}`)
  const shut = element('button', 'close', '×')
  shut.type = 'button'
  shut.setAttribute('aria-label', 'Close')
  shut.addEventListener('click', close)
  const meta = metaById.get(message.ruleId)
  const rule = element('p', 'rule')
  rule.append(element('span', `badge sev-${message.severity}`, severityLabel[message.severity]), ' ', element('code', '', message.ruleId))
  card.append(shut, rule, element('p', 'message', message.message))
  const why = message.note ?? meta?.why
  if (why) card.append(element('p', 'why', why.replace(/\s*\n\s*/g, ' ')))
  if (message.suggestions?.length) {
    const rewrites = element('div', 'rewrites')
    for (const suggestion of message.suggestions) {
      const button = element('button', suggestion.safe ? 'apply safe' : 'apply unsafe')
      button.type = 'button'
      // Safe rewrites keep the meaning; the others change what is said, and say so.
      button.textContent = suggestion.safe ? `Apply (safe): “${suggestion.text}”` : `Replace with “${suggestion.text}”`
      button.setAttribute(
        'aria-label',
        suggestion.safe
          ? `Apply the safe rewrite: “${message.actual}” becomes “${suggestion.text}”`
          : `Replace “${message.actual}” with “${suggestion.text}”; this changes what you say, so read it first`
      )
      button.addEventListener('click', () => apply(suggestion.text))
      rewrites.append(button)
    }
    card.append(rewrites)
  }
  return card
}
