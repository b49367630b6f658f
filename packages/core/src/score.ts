import {LineIndex} from './location.js'
import type {Diagnostic, LintDocument, Region, ScorePart, ScorePlace, Token} from './types.js'

/** Points each finding adds, by severity. */
export const severityPoints = {error: 25, warning: 10, info: 0} as const

// Capitals that are names of things in this field, not shouting.
const acronyms = new Set([
  'AAMC', 'ACGME', 'COMLEX', 'COVID', 'ECFMG', 'ERAS', 'HIPAA', 'MICU', 'MSPE', 'NICU', 'NRMP',
  'PICU', 'SICU', 'SOAP', 'USMLE', 'ACLS', 'BLS', 'PALS', 'ATLS', 'NBME', 'NBOME', 'AOA', 'USA',
  'NYC', 'PGY', 'VIDCRUITER', 'THALAMUS'
])

const intensifiers = new Set([
  'so', 'very', 'really', 'truly', 'extremely', 'incredibly', 'absolutely', 'totally', 'super',
  'deeply', 'immensely', 'hugely', 'tremendously', 'insanely', 'utterly', 'genuinely', 'sincerely'
])

const emoji = /\p{Extended_Pictographic}/gu

function capped(count: number, each: number, cap: number): number {
  return Math.min(cap, count * each)
}

// A part lists this many of its places at most: enough to find them, not a second report.
const maxPlaces = 20

/** Tone signals read from the tokens, each with the points it adds and where it stands. */
export function toneParts(document: LintDocument, lines = new LineIndex(document.source)): ScorePart[] {
  const {source, tokens} = document
  const at = {exclamations: [] as Region[], shouting: [] as Region[], emoji: [] as Region[], intense: [] as Region[], long: [] as Region[]}
  let exclamations = 0
  let shouting = 0
  let emojis = 0
  let intense = 0
  let words = 0
  let longSentences = 0
  let sentence = -1
  let sentenceWords = 0
  let sentenceStart = 0
  let sentenceEnd = 0
  const closeSentence = () => {
    if (sentenceWords > 35) {
      longSentences++
      at.long.push({start: sentenceStart, end: sentenceEnd})
    }
  }
  for (const token of tokens as Token[]) {
    if (token.sentence !== sentence) {
      closeSentence()
      sentence = token.sentence
      sentenceWords = 0
      // A sentence's place starts at its first word, not at an emoji or a mark before it.
      sentenceStart = -1
    }
    sentenceEnd = token.end
    // Someone else's exclamation marks and capitals in a quotation are not the applicant's tone.
    if (token.quote?.owner === 'other') continue
    if (token.type === 'word') {
      if (sentenceStart < 0) sentenceStart = token.start
      words++
      sentenceWords++
      if (intensifiers.has(token.text)) {
        intense++
        at.intense.push(token)
      }
      // Only words of four letters or more that start with a capital can be shouting.
      const first = source.charCodeAt(token.start)
      if (token.end - token.start >= 4 && first >= 65 && first <= 90) {
        const raw = source.slice(token.start, token.end)
        if (/^\p{Lu}+$/u.test(raw) && !acronyms.has(raw) && !/^X+$/.test(raw)) {
          shouting++
          at.shouting.push(token)
        }
      }
    } else {
      let marks = 0
      for (const character of token.text) if (character === '!') marks++
      if (marks > 0) at.exclamations.push(token)
      exclamations += marks
      const found = token.text.match(emoji)?.length ?? 0
      if (found > 0) at.emoji.push(token)
      emojis += found
    }
  }
  closeSentence()
  const place = (regions: readonly Region[]): ScorePlace[] =>
    regions.slice(0, maxPlaces).map(({start, end}) => {
      const from = lines.position(start)
      const to = lines.position(end)
      return {line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: start, endOffset: end}
    })
  const allowed = 2 + Math.floor(words / 100)
  const parts: ScorePart[] = [
    // The first exclamation mark is free.
    {label: 'exclamation marks', points: capped(Math.max(0, exclamations - 1), 5, 20), places: place(exclamations > 1 ? at.exclamations : [])},
    {label: 'words in capitals', points: capped(shouting, 5, 15), places: place(at.shouting)},
    {label: 'emoji', points: capped(emojis, 5, 15), places: place(at.emoji)},
    // A couple of intensifiers are normal; more per hundred words start to gush: the ones past
    // the allowance are the ones that count.
    {label: 'intensifiers', points: capped(Math.max(0, intense - allowed), 4, 20), places: place(at.intense.slice(allowed))},
    {label: 'sentences over 35 words', points: capped(longSentences, 5, 15), places: place(at.long)}
  ]
  return parts.filter((part) => part.points > 0)
}

/**
 * The read-aloud score: would the draft make a room of faculty wince if the program director
 * read it out? Findings add points by severity (error 25, warning 10), except those of
 * `mechanical` rules (a slot or a typo is a slip, not a tone), and tone signals add theirs;
 * the sum is capped at 100.
 */
export function readAloudScore(
  document: LintDocument,
  messages: readonly Diagnostic[],
  mechanical: ReadonlySet<string> = new Set(),
  lines?: LineIndex
): {score: number; parts: ScorePart[]} {
  const byRule = new Map<string, number>()
  for (const message of messages) {
    if (mechanical.has(message.ruleId)) continue
    const points = severityPoints[message.severity]
    if (points > 0) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + points)
  }
  const parts = [...[...byRule].map(([label, points]) => ({label, points})), ...toneParts(document, lines)]
  parts.sort((a, b) => b.points - a.points || a.label.localeCompare(b.label))
  const total = parts.reduce((sum, part) => sum + part.points, 0)
  return {score: Math.min(100, total), parts}
}
