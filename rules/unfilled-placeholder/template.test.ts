import {readFileSync} from 'node:fs'
import {ConfigError, createLinter} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {findingsOf, flagsOf} from '../testing.js'
import {nameKey, placeholderNames, placeholderWords} from './template.js'

const template = {template: true}
const flags = (text: string) => flagsOf('unfilled-placeholder', text, template)
const messages = (text: string) => findingsOf('unfilled-placeholder', text, template).map((m) => m.message)

describe('template mode', () => {
  it('allows every documented name, in either style, whatever the case and separators', () => {
    for (const name of placeholderNames) {
      expect(flags(`Dear [${name}], thank you.`)).toEqual([])
      expect(flags(`Dear {{${name.toLowerCase().replaceAll(' ', '_')}}}, thank you.`)).toEqual([])
    }
    expect(flags('At [program-name] and [PROGRAM NAME] and [ProgramName] on [interview.date].')).toEqual([])
    expect(flags('At {{ program_name }} on {{interviewDate}}.')).toEqual([])
  })

  it('compares names by letters and digits only', () => {
    expect(nameKey('Program Name')).toBe(nameKey('program_name'))
    expect(nameKey('AAMC-ID')).toBe('aamcid')
  })

  it('flags unknown names, and accepts custom names from the rule option', () => {
    const text = 'Dear [Chief Resident], see you at [Second Look Date].'
    expect(flags(text)).toEqual(['[Chief Resident]', '[Second Look Date]'])
    expect(messages('Dear [Chief Resident].')[0]).toBe(
      '“[Chief Resident]” is not a placeholder name followup-lint knows; use a documented one, such as [Program Name], or add it to the rule\'s "names" option.'
    )
    const linter = createLinter(defaultRules)
    const result = linter.lint(text, {
      context: template,
      rules: {'unfilled-placeholder': ['error', {names: ['chief resident', 'second_look_date']}]}
    })
    expect(result.messages).toEqual([])
  })

  it('refuses a names option that is not a list of names', () => {
    const linter = createLinter(defaultRules)
    for (const names of ['Program', [3], ['']]) {
      expect(() => linter.lint('[Program]', {context: template, rules: {'unfilled-placeholder': ['error', {names}]}})).toThrow(
        ConfigError
      )
    }
  })

  it('accepts the slots templates really use, by name or by shape', () => {
    const accepted = [
      'Dear [Title] [Last Name], thank you, [Name].',
      'Dear [Mr./Ms./Mx./Dr.] [Coordinator Last Name],',
      'Dear [Coordinator], and [Interviewer], and [Program Director Last Name], at [Program].',
      'Best, [Your Name] / [Your Full Name, Degree] / [First Last] / [Your Medical School]',
      'AAMC ID: [########]. Step 2 CK: [###].',
      'Dear [Dr. [Last Name]], my [Step 2 CK: score [###]] is in.',
      'I am [briefly state purpose]. [1-3 sentences with the question] [if applicable]',
      '[Insert a sentence on what you discussed with the interviewer, such as a patient story]',
      'I enjoyed talking to [him/her/them] about [Topic].',
      'Dear {{title}} {{last_name}}, from {{your_name}}.',
      "Dear Dr. [Interviewer's Last Name], thank you for the tour of [Institution Name] with [Coordinator’s Name].",
      'At [Hospital Name], the [Name of Residency Program], with [Program Coordinator Name]. [Your Contact Information]',
      'Dear {{attendingLastName}}, about {{research_project}}.'
    ]
    for (const text of accepted) expect(flags(text)).toEqual([])
  })

  it('still checks the name inside a nested placeholder, and every part of a list', () => {
    expect(flags('Dear [Dr. [Surname]],')).toEqual(['[Dr. [Surname]]'])
    expect(messages('Dear [Dr. [Surname]],')[0]).toContain('not a placeholder name followup-lint knows')
    expect(flags('Best, [Your Full Name, Residency Badge]')).toEqual(['[Your Full Name, Residency Badge]'])
    expect(flags('Dear [Your Surname], from [Progam Name].')).toEqual(['[Your Surname]', '[Progam Name]'])
    expect(flags("At [Chief's Name].")).toEqual(["[Chief's Name]"])
    expect(flags('From [Your] and [Of The] and [Residency Progam].')).toEqual(['[Your]', '[Of The]', '[Residency Progam]'])
  })

  it('documents the words names may be built from in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const line = readme.split('<!-- placeholder-words: kept in step with rules/unfilled-placeholder/template.ts by a test -->\n')[1]!.split('\n\n')[0]!
    expect([...line.matchAll(/`([^`]+)`/g)].map((match) => match[1])).toEqual([...placeholderWords])
  })

  it('flags malformed placeholders, each with its own message and exact range', () => {
    const text = 'At [Program Name on [Interview Date], with [[Topic]], {Topic}} and {{Topic} then Date] and [???].'
    expect(flags(text)).toEqual(['[Program Name on', '[[Topic]]', '{Topic}}', '{{Topic}', ']', '[???]'])
    expect(messages(text)).toEqual([
      '“[Program Name on” opens a placeholder that is never closed; add the closing “]”.',
      '“[[Topic]]” has doubled brackets; write [Topic].',
      '“{Topic}}” has unbalanced braces; write {{Topic}}.',
      '“{{Topic}” has unbalanced braces; write {{Topic}}.',
      '“]” closes a placeholder that was never opened; add the opening bracket or delete it.',
      '“[???]” is a placeholder without a name; name what goes there, such as [Score].'
    ])
    expect(flags('Write to [Coordinator Name.')).toEqual(['[Coordinator Name'])
    for (const finding of findingsOf('unfilled-placeholder', text, template)) {
      expect(text.slice(finding.offset, finding.endOffset)).toBe(finding.actual)
    }
  })

  it('flags the placeholders written in a second style', () => {
    expect(flags('Dear [Coordinator Name], about {{program_name}} and [Topic].')).toEqual(['{{program_name}}'])
    expect(flags('Dear {{coordinator_name}}, about [Program Name] and {{topic}}.')).toEqual(['[Program Name]'])
    expect(messages('[Topic] {{topic}}')[0]).toContain('this template first writes them as [Name]')
  })

  it('flags blanks and other slot styles, suggesting a named placeholder', () => {
    expect(messages('On XXX at <Specialty> with %NAME% and TBD.')).toEqual([
      '“XXX” is a blank without a name; in a template, write a named placeholder such as [Interview Date].',
      '“<Specialty>” is not a placeholder style templates use; write [Specialty].',
      '“%NAME%” is not a placeholder style templates use; write [NAME].',
      '“TBD” is a blank without a name; in a template, write a named placeholder such as [Interview Date].'
    ])
    expect(messages('{{topic}} on ____.')[0]).toContain('such as {{Interview Date}}')
    expect(messages('Dear Mr./Ms. Lastname, about ABC Hospital.')).toEqual([
      '“Mr./Ms.” is a blank without a name; in a template, write a named placeholder such as [Title].',
      '“Lastname” is a blank without a name; in a template, write a named placeholder such as [Last Name].',
      '“ABC Hospital” is a blank without a name; in a template, write a named placeholder such as [Program Name].'
    ])
  })

  it('leaves citations, editorial marks, links and addresses alone, as drafts do', () => {
    expect(flags('Our study [1] was cited [2, 3]. It was "closed [sic]." See [the page](https://example.org).')).toEqual([])
    expect(flags('Reach me at <jordan.lee@example.edu>.')).toEqual([])
  })

  it('is off for drafts: every leftover slot is flagged as unfilled', () => {
    const draft = 'Thank you for the day at [Program Name] with {{interviewer_name}}.'
    expect(flagsOf('unfilled-placeholder', draft)).toEqual(['[Program Name]', '{{interviewer_name}}'])
    expect(findingsOf('unfilled-placeholder', draft)[0]!.message).toContain('left unfilled')
    expect(flags(draft)).toEqual(['{{interviewer_name}}'])
  })
})
