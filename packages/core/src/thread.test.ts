import {describe, expect, it} from 'vitest'
import {otherPeoplesText, plainText, policyFromThread, policyStatedByApplicant} from './thread.js'

describe("other people's text", () => {
  it('takes the quoted and forwarded zones when the letter marks them', () => {
    const source = 'Thanks!\n\nquoted words'
    expect(otherPeoplesText(source, [{type: 'body', start: 0, end: 7}, {type: 'quoted', start: 9, end: 21}])).toEqual([{start: 9, end: 21}])
  })

  it('falls back to ">" lines and everything after "On ... wrote:"', () => {
    const source = 'Hello,\n> a quoted line\nMy answer.\n\nOn Mon, Jan 5, 2026 at 9:00 AM Ngozi Okafor <n@example.org> wrote:\nPlease do not write.\n'
    const regions = otherPeoplesText(source, [])
    expect(regions.map((region) => source.slice(region.start, region.end))).toEqual([
      '> a quoted line',
      source.slice(source.indexOf('On Mon'))
    ])
    expect(plainText(source, regions.slice(0, 1))).toBe('a quoted line')
  })

  it('reads a forwarded message after its marker', () => {
    const source = 'See below.\n\n---------- Forwarded message ---------\nFrom: Office\n'
    expect(otherPeoplesText(source, []).map((region) => source.slice(region.start, region.end))).toEqual([source.slice(12)])
  })

  it("reads Outlook's From and Sent block as the start of the thread", () => {
    const source = 'Thank you.\n\nFrom: Residency Office <im@example.org>\nSent: Monday, January 5, 2026 9:00 AM\nPlease write to us.'
    expect(otherPeoplesText(source, []).map((region) => source.slice(region.start, region.end))).toEqual([source.slice(12)])
    // The draft's own leading header lines are not a thread.
    expect(otherPeoplesText('From: me@example.org\nDate: Jan 5, 2026\n\nThank you.', [])).toEqual([])
  })

  it('finds nothing in a draft without a thread', () => {
    expect(otherPeoplesText('Dear Dr. Lee,\n\nThank you.', [])).toEqual([])
  })
})

// The program's own mail, and the applicant's sentences that say what the program asked.
describe.each([
  {
    whose: 'the program states',
    read: policyFromThread,
    stated: [
      'Please direct all questions to the coordinator.',
      'We ask that applicants do not contact faculty or interviewers after the interview day.',
      'Post-interview communication will not be used in our ranking decisions.',
      'All communication should go through the residency office at this address.',
      'Kindly refrain from emailing individual faculty members; any updates can be sent to our office.',
      'Any follow-up\nshould be routed through the program coordinator.',
      'Please send all questions to me rather than to individual faculty.',
      'Per program policy, faculty members will not respond to post-interview emails.',
      'Our program does not accept post-interview communication.',
      'Thank-you notes are not necessary and will not affect your ranking.',
      'Please limit post-interview contact to the program coordinator.'
    ],
    none: [
      'Feel free to reach out to any of the faculty you met.',
      'Our coordinator will send the schedule by Friday.',
      'Thank you for interviewing with us on January 8.',
      'Please let the office know if your contact details change.',
      'Please do not hesitate to contact me or any of our faculty with questions.',
      'Please send any questions to the coordinator.',
      'Applicants are welcome to contact residents with questions.',
      'Our faculty will not see your rank list.',
      'Thank-you notes are welcome but not required.'
    ]
  },
  {
    whose: 'the applicant says the program set',
    read: policyStatedByApplicant,
    stated: [
      'I realize the program prefers that applicants not write to individual faculty after the interview day, so I will keep this brief.',
      'I know you asked us not to contact interviewers directly.',
      'The coordinator explained that faculty cannot respond to post-interview emails.'
    ],
    none: [
      'I was unable to email my interviewers earlier because of a family matter.',
      'I will not contact faculty again; thank you for forwarding my note.',
      'Please do not hesitate to contact me, as the program coordinator suggested.'
    ]
  }
])('a policy $whose', ({read, stated, none}) => {
  it.each(stated)('%j states no faculty contact', (sentence) => {
    expect(read(sentence)).toBe('no-faculty-contact')
  })

  it.each(none)('%j states none', (sentence) => {
    expect(read(sentence)).toBeUndefined()
  })
})
