import {describe, expect, it} from 'vitest'
import {findingsOf, testSentences} from '../testing.js'

const id = 'unrequested-attachment'

const flagged: [string, string[]][] = [
  ['I have attached my updated CV for your review.', ['attached my updated CV']],
  ['I have enclosed a copy of my Step 2 score report.', ['enclosed a copy of my Step 2 score report']],
  ['I am sending along my updated CV with the new paper listed.', ['I am sending along my updated CV']],
  ['Here is a link to my updated personal statement: https://example.org/ps', ['link to my updated personal statement']],
  ['I attached my updated CV, which lists the poster I presented at the regional meeting.', ['attached my updated CV']],
  ['Attached is a longer essay about my journey into medicine.', ['Attached is a longer essay']],
  ['Here is my updated resume with the new publication highlighted.', ['Here is my updated resume']],
  ['I’ve enclosed a two-page letter describing my journey through medical school.', ['enclosed a two-page letter describing my journey']],
  ['My CV is attached in case it is useful.', ['CV is attached']],
  ['I am also including my personal statement so you can get to know me better.', ['also including my personal statement']],
  ['Enclosed please find my updated curriculum vitae and a short reflection.', ['Enclosed please find my updated curriculum vitae']],
  ['I have attached a document that explains my background and my family situation in detail.', ['attached a document that explains my background']],
  ['For your convenience, my transcript and MSPE are attached.', ['transcript and MSPE are attached']],
  ['Please see the attached file describing my journey from Lagos to Boston.', ['attached file describing my journey']],
  ['To remind the committee who I am, I am attaching my CV and a photo.', ['attaching my CV']],
  ['I uploaded my revised personal statement to the shared folder last night.', ['uploaded my revised personal statement']],
  ['Dear Sir, herewith I am sending my resume and letter of intent for kind perusal.', ['I am sending my resume and letter of intent']],
  ['Along with this email I have included my full ERAS application as a PDF.', ['I have included my full ERAS application']],
  ['You will find my letter of intent below, which says more than I could on the day.', ['You will find my letter of intent']],
  ['I appended a short autobiography, since the interview felt too brief to tell my story.', ['appended a short autobiography']],
  ['I have also forwarded my publication list, now at eleven papers.', ['also forwarded my publication list']],
  ['Attached you will find my CV, my personal statement, and two of my posters.', ['Attached you will find my CV']],
  ['An updated copy of my resume is attached for your records.', ['resume is attached']],
  ['I thought it might help to share my portfolio, which is attached.', ['portfolio, which is attached']],
  ['Enclosed is a reflection on what the interview day meant to me.', ['Enclosed is a reflection']],
  ['I have attached three pages about my path to pediatrics and why it matters to me.', ['attached three pages about my path']],
  ['Please find attached my CV with the new abstract added at the top.', ['Please find attached my CV']],
  ['Attaching my cover letter here again so it is easy to find.', ['Attaching my cover letter']],
  ['I am resending my personal statement because I edited the second paragraph.', ['I am resending my personal statement']]
]

const clean: string[] = [
  'I uploaded my poster to the conference site the week before the meeting.',
  'Our manuscript was posted to medRxiv in December, and the journal accepted it last week.',
  'The residents shared a link to the program calendar, which was helpful.',
  'Attached is the signed form you requested.',
  'As you asked, I have attached my updated CV.',
  'Per Dr. Lee’s request, I am sending my updated CV.',
  'I have attached my updated CV, as the coordinator requested on Monday.',
  'Following your instructions, my transcript is attached as a single PDF.',
  'In response to your request, attached is my revised personal statement.',
  'Dr. Moreau asked me to send my CV, so I have attached it here.',
  'My Step 2 CK score, released on January 9, is 251.',
  'I would be happy to send my updated CV if that would help.',
  'Should I attach my CV, or is the copy in ERAS enough?',
  'The attached PDF is the visa letter the coordinator needed.',
  'I attached a copy of the acceptance email from the journal.',
  'My personal statement mentions my work with refugee families in Utica.',
  'I wrote about my journey into medicine in my ERAS essay.',
  'My manuscript on sepsis bundles was accepted by Critical Care Medicine.',
  'I can share my publication list if the committee would find it useful.',
  'The requested documents are attached: my visa approval and my license.',
  'You asked for my updated CV during the interview, so it is attached.',
  'My updated ERAS application now lists the new publication.',
  'I have attached the completed onboarding form and a copy of my passport.'
]

describe('unrequested-attachment', () => {
  testSentences(id, {flagged, clean})

  it('treats a request only in the same sentence as permission', () => {
    const text = 'You asked me for it last week. Separately, I have attached my updated CV.'
    expect(findingsOf(id, text).map((finding) => finding.actual)).toEqual(['attached my updated CV'])
  })
})
