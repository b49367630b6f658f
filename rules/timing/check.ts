import type {Anchor, LintDocument, Report} from '@followup-lint/core'
import {
  chronologyAnchor,
  placeDate,
  utcTime,
  writtenInterviewDate,
  type WrittenDate
} from '@followup-lint/core'
import {opening} from '../lib/place.js'

const day = 86_400_000
// Today stands in for a missing sent date only while the date measured from is this recent:
// a user linting a draft they are about to send is sending it today, but a draft read long
// after it was written was not sent on the day it is read.
const todayWindowDays = 60
// Words that say a date is when news arrived.
const news = /\b(receiv|releas|accept|publish|approv|grant|award|issu|notif|learn|post|chang|came out|pass|score|result)/i
// Words that make a clause about the applicant's own earlier message, whose date is no news:
// "I have not received a reply since I sent it on January 5".
const ownMessage = /\b(?:sent|emailed|e-mailed|wrote|messaged|reply|replies|replied|response|responded|heard back|followed up)\b/i

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
      const clause = text.slice(before, after)
      tested = {before, after, news: (news.test(clause) && !ownMessage.test(clause)) || leadsInto(text, before, after)}
    }
    return tested.news
  }
}

/**
 * The sent date to measure against `from`: the one given, or else today while `from` lies
 * within {@link todayWindowDays} before it; undefined when no claim can be supported.
 */
function sentFor(given: number | undefined, today: number | undefined, from: number): number | undefined {
  if (given !== undefined) return given
  if (today === undefined || from > today || today - from > todayWindowDays * day) return undefined
  return today
}

/**
 * Whether a clause that only dates what follows ("On January 6, I received ...") leads into a
 * clause about news: the news is in the next clause.
 */
function leadsInto(text: string, before: number, after: number): boolean {
  if (text.charAt(after) !== ',' || text.slice(before, after).trim().split(/\s+/).length > 5) return false
  let end = after + 1
  while (end < text.length && end - after < 200 && !clauseMark.test(text.charAt(end))) end++
  return news.test(text.slice(after + 1, end))
}

/**
 * Whether a draft read as a thank-you is one that the seven days apply to. A kind given in the
 * context says so. Read from the words, a reply or a forward answers another message, whose
 * own timing it keeps (thanking a coordinator for a second-look invitation is not a late
 * thank-you); and a draft whose only thanks close it ("Thank you for your time") is a
 * question or a note that was read as a thank-you for want of a stronger cue. A thank-you
 * note thanks in its subject or its first paragraph.
 */
function thanksForTheInterview(document: LintDocument): boolean {
  const signals = document.kindSignals
  if (signals === 'context') return true
  const {letter} = document
  if (letter.zones.some((zone) => zone.type === 'quoted' || zone.type === 'forwarded')) return false
  const subject = letter.subject ? document.source.slice(letter.subject.start, letter.subject.end) : ''
  if (/^\s*(?:re|fwd?|aw|wg)\s*:/i.test(subject)) return false
  const first = letter.paragraphs[0]
  return signals.some(
    (signal) =>
      signal.kind === 'thank-you' &&
      ((letter.subject !== undefined && signal.start >= letter.subject.start && signal.end <= letter.subject.end) ||
        (first !== undefined && signal.start >= first.start && signal.end <= first.end))
  )
}

export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  const {kind} = document.context
  // The context reads these from the letter too; a context built without it (an editor
  // passing its own) still gets what the letter says.
  const {source, letter} = document
  const own = letter.own.length > 0 ? letter.own : document.regions
  const sentDate = document.context.sentDate ?? letter.dated
  const interviewDate = document.context.interviewDate ?? writtenInterviewDate(source, own, sentDate)
  const given = utcTime(sentDate)
  const today = utcTime(document.context.today)
  if (!kind) return
  const limits = options as {thankYouDays?: number; correctionDays?: number; updateDays?: number}

  if (kind === 'thank-you' && !thanksForTheInterview(document)) return
  if (kind === 'thank-you' || kind === 'correction') {
    const limit = kind === 'thank-you' ? (limits.thankYouDays ?? 7) : (limits.correctionDays ?? 3)
    const interview = utcTime(interviewDate)
    if (interview === undefined) return
    const sent = sentFor(given, today, interview)
    if (sent === undefined) return
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
    const written: {date: WrittenDate; text: string; offset: number}[] = []
    // The applicant's own words, as the letter reader dated them: a quoted or forwarded
    // message dates its own news. Each date is read in the text of its own stretch.
    let at = 0
    for (const region of letter.own) {
      const text = document.source.slice(region.start, region.end)
      while (at < letter.dates.length && letter.dates[at]!.start < region.end) {
        const date = letter.dates[at++]!
        const start = date.start - region.start
        written.push({date: {...date, start, end: date.end - region.start}, text, offset: region.start})
      }
    }
    // A date without its year is placed by the sent date, or else by a date the letter gives
    // with its year; with neither, the letter does not say when its news came.
    const anchor: Anchor | undefined = given !== undefined ? {time: given, before: true} : chronologyAnchor(written.map((item) => item.date))
    let latest: {time: number; start: number; end: number} | undefined
    let clauses: ((index: number) => boolean) | undefined
    let clausesOf: string | undefined
    for (const {date, text, offset} of written) {
      if (date.month === undefined) continue
      const time = placeDate(date, anchor)
      if (time === undefined || (given !== undefined && time > given)) continue
      if (clausesOf !== text) [clauses, clausesOf] = [newsClauses(text), text]
      if (!clauses!(date.start)) continue
      if (!latest || time > latest.time) latest = {time, start: offset + date.start, end: offset + date.end}
    }
    if (!latest) return
    const sent = sentFor(given, today, latest.time)
    if (sent === undefined) return
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
