import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLinter} from './engine.js'
import {readLetter} from './letter.js'
import type {Rule} from './types.js'
import {clipLetter, windowSize, windowsOf} from './windows.js'

const paragraph = 'Thank you for the visit. You are my top choice, and I mean it.\n\n'

describe('windowsOf', () => {
  it('keeps an email-sized draft whole', () => {
    const text = paragraph.repeat(50)
    expect(windowsOf(text, [{start: 0, end: text.length}])).toEqual([{start: 0, end: text.length}])
  })

  it('covers a long text end to end, cutting after blank lines', () => {
    const text = paragraph.repeat(Math.ceil((windowSize * 3.5) / paragraph.length))
    const spans = windowsOf(text, [{start: 0, end: text.length}])
    expect(spans.length).toBeGreaterThanOrEqual(3)
    expect(spans[0]!.start).toBe(0)
    expect(spans.at(-1)!.end).toBe(text.length)
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i]!.start).toBe(spans[i - 1]!.end)
      expect(text.slice(spans[i]!.start - 2, spans[i]!.start)).toBe('\n\n')
    }
  })

  it('cuts any text into contiguous spans of bounded prose', () => {
    const size = 512
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', ' ', '.', '\n', 'é'), maxLength: 6000}), (text) => {
        const spans = windowsOf(text, [{start: 0, end: text.length}], size)
        expect(spans[0]!.start).toBe(0)
        expect(spans.at(-1)!.end).toBe(text.length)
        for (let i = 0; i < spans.length; i++) {
          if (i > 0) expect(spans[i]!.start).toBe(spans[i - 1]!.end)
          // A window holds at least the size it aims for (the last one excepted) and never
          // grows past it by more than one piece.
          if (i < spans.length - 1) expect(spans[i]!.end - spans[i]!.start).toBeGreaterThanOrEqual(size)
          expect(spans[i]!.end - spans[i]!.start).toBeLessThanOrEqual(size * 2)
        }
      })
    )
  })
})

describe('clipLetter', () => {
  const text = `Dear Dr. Ruiz,\n\n${paragraph.repeat(40)}Best,\nAna Lee\n`
  const letter = readLetter(text, [{start: 0, end: text.length}])

  it('gives the greeting to the first window and the signature to the last', () => {
    const middle = text.indexOf('Thank you', 500)
    const first = clipLetter(letter, {start: 0, end: middle})
    const last = clipLetter(letter, {start: middle, end: text.length})
    expect(first.salutation).toEqual(letter.salutation)
    expect(first.signature).toBeUndefined()
    expect(last.salutation).toBeUndefined()
    expect(last.signature).toEqual(letter.signature)
    for (const part of [first, last]) {
      for (const zone of [...part.zones, ...part.own, ...part.paragraphs]) {
        expect(zone.start).toBeGreaterThanOrEqual(part === first ? 0 : middle)
        expect(zone.end).toBeLessThanOrEqual(part === first ? middle : text.length)
      }
    }
    expect(first.own.at(-1)!.end).toBe(middle)
    expect(last.own[0]!.start).toBe(middle)
  })
  it('gives each window the greeting, the date line and the dates that lie in it', () => {
    const dated = `January 12, 2026\n\nDear Dr. Ruiz,\n\n${paragraph.repeat(20)}I interviewed on January 8.\n\n${paragraph.repeat(20)}My score came on 2/3/2026.\n\nBest,\nAna Lee\n`
    const read = readLetter(dated, [{start: 0, end: dated.length}])
    const middle = dated.indexOf('Thank you', dated.indexOf('January 8'))
    const first = clipLetter(read, {start: 0, end: middle})
    const last = clipLetter(read, {start: middle, end: dated.length})
    expect(first.greeting).toEqual(read.greeting)
    expect(last.greeting).toBeUndefined()
    expect([first.dated, last.dated]).toEqual(['2026-01-12', undefined])
    const written = (part: typeof read) => part.dates.map((date) => dated.slice(date.start, date.end))
    expect(written(first)).toEqual(['January 8'])
    expect(written(last)).toEqual(['2/3/2026'])
  })
})

describe('a draft longer than one window', () => {
  const rank: Rule = {
    meta: {id: 'rank', severity: 'warning', summary: 's', why: 'w'},
    phrases: [{patterns: ['top choice'], message: 'm'}]
  }
  // A check that reads the whole source, as some checks do: it must still report each place once.
  const marks: Rule = {
    meta: {id: 'marks', severity: 'warning', summary: 's', why: 'w'},
    check(document, report) {
      for (const match of document.source.matchAll(/!!/g)) report({start: match.index, end: match.index + 2, message: 'm'})
    }
  }
  // Weighs a draft (or a window of it) by its findings: ten points each, at most 100.
  const weigh: Rule = {
    meta: {id: 'weigh', severity: 'info', summary: 's', why: 'w'},
    score: (_, messages) => ({score: Math.min(100, messages.length * 10), parts: [{label: 'found', points: messages.length * 10}]})
  }
  const linter = createLinter([rank, marks, weigh])
  const count = Math.ceil((windowSize * 3) / paragraph.length)
  const body = paragraph.replace('visit.', 'visit!!').repeat(count)
  const quoted = '> You are our top choice too!!\n'

  it('reports every place once, with exact positions, and nothing in quoted mail', () => {
    const text = `Dear Dr. Ruiz,\n\n${body}Best,\nAna Lee\n\nOn Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pine.org> wrote:\n${quoted}`
    const {messages} = linter.lint(text)
    expect(messages.filter((m) => m.ruleId === 'rank')).toHaveLength(count)
    expect(messages.filter((m) => m.ruleId === 'marks')).toHaveLength(count)
    for (const message of messages) {
      expect(text.slice(message.offset, message.endOffset)).toBe(message.ruleId === 'rank' ? 'top choice' : '!!')
      expect(message.offset).toBeLessThan(text.indexOf(quoted))
    }
  })

  it('reads the whole draft as one kind, and scores it by its worst window', () => {
    const calm = 'We spoke about the clinic schedule and the teaching rounds.\n\n'.repeat(count)
    const text = `${calm}${paragraph.repeat(4)}`
    const result = linter.lint(text)
    const whole = linter.lint(paragraph.repeat(4))
    // The calm windows score 0; the last one holds the four findings.
    expect(whole.score).toBe(40)
    expect(result.score).toBe(40)
    expect(result.kind).toBe(linter.lint(calm).kind)
  })
})

describe('lintAsync', () => {
  const rank: Rule = {
    meta: {id: 'rank', severity: 'warning', summary: 's', why: 'w'},
    phrases: [{patterns: ['top choice'], message: 'm'}]
  }
  const linter = createLinter([rank])
  const text = paragraph.repeat(Math.ceil((windowSize * 4) / paragraph.length))

  it('finds what lint finds', async () => {
    expect(await linter.lintAsync(text)).toEqual(linter.lint(text))
  })

  it('stops between windows once its signal is aborted', async () => {
    const controller = new AbortController()
    const reason = new Error('moved on')
    const result = linter.lintAsync(text, {signal: controller.signal})
    controller.abort(reason)
    await expect(result).rejects.toBe(reason)
  })
})
