import type {Token} from './types.js'

/** Whether the clause of a match asserts it, denies it, or only supposes it ("if ..."). */
export type Polarity = 'asserted' | 'denied' | 'hypothetical'

const boundaryMarks = new Set([';', ':', '\u2014', '\u2013', '--', '(', ')', '[', ']'])
const dashes = new Set(['\u2014', '\u2013', '--'])
const boundaryWords = new Set(['but', 'however', 'although', 'though', 'whereas', 'nevertheless', 'nonetheless'])
const joiners = new Set(['and', 'or', 'so'])
// "I can't help but ...", "anything but", "all but": "but" that joins no new clause.
const joinedBut = new Set(['help', 'anything', 'nothing', 'all', 'cannot', 'anyone', 'everyone', 'one', 'none', 'nobody'])
const subjects = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'these', 'those', 'my', 'our'])
const relatives = new Set(['who', 'which', 'where', 'when', 'whom', 'whose'])
const titles = new Set(['dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'prof'])

// Negators that add to a denial instead of cancelling it.
const stacking = new Set(['nor', 'neither', 'no', 'none', 'nobody', 'never', 'hardly'])
const negators = new Set(['not', 'never', 'no', 'none', 'nobody', 'nor', 'neither', 'without', 'hardly', 'cannot'])
// Verbs that deny what follows them ("I avoided messaging ...", "I declined to ...").
const denyingVerbs = new Set([
  'deny', 'denied', 'denies', 'denying',
  'refuse', 'refused', 'refuses', 'refusing',
  'avoid', 'avoided', 'avoids', 'avoiding',
  'decline', 'declined', 'declines', 'declining',
  'resist', 'resisted', 'resists', 'resisting',
  'refrain', 'refrained', 'refrains', 'refraining'
])
const againstVerbs = new Set([
  'advise', 'advised', 'warn', 'warned', 'decide', 'decided', 'recommend', 'recommended', 'caution', 'cautioned', 'chose', 'choose', 'argued'
])
// After a negator, words that turn it into an assertion: "not only", "no doubt", "can't wait",
// "never hesitate", "I won't pretend", "I can't help but", "I did not expect to love ...".
const pseudo = new Set([
  'only', 'just', 'merely', 'doubt', 'question', 'matter', 'mind', 'hesitate', 'hesitation', 'wait',
  'thank', 'stress', 'emphasize', 'emphasise', 'overstate', 'overemphasize', 'express',
  'pretend', 'hide', 'lie', 'exaggeration', 'exaggerating', 'secret', 'wonder', 'surprise', 'surprisingly',
  'forget', 'least', 'regret', 'coincidence', 'ashamed', 'afraid', 'shy', 'embarrassed'
])
// Surprise asserts only looking back: "I did not expect to love ...", "I never imagined ...";
// "I do not expect a reply" denies.
const surprise = new Set([
  'expect', 'expected', 'imagine', 'imagined', 'anticipate', 'anticipated', 'realize', 'realise', 'realized', 'realised'
])
const lookingBack = new Set(['did', 'had', 'could', 'would'])
// "I could not be happier", "I have never felt more at home": a comparison, not a denial.
const comparatives = new Set(['more', 'happier', 'better', 'prouder', 'gladder', 'surer', 'clearer', 'greater'])
const beforeComparative = new Set(['be', 'been', 'have', 'ever', 'felt', 'feel', 'asked', 'ask', 'for', 'a', 'hope', 'hoped'])
const holding = new Set(['hold', 'held', 'holding', 'holds'])
const steering = new Set(['steer', 'steered', 'steering', 'stay', 'stayed', 'staying', 'kept', 'keep'])
const fillers = new Set(['a', 'an', 'any', 'the', 'really', 'even', 'ever', 'truly', 'honestly', 'to'])
const hypotheticals = new Set(['if', 'whether', 'unless', 'suppose', 'supposing', 'assuming'])

/**
 * For every token, the index of the first token of its clause, found in one pass. Clauses end
 * at sentence ends, at ; : dashes and brackets, before "but", "however", "although", "though",
 * "whereas", before "yet" after a comma, and where a comma, "and", "or" or "so" is followed by
 * a new subject (a pronoun, or a capitalized name when `source` is given).
 */
export function clauseStarts(tokens: readonly Token[], source?: string): Int32Array {
  const starts = new Int32Array(tokens.length)
  let start = 0
  // A bracket or a pair of dashes holds an aside; after it the outer clause goes on ("I did not
  // (and would not) message ..."). The start of the clause that the aside interrupted:
  let outer = -1
  let dash = ''
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const previous = tokens[i - 1]
    if (previous === undefined || previous.sentence !== token.sentence || previous.paragraph !== token.paragraph) {
      outer = -1
      dash = ''
    }
    const closing = previous !== undefined && outer >= 0 && (previous.text === ')' || previous.text === dash)
    if (closing) {
      start = outer
      outer = -1
      dash = ''
    } else if (previous !== undefined && outer < 0 && (previous.text === '(' || dashes.has(previous.text))) {
      outer = start
      if (previous.text !== '(') dash = previous.text
    }
    if (
      !closing &&
      (previous === undefined ||
        previous.sentence !== token.sentence ||
        previous.paragraph !== token.paragraph ||
        previous.type === 'end' ||
        boundaryMarks.has(previous.text) ||
        (boundaryWords.has(token.text) && !asideWord(tokens, i)) ||
        (token.text === 'yet' && (previous.text === ',' || start === i - 1)) ||
        (previous.text === ',' && (relatives.has(token.text) || startsSubject(tokens, i, source))) ||
        (joiners.has(token.text) && startsSubject(tokens, i + 1, source)))
    ) {
      start = i
    }
    starts[i] = start
  }
  return starts
}

// "I can't help but ...", "anyone but you": "but" that joins no clause; ", however," between
// commas is an aside, and the clause goes on after it.
function asideWord(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i]!.text
  if (text === 'but') return joinedBut.has(tokens[i - 1]?.text ?? '')
  return tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ','
}

