import {describe, expect, it} from 'vitest'
import {declaresFollowUp, draftFiles, inScope} from './scope.js'

describe('the default drafts', () => {
  const cases: [string, boolean][] = [
    ['/home/me/drafts/lakeshore-thanks.md', true],
    ['/home/me/Documents/Drafts/thanks.txt', true],
    ['/home/me/match/draft/2026/harbor.markdown', true],
    ['/home/me/match/templates/thank-you.md', true],
    ['/home/me/match/template/update.txt', true],
    ['/home/me/match/follow-ups/correction.md', true],
    ['/home/me/match/followups/question.txt', true],
    ['/home/me/match/emails/forward.md', true],
    ['/home/me/match/letters/thanks.txt', true],
    ['/home/me/mail/sent/reply.eml', true],
    ['C:\\Users\\me\\drafts\\thanks.md', true],
    ['/home/me/project/README.md', false],
    ['/home/me/project/docs/guide.md', false],
    ['/home/me/project/notes.txt', false],
    ['/home/me/drafts/photo.png.md.bak', false],
    ['/home/me/drafts-old/thanks.md', false]
  ]
  it.each(cases)('%s is checked: %s', async (filePath, expected) => {
    expect(await inScope(filePath, 'Dear Dr. Hale,', draftFiles)).toBe(expected)
  })
})

describe('front matter that declares a follow-up', () => {
  it.each([
    ['kind: thank-you'],
    ['kind: forward-request'],
    ['recipient: coordinator'],
    ['interview-date: 2026-01-08'],
    ['sent-date: 2026-01-12'],
    ['template: true'],
    ['title: Notes\nkind: update']
  ])('%j does', async (yaml) => {
    expect(await declaresFollowUp(`---\n${yaml}\n---\nDear Dr. Hale,\n`)).toBe(true)
  })

  it.each([
    ['kind: post'],
    ['title: Release notes\nlayout: page'],
    ['program: Summer school'],
    ['template: false'],
    ['kind: [thank-you'],
    ['- a list']
  ])('%j does not', async (yaml) => {
    expect(await declaresFollowUp(`---\n${yaml}\n---\nText.\n`)).toBe(false)
  })

  it('reads only the first 64 KB, however large the file', async () => {
    const body = 'Dear Dr. Hale, thank you.\n'.repeat(400_000)
    expect(await declaresFollowUp(`---\nkind: update\n---\n${body}`)).toBe(true)
    expect(await declaresFollowUp(`---\nkind: update\n${'note: x\n'.repeat(10_000)}---\n`)).toBe(false)
  })

  it('is read only from the top of the file', async () => {
    expect(await declaresFollowUp('# Notes\n\n---\nkind: thank-you\n---\n')).toBe(false)
    expect(await declaresFollowUp('kind: thank-you\n')).toBe(false)
    expect(await declaresFollowUp('---\r\nkind: thank-you\r\n---\r\nDear Dr. Hale,\r\n')).toBe(true)
  })

  it('brings a file outside the draft folders into scope', async () => {
    const text = '---\nkind: thank-you\n---\nDear Dr. Hale,\n'
    expect(await inScope('/home/me/project/README.md', text, draftFiles)).toBe(true)
    expect(await inScope('/home/me/project/README.md', 'Dear Dr. Hale,\n', draftFiles)).toBe(false)
    expect(await inScope('/home/me/project/README.md', text, [])).toBe(true)
  })
})

describe('documents the setting does not narrow', () => {
  it('checks every document when there is no files setting', async () => {
    expect(await inScope('/home/me/project/README.md', '# Project', undefined)).toBe(true)
  })

  it('checks a document with no path yet, a draft pasted in to try', async () => {
    expect(await inScope(undefined, 'Dear Dr. Hale,', draftFiles)).toBe(true)
  })
})
