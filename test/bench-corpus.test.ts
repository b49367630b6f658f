// The benchmark's corpus is generated, so it must be the same on every machine and every run.
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the bench workspace is plain JavaScript without type declarations
import {generateDrafts, generateLong, generateOne} from '../bench/corpus.js'

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and differs for another', () => {
    expect(generateDrafts(200)).toEqual(generateDrafts(200))
    expect(generateDrafts(20, 1)).not.toEqual(generateDrafts(20, 2))
    expect(generateLong(100_000)).toBe(generateLong(100_000))
    expect(generateOne(300, 300)).toBe(generateOne(300, 300))
  })

  it('holds drafts of 80 to 400 words, clean and flagged', () => {
    const drafts: string[] = generateDrafts(2000)
    expect(drafts).toHaveLength(2000)
    for (const draft of drafts) {
      expect(words(draft)).toBeGreaterThanOrEqual(80)
      expect(words(draft)).toBeLessThanOrEqual(400)
    }
    const flagged = drafts.filter((draft) => /rank|LinkedIn|\[Program Name\]|thx|amazing|!!/.test(draft))
    expect(flagged.length).toBeGreaterThan(500)
    expect(drafts.length - flagged.length).toBeGreaterThan(500)
  })
})
