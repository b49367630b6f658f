import {describe, expect, it} from 'vitest'
import {peopleOf, recipientOfBody, recipientOfHeader, recipientOfName, roleWord, surest} from './recipient.js'
import type {ProgramProfile} from './types.js'

const lakeshore: ProgramProfile = {name: 'Lakeshore University', coordinator: 'Adaeze Okonkwo', interviewers: ['Ana Mensah']}

describe('the recipient from a name', () => {
  it('a role word states the role, whatever the title', () => {
    expect(recipientOfName('Program Director Castillo', undefined)).toEqual({role: 'program-director', confidence: 'stated'})
    expect(recipientOfName('Mr. Castillo, Program Director', undefined)).toEqual({role: 'program-director', confidence: 'stated'})
    expect(recipientOfName('Residency Coordinator', undefined)).toEqual({role: 'coordinator', confidence: 'stated'})
    expect(recipientOfName('Dr. Okafor, Program Coordinator', undefined)).toEqual({role: 'coordinator', confidence: 'stated'})
    expect(recipientOfName('Associate Program Director Liu', undefined)).toEqual({role: 'faculty', confidence: 'stated'})
    expect(recipientOfName('Selection Committee', undefined)).toEqual({role: 'program-office', confidence: 'stated'})
  })

  it('a person the profile or the program names is likely that person', () => {
    expect(recipientOfName('Dr. Okonkwo', lakeshore)).toEqual({role: 'coordinator', confidence: 'likely'})
    expect(recipientOfName('Dr. Mensah', lakeshore)).toEqual({role: 'interviewer', confidence: 'likely'})
    expect(recipientOfName('Dr. Okafor', undefined, new Map([['okafor', 'coordinator']]))).toEqual({role: 'coordinator', confidence: 'likely'})
  })

  it('a title alone is a weak guess', () => {
    expect(recipientOfName('Dr. Lindqvist', lakeshore)).toEqual({role: 'faculty', confidence: 'weak'})
    expect(recipientOfName('Mr. Castillo', undefined)).toEqual({role: 'coordinator', confidence: 'weak'})
    expect(recipientOfName('Sam', undefined)).toBeUndefined()
  })

  it('reads role words without taking a title or a name for one', () => {
    expect(roleWord('Residency Program Director')).toBe('program-director')
    expect(roleWord('Dr. Priya Deshmukh')).toBeUndefined()
    expect(roleWord('Pediatrics Residency Office')).toBe('program-office')
    expect(roleWord('our PD')).toBe('program-director')
    expect(roleWord('a pd file')).toBeUndefined()
  })
})

describe('the recipient from a To line', () => {
  it('reads the display name before the address, and a title alone gives way to the address', () => {
    expect(recipientOfHeader('"Dr. Ana Mensah" <amensah@example.org>', lakeshore)).toEqual({role: 'interviewer', confidence: 'likely'})
    expect(recipientOfHeader('Dr. Ngozi Okafor <im.coordinator@example.org>', undefined)).toEqual({role: 'coordinator', confidence: 'likely'})
    expect(recipientOfHeader('Dr. R. Castillo <pd.surgery@example.org>', undefined)).toEqual({role: 'program-director', confidence: 'likely'})
    expect(recipientOfHeader('gme@example.org', undefined)).toEqual({role: 'program-office', confidence: 'likely'})
    expect(recipientOfHeader('Dr. Lee <rlee@example.org>', undefined)).toEqual({role: 'faculty', confidence: 'weak'})
    expect(recipientOfHeader('sam@example.org', undefined)).toBeUndefined()
    expect(recipientOfHeader('"Dr. Anselm Kowalczyk, Associate Program Director" <ak@example.org>, gme@example.org', undefined)).toEqual({
      role: 'faculty',
      confidence: 'stated'
    })
    expect(recipientOfHeader('Dr. Lee, Program Director <lee@example.org>', undefined)).toEqual({role: 'program-director', confidence: 'stated'})
  })
})

describe('the recipient from the body', () => {
  it('what the letter thanks the reader for', () => {
    expect(recipientOfBody('Thank you so much for coordinating such a smooth interview day.')).toEqual({role: 'coordinator', confidence: 'likely'})
    expect(recipientOfBody('I know that as the program coordinator you field many emails.')).toEqual({role: 'coordinator', confidence: 'likely'})
    expect(recipientOfBody('As program director, you described the new night float.')).toEqual({role: 'program-director', confidence: 'likely'})
    expect(recipientOfBody('I enjoyed our conversation about your residents and their clinic.')).toEqual({role: 'interviewer', confidence: 'likely'})
    expect(recipientOfBody('Thank you for taking the time to meet with me on Friday.')).toEqual({role: 'interviewer', confidence: 'likely'})
    expect(recipientOfBody('Thank you for describing the night float schedule during my interview.')).toEqual({role: 'interviewer', confidence: 'likely'})
    expect(recipientOfBody('I am writing with an update to my application.')).toBeUndefined()
    // Thanks any reader gets, and the day the coordinator ran, say nothing about an interviewer.
    expect(recipientOfBody('Thank you for your time and consideration.')).toBeUndefined()
    expect(recipientOfBody('Thanks for the schedule you sent.')).toBeUndefined()
    expect(recipientOfBody('I enjoyed our interview day and the resident panel.')).toBeUndefined()
  })
})

describe('people named in the program email', () => {
  it('takes a name and its role from a signature, on one line or two', () => {
    const people = peopleOf('Best wishes,\nDr. Ngozi Okafor\nResidency Program Coordinator\n\nRaúl Castillo, MD | Program Director')
    expect(people.get('okafor')).toBe('coordinator')
    expect(people.get('castillo')).toBe('program-director')
  })

  it('does not take a sentence for a name', () => {
    expect(peopleOf('We are glad you came.\nPlease write to the coordinator with questions').size).toBe(0)
  })
})

it('the surest guess wins, the first on a tie', () => {
  expect(surest([undefined, {role: 'faculty', confidence: 'weak'}, {role: 'coordinator', confidence: 'likely'}, {role: 'interviewer', confidence: 'likely'}])).toEqual({
    role: 'coordinator',
    confidence: 'likely'
  })
  expect(surest([undefined])).toBeUndefined()
})
