import type {Letter} from './letter.js'
import {cueTrees} from './kind-cues.generated.js'
import {type Match, PhraseMatcher} from './matcher.js'
import {unpackPattern} from './packed.js'
import type {PatternNode} from './pattern.js'
import type {MessageKind, Token} from './types.js'

/** A phrase that points to a kind of message, and where it was found. */
export interface KindSignal {
  kind: MessageKind
  text: string
  start: number
  end: number
  weight: number
}

// Nearly every follow-up thanks the reader, so thanks weigh least: a draft is a thank-you
// only when nothing stronger speaks.
const cues: Record<MessageKind, [number, string[]][]> = {
  'thank-you': [
    [1, ['thank you for', 'thanks for', '(grateful|appreciated|appreciate) (the|your|our|having)', 'thank you note']]
  ],
  correction: [
    // "correct" as a verb or a noun; "my contact information is correct" corrects nothing.
    [3, ['(clarify|clarification|=correction|=corrections|=corrected|=correcting|misspoke|misstated|misspoken|inaccurate|misleading|misunderstanding|misinterpreted|wrong impression|set the record straight|inaccuracy)', '(to|i|we|let me|briefly) =correct']],
    [2, ['(i|may) (said|have said|stated|mentioned) *3 (incorrectly|wrong|by mistake)', 'to be (precise|accurate|clear)']]
  ],
  update: [
    [3, ['(update|updated) (to|on|regarding) my (application|file)', 'application update', '(brief|quick|important) update']],
    [2, ['(step|level) (1|2|3|one|two|three) (ck|cs|pe|score|results?)?', '(usmle|comlex) *2 (score|result|results|report)', 'my (score|scores) (is|was|came)', 'accepted for publication', '(manuscript|paper|abstract|article) *4 (accepted|published)', 'visa status', '(received|earned|won|been awarded|was awarded) *3 (award|grant|scholarship|prize)', 'update']]
  ],
  question: [
    [3, ['(i|i have|i had) (a|one|two|a few|a quick|a brief|a specific) *2 (question|questions)', '(could|would|can) you (tell|let) me (know)?', 'would you be able to (tell|let|confirm|share)', 'question (about|regarding)']],
    [1, ['\\?']]
  ],
  'forward-request': [
    [4, ['forward *4 (note|message|email|question|letter|thanks) *3 (to|for) (dr|doctor|my interviewer|the interviewer|faculty|the program director)', '(forward|pass along|pass on|relay|share) *3 (note|message|email|my thanks|letter) *4 (to|with) (dr|doctor|my interviewer|the interviewer)', '(willing|able|kind enough) to forward']],
    [2, ['(forward|pass along|pass on|relay)']]
  ]
}

/** What a kind cue says when it matches. */
export interface KindCue {
  kind: MessageKind
  weight: number
}

/** Every cue pattern with what it says, in order: a linter matches them with its own phrases. */
export const kindCues: readonly [string, KindCue][] = (Object.entries(cues) as [MessageKind, [number, string[]][]][]).flatMap(
  ([kind, groups]) => groups.flatMap(([weight, patterns]) => patterns.map((pattern) => [pattern, {kind, weight}] as [string, KindCue]))
)

/** A cue's tree as parsed at build time, or its text when kind.ts changed since the build. */
export function cuePattern(pattern: string): PatternNode | string {
  return Object.hasOwn(cueTrees, pattern) ? unpackPattern(cueTrees[pattern]!) : pattern
}

let own: PhraseMatcher<KindCue> | undefined

function cueMatcher(): PhraseMatcher<KindCue> {
  if (!own) {
    own = new PhraseMatcher<KindCue>()
    for (const [pattern, cue] of kindCues) own.add(cuePattern(pattern), cue)
  }
  return own
}

/**
 * Guess what a draft is for from its words: the kind with the heaviest cues wins, cues in the
 * subject line count double, and a draft with no stronger cue is a thank-you.
 */
export function detectKind(
  source: string,
  tokens: readonly Token[],
  letter: Letter,
  /** The matches of `kindCues` in the tokens, when the caller has already found them. */
  found?: readonly Match<KindCue>[]
): {kind: MessageKind; signals: KindSignal[]} {
  const signals: KindSignal[] = []
  const totals = new Map<MessageKind, number>()
  const subject = letter.subject
  for (const match of found ?? cueMatcher().run(tokens, () => true)) {
    const start = tokens[match.first]!.start
    const end = tokens[match.last - 1]!.end
    const inSubject = subject !== undefined && start >= subject.start && end <= subject.end
    const weight = match.payload.weight * (inSubject ? 2 : 1)
    signals.push({kind: match.payload.kind, text: source.slice(start, end), start, end, weight})
    totals.set(match.payload.kind, (totals.get(match.payload.kind) ?? 0) + weight)
  }
  let kind: MessageKind = 'thank-you'
  let best = 0
  for (const [candidate, total] of totals) {
    if (candidate !== 'thank-you' && total > best) {
      kind = candidate
      best = total
    }
  }
  // A single question mark or a passing "update" is not enough to outweigh a thank-you.
  if (best < 3) kind = 'thank-you'
  return {kind, signals}
}
