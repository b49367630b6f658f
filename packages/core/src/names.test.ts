import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {readLetter} from './letter.js'
import {markNames, programForms} from './names.js'
import {tokenize} from './tokens.js'
import type {LintContext} from './types.js'

const parser = unified().use(retextEnglish).freeze()

function names(source: string, context: LintContext = {}, from = 0): {program: string[]; person: string[]} {
  const tokens = tokenize(parser.parse(source.slice(from)) as Root, from)
  markNames(source, tokens, context, readLetter(source, [{start: from, end: source.length}]))
  const out = {program: [] as string[], person: [] as string[]}
  for (const slot of ['program', 'person'] as const) {
    tokens.forEach((token, index) => {
      const end = token[slot]
      if (end !== undefined) out[slot].push(source.slice(tokens[index]!.start, tokens[end - 1]!.end))
    })
  }
  return out
}

const pinecrest: LintContext = {
  program: 'Pinecrest Medical Center',
  applicant: {
    programs: [
      {name: 'Pinecrest Medical Center', coordinator: 'Ada Moreno', interviewers: ['Dr. Paul Abernathy']},
      {name: 'Bayview Medical Center', aliases: ['the Bay']}
    ]
  }
}

describe('programForms', () => {
  it('gives the full name, the distinctive leading words and the acronym', () => {
    expect(programForms('Pinecrest Medical Center')).toEqual({words: [['pinecrest', 'medical', 'center'], ['pinecrest']], acronyms: ['pmc']})
    expect(programForms('Lakeshore University').words).toContainEqual(['lakeshore'])
    expect(programForms('University of Vermont').words).toContainEqual(['vermont'])
    expect(programForms('UCSF').acronyms).toEqual(['ucsf'])
  })
})

describe('markNames', () => {
  it('finds the profile program by full name, short form and acronym', () => {
    const found = names('I will rank Pinecrest Medical Center first. Pinecrest is home. PMC matters.', pinecrest)
    expect(found.program).toEqual(['Pinecrest Medical Center', 'Pinecrest', 'PMC'])
  })

  it('leaves the profile’s other programs out once the program is known', () => {
    expect(names('I also saw Bayview Medical Center and Bayview.', pinecrest).program).toEqual([])
  })

  it('finds every profile program, and aliases, when the draft’s program is not known', () => {
    const found = names('Bayview is lovely. Pinecrest too.', {applicant: pinecrest.applicant!})
    expect(found.program).toEqual(['Bayview', 'Pinecrest'])
  })

  it('finds the program from the To: address', () => {
    const source = 'To: residency@pinecrest.org\n\nDear Ms. Moreno,\n\nI enjoyed meeting the Pinecrest residents.'
    expect(names(source, {}, source.indexOf('Dear')).program).toEqual(['Pinecrest'])
  })

  it('finds names the draft writes, and their short forms elsewhere in it', () => {
    const found = names('I interviewed with Lakeshore University Hospital on January 8. The Lakeshore residents were kind.')
    expect(found.program).toEqual(['Lakeshore University Hospital', 'Lakeshore'])
    expect(names('Thank you for my day at the University of Vermont. Vermont felt like home.').program).toEqual([
      'University of Vermont',
      'Vermont'
    ])
    expect(names('I enjoyed the Pinecrest internal medicine residency dinner.').program).toEqual([
      'Pinecrest internal medicine residency'
    ])
    expect(names('My visit at Hollins went well; Hollins stays with me.').program).toEqual(['Hollins', 'Hollins'])
    expect(names("St. Luke's Regional Hospital trains well. The St. Luke's residents agree.").program).toEqual([
      "St. Luke's Regional Hospital",
      'St. Luke'
    ])
    expect(names('My talk at Grand Rounds went well.').program).toEqual([])
    // What a rank is given to is a program, even a name with no kind of place in it.
    expect(names('I will rank Larchmont first, and we ranked Summit Valley highly.').program).toEqual([
      'Larchmont',
      'Summit Valley'
    ])
    expect(names('I will rank Dr. Osei among the kindest. Rank Order lists close soon.').program).toEqual([])
    // The opening capital may be a verb: the name without it is marked as well.
    expect(names('Ranking Harwick Medical Center first was easy.').program).toEqual([
      'Ranking Harwick Medical Center',
      'Harwick Medical Center'
    ])
  })

  it('takes a lone acronym for a program when nothing else is known, but never an exam or a degree', () => {
    expect(names("UCSF's global health track stood out. My USMLE score and AAMC ID follow; I am an MD.").program).toEqual([
      'UCSF'
    ])
    expect(names('UCSF stood out.', pinecrest).program).toEqual([])
    expect(names('THANK YOU for the day. I will DM you. MGH, PS: see you.').program).toEqual(['MGH'])
  })

  it('invents no names from capitals that start a sentence or a medical school', () => {
    expect(names('Excellent residency programs teach well. Our Program Director was kind.').program).toEqual([])
    expect(names('I am a student at Lakeshore University School of Medicine.').program).toEqual([])
    expect(names('Thank you for the interview. Surgery Residency Program.').program).toEqual([])
  })

  it('finds people by title and name, and the profile’s people by full or last name', () => {
    expect(names("Dr. Ana Ruiz, Professor Li and Prof. O'Neil spoke.").person).toEqual(['Dr. Ana Ruiz', 'Professor Li', "Prof. O'Neil"])
    expect(names('Abernathy and Ada Moreno were kind.', pinecrest).person).toEqual(['Abernathy', 'Ada Moreno'])
    expect(names('Dr. Pinecrest spoke.', pinecrest).program).toEqual([])
  })
})

describe('markNames on long runs of capitals', () => {
  it('reads each run once, and takes no heading of many words for a name', () => {
    const heading = 'Aa '.repeat(20_000)
    const started = Date.now()
    expect(names(`${heading}Residency.`).program).toEqual([])
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('finds the name after a capital that only opens the sentence', () => {
    expect(names('Excellent Pinecrest residency teaching stood out.').program).toEqual(['Pinecrest residency'])
    expect(names('I trained in the Internal Medicine Residency at Pinecrest. Pinecrest felt right.').program).toEqual([
      'Internal Medicine Residency at Pinecrest',
      'Pinecrest'
    ])
  })
})

describe('names in a lint', () => {
  const rule = {
    meta: {id: 'named', severity: 'warning' as const, summary: 's', why: 'w'},
    phrases: [{patterns: ['rank the? @program first', 'mention my name to @person'], message: '{actual}'}]
  }

  it('are found with no context at all, from the draft’s own words', async () => {
    const {createLinter} = await import('./engine.js')
    const source = 'Dear Ms. Obi,\n\nMy day at Harwick Medical Center was useful. I will rank Harwick first. Please mention my name to Dr. Ruiz.\n'
    const found = createLinter([rule]).lint(source).messages.map((message) => message.actual)
    expect(found).toEqual(['rank Harwick first', 'mention my name to Dr. Ruiz'])
  })

  it('come from the context’s program and its aliases', async () => {
    const {createLinter} = await import('./engine.js')
    const context = {program: 'Harwick Medical Center', applicant: {programs: [{name: 'Harwick Medical Center', aliases: ['the Wick']}]}}
    const source = 'I will rank the Wick first, and rank HMC first.'
    const found = createLinter([rule]).lint(source, {context}).messages
    expect(found.map((message) => [message.actual, message.offset])).toEqual([
      ['rank the Wick first', source.indexOf('rank the')],
      ['rank HMC first', source.indexOf('rank HMC')]
    ])
  })
})
