import {describe, expect, it} from 'vitest'
import {readLetter} from './letter.js'

function parts(text: string) {
  const letter = readLetter(text, [{start: 0, end: text.length}])
  const slice = (region?: {start: number; end: number}) => region && text.slice(region.start, region.end)
  return {
    subject: slice(letter.subject),
    salutation: slice(letter.salutation),
    body: slice(letter.body),
    signOff: slice(letter.signOff),
    signature: slice(letter.signature),
    paragraphs: letter.paragraphs.map(slice)
  }
}

describe('readLetter', () => {
  it('finds subject, salutation, body paragraphs, sign-off and signature', () => {
    const text = 'Subject: Thanks\r\n\r\nDear Ms. Lee,\r\n\r\nOne.\r\nStill one.\r\n\r\nTwo.\r\n\r\nBest regards,\r\nAva Stone\r\nAAMC ID: 12345678\r\n'
    expect(parts(text)).toEqual({
      subject: 'Thanks',
      salutation: 'Dear Ms. Lee,',
      body: 'One.\r\nStill one.\r\n\r\nTwo.',
      signOff: 'Best regards,',
      signature: 'Ava Stone\r\nAAMC ID: 12345678',
      paragraphs: ['One.\r\nStill one.', 'Two.']
    })
  })

  it('takes a closing block of short lines as the signature when there is no sign-off', () => {
    const result = parts('Hello Dr. Kim,\n\nThank you for the day.\n\nAva Stone\nMS4')
    expect(result.signOff).toBeUndefined()
    expect(result.signature).toBe('Ava Stone\nMS4')
    expect(result.body).toBe('Thank you for the day.')
  })

  it('treats a draft with no letter parts as all body', () => {
    expect(parts('You are my top choice.')).toMatchObject({
      body: 'You are my top choice.',
      salutation: undefined,
      signature: undefined
    })
  })
})

/** The zones of a draft as [type, text] pairs, in order. */
function zonesOf(text: string, markdown = false): [string, string][] {
  const letter = readLetter(text, [{start: 0, end: text.length}], {markdown})
  return letter.zones.map((zone) => [zone.type, text.slice(zone.start, zone.end)])
}

const reply = ['Dear Ms. Okafor,', '', 'Thank you; January 20 works for me.', '', 'Best,', 'Ana Ruiz']

