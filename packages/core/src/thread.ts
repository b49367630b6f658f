// Other people's text in a draft: the program's email the applicant replies to, or a message
// forwarded below. It is context (who wrote, what the program asked), never the applicant's
// own claim.
import type {Zone} from './letter.js'
import type {Region} from './types.js'

/** Where the first "On <date>, <name> wrote:" line (of at most 300 characters between) starts, or -1. */
function replyHeader(source: string): number {
  for (const line of source.matchAll(/^[ \t]*On\b[^\r\n]*/gm)) {
    const text = line[0].trimEnd()
    const at = text.indexOf('On')
    if (text.length - at - 2 - 'wrote:'.length > 300 || !/\bwrote:$/.test(text.slice(at + 2))) continue
    return line.index
  }
  return -1
}
const separator = /^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}|Begin forwarded message:)[ \t]*$/im
/**
 * Where Outlook's quoted block starts: a From line with Sent (or Date) on the next line, past
 * the start of the text (a draft's own leading headers are not a quoted message). Scanned by
 * hand: an expression spanning the line break can backtrack on a long line.
 */
function outlookBlock(source: string): number {
  for (let at = source.indexOf('From:', 1); at >= 0; at = source.indexOf('From:', at + 1)) {
    const lineStart = source.lastIndexOf('\n', at - 1) + 1
    if (source.slice(lineStart, at).trim() !== '' || source.slice(0, lineStart).trim() === '') continue
    const lineEnd = source.indexOf('\n', at)
    if (lineEnd < 0) return Infinity
    const next = source.slice(lineEnd + 1, lineEnd + 40).trimStart()
    if (next.startsWith('Sent:') || next.startsWith('Date:')) return lineStart
  }
  return Infinity
}
const quotedLine = /^[ \t]*>[^\r\n]*/gm

/**
 * The stretches of `source` that other people wrote: the letter's quoted and forwarded zones.
 * While the letter reader marks none, lines starting with ">" and everything after an
 * "On ... wrote:" line (or an original-message or forwarded-message marker) are taken instead.
 */
export function otherPeoplesText(source: string, zones: readonly Zone[]): Region[] {
  const marked = zones.filter((zone) => zone.type === 'quoted' || zone.type === 'forwarded')
  if (marked.length > 0) return marked.map(({start, end}) => ({start, end}))
  const found: Region[] = []
  const header = replyHeader(source)
  const marker = separator.exec(source)
  const from = Math.min(header >= 0 ? header : Infinity, marker ? marker.index : Infinity, outlookBlock(source))
  for (const line of source.matchAll(quotedLine)) {
    if (line.index >= from) break
    found.push({start: line.index, end: line.index + line[0].length})
  }
  if (from !== Infinity) found.push({start: from, end: source.length})
  return found
}

/** The text of some stretches of `source`, one line each, with reply markers (">") removed. */
export function plainText(source: string, regions: readonly Region[]): string {
  return regions
    .map((region) => source.slice(region.start, region.end).replace(/^[ \t]*(?:>[ \t]?)+/gm, ''))
    .join('\n')
}

