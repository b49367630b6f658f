import {describe, expect, it} from 'vitest'
import {readProgram} from './program.js'
import type {ApplicantProfile} from './types.js'

const lakeshore = {name: 'Lakeshore University'}
const harbor = {name: 'Harbor City Medical Center'}
const applicant: ApplicantProfile = {programs: [lakeshore, harbor]}
const whole = (text: string) => [{start: 0, end: text.length}]

describe('readProgram', () => {
  it.each([
    ['the context names it', 'Thank you, Harbor City Medical Center.', {program: 'lakeshore university', applicant}, {name: 'lakeshore university', profile: lakeshore}],
    ['the context names one the profile lacks', 'Thank you.', {program: 'Pinecrest', applicant}, {name: 'Pinecrest'}],
    ['the prose names one most often', 'Lakeshore University, Harbor City Medical Center and harbor city medical center.', {applicant}, {name: harbor.name, profile: harbor}],
    ['a tie goes to the first named', 'Harbor City Medical Center and Lakeshore University.', {applicant}, {name: harbor.name, profile: harbor}],
    ['a name inside a longer word is none', 'Lakeshore Universityville.', {applicant}, undefined],
    ['no profile: nothing to detect', 'Lakeshore University.', {}, undefined]
  ])('reads the program when %s', (_, text, context, expected) => {
    expect(readProgram(text, whole(text), context)).toEqual(expected)
  })

  it('reads only the prose regions', () => {
    const text = 'To: Harbor City Medical Center, Harbor City Medical Center\n\nThank you, Lakeshore University.'
    const regions = [{start: text.indexOf('Thank'), end: text.length}]
    expect(readProgram(text, regions, {applicant})).toEqual({name: lakeshore.name, profile: lakeshore})
  })
})
