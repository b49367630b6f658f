import {describe, expect, it} from 'vitest'
import {findingsOf, testSentences} from '../testing.js'

const id = 'repeated-follow-up'

const flagged: [string, string[]][] = [
  ['Any updates?', ['Any updates']],
  ['Is there any news on my application since the interview?', ['Is there any news on my application']],
  ['I know you get many emails, so I am writing a third time.', ['writing a third time']],
  ['I am just following up again on my question about parental leave.', ['following up again']],
  ['Hello, I haven’t heard back yet and wanted to be sure my note arrived.', ['I haven’t heard back']],
  ['Did you get my previous email about the J-1 waiver?', ['Did you get my previous email']],
  ['This is my third email about the night float schedule.', ['This is my third email']],
  ['I am bumping this to the top of your inbox in case it was missed.', ['bumping this to the top of your inbox']],
  ['Since I did not get a reply, I am sending my question again.', ['I did not get a reply', 'sending my question again']],
  ['No response yet, so I thought I would check in once more.', ['No response yet', 'check in once more']],
  ['Sorry to bother you again, I know it is a busy season.', ['bother you again']],
  ['Apologies for the multiple emails this week.', ['Apologies for the multiple emails']],
  ['Just a gentle reminder about my earlier question.', ['gentle reminder']],
  ['Circling back on the H-1B question from my last message.', ['Circling back']],
  ['In case my email got lost in your spam folder, I am resending it below.', ['email got lost', 'resending it below']],
  ['I am still waiting to hear back about the visa question.', ['I am still waiting to hear back']],
  ['Have you had a chance to read my last message?', ['Have you had a chance to read my last message']],
  ['Please see my previous email regarding the childcare question.', ['Please see my previous email']],
  ['I hate to be a pest, but I wanted to ask one more time.', ['hate to be a pest']],
  ['Following up on my email from January 12 about sponsorship.', ['Following up on my email']],
  ['I have yet to hear back from anyone in the office.', ['I have yet to hear back']],
  ['Dear Madam, kindly this is a second follow-up regarding my query.', ['a second follow-up']],
  ['Any update on my question about moonlighting?', ['Any update on my question']],
  ['Worried that my message slipped through the cracks, I am writing once more.', ['slipped through the cracks']],
  ['We have still not received any response and are getting nervous.', ['We have still not received any response']],
  ['Touching base again about the email I sent before the holidays.', ['Touching base again']],
  ['Sorry to keep bugging you again about this, I promise it is the last time.', ['bugging you again']],
  ['My message below, from two weeks ago, is still unanswered.', ['is still unanswered']],
  ['Please see my email below from last week.', ['Please see my email below']],
  ['Because I never heard back from the office, I am writing to you a second time.', ['Because I never heard back']]
]

const clean: string[] = [
  'Are there any updates to the call schedule for next year?',
  'Is there any news from the hospital about the new clinic building?',
  'This is the second time I have visited Denver, and I liked it more this time.',
  'I am following up on our conversation about the global health track.',
  'I have not heard of that fellowship before and would like to learn more.',
  'I have not received my Step 2 score yet, but I will share it when I do.',
  'Thank you for your reply last week; it answered my question.',
  'As a follow-up to my interview, I would like to share one update.',
  'I still have not received a response from the journal about my revision.',
  'I wanted to send a brief thank-you for the interview on Friday.',
  'My paper was accepted, and I wanted the program to have the news.',
  'Thank you for getting back to me so quickly about the visa question.',
  'The second time I rotated in the ICU, I led the morning huddle.',
  'I bumped into Dr. Reyes at the pre-interview dinner and enjoyed our chat.',
  'The reminder email about the virtual tour was very helpful.',
  'I received your message and the schedule, thank you.',
  'Could you forward this note to Dr. Park when convenient?',
  'I will follow up with my official transcript once the registrar sends it.',
  'One follow-up question: does the program offer a research track?',
  'My third rotation was in rural family medicine in Montana.',
  'If you have any questions about my update, I am glad to answer them.',
  'I look forward to hearing about the program as the season goes on.',
  'I reached out to the coordinator once, on Monday, with my new score.'
]

describe('repeated-follow-up', () => {
  testSentences(id, {flagged, clean})

  it('flags chasing that follows a negation, which is part of the phrase', () => {
    expect(findingsOf(id, 'Not to be pushy, but I have not heard back.')).toHaveLength(1)
  })

  it('leaves news about a journal or an embassy alone', () => {
    expect(findingsOf(id, 'We have not heard back from the embassy about the visa date.')).toEqual([])
  })
})
