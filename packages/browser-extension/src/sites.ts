// The sites the content script runs on: the mail hosts the manifest names, and any other site
// only when the user turns it on from the popup.

// The build writes the manifest's match patterns in here (scripts/manifest.mjs lists them).
declare const FOLLOWUP_LINT_MAIL_MATCHES: readonly string[]

/** The manifest's match patterns: Gmail and Outlook on the web. */
export const mailMatches = FOLLOWUP_LINT_MAIL_MATCHES

export function isMailOrigin(origin: string): boolean {
  return mailMatches.some((pattern) => pattern === `${origin}/*`)
}

/** The id a site's registered content script goes by. */
export function siteScriptId(origin: string): string {
  return `site:${origin}`
}

/** The origin of a page the switch can apply to: only https and http pages. */
export function switchableOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}
