import {describe, expect, it} from 'vitest'
import {detectProgram, headerDate, recipientFromHeader, recipientFromName, resolveContext} from './context.js'
import {checkContextValue, fieldOfKey, isDate} from './context-fields.js'
import type {ApplicantProfile} from './types.js'

const applicant: ApplicantProfile = {
  name: 'Priya Raman',
  aamcId: '14523876',
  programs: [
    {name: 'Lakeshore University', interviewDate: '2026-01-08', coordinator: 'Adaeze Okonkwo', interviewers: ['Ana Mensah'], policy: 'no-faculty-contact'},
    {name: 'Harbor City Medical Center', interviewDate: '2026-01-15', coordinator: 'Lena Brandt', interviewers: ['Tomas Ruiz'], policy: 'open'}
  ]
}
const clock = () => new Date(2026, 0, 20, 9)

describe('precedence', () => {
  const text = 'Dear Dr. Ruiz,\n\nThank you for the Harbor City Medical Center interview day.'
  const all = {
    flags: {kind: 'correction', recipient: 'faculty', 'sent-date': '2026-01-19'} as const,
    frontMatter: {kind: 'update', recipient: 'coordinator', policy: 'open', 'sent-date': '2026-01-18', 'interview-date': '2026-01-10'},
    headers: {to: 'Residency Office <im.residency@example.org>', date: 'Sat, 17 Jan 2026 10:00:00 -0500'},
    config: {kind: 'question', recipient: 'program-director', policy: 'no-faculty-contact', 'sent-date': '2026-01-16'} as const,
    applicant,
    text,
    clock
  }

  it('flags win over front matter, which wins over headers, config and the text', () => {
    expect(resolveContext(all)).toMatchObject({kind: 'correction', recipient: 'faculty', policy: 'open', sentDate: '2026-01-19', interviewDate: '2026-01-10'})
  })

  it('front matter wins when there are no flags', () => {
    expect(resolveContext({...all, flags: {}})).toMatchObject({kind: 'update', recipient: 'coordinator', sentDate: '2026-01-18'})
  })

  it('then email headers: To guesses the recipient, Date gives the sent date', () => {
    expect(resolveContext({...all, flags: {}, frontMatter: {}})).toMatchObject({kind: 'question', recipient: 'program-office', sentDate: '2026-01-17'})
  })

  it('then the config: the profile entry of the program, then the context defaults', () => {
    const context = resolveContext({...all, flags: {}, frontMatter: {}, headers: {}})
    expect(context).toMatchObject({kind: 'question', recipient: 'program-director', sentDate: '2026-01-16'})
    // Harbor City's own policy and interview date beat the config's defaults.
    expect(context).toMatchObject({program: 'Harbor City Medical Center', policy: 'open', interviewDate: '2026-01-15'})
  })

  it('then the text: the salutation tells the recipient, the program named tells the program', () => {
    const context = resolveContext({applicant, text, clock})
    expect(context).toMatchObject({recipient: 'interviewer', program: 'Harbor City Medical Center', today: '2026-01-20'})
    expect(context.kind).toBeUndefined()
    expect(context.sentDate).toBeUndefined()
  })
})

describe('checks', () => {
  it('accepts good values and names the source of a bad one', () => {
    expect(checkContextValue(fieldOfKey('kind')!, 'thank-you', '--kind')).toBe('thank-you')
    expect(() => checkContextValue(fieldOfKey('recipient')!, 'dean', '--recipient')).toThrow(
      '--recipient: must be one of coordinator, program-office, interviewer, program-director, faculty, not "dean"'
    )
    expect(() => checkContextValue(fieldOfKey('sent-date')!, '2026-02-30', 'd.md: front matter key "sent-date"')).toThrow(
      'd.md: front matter key "sent-date": must be a real date written YYYY-MM-DD, not "2026-02-30"'
    )
    expect(() => resolveContext({frontMatter: {recipent: 'faculty'}, draftName: 'd.md'})).toThrow(
      'd.md: front matter key "recipent": unknown key'
    )
    expect(() => resolveContext({frontMatter: {policy: 3}, draftName: 'd.md'})).toThrow('d.md: front matter key "policy": must be a non-empty string')
  })

  it('knows real dates', () => {
    expect(isDate('2028-02-29')).toBe(true)
    expect(isDate('2026-02-29')).toBe(false)
    expect(isDate('2026-1-05')).toBe(false)
  })

  it('reads the calendar day of a Date header as the sender wrote it', () => {
    expect(headerDate('Mon, 12 Jan 2026 23:30:00 -0800')).toBe('2026-01-12')
    expect(headerDate('2026-01-12')).toBe('2026-01-12')
    expect(headerDate('sometime soon')).toBeUndefined()
  })
})

