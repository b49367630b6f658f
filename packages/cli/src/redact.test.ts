import type {LintResult} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultLinter} from './index.js'
import {redact, redactResults} from './redact.js'

describe('redact', () => {
  it.each([
    ['AAMC ID: 14523876', 'AAMC ID: [AAMC ID]'],
    ['my AAMC number is 14523876.', 'my AAMC number is [AAMC ID].'],
    ['aamc #14523876', 'aamc #[AAMC ID]'],
    ['14523876 (AAMC)', '[AAMC ID] (AAMC)'],
    ['Write to p.raman+match@med.example.edu today', 'Write to [email] today'],
    ['Call (312) 555-0147 or 312.555.0147', 'Call [phone] or [phone]'],
    ['Cell: +1 312-555-0147', 'Cell: [phone]'],
    ['Mobile +44 20 7946 0958', 'Mobile [phone]'],
    ['3125550147', '[phone]'],
    ['Dear Dr. Ana Ruiz,', 'Dear [name],'],
    ['“Ms Okafor” wrote', '“[name]” wrote']
  ])('masks %j', (text, masked) => {
    expect(redact(text)).toBe(masked)
  })

  it.each([
    'My Step 2 CK score is 251.',
    'The interview was on 2025-11-14 at 9:30.',
    'Order number 14523876 arrived.', // eight digits, but nowhere near "AAMC"
    'We met on 11/14/2025 in room 3120.',
    'Our paper [12] was cited 40 times.',
    'The MS program at Drexel.'
  ])('leaves %j alone', (text) => {
    expect(redact(text)).toBe(text)
  })

  it('does not reach an AAMC ID on another line', () => {
    expect(redact('AAMC\n14523876')).toBe('AAMC\n14523876')
  })
})

describe('redactResults', () => {
  it('masks messages, flagged text and suggestions, and leaves positions and counts alone', () => {
    const result: LintResult = {
      filePath: 'a.txt',
      errorCount: 1,
      warningCount: 0,
      infoCount: 0,
      score: 10,
      messages: [
        {
          ruleId: 'r',
          severity: 'error',
          message: '“AAMC ID: 14523876” is wrong.',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 20,
          offset: 10,
          endOffset: 27,
          actual: 'AAMC ID: 14523876',
          suggestions: [{text: 'write to jo@example.org', safe: false}]
        }
      ]
    }
    const [masked] = redactResults([result])
    expect(masked!.messages[0]).toMatchObject({
      message: '“AAMC ID: [AAMC ID]” is wrong.',
      actual: 'AAMC ID: [AAMC ID]',
      suggestions: [{text: 'write to [email]', safe: false}],
      line: 2,
      column: 3,
      offset: 10
    })
    expect(result.messages[0]!.actual).toBe('AAMC ID: 14523876')
  })
})

describe('redactResults with what the rules know', () => {
  // wrong-program quotes an ID with no "AAMC" beside it, and the profile's own name.
  const profile = {
    name: 'Priya Raman',
    aamcId: '14523876',
    programs: [{name: 'Lakeshore University'}, {name: 'Harbor City Medical Center', interviewers: ['Tomas Ruiz']}]
  }
  const draft = 'Dear Ms. Okafor,\n\nPlease pass my thanks to Tomas Ruiz, and note my AAMC ID 14523867.\n\nSincerely,\nPriya Ramen\n'
  const result = defaultLinter().lint(draft, {context: {program: 'Lakeshore University', applicant: profile}})
  const wrong = result.messages.filter((message) => message.ruleId === 'wrong-program')

  it('masks the ID and the names in every message and flagged text', () => {
    expect(wrong.map((message) => message.actual)).toEqual(['Tomas Ruiz', '14523867', 'Priya Ramen'])
    const [masked] = redactResults([result])
    const shown = JSON.stringify(masked!.messages.map(({message, actual, suggestions}) => ({message, actual, suggestions})))
    for (const personal of ['14523867', 'Tomas', 'Ruiz', 'Priya', 'Raman', 'Ramen', 'Okafor']) expect(shown).not.toContain(personal)
    const messages = masked!.messages.filter((message) => message.ruleId === 'wrong-program').map((message) => message.message)
    expect(messages).toEqual([
      '“[name]” is an interviewer at Harbor City Medical Center, not at Lakeshore University; check for a name carried over from another message.',
      "“[AAMC ID]” is not the AAMC ID in your profile; a wrong ID can put your message in someone else's file.",
      '“[name]” signs the draft with a name other than the one in your profile ([name]); sign with the name on your application.'
    ])
  })

  it('keeps the list of identifiers out of what it returns', () => {
    expect(wrong[0]!.identifiers).toEqual([{text: 'Tomas Ruiz', kind: 'name'}])
    expect(redactResults([result])[0]!.messages.some((message) => 'identifiers' in message)).toBe(false)
  })

  it('masks an ID found in one text wherever another text repeats it', () => {
    const base = result.messages[0]!
    const twice: LintResult = {...result, messages: [{...base, actual: 'AAMC ID: 14523876', message: 'a'}, {...base, actual: '14523876', message: '“14523876” again.'}]}
    const [masked] = redactResults([twice])
    expect(masked!.messages.map((message) => [message.actual, message.message])).toEqual([
      ['AAMC ID: [AAMC ID]', 'a'],
      ['[AAMC ID]', '“[AAMC ID]” again.']
    ])
  })
})
