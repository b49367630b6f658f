// Shouting is looked for only in texts that hold a word that could shout; that shortcut must
// never hide a shout the full reading finds.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {emojiIn, findShoutedRuns} from './tone.js'

const runsOf = (text: string, gate: boolean) =>
  findShoutedRuns(text, 0, text.length, gate).map((run) => run.map((word) => `${word.start}:${word.text}`).join(' '))

describe('findShoutedRuns', () => {
  it('finds a shout among acronyms, and none in acronyms alone', () => {
    expect(runsOf('My AAMC ID and USMLE CK scores are in ERAS.', true)).toEqual([])
    expect(runsOf('I am SO EXCITED to hear from the ICU team!', true)).toEqual(['5:SO 8:EXCITED'])
    expect(runsOf("PLEASE DON'T forget me", true)).toEqual(["0:PLEASE 7:DON'T"])
  })

  it('finds what reading every word finds, in any text of capitals, acronyms and marks', () => {
    const pieces = ['AAMC', 'ERAS', 'THANK', 'YOU', 'SO', 'MUCH', 'EXCITED', "DON'T", "O'NEAL", 'PM&R', 'I', 'A', 'B', 'ICU', 'Thank', 'you', 'ok', '&', "'", '’', ' ', ', ', '-', '!', '\n', 'É', 'ÉCOLE', 'STRAßE', '2026', 'CK']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 16}), (parts) => {
        const text = parts.join(' ').replace(/ {2,}/g, ' ')
        expect(runsOf(text, true)).toEqual(runsOf(text, false))
      }),
      {numRuns: 3000}
    )
  })
})

describe('emojiIn', () => {
  it('finds the pictures of a run, and leaves the symbols drawn as text beside them', () => {
    const found = (text: string) => emojiIn(text).map((emoji) => `${emoji.index}:${emoji.text}`)
    expect(found('Thanks 🙏🏽 © 2026 Pinecrest™')).toEqual(['7:🙏🏽'])
    expect(found('© 🎉 🎉 ™ done')).toEqual(['2:🎉 🎉'])
    expect(found('Copyright © 2026, Registered ®')).toEqual([])
    expect(found('See you ❤️ soon 👋🏻')).toEqual(['8:❤️', '16:👋🏻'])
  })
})
