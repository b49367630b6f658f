import {describe, expect, it} from 'vitest'
import {expandBraces, globMatcher} from './glob.js'

function matches(pattern: string, filePath: string): boolean {
  return globMatcher([pattern])(filePath)
}

describe('brace expansion', () => {
  it('stands for each alternative, nested ones too', () => {
    expect(expandBraces('*.{txt,md}')).toEqual(['*.txt', '*.md'])
    expect(expandBraces('{a,b{c,d}}/x')).toEqual(['a/x', 'bc/x', 'bd/x'])
    expect(expandBraces('{a,b}{c,d}')).toEqual(['ac', 'ad', 'bc', 'bd'])
    expect(expandBraces('plain')).toEqual(['plain'])
  })

  it('reads an unclosed brace as a character', () => {
    expect(expandBraces('notes{draft')).toEqual(['notes{draft'])
  })

  it('gives up past the limit instead of growing without bound', () => {
    expect(expandBraces('{a,b}'.repeat(8))).toHaveLength(256)
    expect(expandBraces('{a,b}'.repeat(9))).toBeUndefined()
    expect(expandBraces('{a,b}'.repeat(40))).toBeUndefined()
  })
})

describe('glob matching', () => {
  const cases: [string, string, boolean][] = [
    // `**` spans any number of folders, none included.
    ['**/drafts/**/*.md', '/home/me/drafts/thanks.md', true],
    ['**/drafts/**/*.md', '/home/me/drafts/2026/lakeshore/thanks.md', true],
    ['**/drafts/**/*.md', '/home/me/notes/thanks.md', false],
    ['**/drafts/**/*.md', '/home/me/drafts.md', false],
    // `*` and `?` stay within one name.
    ['/work/*.md', '/work/a.md', true],
    ['/work/*.md', '/work/sub/a.md', false],
    ['**/note?.txt', '/x/note1.txt', true],
    ['**/note?.txt', '/x/note12.txt', false],
    ['**/*.eml', '/x/inbox/reply.eml', true],
    ['**/*.eml', '/x/inbox/reply.eml.txt', false],
    // A pattern that does not start with a slash matches at any depth; one ending in a slash, a folder.
    ['drafts/*.md', '/home/me/letters/drafts/thanks.md', true],
    ['drafts/*.md', '/home/me/drafts/2026/thanks.md', false],
    ['/drafts/*.md', '/home/me/drafts/thanks.md', false],
    ['drafts/', '/home/me/drafts/2026/thanks.md', true],
    // Character classes, ranges and their negation; an unclosed `[` is a character.
    ['**/v[0-9].md', '/x/v3.md', true],
    ['**/v[0-9].md', '/x/va.md', false],
    ['**/v[!0-9].md', '/x/va.md', true],
    ['**/[abc].md', '/x/b.md', true],
    ['**/[ab', '/x/[ab', true],
    // Case is ignored and backslashes read as slashes, so one setting serves every system.
    ['**/drafts/**/*.md', 'C:\\Users\\me\\Drafts\\Thanks.MD', true],
    ['**\\drafts\\*.md', '/home/me/drafts/a.md', true]
  ]
  it.each(cases)('%s against %s: %s', (pattern, filePath, expected) => {
    expect(matches(pattern, filePath)).toBe(expected)
  })

  it('matches when any pattern does, and nothing with no patterns', () => {
    const matcher = globMatcher(['**/*.eml', '**/letters/**'])
    expect(matcher('/a/reply.eml')).toBe(true)
    expect(matcher('/a/letters/b/c.txt')).toBe(true)
    expect(matcher('/a/README.md')).toBe(false)
    expect(globMatcher([])('/a/reply.eml')).toBe(false)
  })

  it('gives the right answer for a long path and a pattern of many stars', () => {
    const path = `/${'a/'.repeat(2000)}${'b'.repeat(5000)}.md`
    expect(matches(`${'**/'.repeat(50)}${'*a'.repeat(50)}*.md`, path)).toBe(false)
    expect(matches(`${'**/a/'.repeat(50)}${'*b'.repeat(50)}*.md`, path)).toBe(true)
  })
})
