// The one reader of calendar dates as drafts and mail headers write them, and the placing of a
// date written without its year. A year is filled in only from the letter's own chronology (a
// sent date, or another date the letter writes with its year), never from the day the linter
// happens to run: a draft read months after it was written must not be judged as sent then.

// Each month's name and its abbreviations, in lower case: the one list of months.
const months = ['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?']

/**
 * A month's name or abbreviation as drafts write it ("January", "Jan.", "Sept"), as one
 * capturing group; for a case-insensitive expression.
 */
export const monthName = String.raw`(${months.join('|')})\.?`

/**
 * A month's name or abbreviation with its capital ("January", "Sept"), no group and no
 * period: for an expression that tells case apart.
 */
export const capitalMonthName = `(?:${months.map((month) => month.charAt(0).toUpperCase() + month.slice(1)).join('|')})`

const monthKeys = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A date as written: its range and what it says. `month` is 0-11; `month` is absent for "the 8th". */
export interface WrittenDate {
  start: number
  end: number
  year?: number
  month?: number
  day: number
}

// 2026-01-09 | January 9(th)(, 2026) | 9(th) (of) January( 2026) | 1/9(/2026) | the 9th
const datePattern = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`,
    String.raw`\b${monthName}[ \t]+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?[ \t]+(\d{4})\b)?`,
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${monthName}(?:,?[ \t]+(\d{4})\b)?`,
    String.raw`\b(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b(?!/)`,
    String.raw`\bthe[ \t]+(\d{1,2})(?:st|nd|rd|th)\b`
  ].join('|'),
  'gi'
)

/** Every date written in `text`, in order; offsets are shifted by `offset`. */
export function findDates(text: string, offset = 0): WrittenDate[] {
  const found: WrittenDate[] = []
  for (const match of text.matchAll(datePattern)) {
    const g = match.slice(1)
    let year: number | undefined
    let month: number | undefined
    let day: number
    if (g[0]) {
      ;[year, month, day] = [Number(g[0]), Number(g[1]) - 1, Number(g[2])]
    } else if (g[3]) {
      month = monthKeys.indexOf(g[3].slice(0, 3).toLowerCase())
      day = Number(g[4])
      if (g[5]) year = Number(g[5])
    } else if (g[6]) {
      day = Number(g[6])
      month = monthKeys.indexOf(g[7]!.slice(0, 3).toLowerCase())
      if (g[8]) year = Number(g[8])
    } else if (g[9]) {
      // Month first, as US programs write it.
      month = Number(g[9]) - 1
      day = Number(g[10])
      if (g[11]) year = Number(g[11].length === 2 ? `20${g[11]}` : g[11])
    } else {
      day = Number(g[12])
    }
    if ((month !== undefined && (month < 0 || month > 11)) || day < 1 || day > 31) continue
    if (year !== undefined && month !== undefined && utcDay(year, month, day) === undefined) continue
    const date: WrittenDate = {start: offset + match.index, end: offset + match.index + match[0].length, day}
    if (year !== undefined) date.year = year
    if (month !== undefined) date.month = month
    found.push(date)
  }
  return found
}

const dayMs = 86_400_000
/** How far from the date that anchors it a date without its year may lie: one application season. */
export const seasonDays = 183

function utcDay(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month, day)
  const check = new Date(time)
  return check.getUTCFullYear() === year && check.getUTCMonth() === month && check.getUTCDate() === day ? time : undefined
}

/** A YYYY-MM-DD date as a UTC time, or undefined. */
export function utcTime(date: string | undefined): number | undefined {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return match ? utcDay(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
}

/** A UTC time as YYYY-MM-DD. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** A date this day or the days before it can only be earlier than the message that tells it. */
export type Anchor = {time: number; before: true} | {time: number; before: false}

/**
 * The UTC time of a written date, or undefined when the letter does not tell its year (or, for
 * "the 8th", its month). With `anchor.before` (the sent date), a date without a year is the
 * latest one not after the anchor; otherwise (another date of the letter) the one nearest to
 * it. Either way it must lie within a season of the anchor: "January 20" in a message sent on
 * January 12 is not a date of the year before.
 */
export function placeDate(date: WrittenDate, anchor: Anchor | undefined): number | undefined {
  if (date.year !== undefined && date.month !== undefined) return utcDay(date.year, date.month, date.day)
  if (!anchor) return undefined
  const at = new Date(anchor.time)
  const candidates: number[] = []
  const years = [at.getUTCFullYear() - 1, at.getUTCFullYear(), at.getUTCFullYear() + 1]
  for (const year of years) {
    if (date.month !== undefined) {
      const time = utcDay(year, date.month, date.day)
      if (time !== undefined) candidates.push(time)
    } else {
      // "the 8th": a day of the anchor's month or of a month next to it.
      for (let month = at.getUTCMonth() - 1; month <= at.getUTCMonth() + 1; month++) {
        const time = Date.UTC(year, month, date.day)
        if (new Date(time).getUTCDate() === date.day) candidates.push(time)
      }
    }
  }
  let best: number | undefined
  for (const time of candidates) {
    if (anchor.before && time > anchor.time) continue
    const distance = Math.abs(anchor.time - time)
    if (date.month === undefined && distance > 31 * dayMs) continue
    if (distance > seasonDays * dayMs) continue
    if (best === undefined || distance < Math.abs(anchor.time - best)) best = time
  }
  return best
}

/** The first date of `text` that gives its year, as an anchor for the dates that do not. */
export function chronologyAnchor(dates: readonly WrittenDate[]): Anchor | undefined {
  const full = dates.find((date) => date.year !== undefined && date.month !== undefined)
  const time = full ? placeDate(full, undefined) : undefined
  return time === undefined ? undefined : {time, before: false}
}
