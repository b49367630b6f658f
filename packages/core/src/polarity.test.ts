import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {clauseStarts, polarity} from './polarity.js'
import {tokenize} from './tokens.js'

const parser = unified().use(retextEnglish)

/** The polarity of the first token at or after the character offset of `target` in `text`. */
function polarityOf(text: string, target: string) {
  const tokens = tokenize(parser.parse(text) as Root)
  const at = text.indexOf(target)
  expect(at).toBeGreaterThanOrEqual(0)
  const first = tokens.findIndex((token) => token.start >= at)
  return polarity(tokens, first, clauseStarts(tokens, text))
}

describe('polarity', () => {
  it.each([
    ['I have not contacted any faculty on LinkedIn.', 'contacted'],
    ['I chose not to message residents on Instagram.', 'message'],
    ['I know better than to tell a program it is my first choice.', 'tell'],
    ['I never asked anyone to call on my behalf.', 'call'],
    ['I would email the office instead of messaging Dr. Lee on LinkedIn.', 'messaging'],
    ['I decided against reaching out to faculty directly.', 'reaching'],
    ['I was advised against sending a letter of intent.', 'sending'],
    ['The last thing I want is to bother you with another email.', 'bother'],
    ['I resisted the urge to follow the residents on Instagram.', 'follow'],
    ['I refrained from sending a second note.', 'sending'],
    ['Nobody told me you were my top choice.', 'you'],
    ['I avoided contacting faculty directly.', 'contacting'],
    ["I can't and won't promise to rank you first.", 'rank'],
    ['I cannot promise anything about my rank list.', 'promise'],
    ['I am far from certain that you are my first choice.', 'you'],
    ['I have not contacted anyone but you on LinkedIn.', 'you on'],
    ['I held off on messaging the residents on Instagram.', 'messaging'],
    ['I steered clear of LinkedIn requests to faculty.', 'LinkedIn'],
    ["I haven't and won't contact faculty on LinkedIn.", 'contact'],
    ['I did not (and would not) message Dr. Ode on LinkedIn.', 'message'],
    ["I don't expect you to tell me where I stand.", 'where'],
    ['I have neither called nor emailed anyone at home.', 'emailed'],
    ['I did not stop by the department to ask for Dr. Levin\'s email.', 'ask'],
    ['I cannot help you with the call schedule, and I cannot message residents.', 'message'],
    ['I did not, however, message any residents.', 'message'],
    ['I did not \u2014 and will not \u2014 message the residents on Instagram.', 'message']
  ])('%j denies %j', (text, target) => {
    expect(polarityOf(text, target)).toBe('denied')
  })

  it.each([
    ['Not only are you my first choice, I will rank you first.', 'you'],
    ['Without a doubt, you are my first choice.', 'you'],
    ['No doubt you are my first choice.', 'you'],
    ["I don't mind telling you that you are my first choice.", 'telling'],
    ["I can't wait to rank you first.", 'rank'],
    ["I can't thank you enough for the best interview day.", 'best'],
    ['I did not expect to fall in love with the program.', 'fall'],
    ["I can't deny that Pinecrest is my first choice.", 'Pinecrest'],
    ['It is not without reason that you are my number one.', 'you'],
    ["I won't pretend otherwise: you are my first choice.", 'you'],
    ["I can't help but think you are my first choice.", 'think'],
    ["I couldn't stop thinking about the residents after the interview.", 'thinking'],
    ["I can't help feeling that you are my first choice.", 'feeling'],
    ['I could not be happier to rank you first.', 'rank'],
    ['I have not heard back, so I am following up again.', 'following'],
    ['I did not match last year, but I will rank you first.', 'I will'],
    ['I have not visited the city; you are my top choice.', 'you'],
    ['You are my No. 1 choice.', 'choice'],
    ['Your program is second to none and I love the faculty.', 'love'],
    ['I would never hesitate to accept an offer from you.', 'accept'],
    ["I couldn't have asked for a better interview day.", 'better'],
    ["I'm not afraid to say you are my first choice.", 'you'],
    ['I never imagined I would feel this at home in a program.', 'feel'],
    ["I hadn't anticipated how much I would love the residents.", 'love'],
    ["I won't pretend otherwise \u2014 you are my first choice.", 'you'],
    ['I did not match last year (you are my first choice now).', 'you']
  ])('%j asserts %j', (text, target) => {
    expect(polarityOf(text, target)).toBe('asserted')
  })

  it('calls a conditional hypothetical, which the linter still reports', () => {
    expect(polarityOf('If I match at Pinecrest, I will accept in a heartbeat.', 'match')).toBe('hypothetical')
  })

  it('finds clause starts once, at commas before a new subject and conjunctions', () => {
    const text = 'I did not call, and I will not; you know, but fine.'
    const tokens = tokenize(parser.parse(text) as Root)
    const starts = clauseStarts(tokens, text)
    const words = [...new Set(starts)].map((start) => tokens[start]!.text)
    expect(words).toEqual(['i', 'and', 'you', 'but'])
  })
})