describe('readLetter zones', () => {
  it.each([
    [
      'a reply above "On ... wrote:" and "> " lines',
      [...reply, '', 'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pinecrest.org> wrote:', '> Hi Ana!! :)', '>', '> Does the 20th work?'],
      [['quoted', 'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pinecrest.org> wrote:\n> Hi Ana!! :)\n>\n> Does the 20th work?']]
    ],
    [
      'an "On ... wrote:" line wrapped over two lines, without "> "',
      [...reply, '', 'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <', 'ada@pinecrest.org> wrote:', '', 'Hi Ana!! Does the 20th work?'],
      [['quoted', 'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <\nada@pinecrest.org> wrote:\n\nHi Ana!! Does the 20th work?']]
    ],
    [
      'an "On ... wrote:" line wrapped before "wrote:"',
      [...reply, '', 'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pinecrest.org>', 'wrote:', '', '> Hi Ana!!'],
      [['quoted', 'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pinecrest.org>\nwrote:\n\n> Hi Ana!!']]
    ],
    [
      "Outlook's From/Sent/To/Subject block under a rule",
      [...reply, '', '________________________________', 'From: Ada Okafor <ada@pinecrest.org>', 'Sent: Monday, January 12, 2026 9:14 AM', 'To: Ana Ruiz', 'Subject: Second look', '', 'Hi Ana!!'],
      [['quoted', '________________________________\nFrom: Ada Okafor <ada@pinecrest.org>\nSent: Monday, January 12, 2026 9:14 AM\nTo: Ana Ruiz\nSubject: Second look\n\nHi Ana!!']]
    ],
    [
      'an "-----Original Message-----" line',
      [...reply, '', '-----Original Message-----', 'From: Ada Okafor', 'Hi Ana!!'],
      [['quoted', '-----Original Message-----\nFrom: Ada Okafor\nHi Ana!!']]
    ],
    [
      "Gmail's forwarded message",
      [...reply, '', '---------- Forwarded message ---------', 'From: Ada Okafor <ada@pinecrest.org>', 'Hi Ana!!'],
      [['forwarded', '---------- Forwarded message ---------\nFrom: Ada Okafor <ada@pinecrest.org>\nHi Ana!!']]
    ],
    [
      "Outlook's forwarded message",
      [...reply, '', '-----Forwarded Message-----', 'From: Ada Okafor', 'Hi Ana!!'],
      [['forwarded', '-----Forwarded Message-----\nFrom: Ada Okafor\nHi Ana!!']]
    ],
    [
      "Apple Mail's forwarded message",
      [...reply, '', 'Begin forwarded message:', '', 'From: Ada Okafor', 'Hi Ana!!'],
      [['forwarded', 'Begin forwarded message:\n\nFrom: Ada Okafor\nHi Ana!!']]
    ]
  ])('finds other people\'s mail: %s', (_, lines, tail) => {
    expect(zonesOf(lines.join('\n'))).toEqual([
      ['greeting', 'Dear Ms. Okafor,'],
      ['body', 'Thank you; January 20 works for me.'],
      ['sign-off', 'Best,'],
      ['signature', 'Ana Ruiz'],
      ...tail
    ])
  })

  it('takes an Outlook block under a "FW:" subject as forwarded', () => {
    const text = 'Subject: FW: Second look\n\nDear Ms. Okafor,\n\nPlease see below.\n\nBest,\nAna Ruiz\n\nFrom: Dr. Lee\nSent: Monday, January 12, 2026\nTo: Ana Ruiz\n\nGreat news!!'
    expect(zonesOf(text).at(-1)).toEqual(['forwarded', 'From: Dr. Lee\nSent: Monday, January 12, 2026\nTo: Ana Ruiz\n\nGreat news!!'])
  })

  it('reads a letterhead of date, addresses and "RE:" before the greeting', () => {
    const text = [
      'January 14, 2026',
      '',
      'Dr. Helen Park',
      'Program Director, Internal Medicine',
      'Pinecrest Medical Center',
      '400 Alder St.',
      '',
      'RE: Interview on January 8, 2026',
      '',
      'Dear Dr. Park,',
      '',
      'Thank you for the interview.',
      '',
      'Sincerely,',
      'Ana Ruiz'
    ].join('\n')
    const letter = readLetter(text, [{start: 0, end: text.length}])
    expect(zonesOf(text)).toEqual([
      ['letterhead', 'January 14, 2026\n\nDr. Helen Park\nProgram Director, Internal Medicine\nPinecrest Medical Center\n400 Alder St.\n\nRE: Interview on January 8, 2026'],
      ['greeting', 'Dear Dr. Park,'],
      ['body', 'Thank you for the interview.'],
      ['sign-off', 'Sincerely,'],
      ['signature', 'Ana Ruiz']
    ])
    expect(letter.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Thank you for the interview.'])
  })

  it('keeps sentences before a greeting in the body: no letterhead is made of prose', () => {
    const text = 'I loved it.\n\nDear Dr. Park,\n\nThe clinic was great.'
    expect(zonesOf(text)).toEqual([['body', text]])
  })

  it('keeps mottos, pronouns, links, a sent-from line and a legal footer in the signature', () => {
    const signature = [
      'Ana Ruiz, MS4 (she/her)',
      'Riverside School of Medicine | AAMC ID 12345678',
      'linkedin.com/in/anaruiz',
      '"Be the change you wish to see!!"',
      'Sent from my iPhone',
      'CONFIDENTIALITY NOTICE: This message is intended only for the named recipient.'
    ].join('\n')
    expect(zonesOf(`Dear Ms. Okafor,\n\nThank you.\n\nWarm regards,\n${signature}`).at(-1)).toEqual(['signature', signature])
  })

  it('takes trailing sent-from lines and footers as signature when there is no sign-off', () => {
    const text = 'Dear Ms. Okafor,\n\nThank you for the day.\n\nAna Ruiz\nMS4\n\nSent from my iPhone\n\nThis email may contain confidential information intended only for the addressee.'
    expect(zonesOf(text).slice(1)).toEqual([
      ['body', 'Thank you for the day.'],
      ['signature', 'Ana Ruiz\nMS4\n\nSent from my iPhone\n\nThis email may contain confidential information intended only for the addressee.']
    ])
    const footer = 'DISCLAIMER: The information in this message is privileged.'
    expect(zonesOf(`Dear Ms. Okafor,\n\nThank you for the day.\n\n${footer}`).at(-1)).toEqual(['signature', footer])
  })

  it('keeps a P.S. after the signature as the applicant\'s own', () => {
    const text = 'Dear Ms. Okafor,\n\nThank you.\n\nBest,\nAna Ruiz\n\nP.S. You are my #1!!\nTruly.'
    const letter = readLetter(text, [{start: 0, end: text.length}])
    expect(zonesOf(text).slice(-2)).toEqual([
      ['signature', 'Ana Ruiz'],
      ['postscript', 'P.S. You are my #1!!\nTruly.']
    ])
    expect(letter.own.map((r) => text.slice(r.start, r.end))).toContain('P.S. You are my #1!!\nTruly.')
  })

  it('keeps answers written between quoted lines as body, each its own paragraph', () => {
    const text = [
      'Hi Ms. Okafor,',
      '',
      'Answers below.',
      '',
      'On Jan 12, 2026, at 9:14 AM, Ada Okafor <ada@pinecrest.org> wrote:',
      '> 1. Can you come on the 20th?',
      'Yes, the 20th works.',
      '> 2. Any dietary needs?',
      '',
      'None, thank you.',
      '',
      'Best,',
      'Ana Ruiz'
    ].join('\n')
    const letter = readLetter(text, [{start: 0, end: text.length}])
    expect(zonesOf(text)).toEqual([
      ['greeting', 'Hi Ms. Okafor,'],
      ['body', 'Answers below.'],
      ['quoted', 'On Jan 12, 2026, at 9:14 AM, Ada Okafor <ada@pinecrest.org> wrote:\n> 1. Can you come on the 20th?'],
      ['body', 'Yes, the 20th works.'],
      ['quoted', '> 2. Any dietary needs?'],
      ['body', 'None, thank you.'],
      ['sign-off', 'Best,'],
      ['signature', 'Ana Ruiz']
    ])
    expect(letter.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Answers below.', 'Yes, the 20th works.', 'None, thank you.'])
  })

  it('reads CRLF line ends the same, with exact offsets', () => {
    const text = [...reply, '', 'On Mon, Jan 12, 2026 at 9:14 AM Ada <ada@pinecrest.org> wrote:', '> Hi Ana!!'].join('\r\n')
    expect(zonesOf(text).map(([type]) => type)).toEqual(['greeting', 'body', 'sign-off', 'signature', 'quoted'])
    expect(zonesOf(text).at(-1)).toEqual(['quoted', 'On Mon, Jan 12, 2026 at 9:14 AM Ada <ada@pinecrest.org> wrote:\r\n> Hi Ana!!'])
  })

  it('lints a draft that is only a quoted thread, only a signature, or has no greeting', () => {
    const quoted = '> Hi Ana!! :)\n> See you soon'
    expect(readLetter(quoted, [{start: 0, end: quoted.length}])).toMatchObject({own: [], paragraphs: []})
    expect(zonesOf('Sincerely,\nAna Ruiz, MS4')).toEqual([
      ['sign-off', 'Sincerely,'],
      ['signature', 'Ana Ruiz, MS4']
    ])
    expect(zonesOf('Thank you for the interview.\n\nAna Ruiz')).toEqual([
      ['body', 'Thank you for the interview.'],
      ['signature', 'Ana Ruiz']
    ])
  })

  it('leaves an ambiguous "wrote:" sentence in the body', () => {
    const text = 'Dear Dr. Park,\n\nOn the wards my mentor wrote:\nkeep learning.\n\nBest,\nAna Ruiz'
    expect(zonesOf(text)[1]).toEqual(['body', 'On the wards my mentor wrote:\nkeep learning.'])
  })

  it('in Markdown, quotes a block quote only under "On ... wrote:"', () => {
    const own = 'Dear Dr. Park,\n\n> Applicants are welcome to write.\n\nSo I am writing.'
    expect(zonesOf(own, true)).toEqual([['greeting', 'Dear Dr. Park,'], ['body', '> Applicants are welcome to write.\n\nSo I am writing.']])
    expect(zonesOf(own)[1]).toEqual(['quoted', '> Applicants are welcome to write.'])
    const thread = 'That works.\n\nOn Jan 12, 2026, Ada Okafor wrote:\n\n> Hi Ana!!\n>\n> See you'
    expect(zonesOf(thread, true)).toEqual([['body', 'That works.'], ['quoted', 'On Jan 12, 2026, Ada Okafor wrote:\n\n> Hi Ana!!\n>\n> See you']])
  })
})

describe('readLetter signature without a sign-off', () => {
  it('takes no list of short lines for a signature: its first line is no name', () => {
    const text = 'Dear Dr. Park,\n\nThe thank-you:\n\nThings I loved:\n- the clinic\n- you are my number one'
    expect(zonesOf(text).map(([type]) => type)).toEqual(['greeting', 'body'])
  })

  it('takes a name, not a closing sentence without its period, for the first line', () => {
    expect(zonesOf('Dear Dr. Park,\n\nThank you.\n\nCannot wait to match at your program\nAna Ruiz').at(-1)).toEqual([
      'body',
      'Thank you.\n\nCannot wait to match at your program\nAna Ruiz'
    ])
    expect(zonesOf('Dear Dr. Park,\n\nThank you.\n\nAna María de la Cruz\nMS4').at(-1)).toEqual(['signature', 'Ana María de la Cruz\nMS4'])
  })
})

describe('readLetter sign-off', () => {
  it('takes a closing phrase followed by a sentence as part of the body', () => {
    const text = 'Thank you again.\nI will rank your program first.\n'
    expect(zonesOf(text)).toEqual([['body', 'Thank you again.\nI will rank your program first.']])
  })
})

describe('readLetter greeting', () => {
  const greetingOf = (text: string) => {
    const {greeting} = readLetter(text, [{start: 0, end: text.length}])
    return greeting && [text.slice(greeting.start, greeting.end), greeting.name]
  }

  it.each([
    ['Dear Dr. Mensah,\n\nThank you.', ['Dear Dr. Mensah', 'Dr. Mensah']],
    ['  Hey Dr. Kim!\n\nThank you.', ['Hey Dr. Kim', 'Dr. Kim']],
    ['Good morning Dr. Lee:\n\nThank you.', ['Good morning Dr. Lee', 'Dr. Lee']],
    ['Greetings Dr. Ana Ruiz and Dr. Ng,\n\nThank you.', ['Greetings Dr. Ana Ruiz and Dr. Ng', 'Dr. Ana Ruiz and Dr. Ng']],
    ['Hello,\n\nThank you.', ['Hello', '']],
    ['To whom it may concern,\n\nThank you.', ['To whom it may concern', '']],
    // On the line of the first sentence, with the name set off by a comma.
    ['Dear Dr. Mensah, thank you for the day.', ['Dear Dr. Mensah', 'Dr. Mensah']],
    ['Thank you for the day.', undefined],
    ['Hi everyone at the program would agree.', undefined],
    ['Thank you.\n\nOn Jan 12, 2026, Ada Okafor <ada@example.org> wrote:\n> Dear applicants,\n> welcome.', undefined]
  ])('reads the greeting of %j', (text, expected) => {
    expect(greetingOf(text)).toEqual(expected)
  })

  it('finds a greeting after a letterhead when only the prose lines are given', () => {
    // A Markdown draft's regions leave out the blank line between the date and the greeting.
    const text = '12 January 2026\n\nDear Dr. Achebe,\n\nI misspoke.'
    const regions = [{start: 0, end: 15}, {start: 17, end: 33}, {start: 35, end: text.length}]
    const letter = readLetter(text, regions, {markdown: true})
    expect(letter.zones.map((zone) => [zone.type, text.slice(zone.start, zone.end)])).toEqual([
      ['letterhead', '12 January 2026'],
      ['greeting', 'Dear Dr. Achebe,'],
      ['body', 'I misspoke.']
    ])
    expect(letter.greeting).toMatchObject({name: 'Dr. Achebe'})
    // Two prose lines in a row are still no letterhead and greeting.
    const joined = '12 January 2026\nDear Dr. Achebe,\n\nI misspoke.'
    expect(readLetter(joined, [{start: 0, end: joined.length}]).greeting).toBeUndefined()
  })
})

describe('readLetter dates', () => {
  const datesOf = (text: string) =>
    readLetter(text, [{start: 0, end: text.length}]).dates.map((date) => [text.slice(date.start, date.end), date.month, date.day, date.year])

  it.each([
    ['I interviewed on January 8.', [['January 8', 0, 8, undefined]]],
    ['Dear Dr. Lee,\n\nOn 1/9/2026 and the 12th.\n\nBest,\nAva Stone', [['1/9/2026', 0, 9, 2026], ['the 12th', undefined, 12, undefined]]],
    // The signature and the letterhead are no words of the applicant's.
    ['12 January 2026\n\nDear Dr. Lee,\n\nThank you.\n\nBest,\nAva Stone\nMarch 3, 2026', []],
    // Nor is quoted mail.
    ['See you on Feb. 3.\n\nOn Jan 12, 2026, Ada Okafor <ada@example.org> wrote:\n> March 3 works.', [['Feb. 3', 1, 3, undefined]]],
    ['My GPA is 3.9 and nothing else changed.', []]
  ])('dates %j', (text, expected) => {
    expect(datesOf(text)).toEqual(expected)
  })
})

describe('readLetter closing paragraph', () => {
  const closingOf = (body: string) => {
    const text = `Dear Dr. Lee,\n\nOne.\n\n${body}\n\nBest,\nAva Stone`
    const {closing} = readLetter(text, [{start: 0, end: text.length}])
    return closing && text.slice(closing.start, closing.end)
  }

  it.each([
    ['Thank you for your time.', 'Thank you for your time.'],
    ['I look forward to hearing from you!', 'I look forward to hearing from you!'],
    ["I'm grateful for the day.", "I'm grateful for the day."],
    // Two sentences make a point of their own.
    ['Thank you. I will rank you first.', undefined],
    ['Thank you for ' + 'the very long day '.repeat(5) + 'and more.', undefined],
    ['The day was long.', undefined]
  ])('reads %j as the closing: %j', (body, expected) => {
    expect(closingOf(body)).toEqual(expected)
  })
})

describe('readLetter date line', () => {
  const datedOf = (text: string) => readLetter(text, [{start: 0, end: text.length}]).dated

  it.each([
    ['January 12, 2026\n\nDear Dr. Lee,\n\nThank you.', '2026-01-12'],
    ['Date: Monday, 12 January 2026\n\nDear Dr. Lee,\n\nThank you.', '2026-01-12'],
    // No year, or a date inside a sentence: the letter is not dated.
    ['January 12\n\nDear Dr. Lee,\n\nThank you.', undefined],
    ['Dear Dr. Lee,\n\nOn January 12, 2026 I interviewed.', undefined],
    // Only the first written line can date the letter.
    ['Ava Stone\nJanuary 12, 2026\n\nDear Dr. Lee,\n\nThank you.', undefined]
  ])('dates %j as %j', (text, expected) => {
    expect(datedOf(text)).toEqual(expected)
  })
})