function startsSubject(tokens: readonly Token[], i: number, source: string | undefined): boolean {
  const token = tokens[i]
  if (token === undefined || token.type !== 'word') return false
  if (subjects.has(token.text)) return true
  if (source === undefined) return false
  const first = source.charCodeAt(token.start)
  if (first < 65 || first > 90) return false
  // A name is followed by its verb or its title's period ("and Dr. Lee said"), not by "and"
  // or the end ("on Facebook and Instagram").
  const next = tokens[i + 1]
  if (next === undefined || next.sentence !== token.sentence) return false
  return (next.type === 'word' && !joiners.has(next.text)) || (next.text === '.' && titles.has(token.text))
}

/**
 * How the clause of the token at `first` stands toward it: `denied` when a negator or a denial
 * verb stands anywhere before it in its clause ("I have not contacted ...", "I chose not to
 * ...", "instead of ..."), unless the negation asserts ("not only", "I can't deny", "not
 * without", "I can't help but"); `hypothetical` after "if" or "whether"; else `asserted`.
 * `starts` comes from `clauseStarts`, computed once per draft.
 */
export function polarity(tokens: readonly Token[], first: number, starts: Int32Array): Polarity {
  let denied = false
  let lastNegation = -2
  let hypothetical = false
  for (let i = starts[first]!; i < first; i++) {
    const token = tokens[i]!
    if (token.type !== 'word') continue
    const text = token.text
    if (hypotheticals.has(text)) hypothetical = true
    const length = negationAt(tokens, i, first)
    if (length === 0) continue
    // Two negations in a row assert: "can't deny", "not without", "never not", "didn't refuse";
    // "neither called nor emailed" and "not ..., no" still deny.
    denied = !(denied && i - lastNegation <= 2 && !stacking.has(text))
    lastNegation = i + length - 1
    i += length - 1
  }
  return denied ? 'denied' : hypothetical ? 'hypothetical' : 'asserted'
}

/** The length of the negation that starts at token `i` (0 when none), looking no further than `limit`. */
function negationAt(tokens: readonly Token[], i: number, limit: number): number {
  const text = tokens[i]!.text
  const next = wordAfter(tokens, i, limit)
  if (negators.has(text)) {
    const previous = tokens[i - 1]?.text
    // "No. 1", "No, I ...": not a negation.
    if (text === 'no' && tokens[i + 1]?.type !== 'word') return 0
    // "second to none", "if not the best", "whether or not", "not to mention".
    if (text === 'none' && previous === 'to') return 0
    if (text === 'not' && (previous === 'if' || previous === 'or')) return 0
    if (next !== undefined) {
      const after = tokens[next]!.text
      if (pseudo.has(after) || tokens[next]!.stem === 'mention') return 0
      // "It goes without saying that ..." asserts what follows.
      if (text === 'without' && after === 'saying') return 0
      // "couldn't stop thinking", "can't help feeling": not "did not stop by the office".
      if ((after === 'stop' || after === 'stopped' || after === 'help') && (tokens[next + 1]?.text.endsWith('ing') || tokens[next + 1]?.text === 'but')) {
        return 0
      }
      if (surprise.has(after) && (after.endsWith('ed') || lookingBack.has(previous ?? '') || text === 'never')) return 0
      if (isComparison(tokens, next, limit)) return 0
    }
    return 1
  }
  if (denyingVerbs.has(text)) return 1
  if (text === 'against' && againstVerbs.has(tokens[i - 1]?.text ?? '')) return 1
  const second = tokens[i + 1]?.text
  if ((text === 'instead' && second === 'of') || (text === 'rather' && second === 'than') || (text === 'far' && second === 'from')) {
    return 2
  }
  // "I held off on messaging ...", "I steered clear of ...", "I stayed away from ...".
  if ((holding.has(text) && second === 'off') || (steering.has(text) && (second === 'clear' || second === 'away'))) return 2
  if (text === 'better' && second === 'than' && tokens[i + 2]?.text === 'to') return 3
  if (text === 'the' && second === 'last' && tokens[i + 2]?.text === 'thing') return 3
  return 0
}

function wordAfter(tokens: readonly Token[], i: number, limit: number): number | undefined {
  for (let j = i + 1; j < tokens.length && j <= limit + 3; j++) {
    const token = tokens[j]!
    if (token.type !== 'word' || token.sentence !== tokens[i]!.sentence) return undefined
    if (!fillers.has(token.text)) return j
  }
  return undefined
}

function isComparison(tokens: readonly Token[], j: number, limit: number): boolean {
  for (let k = j; k < tokens.length && k <= j + 5 && k <= limit + 3; k++) {
    const text = tokens[k]!.text
    if (comparatives.has(text)) return true
    if (!beforeComparative.has(text)) return false
  }
  return false
}
