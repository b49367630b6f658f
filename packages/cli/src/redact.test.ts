import type {LintResult} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
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
    ['3125550147', '[phone]']
  ])('masks %j', (text, masked) => {
    expect(redact(text)).toBe(masked)
  })

  it.each([
    'My Step 2 CK score is 251.',
    'The interview was on 2025-11-14 at 9:30.',
    'Order number 14523876 arrived.', // eight digits, but nowhere near "AAMC"
    'We met on 11/14/2025 in room 3120.',
    'Our paper [12] was cited 40 times.'
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
