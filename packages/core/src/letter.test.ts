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
