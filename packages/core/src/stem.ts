import {stemmer} from 'stemmer'

// Stemming is the costliest step per word; drafts reuse a small vocabulary, so memoize.
const cache = new Map<string, string>()
const cacheLimit = 50_000

/** The Porter stem of a lower-case word, so that "ranked", "ranks" and "ranking" meet at "rank". */
export function stem(word: string): string {
  let result = cache.get(word)
  if (result === undefined) {
    result = /[a-z]/.test(word) ? stemmer(word) : word
    if (cache.size >= cacheLimit) cache.clear()
    cache.set(word, result)
  }
  return result
}

// Letters of other scripts that look like Latin ones, as a word that hides a phrase from the
// rules would use them ("rаnk" with a Cyrillic а). Matching reads them as the Latin letter.
const lookalikes: Record<string, string> = {
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u04cf': 'l', '\u0455': 's', '\u0501': 'd', '\u051b': 'q', '\u051d': 'w',
  '\u03b1': 'a', '\u03bf': 'o', '\u03c1': 'p', '\u03c5': 'u', '\u03b9': 'i', '\u03ba': 'k', '\u03bd': 'v',
  '\u0131': 'i'
}
const lookalike = new RegExp(`[${Object.keys(lookalikes).join('')}]`, 'g')
// What normalizing can change: anything beyond ASCII. Plain words skip the work.
const plain = /^[\x00-\x7f]*$/
// Soft hyphens (which invisible characters become before parsing, see maskInvisible) and
// combining marks, once letters are decomposed: "ra\u00adnk" and "ránk" are "rank".
const dropped = /[\u00ad\p{M}]/gu

/**
 * Lower case with curly apostrophes and primes made straight; for matching, also without
 * soft hyphens, invisible characters or accents, with fullwidth and other compatibility forms
 * as their plain letters and look-alike letters of other scripts as Latin ones.
 */
export function normalizeWord(text: string): string {
  let out = text.toLowerCase()
  if (!plain.test(out)) {
    out = out.normalize('NFKD').replace(dropped, '').replace(lookalike, (letter) => lookalikes[letter]!)
  }
  return out.replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
}

// Characters that take no room on screen and can sit inside a word: zero-width spaces and
// joiners, the word joiner, a byte order mark, and the direction marks and overrides.
const invisible = /[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069]/g

/**
 * The text with every invisible character replaced by a soft hyphen, which keeps its place
 * (the length and every offset stay the same) but, unlike a zero-width space, does not split
 * the word it sits in when the text is parsed; {@link normalizeWord} then drops it.
 */
export function maskInvisible(text: string): string {
  return text.replace(invisible, '\u00ad')
}

/** Whether a word as written needs {@link normalizeWord} beyond lower-casing. */
export function needsNormalizing(raw: string): boolean {
  return !plain.test(raw)
}
