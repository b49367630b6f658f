// Where a compose window's parts are: its body, subject and recipient chips, and the start of
// a reply's quoted thread. Gmail and Outlook on the web each have their own markup; any other
// site the user turns on gets the generic reading: an editable body and nothing else.
import type {QuoteKind} from './text-map.js'

export interface ComposeParts {
  body: HTMLElement
  /** The subject field, when the window has one. */
  subjectInput(): HTMLInputElement | null
  /** The element to watch for changes to the fields: the compose form, or the document. */
  form(): ParentNode
  recipients(): string[]
  /** How an element of the body quotes the thread of a reply or forward, if it does. */
  quoteKind(element: Element): QuoteKind
}

interface Site {
  bodies: string
  /** The element holding one compose window's fields, found upward from the body: the first of these that encloses it. */
  forms: string[]
  subject: string
  chips: string
  /** Elements that hold quoted mail. */
  quotes: string
  /** Elements from which the rest of the body is quoted mail. */
  history?: string
}

const gmail: Site = {
  bodies: 'div[contenteditable="true"][role="textbox"], div[contenteditable="true"].editable',
  // A compose window (pop-up or pop-out) and an inline reply each sit in their own container.
  forms: ['.M9', '[role="dialog"]', 'form'],
  subject: 'input[name="subjectbox"]',
  // Each recipient is a chip carrying the address, with the name as its text.
  chips: '[data-hovercard-id][email], [data-hovercard-id], span[email]',
  quotes: '.gmail_quote, .gmail_extra, blockquote'
}

const outlook: Site = {
  // Only the message body: the To and Cc wells are editable boxes too.
  bodies: 'div[contenteditable="true"][aria-label*="Message body" i]',
  forms: ['[role="dialog"]', '[role="main"]', 'form'],
  subject: 'input[aria-label="Add a subject" i], input[placeholder="Add a subject" i], input[aria-label^="Subject" i]',
  chips: '[aria-label="To" i] [data-recipient], [aria-label="To" i] [role="button"][title], [data-recipient]',
  quotes: 'blockquote',
  // The reply history comes after the marker Outlook inserts, with its From/Sent block.
  history: '#appendonsend, #divRplyFwdMsg, [id^="divRplyFwdMsg"]'
}

const generic: Site = {
  bodies: '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  forms: ['form'],
  subject: 'input[name="subject" i]',
  chips: '[data-recipient]',
  quotes: 'blockquote'
}

export function siteFor(host: string): Site {
  if (host === 'mail.google.com') return gmail
  if (host === 'outlook.office.com' || host === 'outlook.live.com' || host === 'outlook.office365.com') return outlook
  return generic
}

/** The compose bodies in `root` now: editable, and not inside another one found. */
export function findBodies(root: ParentNode, site: Site): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(site.bodies)]
  return found.filter((element) => !found.some((other) => other !== element && other.contains(element)))
}

/** Read a compose window's fields around `body`. */
export function composeParts(body: HTMLElement, site: Site): ComposeParts {
  const form = (): ParentNode => {
    for (const selector of site.forms) {
      const found = body.closest(selector)
      if (found) return found
    }
    return body.ownerDocument
  }
  return {
    body,
    subjectInput: () => form().querySelector<HTMLInputElement>(site.subject),
    form,
    recipients: () => {
      const seen = new Set<string>()
      for (const chip of form().querySelectorAll<HTMLElement>(site.chips)) {
        if (body.contains(chip)) continue
        const entry = chipText(chip)
        if (entry) seen.add(entry)
      }
      return [...seen]
    },
    quoteKind: (element) => {
      if (site.history && element.matches(site.history)) return 'rest'
      return element.matches(site.quotes) ? 'block' : undefined
    }
  }
}

/** A chip as a To line writes a recipient: "Name <address>", or whichever of the two it has. */
function chipText(chip: HTMLElement): string {
  const address = (chip.getAttribute('email') ?? chip.dataset.hovercardId ?? chip.dataset.recipient ?? '').trim()
  const name = (chip.getAttribute('name') ?? chip.textContent ?? chip.title ?? '').replace(/\s+/g, ' ').trim()
  const mail = address.includes('@') ? address : ''
  if (name && mail && name !== mail) return `${name.replace(/[<>,]/g, '')} <${mail}>`
  return (mail || name).replace(/[\n,]/g, ' ')
}
