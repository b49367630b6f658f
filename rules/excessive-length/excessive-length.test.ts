import {describe, expect, it} from 'vitest'
import {findingsOf} from '../testing.js'

function letter(body: string, kind = ''): string {
  return `Subject: ${kind || 'Thank you'}\n\nDear Ms. Obi,\n\n${body}\n\nSincerely,\nTom Reyes\nAAMC ID: 12345678`
}

const sentence = 'The clinic visit showed me how the residents share the work of each day. '

describe('excessive-length', () => {
  it('counts only the body, not subject, greeting or signature', () => {
    const body = 'word '.repeat(150).trim() + '.'
    expect(findingsOf('excessive-length', letter(body), {kind: 'thank-you'})).toEqual([])
    const over = findingsOf('excessive-length', letter(body + ' extra.'), {kind: 'thank-you'})
    expect(over).toHaveLength(1)
    expect(over[0]).toMatchObject({actual: 'extra.'})
    expect(over[0]!.message).toContain('151 words')
  })

  it('gives each kind its own budget', () => {
    const text = letter(sentence.repeat(13).trim()) // 169 words
    expect(findingsOf('excessive-length', text, {kind: 'thank-you'})).toHaveLength(1)
    expect(findingsOf('excessive-length', text, {kind: 'update'})).toEqual([])
    expect(findingsOf('excessive-length', letter(sentence.repeat(14).trim()), {kind: 'forward-request'})).toHaveLength(1)
  })

  it('counts hyphenated words and contractions as one word each', () => {
    const body = "I'm a third-year student. ".repeat(37).trim() // 4 words x 37 = 148
    expect(findingsOf('excessive-length', letter(body), {kind: 'thank-you'})).toEqual([])
  })

  it('flags paragraphs past the fourth, from the fifth on', () => {
    const body = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'].join('\n\n')
    const [finding] = findingsOf('excessive-length', letter(body))
    expect(finding).toMatchObject({actual: 'Five.\n\nSix.'})
    expect(finding!.message).toContain('6 paragraphs')
  })

  it('does not count a last paragraph that only thanks, as the letter reader finds it', () => {
    const points = ['One.', 'Two.', 'Three.', 'Four.']
    expect(findingsOf('excessive-length', letter([...points, 'Thank you for your time.'].join('\n\n')))).toEqual([])
    expect(findingsOf('excessive-length', letter([...points, 'Thank you. I will rank you first.'].join('\n\n')))).toHaveLength(1)
  })
})
