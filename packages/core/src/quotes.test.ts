import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {clauseStarts} from './polarity.js'
import {attributeQuotations} from './quotes.js'
import {tokenize} from './tokens.js'

const parser = unified().use(retextEnglish)

function read(text: string) {
  const tokens = tokenize(parser.parse(text) as Root)
  const quotations = attributeQuotations(tokens, clauseStarts(tokens, text), text)
  return quotations.map((quotation) => ({
    text: text.slice(quotation.start, quotation.end),
    owner: quotation.owner,
    marked: quotation.marked
  }))
}

describe('quotation spans', () => {
  // [what, text, start, end]: the span runs from the opening mark to just past the closing one.
  it.each([
    ['curly double quotes', 'The FAQ reads, “Apply early.” Thanks.', 15, 29],
    ['straight double quotes paired in a paragraph', 'She said "we love research" to us.', 9, 27],
    ['curly single quotes', 'Dr. Lee called it ‘the best call schedule’ in town.', 18, 42],
    ['guillemets', 'The motto is «care first, always».', 13, 33],
    ['a span across a sentence end', 'Your email said: “Thanks for coming. We loved meeting you.” I agree.', 17, 59]
  ] as const)('finds %s', (_, text, start, end) => {
    const tokens = tokenize(parser.parse(text) as Root)
    const quotations = attributeQuotations(tokens, clauseStarts(tokens, text), text)
    expect(quotations.map((quotation) => [quotation.start, quotation.end])).toEqual([[start, end]])
  })

  it('leaves apostrophes alone and pairs nothing across paragraphs', () => {
    expect(read("The residents' lounge and the ’90s decor, don't ask.")).toEqual([])
    expect(read('He said "one thing.\n\nThen" another.')).toEqual([])
    expect(read("In the '90s the first class of the residents' program was small.")).toEqual([])
    expect(read("Back in the '90s it was new. Now the residents' lounge is busy.")).toEqual([])
  })

  it('marks each token with the quotation it is in, and only those', () => {
    const text = 'I read, “Do not email faculty.” So I did not.'
    const tokens = tokenize(parser.parse(text) as Root)
    const inside = tokens.filter((token) => token.quote !== undefined).map((token) => token.text)
    expect(inside).toEqual(['do', 'not', 'email', 'faculty', '.'])
    expect(tokens.find((token) => token.quote)!.quote).toMatchObject({start: 8, end: 31})
  })
})

describe('whose words a quotation is', () => {
  it.each([
    ['The FAQ page reads, “Applicants should not add faculty on LinkedIn.”', 'other'],
    ['Your email said: “We will rank applicants in February.”', 'other'],
    ['Dr. Lee told us, “You are our top candidates this year.”', 'other'],
    ['“Our residents are family,” she said.', 'other'],
    ['“Our residents are family,” said Dr. Lee.', 'other'],
    ['I loved the talk titled “Why this is the best city to train in.”', 'other'],
    ['I read on your website, “We never rank by letters alone.”', 'other'],
    ['I was told, “You will match here for sure.”', 'other'],
    ['I remember you saying, “We look for people who will make this their home.”', 'other'],
    ['In the words of your program director, “We train doctors, not billing codes.”', 'other'],
    ['As Dr. Osei put it, “The best program is the one that fits.”', 'other'],
    ['“We loved meeting every one of you.” I said thanks and left.', 'other'],
    ['“We loved meeting every one of you!” she said.', 'other'],
    ['“You are my top choice for residency,” I told her.', 'applicant'],
    ['I told her, “You are my number one choice.”', 'applicant'],
    ['As I wrote last week, “I will rank Pinecrest first.”', 'applicant'],
    ['My “home” program', 'applicant'],
    ['Thank you for the “Pinecrest welcome” tour.', 'applicant']
  ] as const)('%s: %s', (text, owner) => {
    expect(read(text)).toEqual([expect.objectContaining({owner, marked: true})])
  })

  it.each([
    ['The website says that applicants should not add faculty on LinkedIn.', 'applicants should not add faculty on LinkedIn'],
    ['Dr. Ruiz mentioned that residents love the program.', 'residents love the program'],
    ['According to the FAQ, second looks are optional.', 'According to the FAQ, second looks are optional'],
    ['The coordinator reminded us that rank lists close in March, and I will write again then.', 'rank lists close in March'],
    ['The residents said the program is the best in the country.', 'the program is the best in the country'],
    ['Dr. Ode told me it was the most supportive program she knew.', 'it was the most supportive program she knew']
  ])('reads reported speech in %j', (text, words) => {
    expect(read(text)).toEqual([{text: words, owner: 'other', marked: false}])
  })

  it.each([
    'I mentioned that I will rank you first.',
    'Let me add that you are my first choice.',
    'Needless to say that was fun.',
    'My letter said that I am committed.',
    'I am writing to say that you are my first choice.',
    'I told Dr. Ode you are my first choice.',
    'Dr. Ode said hello to every applicant.',
    'I remember telling Dr. Ode that I hope to stay in the city.'
  ])('keeps the applicant’s own reported words: %j', (text) => {
    expect(read(text)).toEqual([])
  })
})
