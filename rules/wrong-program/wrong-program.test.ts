import type {ApplicantProfile} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {findingsOf, flagsOf} from '../testing.js'

const applicant: ApplicantProfile = {
  name: 'Priya S. Raman',
  aamcId: '14523876',
  programs: [
    {name: 'Lakeshore University', coordinator: 'Adaeze Okonkwo', interviewers: ['Ana Mensah', 'Tomas Ruiz']},
    {name: 'Harbor City Medical Center', coordinator: 'Lena Brandt', interviewers: ['Tomas Ruiz', "Colm O'Neill"]},
    {name: 'Lakeshore', coordinator: 'Ivo Petrov'}
  ]
}

const draft = [
  'Dear Ms. Brandt,',
  '',
  'Thank you for the Lakeshore University interview day. I enjoyed meeting Dr. Ruiz, Dr. Mensah',
  "and Dr. O'Neill, and the Harbor City Medical Center residents.",
  '',
  'Sincerely,',
  'Priya Ramen, MS4',
  'AAMC ID: 14523867'
].join('\n')

describe('wrong-program', () => {
  it('flags the other programs, their people, a wrong AAMC ID and signature, at the exact characters', () => {
    const found = findingsOf('wrong-program', draft, {program: 'Lakeshore University', applicant})
    expect(found.map((m) => [m.line, m.column, m.actual])).toEqual([
      [1, 6, 'Ms. Brandt'],
      [4, 5, "Dr. O'Neill"],
      [4, 26, 'Harbor City Medical Center'],
      [7, 1, 'Priya Ramen'],
      [8, 10, '14523867']
    ])
    for (const message of found) expect(message.severity).toBe('error')
    expect(found[0]!.message).toContain('the coordinator at Harbor City Medical Center, not at Lakeshore University')
  })

  it('finds the program from the text when nothing names it', () => {
    const flagged = flagsOf('wrong-program', 'Thank you, Lakeshore University. Lakeshore University was great; so was Harbor City Medical Center.', {applicant})
    expect(flagged).toEqual(['Harbor City Medical Center'])
  })

  it('reads the program once for the whole draft, not again in each window of a long one', () => {
    // Some 200 KB, read in windows: the first is about Lakeshore University; the last names Harbor City Medical Center
    // twice and Lakeshore not at all. The draft is for Lakeshore University throughout.
    const filler = 'The residents were welcoming and the teaching was thoughtful.\n\n'.repeat(Math.ceil((200 * 1024) / 64))
    const text = `Thank you, Lakeshore University. Lakeshore University was great. I loved Lakeshore University.\n\n${filler}Harbor City Medical Center and Harbor City Medical Center were also kind.`
    expect(flagsOf('wrong-program', text, {applicant})).toEqual(['Harbor City Medical Center', 'Harbor City Medical Center'])
  })

  it('knows the titles the name marker knows, "Drs." among them', () => {
    const text = "Thank you for the day with Drs. O'Neill and Mensah."
    expect(flagsOf('wrong-program', text, {program: 'Lakeshore University', applicant})).toEqual(["Drs. O'Neill"])
  })

  it('does not flag a program whose name sits inside the name of the program the draft is for', () => {
    expect(flagsOf('wrong-program', 'The Lakeshore University residents were welcoming.', {program: 'Lakeshore University', applicant})).toEqual([])
    expect(flagsOf('wrong-program', 'The Lakeshore residents were welcoming.', {program: 'Lakeshore University', applicant})).toEqual(['Lakeshore'])
  })

  it('accepts a signature that is part of the profile name, with a degree', () => {
    const text = 'Thank you.\n\nBest regards,\nPriya Raman MD\nAAMC ID 14523876'
    expect(flagsOf('wrong-program', text, {program: 'Lakeshore University', applicant})).toEqual([])
  })

  it('does nothing without a profile', () => {
    expect(flagsOf('wrong-program', draft, {program: 'Lakeshore University'})).toEqual([])
  })
})
