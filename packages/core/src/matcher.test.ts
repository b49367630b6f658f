import {describe, expect, it} from 'vitest'
import {PhraseMatcher} from './matcher.js'
import {packPattern, unpackPattern} from './packed.js'
import {parsePattern} from './pattern.js'
import {stem} from './stem.js'
import type {Token} from './types.js'

/**
 * Tokens of a text of plain words and marks, one sentence per paragraph line. `names` marks
 * names by the indices of their words: `program: [[2, 5]]` makes tokens 2..4 one program name.
 */
function tokensOf(text: string, names: {program?: [number, number][]; person?: [number, number][]} = {}): Token[] {
  const tokens: Token[] = []
  let offset = 0
  for (const word of text.split(' ')) {
    const type = /^[.!?]$/.test(word) ? 'end' : /^[\p{L}\p{N}]/u.test(word) ? 'word' : 'mark'
    const lower = word.toLowerCase()
    tokens.push({text: lower, stem: type === 'word' ? stem(lower) : lower, start: offset, end: offset + word.length, type, sentence: 0, paragraph: 0})
    offset += word.length + 1
  }
  for (const [first, end] of names.program ?? []) tokens[first]!.program = end
  for (const [first, end] of names.person ?? []) tokens[first]!.person = end
  return tokens
}

function spans(patterns: string[], tokens: Token[]): [number, number, string][] {
  const matcher = new PhraseMatcher<string>()
  for (const pattern of patterns) matcher.add(pattern, pattern)
  return matcher.run(tokens, () => true).map((match) => [match.first, match.last, match.payload])
}

describe('name slots', () => {
  const pinecrest = tokensOf('I will rank Pinecrest Medical Center first .', {program: [[3, 6]]})

  it('match a whole multi-word name in the middle of a pattern', () => {
    expect(spans(['rank @program first'], pinecrest)).toEqual([[2, 7, 'rank @program first']])
  })

  it('never match a name word by word, nor where no name is marked', () => {
    expect(spans(['rank pinecrest first'], pinecrest)).toEqual([])
    expect(spans(['rank @program first'], tokensOf('I will rank them first .'))).toEqual([])
    expect(spans(['rank @person first'], pinecrest)).toEqual([])
  })

  it('start a pattern, found through the first-key index', () => {
    const tokens = tokensOf('Pinecrest will be # 1 for me .', {program: [[0, 1]]})
    expect(spans(['@program will be # 1', '(you|@program) will be # 1 for me'], tokens)).toEqual([
      [0, 5, '@program will be # 1'],
      [0, 7, '(you|@program) will be # 1 for me']
    ])
  })

  it('stand as one alternative of a choice among words', () => {
    const pattern = 'committed to (you|your program|@program)'
    expect(spans([pattern], tokensOf('I am committed to Pinecrest .', {program: [[4, 5]]}))).toEqual([[2, 5, pattern]])
    expect(spans([pattern], tokensOf('I am committed to your program .'))).toEqual([[2, 6, pattern]])
  })

  it('may be optional, and take the name when it is there', () => {
    const pattern = 'rank @program? first'
    expect(spans([pattern], pinecrest)).toEqual([[2, 7, pattern]])
    expect(spans([pattern], tokensOf('I will rank first .'))).toEqual([[2, 4, pattern]])
  })

  it('take the longest name marked at a token, so the rest of the pattern follows it', () => {
    // Marking keeps the longest name: "Pinecrest Medical Center", not "Pinecrest".
    expect(spans(['@program first'], pinecrest)).toEqual([[3, 7, '@program first']])
    expect(spans(['@program medical center'], pinecrest)).toEqual([])
  })

  it('match people too, after words and before them', () => {
    const tokens = tokensOf('please mention my name to Dr . Abernathy today', {person: [[5, 8]]})
    expect(spans(['mention my name to @person'], tokens)).toEqual([[1, 8, 'mention my name to @person']])
    expect(spans(['@person today'], tokens)).toEqual([[5, 9, '@person today']])
  })

  it('do not run across paragraphs', () => {
    const tokens = tokensOf('rank Pinecrest first', {program: [[1, 2]]})
    tokens[2]!.paragraph = 1
    expect(spans(['rank @program first'], tokens)).toEqual([])
  })
})

describe('patterns that branch a great deal', () => {
  // Without a memo of the rest of the pattern at each branch, each of these takes minutes; the
  // test timeout is the hang guard, and the spans show the answers are still the longest.
  it('thirty optional items in a row', () => {
    const pattern = `start ${'(a)? '.repeat(30)}end`
    const text = `start ${'a '.repeat(30)}end`
    expect(spans([pattern], tokensOf(text.trim()))).toEqual([[0, 32, pattern]])
    // And one that fails at the very end, after every branch was tried.
    expect(spans([pattern], tokensOf(`start ${'a '.repeat(40)}stop`))).toEqual([])
  })

  it('three large gaps, and gaps in choices', () => {
    const words = Array.from({length: 60}, (_, i) => `w${i}`).join(' ')
    const pattern = 'start *20 (b|c *20 d) *20 e *20 f'
    expect(spans([pattern], tokensOf(`start ${words} zzz`))).toEqual([])
    expect(spans([pattern], tokensOf(`start w1 b w2 e w3 f`))).toEqual([[0, 7, pattern]])
  })
})

describe('patterns parsed ahead of time', () => {
  it('match as their text does', () => {
    const tokens = tokensOf('we will rank you highly and i ranked them first but will not rank you badly')
    const patterns = ['(i|we) will? rank *2 you', 'ranked *3 first', 'rank you !badly']
    const byText = new PhraseMatcher<number>()
    const byTree = new PhraseMatcher<number>()
    patterns.forEach((pattern, i) => {
      byText.add(pattern, i)
      byTree.add(unpackPattern(packPattern(parsePattern(pattern))), i)
    })
    const found = byText.run(tokens, () => true)
    expect(found.map((match) => match.payload)).toEqual([0, 2, 1])
    expect(byTree.run(tokens, () => true)).toEqual(found)
  })
})
