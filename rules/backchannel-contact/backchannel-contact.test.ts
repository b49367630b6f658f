import {describe, expect, it} from 'vitest'
import {findingsOf, testSentences} from '../testing.js'

const id = 'backchannel-contact'

const flagged: [string, string[]][] = [
  ['I got your email from PubMed and hope you do not mind me reaching out.', ['got your email from PubMed']],
  ['I found your address in the corresponding author line of your 2021 paper.', ['found your address in the corresponding author']],
  ['Sorry to text your personal cell so late in the evening.', ['your personal cell']],
  ["Dr. Patel's personal email was printed in her review article, so I used it.", ["Dr. Patel's personal email"]],
  ['I hope it is all right that I wrote to your Gmail.', ['your Gmail']],
  ['I know you asked applicants not to send thank-you notes to faculty, but I wanted to write anyway.', ['asked applicants not to send thank-you notes to faculty, but']],
  ['You asked us not to contact faculty, but I emailed Dr. Shah anyway.', ['asked us not to contact faculty, but']],
  ['I tracked down Dr. Brooks’s email through an old listserv.', ['tracked down Dr. Brooks’s email']],
  ['Last week I asked a resident for Dr. Gomez’s cell number.', ['asked a resident for Dr. Gomez’s cell number']],
  ['I called the cardiology office and asked for Dr. Whitfield’s email address.', ['called the cardiology office and asked for Dr. Whitfield’s email address']],
  ['Could you put in a good word for me with the program director?', ['put in a good word']],
  ['If you could put a word in for me with Dr. Hale, I would be grateful.', ['put a word']],
  ['Would you be willing to speak on my behalf at the ranking meeting?', ['speak on my behalf']],
  ['My cousin is a resident there and said he could pull some strings for me.', ['pull some strings']],
  ['Perhaps you could mention my name to the selection committee when they meet.', ['mention my name to the selection committee']],
  ['Do you have any pull with the committee this year?', ['any pull with the committee']],
  ['Any advice that gives me a leg up would mean a lot.', ['a leg up']],
  ['I emailed Dr. Shah directly instead of the coordinator because I wanted to be sure she saw it.', ['instead of the coordinator']],
  ['Rather than bothering the program office, I thought I would write to you.', ['Rather than bothering the program office']],
  ['I decided to go straight to the program director since nobody replied.', ['go straight to the program director']],
  ['To save time, I am bypassing the residency office and writing to you.', ['bypassing the residency office']],
  ['I know we were told to go through the coordinator, but I wanted to reach you myself.', ['told to go through the coordinator, but']],
  ['I am writing to you directly despite the no-contact policy in the packet.', ['directly despite the no-contact policy']],
  ['Although you were not one of my interviewers, I admire your work on sepsis.', ['you were not one of my interviewers']],
  ['I realize you did not interview me, but your lab is exactly what I am looking for.', ['you did not interview me']],
  ['A classmate gave me your WhatsApp number, I hope that is okay.', ['your WhatsApp number']],
  ['I am writing to you without going through the coordinator, since this is personal.', ['without going through the coordinator']],
  ['Sir, I have found your mobile number from the hospital directory and will call you tomorrow.', ['found your mobile number from the hospital directory']]
]

const clean: string[] = [
  'I am writing to the program coordinator with a brief update.',
  'You asked us not to send thank-you notes to faculty, so I am writing only to the program office.',
  'Could you forward this short note to Dr. Shah?',
  'I found your email on the program’s contact page.',
  'I called the GME office to ask for the residency coordinator’s email.',
  'Please let me know if there is a better way to reach the program office.',
  'Please forward my thanks to Dr. Ruiz and the rest of the faculty.',
  'My personal email is listed below in case that is easier.',
  'You can reach me on my cell at 555-0134 any time.',
  'I reached out to the coordinator rather than to Dr. Kim directly, as the packet asked.',
  'I understand that applicants should not contact interviewers, so I am writing to the residency office.',
  'Dr. Ibarra gave me her card and invited me to email her with questions.',
  'My mentor spoke highly of the program when I asked her about it.',
  'I would like to put in a request for the updated call schedule.',
  'Thank you for the chance to speak with residents on my behalf during lunch, which helped me a lot.',
  'The coordinator kindly shared the faculty list after the interview.',
  'If there is someone better suited to answer this, I am happy for you to forward my question.',
  'I read your paper on PubMed and enjoyed our conversation about it during the interview.',
  'I have copied the coordinator on this message, as the program asked.',
  'My address and phone number have not changed since I applied.',
  'I emailed the program office on Monday with my new Step 2 score.',
  'I do not have Dr. Ames’s address and did not want to write to her directly without going through the proper channel.'
]

describe('backchannel-contact', () => {
  testSentences(id, {flagged, clean})

  it('is an error whose message points to the program office', () => {
    const [finding] = findingsOf(id, 'I found your Gmail address on a conference abstract.')
    expect(finding?.severity).toBe('error')
    expect(finding?.message).toMatch(/^“found your Gmail address on a conference” .*coordinator or program office/)
  })

  it('still flags lobbying after "not" when the request is made anyway', () => {
    expect(findingsOf(id, 'I do not want to be pushy, but could you put in a good word?')).toHaveLength(1)
  })
})
