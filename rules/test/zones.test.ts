import {createLinter} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'

const linter = createLinter(defaultRules)

describe('the default rules read only the applicant\'s own words', () => {
  const reply = [
    'Subject: Re: Pinecrest Internal Medicine second look',
    '',
    'Dear Ms. Okafor,',
    '',
    'Thank you for the invitation. January 20 works for me, and I will join the 9 a.m. session.',
    '',
    'Best regards,',
    'Ana Ruiz, MS4',
    'AAMC ID 12345678',
    '',
    'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pinecrest.org> wrote:',
    '> Hi Ana!! :) thx again for interviewing with Pinecrest Internal Medicine on January 8,',
    '> you were AMAZING and we would love to see you again!! Feel free to add us on LinkedIn.'
  ].join('\n')

  it('finds nothing in a clean reply above a quoted program email, and scores it 0', () => {
    const result = linter.lint(reply, {context: {today: '2026-01-15'}})
    expect(result.messages).toEqual([])
    expect(result.score).toBe(0)
  })

  it('still reads the reply itself', () => {
    const messy = reply.replace('Thank you for the invitation.', 'Thank you!! You are my number one.')
    const ids = linter.lint(messy, {context: {today: '2026-01-15'}}).messages.map((m) => [m.ruleId, m.actual])
    expect(ids).toEqual([
      ['informal-tone', '!!'],
      ['ranking-pressure', 'You are my number one']
    ])
  })
})
