// Words that a rule can match but that say nothing in the draft's own voice: part of a
// person's name ("Dr. Tho Nguyen", "Dr. Yo Tanaka", "Dr. Maria ALVAREZ"), a unit after a number
// ("2 u per day"), or part of a web or email address ("example.org/thx/u"). No rule reports
// them as the applicant's words, so no rewrite, however safe it looks, ever changes them.
import type {Token} from './types.js'

const space = /\s/

/** Whether the stretch `start`-`end` of the source sits inside a URL or an email address. */
export function inAddress(source: string, start: number, end: number): boolean {
  let from = start
  // An address is one run of characters without spaces; a run in a draft is short.
  while (from > 0 && start - from < 200 && !space.test(source.charAt(from - 1))) from--
  let to = end
  while (to < source.length && to - end < 200 && !space.test(source.charAt(to))) to++
  return /:\/\/|^[(<["']?www\.|@[\p{L}\p{N}-]+\./u.test(source.slice(from, to))
}

/**
 * A test of whether the stretch `start`-`end` is not the applicant's own words but part of a
 * name (as the name reader marked them on the tokens), a unit after a number, or an address.
 */
export function notWordsIn(tokens: readonly Token[], source: string): (start: number, end: number) => boolean {
  const names: [number, number][] = []
  for (let i = 0; i < tokens.length; i++) {
    const end = tokens[i]!.person
    if (end !== undefined) names.push([tokens[i]!.start, tokens[end - 1]!.end])
  }
  return (start, end) => {
    if (names.some(([from, to]) => from <= start && end <= to)) return true
    const text = source.slice(start, end)
    if (space.test(text)) return false
    // "2 u per day", "3 hr": a short word right after a number is its unit.
    if (text.length <= 3 && /^\p{L}+$/u.test(text) && /\d[ \t]?$/.test(source.slice(Math.max(0, start - 2), start))) return true
    return inAddress(source, start, end)
  }
}
