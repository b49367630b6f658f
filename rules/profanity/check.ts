import type {LintDocument, Report, Token} from '@followup-lint/core'
import {cuss} from 'cuss'

// Single words the cuss package rates as likely (2) or maybe (1) profane; built once.
const profane = new Set(
  Object.entries(cuss)
    .filter(([word, rating]) => rating >= 1 && !word.includes(' '))
    .map(([word]) => word.toLowerCase())
)

function words(list: unknown): string[] {
  return Array.isArray(list) ? list.map((word) => String(word).toLowerCase()) : []
}

// The option lists are the same arrays from one draft to the next (the defaults, or one
// config's); read each into its set or its split phrases once, not on every draft.
const sets = new WeakMap<object, Set<string>>()
const splitPhrases = new WeakMap<object, string[][]>()

function setOf(list: unknown): Set<string> {
  if (!Array.isArray(list)) return new Set()
  let set = sets.get(list)
  if (!set) sets.set(list, (set = new Set(words(list))))
  return set
}

function phrasesOf(list: unknown): string[][] {
  if (!Array.isArray(list)) return []
  let phrases = splitPhrases.get(list)
  // Split as the tokens are: "devil's" is "devil" and "'s".
  if (!phrases) splitPhrases.set(list, (phrases = words(list).map((phrase) => phrase.split(/\s+/).flatMap((word) => word.split(/(?=')/)))))
  return phrases
}

/** Whether the words of `phrase` stand around the word token at `index`, with it in place. */
function inPhrase(tokens: readonly Token[], index: number, phrase: string[]): boolean {
  const text = tokens[index]!.text
  for (let at = 0; at < phrase.length; at++) {
    if (phrase[at] !== text) continue
    let fits = true
    let cursor = index
    for (let k = at - 1; k >= 0 && fits; k--) {
      cursor = previousWord(tokens, cursor)
      fits = cursor >= 0 && tokens[cursor]!.text === phrase[k]
    }
    cursor = index
    for (let k = at + 1; k < phrase.length && fits; k++) {
      cursor = nextWord(tokens, cursor)
      fits = cursor >= 0 && tokens[cursor]!.text === phrase[k]
    }
    if (fits) return true
  }
  return false
}

// Neighbouring words within a sentence, past hyphens and other marks ("tit-for-tat").
function previousWord(tokens: readonly Token[], index: number): number {
  for (let at = index - 1; at >= 0 && tokens[at]!.sentence === tokens[index]!.sentence; at--) {
    if (tokens[at]!.type === 'word') return at
    if (tokens[at]!.type === 'end') return -1
  }
  return -1
}

function nextWord(tokens: readonly Token[], index: number): number {
  for (let at = index + 1; at < tokens.length && tokens[at]!.sentence === tokens[index]!.sentence; at++) {
    if (tokens[at]!.type === 'word') return at
    if (tokens[at]!.type === 'end') return -1
  }
  return -1
}

// A surname or given name is written with a capital where a sentence does not start ("Dr. Ho",
// "Kim Dong", "Van Dyke").
function isWrittenAsName(document: LintDocument, index: number): boolean {
  const token = document.tokens[index]!
  const actual = document.source.slice(token.start, token.end)
  if (!/^\p{Lu}\p{Ll}/u.test(actual)) return false
  const before = document.source.slice(Math.max(0, token.start - 6), token.start)
  return previousWord(document.tokens, index) >= 0 || /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+$/.test(before)
}

export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  const allowed = setOf(options.allow)
  const names = setOf(options.names)
  const phrases = phrasesOf(options.phrases)
  const {tokens} = document
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.type !== 'word' || !profane.has(token.text) || allowed.has(token.text)) continue
    if (names.has(token.text) && isWrittenAsName(document, index)) continue
    if (phrases.some((phrase) => inPhrase(tokens, index, phrase))) continue
    const actual = document.source.slice(token.start, token.end)
    report({
      start: token.start,
      end: token.end,
      message: `“${actual}” is crude for a message to a program; choose a plainer word.`
    })
  }
}
