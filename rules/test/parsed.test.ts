// The build parses every rule pattern ahead of time; the engine then runs those trees instead
// of parsing the text. They must be the trees parsePattern gives now, or a change to the
// parser or the stemmer would lint with stale patterns.
import {parsePattern, unpackPattern} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'

describe('patterns parsed at build time', () => {
  const entries = defaultRules.flatMap((rule) => (rule.phrases ?? []).map((entry) => [rule.meta.id, entry] as const))

  it('cover every phrase entry of the built-in rules', () => {
    expect(entries.length).toBeGreaterThan(50)
    for (const [id, entry] of entries) {
      expect(entry.parsed?.patterns, id).toHaveLength(entry.patterns.length)
      expect(entry.parsed?.unless?.length ?? 0, id).toBe(entry.unless?.length ?? 0)
    }
  })

  it('equal what parsePattern gives for each pattern', () => {
    for (const [id, entry] of entries) {
      entry.patterns.forEach((pattern, i) => {
        expect(unpackPattern(entry.parsed!.patterns[i]!), `${id}: ${pattern}`).toEqual(parsePattern(pattern))
      })
      entry.unless?.forEach((pattern, i) => {
        expect(unpackPattern(entry.parsed!.unless![i]!), `${id}: ${pattern}`).toEqual(parsePattern(pattern))
      })
    }
  })
})
