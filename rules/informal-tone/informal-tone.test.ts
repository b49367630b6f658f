import {createLinter} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {findingsOf, flagsOf, testSentences} from '../testing.js'

const linter = createLinter(defaultRules)

const id = 'informal-tone'

const flaggedExactly: [string, string[]][] = [
  ['Hey Dr. Okonkwo, thanks for yesterday.', ['Hey']],
  ['I should hear by March, so fingers crossed!', ['fingers crossed']],
  ['Wish me luck on Step 3 next week.', ['Wish me luck']],
  ['Hi guys, just wanted to say the dinner was great.', ['Hi guys']],
  ['Yo, quick question about the call schedule.', ['Yo']],
  ['thx for answering all my questions about the research track', ['thx']],
  ['Pls let me know if the office needs anything else from me.', ['Pls']],
  ['btw my Step 2 score came back and it went up twenty points', ['btw']],
  ['I am gonna be in town next week for a wedding.', ['gonna']],
  ['We wanna make sure my partner can find work nearby.', ['wanna']],
  ['I was super excited to see the new simulation center.', ['super']],
  ['The resident lounge was awesome and the coffee was free.', ['awesome']],
  ['Thank you so much for today!!', ['!!']],
  ['Did my update reach the committee?!', ['?!']],
  ['Thanks again for a lovely day 😊', ['😊']],
  ['Looking forward to hearing from you 🙏🏽🙏🏽', ['🙏🏽🙏🏽']],
  ['It was great to meet the chiefs :)', [':)']],
  ['I AM SO EXCITED about the global health pathway.', ['I AM SO EXCITED']],
  ['The PGY-1 orientation sounded REALLY well planned.', ['REALLY']],
  ['omg the view from the ICU was unreal', ['omg']],
  ['Thank u for taking the time to read my essay.', ['u']],
  ['I loved ur program and the people in it.', ['ur']],
  ['How r u? I hope the interview season is going well.', ['r', 'u']],
  ['That free clinic was so cool, lol.', ['so cool', 'lol']],
  ['Ty for the update, I really appreciate it.', ['Ty']],
  ['Sooo grateful for the chance to visit.', ['Sooo']],
  ['No worries if you are busy; I know it is a hectic season.', ['No worries']],
  ['Thanks a bunch for sending the schedule.', ['Thanks a bunch']],
  ['I was kinda nervous during the MMM station, haha.', ['kinda', 'haha']]
]

const clean: string[] = [
  'The residents crossed the street to the clinic, and my fingers were cold after the tour.',
  'Thank you for interviewing me at [PROGRAM NAME] on {{DATE}}.',
  'I hope to train in SPECIALTY, and my AAMC ID is QQQQQQQQ.',
  "It was a pleasure to meet INSERT INTERVIEWER'S NAME HERE.",
  'Dear Dr. Okonkwo, thank you for the conversation about the QI curriculum.',
  'Hello Ms. Ferreira, I hope this message finds you well.',
  'My USMLE Step 2 CK score and my updated MSPE are now in ERAS.',
  'I passed COMLEX Level 2 CE and submitted my NRMP rank list questions to the coordinator.',
  'Thank you! I enjoyed meeting the PGY-2 residents in the NICU.',
  'The ACGME survey results and the AAMC data you shared were helpful.',
  'I interviewed at UR Medicine and the U of M last week.',
  'I have experience with Epic and completed my BLS and ACLS in May.',
  'Psychiatry was my favorite clerkship, and I pumped breast milk during call shifts.',
  'The clinic stays cool in summer thanks to a shared fan budget.',
  'In our cohort the correlation was r = 0.82, which I presented at ATS.',
  'Our study (n = 214) found fewer readmissions after the change.',
  'I will be in Boston on January 14 for a family event.',
  'Could you tell me whether the program sponsors J-1 visas?',
  'I appreciated hearing about the PM&R rotation and the ENT elective.',
  'The note was signed by Dr. Ty Nguyen, the associate program director.',
  'Please find my AAMC ID and ERAS ID below.',
  'Thank you for a well organized interview day.',
  'My score improved from 232 to 251 (a 19-point change).',
  'The copyright line on the brochure read © 2025 University Hospitals.',
  'Our research group ®™© and the Fairview Health™ brand guide.',
  'Sincerely,\nMARIA DEL CARMEN LOPEZ, MD\nAAMC ID 12345678'
]

describe('informal-tone', () => {
  testSentences(id, {flagged: flaggedExactly, clean})

  it('reads ‼ as punctuation, not also as an emoji, unless written for the picture', () => {
    const messages = (text: string) => linter.lint(text).messages.filter((m) => m.ruleId === id).map((m) => m.message)
    expect(messages('Thanks‼')).toEqual(['“‼” piles up punctuation; one “!” is enough.'])
    expect(messages('Thanks \u203c\ufe0f')).toHaveLength(2)
  })

  it.each([
    ['Hey Dr. Lee,', 'Dear'],
    ['thx again', 'thank you'],
    ['Thanks!!!', '!'],
    ['Are you sure??', '?'],
    ['I am gonna call.', 'going to'],
    ['It was THANK YOU SO MUCH', 'thank you so much'],
    ['THANK YOU SO MUCH for the tour.', 'Thank you so much'],
    ["I'M SO GRATEFUL for the chance.", "I'm so grateful"]
  ])('offers a safe fix for %j: %j', (text, fix) => {
    const [finding] = findingsOf(id, text)
    expect(finding?.suggestions?.[0]).toEqual({text: fix, safe: true})
  })

  it('does not offer a safe fix for "ur", which may mean "your" or "you\'re"', () => {
    const [finding] = findingsOf(id, 'ur team was kind')
    expect(finding?.suggestions).toEqual([{text: 'your', safe: false}])
  })

  it('flags one run of shouting once, with acronyms at its edges left out', () => {
    expect(flagsOf(id, 'My ERAS PLEASE READ IT NOW application.')).toEqual(['PLEASE READ IT NOW'])
    expect(flagsOf(id, 'Is the USMLE STEP requirement firm?')).toEqual([])
  })

  it('reads only the prose regions and reports absolute offsets', () => {
    const text = 'Subject: SO EXCITED!! 😊\n\nThanks!! See u soon 😊'
    const body = text.indexOf('Thanks')
    const found = createLinter(defaultRules)
      .lint(text, {regions: [{start: body, end: text.length}]})
      .messages.filter((message) => message.ruleId === id)
      .map((message) => [message.offset, message.actual])
    expect(found).toEqual([
      [text.lastIndexOf('!!'), '!!'],
      [text.lastIndexOf(' u ') + 1, 'u'],
      [text.lastIndexOf('😊'), '😊']
    ])
  })
})
