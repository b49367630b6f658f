// The bare-slot scanner tries its expression only where a slot can begin; it must find exactly
// what a plain global search finds.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {bare, bareSlots} from './check.js'

const everywhere = new RegExp(bare.source, 'gu')
const plain = (text: string) => [...text.matchAll(everywhere)].map((match) => [match.index, match[0]])
const scanned = (text: string) => bareSlots(text).map((match) => [match.index, match[0]])

describe('bareSlots', () => {
  it('finds what a global search finds in the fixtures and examples', () => {
    const drafts = path.join(import.meta.dirname, '..', '..', 'fixtures', 'drafts')
    const texts = readdirSync(drafts).map((name) => readFileSync(path.join(drafts, name), 'utf8'))
    texts.push(readFileSync(path.join(import.meta.dirname, 'rule.yml'), 'utf8'))
    for (const text of texts) expect(scanned(text)).toEqual(plain(text))
  })

  it('finds slots right after digits, marks, non-English letters and line breaks', () => {
    const text = '2Mr./Ms. é XXX\n__/__/2026 …… Dr. X,Insert name here;Program Y.ÉABC Hospital 20XX #'
    expect(scanned(text)).toEqual(plain(text))
    expect(scanned(text).length).toBeGreaterThan(4)
  })

  it('finds what a global search finds in any text made of slot pieces', () => {
    const pieces = ['Dr. ', 'Mr', '/', 'Ms.', 'X', 'XX', 'x', 'Y', 'ABC', ' Hospital', 'Program ', 'insert ', 'INSERT', ' name', 'Name', 'NAME', 'DATE', '_', '__', '.', '.....', '…', '#', '1', '20', 'Jan ', 'John Doe', 'first_name', 'MM/DD', 'é', 'ß', '😀', ' ', '\n', ',', '-', "'", 'TBD', 'Surname']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 24}), (parts) => {
        const text = parts.join('')
        expect(scanned(text)).toEqual(plain(text))
      }),
      {numRuns: 3000}
    )
  })
})