describe('detection', () => {
  it('tells the recipient from the salutation and the profile', () => {
    const lakeshore = applicant.programs![0]
    expect(recipientFromName('Dr. Mensah', lakeshore)).toBe('interviewer')
    expect(recipientFromName('Ms. Okonkwo', lakeshore)).toBe('coordinator')
    expect(recipientFromName('Dr. Lindqvist', lakeshore)).toBe('faculty')
    expect(recipientFromName('Residency Program Coordinator', undefined)).toBe('coordinator')
    expect(recipientFromName('Lakeshore Internal Medicine Team', undefined)).toBe('program-office')
    expect(recipientFromName('Mr. Castellanos', undefined)).toBe('coordinator')
    expect(recipientFromName('Program Director', undefined)).toBe('program-director')
    expect(recipientFromName('Sam', undefined)).toBeUndefined()
  })

  it('guesses the recipient from a To header', () => {
    expect(recipientFromHeader('"Dr. Ana Mensah" <amensah@example.org>', applicant.programs![0])).toBe('interviewer')
    expect(recipientFromHeader('im.residency@example.org', undefined)).toBe('program-office')
    expect(recipientFromHeader('sam@example.org', undefined)).toBeUndefined()
  })

  it('picks the program the draft names most, the first named on a tie', () => {
    expect(detectProgram('Lakeshore University ... Harbor City Medical Center ... lakeshore university', applicant)).toBe('Lakeshore University')
    expect(detectProgram('Harbor City Medical Center and Lakeshore University', applicant)).toBe('Harbor City Medical Center')
    expect(detectProgram('Lakeshore Universityville', applicant)).toBeUndefined()
  })
})

describe('what the draft tells about whom and when', () => {
  const reply = [
    'Dear Dr. Okafor,',
    '',
    'Thank you for the details. I will send my update to you.',
    '',
    'Best,',
    'Jordan Lee',
    '',
    'On Mon, Jan 5, 2026 at 9:14 AM Ngozi Okafor <nokafor@example.org> wrote:',
    '> Dear applicants,',
    '> Please direct all questions to the coordinator rather than to faculty.',
    '> Dr. Ngozi Okafor',
    '> Residency Program Coordinator'
  ].join('\n')

  it("the program's email makes Dr. Okafor the coordinator and states the policy", () => {
    expect(resolveContext({text: reply, clock})).toMatchObject({recipient: 'coordinator', recipientConfidence: 'likely', policy: 'no-faculty-contact'})
  })

  it('a stated policy sits below front matter and above config and the profile', () => {
    expect(resolveContext({text: reply, clock, frontMatter: {policy: 'open'}}).policy).toBe('open')
    expect(resolveContext({text: reply, clock, config: {policy: 'open'}}).policy).toBe('no-faculty-contact')
  })

  it('a title alone is a weak guess, and flags state the role', () => {
    const text = 'Dear Dr. Lindqvist,\n\nI am writing with an update.'
    expect(resolveContext({text, clock})).toMatchObject({recipient: 'faculty', recipientConfidence: 'weak'})
    expect(resolveContext({text, clock, flags: {recipient: 'coordinator'}})).toMatchObject({recipient: 'coordinator', recipientConfidence: 'stated'})
    const thanks = 'Dear Dr. Lindqvist,\n\nThank you for coordinating such a smooth interview day.'
    expect(resolveContext({text: thanks, clock})).toMatchObject({recipient: 'coordinator', recipientConfidence: 'likely'})
    expect(resolveContext({text: 'Dear Program Director Castillo,\n\nThank you.', clock})).toMatchObject({recipient: 'program-director', recipientConfidence: 'stated'})
  })

  it('a dated first line gives the sent date, and the letter its interview date', () => {
    const text = 'January 12, 2026\n\nDear Ms. Brandt,\n\nThank you for my interview on January 8.'
    expect(resolveContext({text, clock})).toMatchObject({sentDate: '2026-01-12', interviewDate: '2026-01-08'})
    // The profile's interview date wins over what the text says.
    expect(resolveContext({text: text.replace('Ms. Brandt', 'Ms. Brandt at Harbor City Medical Center'), clock, applicant}).interviewDate).toBe('2026-01-15')
    // Without a sent date or a year, the interview date stays unknown.
    expect(resolveContext({text: 'Dear Ms. Brandt,\n\nThank you for my interview on January 8.', clock}).interviewDate).toBeUndefined()
  })
})