// A policy sentence of a program's email. Each test is one plain expression, so a sentence is
// read in linear time; together they say "no contact with faculty".
const refusal = /\b(?:do not|don't|not to|refrain from|avoid|should not|must not|may not|cannot|can't|will not|won't|(?:be )?not (?:be )?able to|unable to)\b/i
const reaching = /\b(?:contact\w*|e-?mail\w*|reach(?:ing)? out|writ(?:e|ing)|communicat\w*|correspond\w*|send\w*|messag\w*|respond\w*|repl(?:y|ies))\b/i
const faculty = /\b(?:faculty|interviewers?|attendings?|program director|physicians|individual (?:faculty|interviewers|members))\b/i
const routing = /\b(?:direct\w*|send|sent|address\w*|rout\w*|forward\w*|go(?:es)? (?:through|to)|come (?:through|to)|through|via)\b/i
const allOrAny = /\b(?:all|any)\b/gi
const messages = /\b(?:questions?|communications?|correspondence|inquiries|messages|updates|follow-?ups?|e-?mails?|contact|letters)\b/gi
// "Any questions can go to the office" is an offer; "all", "only" or "through" make it the route.
const exclusive = /\b(?:all|only|exclusively|solely|rather than|instead of|through)\b/i
// "Please do not hesitate to contact our faculty", "thank-you notes are welcome but not
// required": an invitation, whatever it seems to refuse.
const invitation = /\b(?:hesitate|feel free|welcome|encourage\w*|appreciated)\b/i
const office = /\b(?:coordinators?|(?:residency|program|gme|our|the) office|program administrator|residency email|this (?:email|address|inbox))\b/i
const postInterviewWord = /\bpost-?interview\b/gi
const afterInterview = /\b(?:communications?|contact|correspondence|thank-?you (?:notes?|letters?|emails?)|letters of intent|updates)\b/gi
const thanksOrIntent = /\bthank-?you (?:notes?|letters?|e-?mails?)\b|\bletters? of intent\b/i
const notOrNo = /\b(?:not|no)\b/gi
const unusedWord = /\b(?:used|considered|factored|reviewed|affect|influence|impact|part of|accept\w*|necessary|needed|required|expected|read)\b/gi
const limited = /\b(?:limit\w*|only|restrict\w*|direct\w*|through|solely)\b/i

/**
 * Whether a match of `first` is followed by one of `second` at most `gap` characters later,
 * with no sentence mark between: one scan for each expression, where a single expression with
 * a bounded gap between the two would retry the gap at every start.
 */
function near(sentence: string, first: RegExp, second: RegExp, gap: number): boolean {
  const ends: number[] = []
  for (const match of sentence.matchAll(first)) ends.push(match.index + match[0].length)
  if (ends.length === 0) return false
  let last = -1
  let i = 0
  for (const match of sentence.matchAll(second)) {
    while (i < ends.length && ends[i]! <= match.index) last = ends[i++]!
    if (last >= 0 && match.index - last <= gap && !/[.!?]/.test(sentence.slice(last, match.index))) return true
  }
  return false
}

const everything = (sentence: string) => near(sentence, allOrAny, messages, 40)
const postInterview = (sentence: string) => thanksOrIntent.test(sentence) || near(sentence, postInterviewWord, afterInterview, 60)
const unused = (sentence: string) => near(sentence, notOrNo, unusedWord, 30)

/** The sentences of a text, its white space made single. */
const sentencesOf = (text: string) => text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s/)

/** Whether a sentence refuses contact with faculty ("do not contact faculty"), in the words `refusing` takes for a refusal. */
const refusesFaculty = (sentence: string, refusing: RegExp = refusal) =>
  refusing.test(sentence) && reaching.test(sentence) && faculty.test(sentence)

/** "no-faculty-contact" when a sentence of the program's text states that policy. */
export function policyFromThread(text: string): 'no-faculty-contact' | undefined {
  for (const sentence of sentencesOf(text)) {
    if (invitation.test(sentence)) continue
    if (refusesFaculty(sentence)) return 'no-faculty-contact'
    // "Send all questions to me rather than to individual faculty": routed away from faculty.
    if (everything(sentence) && exclusive.test(sentence) && routing.test(sentence) && (office.test(sentence) || faculty.test(sentence))) {
      return 'no-faculty-contact'
    }
    if (postInterview(sentence) && (unused(sentence) || (office.test(sentence) && limited.test(sentence)))) return 'no-faculty-contact'
  }
  return undefined
}

// "I know the program asked applicants not to write to faculty": the applicant's own words
// carry the program's policy only where they say it is the program's, and there a plain "not"
// ("prefers that applicants not write") is refusal enough.
const programs = /\b(?:program|programs|residency|office|coordinator|you|your team|the department|the committee|interview day|the guidelines|policy)\b/i
const asks = /\b(?:ask\w*|prefer\w*|request\w*|requir\w*|polic\w*|instruct\w*|told|discourag\w*|guidelines?|rules?|mentioned|noted|said|explained)\b/i
const refusalOrNot = new RegExp(`${refusal.source}|\\bnot\\b`, 'i')

/** "no-faculty-contact" when the applicant says, in a sentence of their own, that the program asked it. */
export function policyStatedByApplicant(text: string): 'no-faculty-contact' | undefined {
  for (const sentence of sentencesOf(text)) {
    if (programs.test(sentence) && asks.test(sentence) && !invitation.test(sentence) && refusesFaculty(sentence, refusalOrNot)) {
      return 'no-faculty-contact'
    }
  }
  return undefined
}
