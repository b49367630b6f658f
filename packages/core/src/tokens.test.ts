import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {splitWord, tokenize} from './tokens.js'

function tokens(text: string) {
  return tokenize(unified().use(retextEnglish).parse(text) as Root)
}

describe('splitWord', () => {
  it('expands contractions into the words they stand for, keeping offsets', () => {
    expect(splitWord("you're", 10)).toEqual([
      {text: 'you', start: 10, end: 13},
      {text: 'are', start: 13, end: 16}
    ])
    expect(splitWord("won't", 0).map((part) => part.text)).toEqual(['will', 'not'])
    expect(splitWord("haven't", 0).map((part) => part.text)).toEqual(['have', 'not'])
    expect(splitWord("it's", 0).map((part) => part.text)).toEqual(['it', 'is'])
    expect(splitWord("program's", 0).map((part) => part.text)).toEqual(['program', "'s"])
  })

  it('splits hyphenated words so that "world-class" matches "world class"', () => {
    expect(splitWord('world-class', 5)).toEqual([
      {text: 'world', start: 5, end: 10},
      {text: 'class', start: 11, end: 16}
    ])
  })
})

describe('tokenize', () => {
  it('normalizes case and curly apostrophes and stems words', () => {
    const result = tokens('You’re RANKING it.')
    expect(result.map((token) => token.text)).toEqual(['you', 'are', 'ranking', 'it', '.'])
    expect(result[2]!.stem).toBe('rank')
    expect(result[4]!.type).toBe('end')
  })

  it('keeps absolute offsets that point at the original characters', () => {
    const text = 'Hi there.\n\nMy #1 “choice”!'
    for (const token of tokens(text)) {
      expect(text.slice(token.start, token.end).toLowerCase().replace('’', "'")).toBe(
        token.type === 'word' && token.text === 'are' ? "'re" : token.text
      )
    }
  })

  it('drops quotation marks and numbers sentences and paragraphs', () => {
    const result = tokens('One "two".\n\nThree.')
    expect(result.map((token) => token.text)).toEqual(['one', 'two', '.', 'three', '.'])
    expect(result.map((token) => token.paragraph)).toEqual([0, 0, 0, 1, 1])
    expect(result[3]!.sentence).toBeGreaterThan(result[0]!.sentence)
  })

  it('ends a sentence only at its last period, not at the one of "Dr."', () => {
    const result = tokens('I wrote to Dr. Patel; she replied.')
    expect(result.filter((token) => token.type !== 'word').map((token) => `${token.text}:${token.type}`)).toEqual(
      ['.:mark', ';:end', '.:end']
    )
  })

  it('does not end a sentence at the period of a title', () => {
    const result = tokens('I wrote to Dr. Lee. Then Ms. Cruz replied.')
    expect(result.filter((token) => token.type === 'end').map((token) => token.start)).toEqual([18, 41])
    expect(result.find((token) => token.start === 13)).toMatchObject({text: '.', type: 'mark'})
  })

  it('adds a base offset for trees parsed from a slice', () => {
    const tree = unified().use(retextEnglish).parse('word') as Root
    expect(tokenize(tree, 100)[0]).toMatchObject({start: 100, end: 104})
  })
})
