import {describe, expect, it} from 'vitest'
import {datedLine, writtenInterviewDate} from './chronology.js'
import {capitalMonthName, chronologyAnchor, findDates, isoDay, monthName, placeDate} from './dates.js'

const at = (date: string, before: boolean) => ({time: Date.parse(`${date}T00:00:00Z`), before}) as const
const place = (text: string, anchor?: ReturnType<typeof at>) => {
  const time = placeDate(findDates(text)[0]!, anchor)
  return time === undefined ? undefined : isoDay(time)
}
const whole = (text: string) => [{start: 0, end: text.length}]

describe('the date reader', () => {
  it('reads dates as drafts write them, with their ranges', () => {
    const text = 'On Tuesday, January 6th; 8 Jan. 2026; 2026-01-09; 1/10/26; the 11th; Sept 3'
    expect(findDates(text).map((date) => [text.slice(date.start, date.end), date.year, date.month, date.day])).toEqual([
      ['January 6th', undefined, 0, 6],
      ['8 Jan. 2026', 2026, 0, 8],
      ['2026-01-09', 2026, 0, 9],
      ['1/10/26', 2026, 0, 10],
      ['the 11th', undefined, undefined, 11],
      ['Sept 3', undefined, 8, 3]
    ])
  })

  it('leaves out what cannot be a day', () => {
    expect(findDates('February 30, 2026 and 13/40 and a score of 251/300')).toEqual([])
  })
})

describe('placing a date without its year', () => {
  it('a sent date places it as the latest such day not after it, within a season', () => {
    expect(place('December 30', at('2026-01-05', true))).toBe('2025-12-30')
    expect(place('January 3', at('2026-01-05', true))).toBe('2026-01-03')
    // Not a date of the year before: the letter does not say when it was.
    expect(place('January 20', at('2026-01-12', true))).toBeUndefined()
    expect(place('the 8th', at('2026-01-12', true))).toBe('2026-01-08')
    expect(place('the 20th', at('2026-01-12', true))).toBe('2025-12-20')
  })

  it('another date of the letter places it in the same season, before or after', () => {
    const dates = findDates('I interviewed on December 10, and my score came on January 5, 2026.')
    const anchor = chronologyAnchor(dates)
    expect(anchor).toEqual(at('2026-01-05', false))
    expect(isoDay(placeDate(dates[0]!, anchor)!)).toBe('2025-12-10')
    const later = findDates('I interviewed on December 10, 2025, and my score came on January 5.')
    expect(isoDay(placeDate(later[1]!, chronologyAnchor(later))!)).toBe('2026-01-05')
  })

  it('with nothing to place it by, it stays unplaced', () => {
    expect(place('January 8')).toBeUndefined()
    expect(place('January 8, 2026')).toBe('2026-01-08')
  })
})

describe('the dates a letter gives about itself', () => {
  it('the interview day, however it is written', () => {
    const sent = '2026-01-12'
    const read = (text: string, s: string | undefined = sent) => writtenInterviewDate(text, whole(text), s)
    expect(read('Thank you again. I interviewed on January 8 with the surgery team.')).toBe('2026-01-08')
    expect(read('I enjoyed my interview on the 8th and the tour after it.')).toBe('2026-01-08')
    expect(read('Everyone was welcoming during my interview day (1/8).')).toBe('2026-01-08')
    expect(read('I keep thinking about our conversation on Tuesday, January 6th.')).toBe('2026-01-06')
    expect(read('I appreciated the December 18 interview and the residents I met.')).toBe('2025-12-18')
    expect(read('I interviewed on 9 January 2026.', undefined)).toBe('2026-01-09')
    expect(read('On Friday, January 9, I interviewed with the pediatrics team.')).toBe('2026-01-09')
    expect(read('It was a pleasure interviewing with your program on Jan. 9.')).toBe('2026-01-09')
    // Chronology: the news date gives the interview its year.
    expect(read('Since my interview on December 10, I received my score on January 5, 2026.', undefined)).toBe('2025-12-10')
  })

  it('not a date of other news, nor a yearless date with nothing to place it', () => {
    expect(writtenInterviewDate('I received my score on January 5.', whole('I received my score on January 5.'), '2026-01-12')).toBeUndefined()
    const after = 'I received my score on January 10, two days after my interview.'
    expect(writtenInterviewDate(after, whole(after), '2026-01-12')).toBeUndefined()
    const opensNews = 'On January 10, I received my score.'
    expect(writtenInterviewDate(opensNews, whole(opensNews), '2026-01-12')).toBeUndefined()
    expect(writtenInterviewDate('I interviewed on January 8.', whole('I interviewed on January 8.'), undefined)).toBeUndefined()
    const ahead = 'I look forward to meeting you again at the second look on January 10.'
    expect(writtenInterviewDate(ahead, whole(ahead), '2026-01-12')).toBeUndefined()
  })

  it('the day a letter is dated by its first line', () => {
    const letter = 'January 12, 2026\n\nDear Ms. Okafor,\n\nThank you.'
    expect(datedLine(letter, whole(letter), letter.indexOf('Dear'))).toBe('2026-01-12')
    const weekday = 'Subject: Thank you\nMonday, 12 January 2026\nDear Ms. Okafor,'
    expect(datedLine(weekday, whole(weekday), weekday.indexOf('Dear'))).toBe('2026-01-12')
    const noYear = 'January 12\n\nDear Ms. Okafor,'
    expect(datedLine(noYear, whole(noYear), noYear.indexOf('Dear'))).toBeUndefined()
    const prose = 'On January 12, 2026 I passed Step 3.\nDear Ms. Okafor,'
    expect(datedLine(prose, whole(prose), prose.indexOf('Dear'))).toBeUndefined()
  })
})

describe('month names', () => {
  const words = ['January', 'Jan', 'February', 'Feb', 'March', 'Mar', 'April', 'Apr', 'May', 'June', 'Jun', 'July', 'Jul', 'August', 'Aug', 'September', 'Sept', 'Sep', 'October', 'Oct', 'November', 'Nov', 'December', 'Dec']
  const anyCase = new RegExp(`^${monthName}$`, 'i')
  const capital = new RegExp(`^${capitalMonthName}$`)

  it.each(words)('reads %s alike in either form, the capital one only with its capital', (word) => {
    expect(anyCase.test(word)).toBe(true)
    expect(capital.test(word)).toBe(true)
    expect(capital.test(word.toLowerCase())).toBe(false)
  })

  it.each(['Janu', 'Marc', 'Septe', 'Mayo'])('takes %s for no month', (word) => {
    expect(anyCase.test(word)).toBe(false)
    expect(capital.test(word)).toBe(false)
  })
})
