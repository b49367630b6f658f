import {describe, expect, it} from 'vitest'
import {findingsOf, flagsOf} from '../testing.js'

const complete = 'Dear Ms. Obi,\n\nThank you for my interview with the Harbor City pediatrics residency on March 3.\n\nSincerely,\nTom Reyes\nAAMC ID: 12345678'

describe('missing-identifier', () => {
  it('passes a letter with every identifier', () => {
    expect(findingsOf('missing-identifier', complete, {kind: 'update'})).toEqual([])
  })

  it('flags a first name alone at the end of the signature', () => {
    expect(flagsOf('missing-identifier', complete.replace('Tom Reyes', 'Tom'))).toEqual(['Tom'])
    expect(flagsOf('missing-identifier', complete.replace('Tom Reyes', 'T. J. Reyes-Obi'))).toEqual([])
  })

  it('flags the sign-off when there is no signature at all', () => {
    const text = complete.replace('\nTom Reyes\nAAMC ID: 12345678', '')
    expect(flagsOf('missing-identifier', text)).toEqual(['Sincerely,'])
  })

  it('accepts a specialty or a program name, and flags the first line when neither is there', () => {
    const neither = complete.replace('the Harbor City pediatrics residency', 'your team')
    expect(flagsOf('missing-identifier', neither)).toEqual(['Thank you for my interview with your team on March 3.'])
    expect(flagsOf('missing-identifier', complete.replace('Harbor City pediatrics residency', 'Harbor City Residency Program'))).toEqual([])
    expect(flagsOf('missing-identifier', complete.replace('the Harbor City pediatrics residency', 'your internal medicine team'))).toEqual([])
  })

  it.each(['on 3/14', 'on the 3rd of March', 'on 2026-03-03', 'yesterday', 'last Tuesday', 'on Jan. 9th', 'on the 14th'])(
    'accepts an interview dated %j',
    (when) => {
      expect(flagsOf('missing-identifier', complete.replace('on March 3', when))).toEqual([])
    }
  )

  it('flags the word "interview" when no date is given', () => {
    expect(flagsOf('missing-identifier', complete.replace(' on March 3', ''))).toEqual(['interview'])
  })

  it.each([
    // A score is no date.
    ['a number with a point', ' on March 3', ' with my 3.9 GPA in mind'],
    // The date of someone else's mail is not when the applicant interviewed.
    ['a date only in quoted mail', ' on March 3', '', '\n\nOn Mon, Mar 2, 2026 at 9:00 AM, Ana Obi <ana@example.org> wrote:\n> See you on March 3.'],
    // Nor is the date under the applicant's name.
    ['a date only in the signature', ' on March 3', '', '\nMarch 9, 2026']
  ])('takes the dates of the letter reader: flags an interview with %s', (_, from, to, after = '') => {
    expect(flagsOf('missing-identifier', complete.replace(from, to) + after)).toEqual(['interview'])
  })

  it('suggests an AAMC ID, as info, only for updates and corrections to the program office', () => {
    const noId = complete.replace('\nAAMC ID: 12345678', '')
    expect(findingsOf('missing-identifier', noId, {kind: 'update'})).toMatchObject([{severity: 'info', actual: 'Tom Reyes'}])
    expect(findingsOf('missing-identifier', noId, {kind: 'correction', recipient: 'coordinator'})).toHaveLength(1)
    expect(findingsOf('missing-identifier', noId, {kind: 'thank-you'})).toEqual([])
    expect(findingsOf('missing-identifier', noId, {kind: 'update', recipient: 'interviewer'})).toEqual([])
  })
})

describe('missing-identifier signatures', () => {
  it('reads a name followed by a degree or school year as a full name', () => {
    expect(flagsOf('missing-identifier', complete.replace('Tom Reyes', 'Tom Reyes, MS4'))).toEqual([])
    expect(flagsOf('missing-identifier', complete.replace('Tom Reyes', 'Tom Reyes, MD, MPH'))).toEqual([])
  })
})

describe('missing-identifier in templates', () => {
  it('takes a slot for a name, a program or a date as the identifier it stands for', () => {
    const template =
      'Dear [Coordinator Name],\n\nThank you for my interview with [Program Name] on [Interview Date].\n\nSincerely,\n[Applicant Name]\nAAMC ID: [AAMC ID]'
    expect(findingsOf('missing-identifier', template, {kind: 'update'})).toEqual([])
    expect(flagsOf('missing-identifier', template.replace(' on [Interview Date]', ' soon'))).toEqual(['interview'])
  })
})
