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

/** Lower case with curly apostrophes and primes made straight. */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
}
