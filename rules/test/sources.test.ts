// What a rule says about the Match and about surveys must be checkable: every rule names where
// its facts come from, and every figure it quotes is given in the note of one of its sources.
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {figures, rulesDir} from '../scripts/load.js'

// A README's prose: without its code blocks (examples may say anything) and its list of sources.
function prose(readme: string): string {
  return readme.replace(/```[\s\S]*?```/g, '').replace(/## Sources[\s\S]*?(?=\n## )/, '')
}

describe.each(defaultRules.map((rule) => [rule.meta.id, rule.meta] as const))('%s', (id, meta) => {
  it('names at least one source, each with an https address', () => {
    expect(meta.sources?.length).toBeGreaterThan(0)
    for (const source of meta.sources!) {
      expect(source.title.trim()).not.toBe('')
      expect(new URL(source.url).protocol).toBe('https:')
    }
  })

  it('gives every figure of its why and README in the note of a source', () => {
    const readme = readFileSync(path.join(rulesDir, id, 'README.md'), 'utf8')
    const quoted = [...figures(meta.why), ...figures(prose(readme))]
    const notes = meta.sources!.map((source) => source.note ?? '').join('\n')
    for (const figure of quoted) expect(notes, `${id}: ${figure}`).toContain(figure)
  })

  it('links to its README in the public repository, a file that is there', () => {
    const url = new URL(meta.url!)
    expect(url.protocol).toBe('https:')
    expect(meta.url).toBe(`https://github.com/followup-lint/followup-lint/blob/main/rules/${id}/README.md`)
    expect(existsSync(path.join(rulesDir, id, 'README.md'))).toBe(true)
  })
})

it('finds the figures the check relies on', () => {
  // The check above is only as good as this: a percentage with or without a decimal, and a count.
  const neediness = defaultRules.find((rule) => rule.meta.id === 'neediness')!.meta
  expect(figures(neediness.why)).toContain('90.8%')
  const ranking = defaultRules.find((rule) => rule.meta.id === 'ranking-pressure')!.meta
  expect(figures(ranking.why)).toEqual(['81%', '5 of 16'])
})
