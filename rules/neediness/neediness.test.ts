import {describe, expect, it} from 'vitest'
import {findingsOf, flagsOf, testSentences} from '../testing.js'

const id = 'neediness'

// Sentences an anxious applicant might write, with the words the rule must point at.
const flaggedExactly: [string, string[]][] = [
  ["I will literally cry if I don't match there.", ["cry if I don't match"]],
  ['This program means everything to me.', ['means everything to me']],
  ['Please, please consider me when the committee meets.', ['Please, please']],
  ['I would do anything to join your residents next July.', ['I would do anything']],
  ["Honestly, I'd give anything for a categorical spot with you.", ["I'd give anything"]],
  ['Matching in Rochester would truly be a dream come true for me.', ['dream come true']],
  ['Yours has been my dream program since my sub-internship.', ['dream program']],
  ["I can't imagine training anywhere else after that interview day.", ["can't imagine training anywhere else"]],
  ['After meeting the chiefs, I could never picture myself at another program.', ['could never picture myself at another program']],
  ['I need this.', ['need this']],
  ["I'm begging you to look at my application one more time.", ["I'm begging you"]],
  ['Kindly sir, I am humbly pleading with you for one opportunity.', ['I am humbly pleading with you']],
  ['This is my last chance to match before my visa runs out.', ['my last chance']],
  ['I would be devastated if I went unmatched again this year.', ['devastated if']],
  ['Since the interview I cannot stop thinking about your program and the people there.', ['cannot stop thinking about your']],
  ['I have no other interviews this season, so please understand my situation.', ['I have no other interviews']],
  ['Please do not forget me when you build the rank list.', ['do not forget me']],
  ['It has always been my dream to train at an academic center like yours.', ['my dream to train at']],
  ['There is nowhere else I would rather spend the next three years.', ['nowhere else I would rather']],
  ['To be honest your program is the only place for me.', ['the only place for me']],
  ['I only want to train at your hospital, nowhere else.', ['only want to train at']],
  ['I want this position more than anything.', ['more than anything']],
  ['I will never let you down if you give me this opportunity, I promise.', ['will never let you down']],
  ['Please take a chance on me; you will not regret it.', ['take a chance on me', 'you will not regret']],
  ["If I don't match here, I don't know what I'll do.", ["don't know what I'll do"]],
  ['My whole future depends on this match, and my family is counting on me.', ['My whole future depends on']],
  ['I am desperate to match somewhere near my mother, who is ill.', ['I am desperate']],
  ['Honestly, I will accept any position you can offer.', ['accept any position']],
  ['Since February I have dreamed of training here with the rural track residents.', ['dreamed of training here']]
]

// Sentences that must be flagged somewhere, whatever the exact span.
const flaggedSomewhere: string[] = [
  'I am so scared that I might not match, and every day without news feels endless.',
  'Dr. Nakamura, please, I just need to match this year or my family will have to move back.',
  'I hope with all my heart that you will consider me, because I have worked so hard for this.',
  'Please just give me one shot, I will work harder than anyone else in the class.'
]

const clean: string[] = [
  'Your advice about research electives meant a lot to me.',
  'Thank you for giving me the chance to meet the residents on Tuesday.',
  'I remain very interested in the program and its rural track.',
  'Please consider this message an update to my application file.',
  'The clinic will accept any patient who walks in, which is why I chose to volunteer there.',
  'I am happy to take whatever slot works for your schedule on the second-look day.',
  'I need to correct one answer I gave about my research year.',
  'Our clinic serves neighborhoods that desperately need primary care.',
  'My dream as a pediatrician is to open a free clinic in my hometown.',
  'I would be grateful if you could forward this note to Dr. Ibarra.',
  'I need to know whether the program sponsors H-1B visas before I finalize my list.',
  'The night float system you described would work well with my childcare needs.',
  'I was nervous before the interview, but the residents put me at ease.',
  'Could you let me know if there is anything else the office needs from me?',
  'I have no other questions at this time; thank you again for your help.',
  'Please let Dr. Chen know that I appreciated her advice about research electives.',
  'My Step 2 CK score was released yesterday; I scored 251.',
  'Our conversation about the addiction medicine clinic stayed with me on the drive home.',
  'I would be happy to send any documents the committee needs.',
  'I look forward to the rest of the interview season and wish the program a good one.',
  'The only change to my application is a new publication in JAMA Surgery.',
  'Kindly note that my visa status changed from F-1 to H-4 as of March 2.',
  'Thank you for a thoughtful and well organized day.',
  'I am writing to share that my manuscript on sepsis bundles was accepted.'
]

describe('neediness', () => {
  testSentences(id, {flagged: flaggedExactly, flaggedSomewhere, clean})

  it('offers one "please" as a safe fix for a repeated plea', () => {
    const [finding] = findingsOf(id, 'Please please please reply to me.')
    expect(finding?.actual).toBe('Please please please')
    expect(finding?.suggestions).toEqual([{text: 'Please', safe: true}])
  })

  it('is a warning whose message quotes the words and says what to do instead', () => {
    const [finding] = findingsOf(id, 'You are my dream program.')
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toMatch(/^“dream program” .*instead\.$/)
  })
})
