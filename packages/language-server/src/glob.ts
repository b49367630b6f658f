// Glob patterns as editors write them in settings: `*` and `?` within a folder or file name,
// `**` for any number of folders, `{a,b}` for alternatives, and `[abc]`, `[a-z]` or `[!abc]` for
// one character. A pattern is walked, never turned into a regular expression, so the time a
// match takes is bounded by the pattern's length times the path's, whatever a setting says.

/** The most patterns one pattern's braces may stand for; `{a,b}{c,d}` stands for four. */
export const maxAlternatives = 256

/** Any number of items: characters within a name, or names within a path. */
const star = Symbol('star')

type CharTest = (char: string) => boolean

/**
 * The patterns that a pattern's braces stand for: `*.{md,txt}` is `*.md` and `*.txt`.
 * Undefined when there would be more than `limit`. An unclosed brace is a character.
 */
export function expandBraces(pattern: string, limit = maxAlternatives): string[] | undefined {
  const open = pattern.indexOf('{')
  if (open === -1) return [pattern]
  const bounds = [open]
  let depth = 0
  for (let at = open; at < pattern.length; at++) {
    const char = pattern[at]
    if (char === '{') depth++
    else if (char === ',' && depth === 1) bounds.push(at)
    else if (char === '}' && --depth === 0) {
      bounds.push(at)
      break
    }
  }
  if (depth !== 0) return [pattern]
  const head = pattern.slice(0, open)
  const tail = pattern.slice(bounds.at(-1)! + 1)
  const out: string[] = []
  for (let part = 0; part + 1 < bounds.length; part++) {
    const expanded = expandBraces(head + pattern.slice(bounds[part]! + 1, bounds[part + 1]) + tail, limit - out.length)
    if (!expanded) return undefined
    out.push(...expanded)
    if (out.length > limit) return undefined
  }
  return out
}

/**
 * Whether `items` match `tokens`, where a star token stands for any run of items, including
 * none. Greedy, going back only to the last star: linear for each star, never exponential.
 */
function walk<T, U>(tokens: readonly (T | typeof star)[], items: readonly U[], test: (token: T, item: U) => boolean): boolean {
  let token = 0
  let item = 0
  let lastStar = -1
  let resumeAt = 0
  while (item < items.length) {
    const current = tokens[token]
    if (current === star) {
      lastStar = token++
      resumeAt = item
    } else if (token < tokens.length && test(current as T, items[item]!)) {
      token++
      item++
    } else if (lastStar !== -1) {
      token = lastStar + 1
      item = ++resumeAt
    } else {
      return false
    }
  }
  while (tokens[token] === star) token++
  return token === tokens.length
}

/** `[abc]`, `[a-z]`, `[!abc]` or `[^abc]` from `at` (its `[`): a test and where it ends, or undefined. */
function characterClass(chars: readonly string[], at: number): {test: CharTest; next: number} | undefined {
  let from = at + 1
  const negated = chars[from] === '!' || chars[from] === '^'
  if (negated) from++
  // A `]` right after the opening stands for itself.
  const close = chars.indexOf(']', from + 1)
  if (close === -1) return undefined
  const ranges: [string, string][] = []
  for (let index = from; index < close; index++) {
    const low = chars[index]!
    if (chars[index + 1] === '-' && index + 2 < close) {
      ranges.push([low, chars[index + 2]!])
      index += 2
    } else {
      ranges.push([low, low])
    }
  }
  const inside = (char: string) => ranges.some(([low, high]) => low <= char && char <= high)
  return {test: (char) => inside(char) !== negated, next: close + 1}
}

/** One name of a pattern (what lies between slashes) as tokens over its characters. */
function nameTokens(name: string): (CharTest | typeof star)[] {
  const chars = Array.from(name)
  const tokens: (CharTest | typeof star)[] = []
  for (let at = 0; at < chars.length; ) {
    const char = chars[at]!
    const found = char === '[' ? characterClass(chars, at) : undefined
    if (found) {
      tokens.push(found.test)
      at = found.next
      continue
    }
    // `**` inside a name is `*`: two stars in a row match what one does.
    if (char === '*') {
      if (tokens.at(-1) !== star) tokens.push(star)
    } else if (char === '?') tokens.push(() => true)
    else tokens.push((other) => other === char)
    at++
  }
  return tokens
}

type PathToken = ((name: string) => boolean) | typeof star

/** A path or pattern as editors on every system write it: forward slashes, any case. */
function normalize(text: string): string {
  return text.replaceAll('\\', '/').toLowerCase()
}

/**
 * One pattern, braces expanded, as tokens over the names of a path. A pattern that does not
 * start with `/` matches at any depth, as if it started with `**\/`: `drafts/*.md` matches
 * `/home/me/letters/drafts/thanks.md`.
 */
function pathTokens(pattern: string): PathToken[] {
  // A pattern that ends in a slash names a folder: everything in it.
  const written = normalize(pattern)
  const names = (written.endsWith('/') ? `${written}**` : written).split('/')
  const tokens: PathToken[] = names[0] === '' ? [(name) => name === ''] : [star]
  for (const name of names.slice(names[0] === '' ? 1 : 0)) {
    if (name === '**') {
      if (tokens.at(-1) !== star) tokens.push(star)
    } else {
      const chars = nameTokens(name)
      tokens.push((other) => walk(chars, Array.from(other), (test, char) => test(char)))
    }
  }
  return tokens
}

/**
 * A test of file paths against glob patterns: true when any pattern matches. Case is ignored,
 * and `\` is read as `/`, so one setting serves every system. A pattern whose braces stand
 * for more than {@link maxAlternatives} patterns matches nothing.
 */
export function globMatcher(patterns: readonly string[]): (filePath: string) => boolean {
  const compiled = patterns.flatMap((pattern) => expandBraces(pattern) ?? []).map(pathTokens)
  return (filePath) => {
    const names = normalize(filePath).split('/')
    return compiled.some((tokens) => walk(tokens, names, (test, name) => test(name)))
  }
}
