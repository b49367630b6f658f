import {describe, expect, it} from 'vitest'
import {findingsOf, flagsOf} from '../testing.js'

const letter = 'Subject: A question about call\n\nDear Dr. Mensah,\n\nCould you tell me how overnight call is shared?\n'

describe('policy-conflict', () => {
  it.each(['interviewer', 'faculty', 'program-director'])('flags the salutation of a message to the %s', (recipient) => {
    const [finding] = findingsOf('policy-conflict', letter, {policy: 'no-faculty-contact', recipient})
    expect(finding).toMatchObject({line: 3, column: 1, endColumn: 16, actual: 'Dear Dr. Mensah', severity: 'error'})
    expect(finding!.message).toMatch(/program office or coordinator/)
  })

  it('flags the first line when there is no salutation', () => {
    expect(flagsOf('policy-conflict', '\n  Quick question about call.\nThanks.', {policy: 'no-faculty-contact', recipient: 'faculty'})).toEqual([
      'Quick question about call.'
    ])
  })

  it('leaves the office, the coordinator, an open policy and an unknown recipient alone', () => {
    for (const recipient of ['coordinator', 'program-office']) {
      expect(flagsOf('policy-conflict', letter, {policy: 'no-faculty-contact', recipient})).toEqual([])
    }
    expect(flagsOf('policy-conflict', letter, {policy: 'open', recipient: 'interviewer'})).toEqual([])
    expect(flagsOf('policy-conflict', letter, {policy: 'no-faculty-contact'})).toEqual([])
  })
})
