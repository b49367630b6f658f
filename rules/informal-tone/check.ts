import type {LintDocument, Report, Token} from '@followup-lint/core'
import {emojiIn, isAcronym, shoutedRuns, type Word, words} from '../lib/tone.js'

// What phrases cannot see: symbols (emoji, emoticons, runs of "!" and "?"), letter case
// (shouting, "UR" as a school's name against "ur" for "your") and stretched spellings.

const emoticon =
  /(?<![\p{L}\p{N}:/])(?:[:;=][-'^o]?[)(\]\[DPpO3|\\*]|[:;=][-'^o]?\/(?!\/)|<3(?!\s*(?:\d|years?|months?|weeks?|days?|hours?|%))|\^[_.-]?\^|xD|XD(?=\s|$))(?![\p{L}\p{N}])/gu
const marks = /[!?\u203c\u2047\u2048\u2049]{2,}|[\u203c\u2047\u2048\u2049]/gu

/** Whether what comes before a word leaves it at the start of a sentence or a line. */
function opensSentence(before: string): boolean {
  const kept = before.trimEnd()
  return kept === '' || /[.!?:]$/.test(kept) || before.slice(kept.length).includes('\n')
}

function normalCase(source: string, run: Word[]): string {
  const start = run[0]!.start
  const text = source.slice(start, run[run.length - 1]!.end)
  let out = text.replace(words, (word) =>
    /^I(?:['\u2019]|$)/u.test(word) ? 'I' + word.slice(1).toLowerCase() : isAcronym(word) ? word : word.toLowerCase()
  )
  const before = source.slice(Math.max(0, start - 3), start)
  if (start === 0 || opensSentence(before)) out = out.charAt(0).toUpperCase() + out.slice(1)
  return out
}

function shouting(source: string, from: number, to: number, report: (finding: Report) => void): void {
  for (const run of shoutedRuns(source, from, to)) {
    const start = run[0]!.start
    const end = run[run.length - 1]!.end
    report({
      start,
      end,
      message: `“${source.slice(start, end)}” is in capitals, which reads as shouting; write it in normal case.`,
      suggestions: [{text: normalCase(source, run), safe: true}]
    })
  }
}

// "u", "ur" and "ty" are text-speak in lower case; "U of M", "UR Medicine" and "Ty" are names.
const shorthand = new Map<string, {means: string; safe: boolean}>([
  ['u', {means: 'you', safe: true}],
  ['ur', {means: 'your', safe: false}],
  ['ty', {means: 'thank you', safe: true}],
  ['r', {means: 'are', safe: true}]
])
const beforeR = new Set(['u', 'you', 'we', 'they', 'how', 'what', 'who', 'where', 'there', 'these', 'those'])

function isShorthand(tokens: readonly Token[], index: number, written: string, source: string): boolean {
  const token = tokens[index]!
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  const nextChar = source.charAt(token.end)
  if (nextChar === '-' || nextChar === '.' || nextChar === '&' || nextChar === '/') return false
  const sameSentence = (other: Token | undefined): Token | undefined =>
    other && other.sentence === token.sentence ? other : undefined
  switch (token.text) {
    case 'u':
      return (
        sameSentence(next)?.text !== 'of' &&
        !['the', 'vitamin', 'step', 'grade', 'type'].includes(sameSentence(previous)?.text ?? '')
      )
    case 'ur':
      return written !== 'UR'
    case 'ty':
      return written === 'ty' || ['for', 'so', 'again', 'very'].includes(sameSentence(next)?.text ?? '')
    case 'r':
      return (
        written === 'r' &&
        (beforeR.has(sameSentence(previous)?.text ?? '') || ['u', 'you'].includes(sameSentence(next)?.text ?? ''))
      )
    default:
      return false
  }
}

// "sooo", "pleeease", "thanksss": three of one letter in a row.
const stretched = /(\p{Ll})\1\1/u
const stretchedAnywhere = /(\p{Ll})\1\1/gu

/**
 * Where three of one letter stand in a row between two offsets, every start (the runs of
 * "soooo" overlap). Bounded by the tokens read, so a long draft's windows each scan their own.
 */
function stretchedRuns(source: string, from: number, to: number): {start: number; end: number}[] {
  const text = source.slice(from, to)
  const runs = []
  stretchedAnywhere.lastIndex = 0
  for (let match = stretchedAnywhere.exec(text); match; match = stretchedAnywhere.exec(text)) {
    runs.push({start: from + match.index, end: from + match.index + match[0].length})
    stretchedAnywhere.lastIndex = match.index + 1
  }
  return runs
}

export function check(document: LintDocument, reportAny: (finding: Report) => void): void {
  const {source, tokens} = document
  // Nothing in a name, a unit or an address is the applicant's register ("Dr. Tho Nguyen",
  // "2 u per day", "example.org/thx/u"), and no rewrite of it would be safe.
  const report = (finding: Report) => {
    if (!document.notWords(finding.start, finding.end)) reportAny(finding)
  }
  for (const region of document.regions) {
    const text = source.slice(region.start, region.end)
    for (const found of emojiIn(text)) {
      const start = region.start + found.index
      report({
        start,
        end: start + found.text.length,
        message: `“${found.text}” is an emoji; leave it out of a message to a program.`
      })
    }
    for (const match of text.matchAll(emoticon)) {
      const start = region.start + match.index
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” is an emoticon; leave it out of a message to a program.`
      })
    }
    for (const match of text.matchAll(marks)) {
      const start = region.start + match.index
      const single = /[?\u2047\u2048\u2049]/u.test(match[0]) ? '?' : '!'
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” piles up punctuation; one “${single}” is enough.`,
        suggestions: [{text: single, safe: true}]
      })
    }
    shouting(source, region.start, region.end, report)
  }
  // Most drafts stretch no word: then only the few shorthand words need a look.
  const runs = tokens.length === 0 ? [] : stretchedRuns(source, tokens[0]!.start, tokens.at(-1)!.end)
  let next = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.type !== 'word') continue
    // Shorthand words are one or two letters long.
    const entry = token.text.length <= 2 ? shorthand.get(token.text) : undefined
    while (next < runs.length && runs[next]!.start < token.start) next++
    if (!entry && !(next < runs.length && runs[next]!.end <= token.end)) continue
    const written = source.slice(token.start, token.end)
    if (entry && isShorthand(tokens, index, written, source)) {
      report({
        start: token.start,
        end: token.end,
        message: `“${written}” is text-speak; write “${entry.means}” in full.`,
        suggestions: [{text: entry.means, safe: entry.safe}]
      })
    } else if (stretched.test(written) && !/^(?:www|xxx+)$/iu.test(written)) {
      report({
        start: token.start,
        end: token.end,
        message: `“${written}” stretches a word for emphasis; write it once, plainly.`
      })
    }
  }
}
