import {type Diagnostic, type LintDocument, type Region, type ScoreContext, type ScorePart, spanIndex, type Token} from '@followup-lint/core'
import {emojiIn, shoutedRuns} from '../lib/tone.js'

// A part lists this many of its places at most: enough to find them, not a second report.
const maxPlaces = 20

/** The weights of the score, read from the rule's options (rule.yml gives the defaults). */
function weights(options: Record<string, unknown>) {
  const number = (key: string): number => Number(options[key])
  return {
    error: number('errorPoints'),
    warning: number('warningPoints'),
    freeExclamations: number('freeExclamations'),
    exclamation: number('exclamationPoints'),
    exclamationCap: number('exclamationCap'),
    shouting: number('shoutingPoints'),
    shoutingCap: number('shoutingCap'),
    emoji: number('emojiPoints'),
    emojiCap: number('emojiCap'),
    intensifiers: new Set((options.intensifiers as string[]).map((word) => word.toLowerCase())),
    intensifiersAllowed: number('intensifiersAllowed'),
    intensifier: number('intensifierPoints'),
    intensifierCap: number('intensifierCap'),
    longSentence: number('longSentence'),
    longSentencePoints: number('longSentencePoints'),
    longSentenceCap: number('longSentenceCap')
  }
}

function capped(count: number, each: number, cap: number): number {
  return Math.max(0, Math.min(cap, count * each))
}

/** The applicant's own token at an offset, unless it stands in someone else's quotation. */
function ownTokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  const token = tokens[spanIndex(tokens, offset)]
  return token === undefined || token.start > offset || token.quote?.owner === 'other' ? undefined : token
}

/**
 * The read-aloud score: would the draft make a room of faculty wince if the program director
 * read it out? Findings add points by severity, except those of mechanical rules (a slot or a
 * typo is a slip, not a tone), and tone signals add theirs; the sum is capped at 100. A shouted
 * phrase or an emoji that a finding already counts adds nothing more.
 */
export function weigh(
  document: LintDocument,
  messages: readonly Diagnostic[],
  {mechanical, place}: ScoreContext,
  options: Record<string, unknown>
): {score: number; parts: ScorePart[]} {
  const weight = weights(options)
  const pointsOf = (message: Diagnostic): number =>
    mechanical.has(message.ruleId) ? 0 : message.severity === 'info' ? 0 : weight[message.severity]
  const byRule = new Map<string, number>()
  const counted: Diagnostic[] = []
  for (const message of messages) {
    const points = pointsOf(message)
    if (points <= 0) continue
    counted.push(message)
    byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + points)
  }
  const countedAlready = ({start, end}: Region) =>
    counted.some((message) => message.offset < end && start < message.endOffset)
  const parts = [...[...byRule].map(([label, points]) => ({label, points})), ...toneParts(document, weight, countedAlready, place)]
  parts.sort((a, b) => b.points - a.points || a.label.localeCompare(b.label))
  const total = parts.reduce((sum, part) => sum + part.points, 0)
  return {score: Math.min(100, total), parts}
}

/** Tone signals read from the draft, each with the points it adds and where it stands. */
function toneParts(
  document: LintDocument,
  weight: ReturnType<typeof weights>,
  countedAlready: (region: Region) => boolean,
  place: ScoreContext['place']
): ScorePart[] {
  const {source, tokens} = document
  const at = {exclamations: [] as Region[], intense: [] as Region[], long: [] as Region[]}
  let exclamations = 0
  let words = 0
  let sentence = -1
  let sentenceWords = 0
  let sentenceStart = 0
  let sentenceEnd = 0
  const closeSentence = () => {
    if (sentenceWords > weight.longSentence) at.long.push({start: sentenceStart, end: sentenceEnd})
  }
  for (const token of tokens) {
    if (token.sentence !== sentence) {
      closeSentence()
      sentence = token.sentence
      sentenceWords = 0
      // A sentence's place starts at its first word, not at an emoji or a mark before it.
      sentenceStart = -1
    }
    sentenceEnd = token.end
    // Someone else's exclamation marks in a quotation are not the applicant's tone.
    if (token.quote?.owner === 'other') continue
    if (token.type === 'word') {
      if (sentenceStart < 0) sentenceStart = token.start
      words++
      sentenceWords++
      if (weight.intensifiers.has(token.text)) at.intense.push(token)
    } else {
      let marks = 0
      for (const character of token.text) if (character === '!') marks++
      if (marks > 0) at.exclamations.push(token)
      exclamations += marks
    }
  }
  closeSentence()
  // Shouting and emoji as informal-tone reads them, in the applicant's own words, each counted
  // here only when no finding counts it already.
  const shouting: Region[] = []
  const emoji: Region[] = []
  const ownSignal = (region: Region) =>
    ownTokenAt(tokens, region.start) !== undefined && !document.notWords(region.start, region.end) && !countedAlready(region)
  for (const region of document.regions) {
    for (const run of shoutedRuns(source, region.start, region.end)) {
      const shout = {start: run[0]!.start, end: run[run.length - 1]!.end}
      if (ownSignal(shout)) shouting.push(shout)
    }
    for (const found of emojiIn(source.slice(region.start, region.end))) {
      const start = region.start + found.index
      const symbol = {start, end: start + found.text.length}
      if (ownSignal(symbol)) emoji.push(symbol)
    }
  }
  const places = (regions: readonly Region[]) => regions.slice(0, maxPlaces).map(({start, end}) => place(start, end))
  const free = weight.freeExclamations
  // A few intensifiers are normal, one more for each hundred words; the ones past that gush.
  const allowed = weight.intensifiersAllowed + Math.floor(words / 100)
  const parts: ScorePart[] = [
    {label: 'exclamation marks', points: capped(exclamations - free, weight.exclamation, weight.exclamationCap), places: places(exclamations > free ? at.exclamations : [])},
    {label: 'words in capitals', points: capped(shouting.length, weight.shouting, weight.shoutingCap), places: places(shouting)},
    {label: 'emoji', points: capped(emoji.length, weight.emoji, weight.emojiCap), places: places(emoji)},
    {label: 'intensifiers', points: capped(at.intense.length - allowed, weight.intensifier, weight.intensifierCap), places: places(at.intense.slice(allowed))},
    {label: `sentences over ${weight.longSentence} words`, points: capped(at.long.length, weight.longSentencePoints, weight.longSentenceCap), places: places(at.long)}
  ]
  return parts.filter((part) => part.points > 0)
}
