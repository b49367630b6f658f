import type {LintDocument, Report} from '@followup-lint/core'
import {monthName} from '../lib/dates.js'
import {opening} from '../lib/place.js'

const day = 86_400_000
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
// 2026-01-09 | January 9(th)(, 2026) | 9 January( 2026) | 1/9(/2026)
const datePattern = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`,
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}(?:,?\s+(\d{4}))?\b`,
    String.raw`\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b`
  ].join('|'),
  'gi'
)
// Words that say a date is when news arrived.
const news = /\b(receiv|releas|accept|publish|approv|grant|award|issu|notif|learn|post|chang|came out|pass|score|result)/i

function utc(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
}

function systemToday(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** A date written in the text as a UTC time, the year filled in as the latest not after `sent`. */
function readDate(match: RegExpMatchArray, sent: number): number | undefined {
  const g = match.slice(1)
  let year: number | undefined
  let month: number
  let date: number
  if (g[0]) {
    ;[year, month, date] = [Number(g[0]), Number(g[1]) - 1, Number(g[2])]
  } else if (g[3]) {
    month = months.indexOf(g[3].slice(0, 3).toLowerCase())
    date = Number(g[4])
    if (g[5]) year = Number(g[5])
  } else if (g[6]) {
    date = Number(g[6])
    month = months.indexOf(g[7]!.slice(0, 3).toLowerCase())
    if (g[8]) year = Number(g[8])
  } else {
    // Month first, as US programs write it.
    month = Number(g[9]) - 1
    date = Number(g[10])
    if (g[11]) year = Number(g[11].length === 2 ? `20${g[11]}` : g[11])
  }
  if (month < 0 || month > 11 || date < 1 || date > 31) return undefined
  const sentYear = new Date(sent).getUTCFullYear()
  let time = Date.UTC(year ?? sentYear, month, date)
  if (year === undefined && time > sent) time = Date.UTC(sentYear - 1, month, date)
  const check = new Date(time)
  return check.getUTCMonth() === month && check.getUTCDate() === date ? time : undefined
}

// The clause a date stands in: from the last sentence end or comma before it to the next.
const clauseMark = /[.!?\n,;:\u2014]/

/**
 * Whether the clause around each date says the date is when news came, for dates given in
 * order. The text is scanned once, and a clause holding many dates is read once: searching
 * from every date to the ends of its clause grew with the square of a long draft.
 */
function newsClauses(text: string): (index: number) => boolean {
  let before = 0
  let scanned = 0
  let after = -1
  let tested = {before: -1, after: -1, news: false}
  return (index) => {
    for (; scanned < index; scanned++) if (clauseMark.test(text.charAt(scanned))) before = scanned + 1
    if (after < index) {
      after = index
      while (after < text.length && !clauseMark.test(text.charAt(after))) after++
    }
    if (tested.before !== before || tested.after !== after) {
      tested = {before, after, news: news.test(text.slice(before, after))}
    }
    return tested.news
  }
}

export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  const {kind, interviewDate} = document.context
  const sentText = document.context.sentDate ?? document.context.today ?? systemToday()
  const sent = utc(sentText)
  if (sent === undefined || !kind) return
  const limits = options as {thankYouDays?: number; correctionDays?: number; updateDays?: number}

  if (kind === 'thank-you' || kind === 'correction') {
    const limit = kind === 'thank-you' ? (limits.thankYouDays ?? 7) : (limits.correctionDays ?? 3)
    const interview = interviewDate ? utc(interviewDate) : undefined
    if (interview === undefined) return
    const days = Math.round((sent - interview) / day)
    if (days <= limit) return
    const place = opening(document)
    if (!place) return
    const what = kind === 'thank-you' ? 'A thank-you' : 'A correction'
    const advice =
      kind === 'thank-you'
        ? 'send a short note to the coordinator now, without apologizing at length, or let the interview stand'
        : 'send it now, and keep it to the facts that need fixing'
    report({
      start: place.start,
      end: place.end,
      message: `“${place.text}” opens a message sent ${days} days after the interview (${interviewDate}). ${what} does most good within ${limit} days; ${advice}.`
    })
    return
  }

  if (kind === 'update') {
    const limit = limits.updateDays ?? 2
    let latest: {time: number; start: number; end: number} | undefined
    for (const region of document.regions) {
      const text = document.source.slice(region.start, region.end)
      const isNews = newsClauses(text)
      for (const match of text.matchAll(datePattern)) {
        const time = readDate(match, sent)
        if (time === undefined || time > sent) continue
        if (!isNews(match.index)) continue
        if (!latest || time > latest.time) {
          latest = {time, start: region.start + match.index, end: region.start + match.index + match[0].length}
        }
      }
    }
    if (!latest) return
    const days = Math.round((sent - latest.time) / day)
    if (days <= limit) return
    const actual = document.source.slice(latest.start, latest.end)
    report({
      start: latest.start,
      end: latest.end,
      message: `“${actual}” is ${days} days before this update goes out; news is worth most to a program within ${limit} days, so send it now and lead with the news itself.`
    })
  }
}
