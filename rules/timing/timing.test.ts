import {lintDraft} from '@followup-lint/core/node'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {findingsOf, flagsOf} from '../testing.js'

const thanks = 'Dear Ms. Okonkwo,\n\nThank you for organizing the interview day.'

describe('timing', () => {
  it('flags a thank-you sent more than 7 days after the interview, at the salutation', () => {
    expect(flagsOf('timing', thanks, {kind: 'thank-you', interviewDate: '2026-01-08', sentDate: '2026-01-15'})).toEqual([])
    const [finding] = findingsOf('timing', thanks, {kind: 'thank-you', interviewDate: '2026-01-08', sentDate: '2026-01-16'})
    expect(finding).toMatchObject({actual: 'Dear Ms. Okonkwo', severity: 'warning'})
    expect(finding!.message).toContain('sent 8 days after the interview (2026-01-08)')
  })

  it('flags a correction after 3 days', () => {
    expect(flagsOf('timing', thanks, {kind: 'correction', interviewDate: '2026-01-08', sentDate: '2026-01-11'})).toEqual([])
    expect(flagsOf('timing', thanks, {kind: 'correction', interviewDate: '2026-01-08', sentDate: '2026-01-12'})).toEqual(['Dear Ms. Okonkwo'])
  })

  it('flags an update more than 2 days after the news the draft dates', () => {
    const update = 'My Step 2 CK score was released on 1/9/2026. My paper was accepted on January 3.'
    expect(flagsOf('timing', update, {kind: 'update', sentDate: '2026-01-11'})).toEqual([])
    expect(flagsOf('timing', update, {kind: 'update', sentDate: '2026-01-12'})).toEqual(['1/9/2026'])
    // A date without a year is the latest one not after the sent date.
    expect(flagsOf('timing', 'The article was published on December 30.', {kind: 'update', sentDate: '2026-01-05'})).toEqual(['December 30'])
    // A date that is not about news (the interview, a future deadline) does not count.
    expect(flagsOf('timing', 'Since my interview on January 2, nothing else has changed.', {kind: 'update', sentDate: '2026-01-12'})).toEqual([])
  })

  it('reads the kind from the text when none is given, and needs the interview date', () => {
    expect(flagsOf('timing', thanks, {interviewDate: '2026-01-01', sentDate: '2026-02-01'})).toEqual(['Dear Ms. Okonkwo'])
    expect(flagsOf('timing', thanks, {kind: 'thank-you', sentDate: '2026-02-01'})).toEqual([])
  })

  it('uses today when no sent date is given, from the clock it is handed', async () => {
    const text = '---\nkind: thank-you\ninterview-date: 2026-01-08\n---\n' + thanks
    const lint = (day: number) => lintDraft(text, {filePath: 'draft.md', rules: defaultRules, clock: () => new Date(2026, 0, day, 18)})
    expect((await lint(15)).messages.filter((m) => m.ruleId === 'timing')).toEqual([])
    expect((await lint(19)).messages.filter((m) => m.ruleId === 'timing').map((m) => [m.line, m.actual])).toEqual([[5, 'Dear Ms. Okonkwo']])
  })

  it('takes the sent date from an email Date header', async () => {
    const email = 'From: a@example.org\nTo: im.residency@example.org\nSubject: Thanks\nDate: Mon, 19 Jan 2026 07:00:00 -0500\nMIME-Version: 1.0\n\n' + thanks + '\n'
    const result = await lintDraft(email, {filePath: 'd.eml', rules: defaultRules, flags: {kind: 'thank-you', 'interview-date': '2026-01-08'}, clock: () => new Date(2026, 0, 9)})
    expect(result.messages.filter((m) => m.ruleId === 'timing').map((m) => [m.line, m.actual])).toEqual([[7, 'Dear Ms. Okonkwo']])
  })
})

describe('dates the letter writes', () => {
  it('reads news in the clause a leading date opens', () => {
    const update = 'On January 6, I received my Step 2 CK score. On January 9, I visited my family.'
    expect(flagsOf('timing', update, {kind: 'update', sentDate: '2026-01-12'})).toEqual(['January 6'])
  })

  it('places a yearless date by the sent date, and makes no claim without one', () => {
    const update = 'I received my Step 2 CK score on January 5.'
    expect(flagsOf('timing', update, {kind: 'update', sentDate: '2026-01-12'})).toEqual(['January 5'])
    // Not the January 5 of the year before: the news would then be a year old.
    expect(flagsOf('timing', update, {kind: 'update', sentDate: '2026-01-03'})).toEqual([])
    expect(flagsOf('timing', update, {kind: 'update', today: '2026-01-12'})).toEqual([])
    // A date the letter gives with its year places the news in the same season.
    const placed = 'I interviewed on December 9, 2025. I received my Step 2 CK score on January 5.'
    expect(flagsOf('timing', placed, {kind: 'update', today: '2026-01-12'})).toEqual(['January 5'])
  })

  it('lets today stand in for the sent date only while the dates are recent', () => {
    const update = 'I received my Step 2 CK score on January 5, 2026.'
    expect(flagsOf('timing', update, {kind: 'update', today: '2026-01-12'})).toEqual(['January 5, 2026'])
    expect(flagsOf('timing', update, {kind: 'update', today: '2026-06-12'})).toEqual([])
    expect(flagsOf('timing', update, {kind: 'update', today: '2026-01-02'})).toEqual([])
    expect(flagsOf('timing', thanks, {kind: 'thank-you', interviewDate: '2025-06-01', today: '2026-01-12'})).toEqual([])
  })

  it('reads the interview day and the dated first line of the letter', () => {
    const letter = (dated: string) => `${dated}\n\nDear Ms. Okonkwo,\n\nThank you for my interview on Tuesday, January 6th.`
    expect(flagsOf('timing', letter('January 15, 2026'), {kind: 'thank-you'})).toEqual(['Dear Ms. Okonkwo'])
    expect(flagsOf('timing', letter('January 12, 2026'), {kind: 'thank-you'})).toEqual([])
    // No year anywhere and no sent date: nothing to measure.
    expect(flagsOf('timing', letter(''), {kind: 'thank-you', today: '2026-03-01'})).toEqual([])
  })

  it('gives an update that dates no news no finding', () => {
    expect(flagsOf('timing', 'I recently passed Step 3 and wanted you to know.', {kind: 'update', sentDate: '2026-01-12'})).toEqual([])
  })

  it('points at the greeting the letter reader found, never at a greeting in quoted mail', () => {
    const late = {kind: 'thank-you' as const, interviewDate: '2026-01-08', sentDate: '2026-01-16'}
    // "Greetings" and "Hey" open a letter too; the first line is the letterhead's date.
    const greeted = 'January 16, 2026\n\nGreetings Dr. Kim,\n\nThank you for organizing the interview day.'
    expect(flagsOf('timing', greeted, late)).toEqual(['Greetings Dr. Kim'])
    // Without a greeting of its own, the finding stays on the draft's first line, where it is seen.
    const reply = 'Thank you for organizing the interview day.\n\nOn Jan 2, 2026, Ada Obi <ada@example.org> wrote:\n> Dear applicants,\n> welcome.'
    expect(flagsOf('timing', reply, late)).toEqual(['Thank you for organizing the interview day.'])
    // A greeting on the line of the first sentence.
    expect(flagsOf('timing', 'Dear Ms. Okonkwo, thank you for organizing the interview day.', late)).toEqual(['Dear Ms. Okonkwo'])
  })
})
