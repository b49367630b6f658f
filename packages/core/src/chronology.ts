// The dates a letter gives about itself: the day it is dated (a date line above the greeting)
// and the day of the interview it follows up ("I interviewed on January 8", "my interview
// day (1/8)", "our conversation on Tuesday, January 6th").
import {type Anchor, chronologyAnchor, findDates, isoDay, placeDate, type WrittenDate} from './dates.js'
import type {Region} from './types.js'

// A line that is only a date, perhaps after a "Date:" label and its weekday.
const label = /^date:[ \t]*/i
const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+/i

/**
 * The day a letter is dated by a line above its greeting ("January 12, 2026"), as YYYY-MM-DD,
 * when that line gives the year. `end` is where the greeting starts (the whole text when none).
 */
export function datedLine(source: string, own: readonly Region[], end: number): string | undefined {
  for (const region of own) {
    if (region.start >= end) break
    const text = source.slice(region.start, Math.min(region.end, end))
    for (const line of text.split(/\r?\n|\r/)) {
      if (line.trim() === '' || /^\s*(?:subject|re|to|from)\s*:/i.test(line)) continue
      const rest = line.trim().replace(label, '').replace(weekday, '')
      const dates = rest.length <= 40 ? findDates(rest) : []
      const date = dates[0]
      if (date && dates.length === 1 && date.start === 0 && date.end === rest.length && date.year !== undefined) {
        const time = placeDate(date, undefined)
        return time === undefined ? undefined : isoDay(time)
      }
      // Only the first written line can date the letter.
      return undefined
    }
  }
  return undefined
}

// Words that tie a date to the interview or the conversation the letter follows up.
const interviewCue =
  /\b(?:interview(?:ed|s|ing)?|conversation|(?:we|I) (?:met|spoke|talked)|meeting (?:you|with)|met with|spoke with|speaking with|talking with|interview day)\b/i
// Words that make a nearby date another event: news, a deadline, a visit still to come.
const otherEvent = /\b(?:receiv\w*|releas\w*|accept\w*|publish\w*|deadline|second[- ]look|due|until|by|forward to|upcoming|next)\b/i

function clauseAround(text: string, date: WrittenDate, offset: number): {before: string; after: string} {
  const start = date.start - offset
  const end = date.end - offset
  // Sample letters name the whole program before the date: "my interview with the ... residency
  // program at ... on December 11".
  const from = Math.max(0, start - 200)
  let before = text.slice(from, start)
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n\n'))
  if (stop >= 0) before = before.slice(stop + 1)
  let after = text.slice(end, end + 30)
  const next = after.search(/[.!?;]|\n\n/)
  if (next >= 0) after = after.slice(0, next)
  return {before, after}
}

/**
 * The interview day the letter writes, as YYYY-MM-DD: the first date tied to the interview by
 * the words around it, its year given, or taken from `sent` (the latest such day not after
 * it) or else from another date the letter writes with its year (the same season).
 */
export function writtenInterviewDate(source: string, own: readonly Region[], sent: string | undefined): string | undefined {
  const all: {date: WrittenDate; text: string; offset: number}[] = []
  for (const region of own) {
    const text = source.slice(region.start, region.end)
    for (const date of findDates(text, region.start)) all.push({date, text, offset: region.start})
  }
  const sentTime = sent ? Date.parse(`${sent}T00:00:00Z`) : Number.NaN
  const anchor: Anchor | undefined = Number.isNaN(sentTime)
    ? chronologyAnchor(all.map((item) => item.date))
    : {time: sentTime, before: true}
  for (const {date, text, offset} of all) {
    const {before, after} = clauseAround(text, date, offset)
    // "On January 9, I interviewed ...": a date that opens its sentence dates what follows.
    const opens = /^\s*(?:(?:on|last|this past)\s+)?(?:\w+day,?\s*)?$/i.test(before)
    if (!interviewCue.test(before) && !/^\s*interview\b/i.test(after) && !(opens && interviewCue.test(after))) continue
    if (otherEvent.test(before.slice(-25))) continue
    const time = placeDate(date, anchor)
    if (time !== undefined) return isoDay(time)
  }
  return undefined
}
