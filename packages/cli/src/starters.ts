import type {MessageKind} from '@followup-lint/core'

// Starter drafts for `followup-lint new <kind>`. Each is short, specific and free of rank talk,
// and uses only documented placeholder names, so `followup-lint --template` passes it as it is.
const starters: Record<MessageKind, string> = {
  'thank-you': `Subject: Thank you for the [Program Name] interview on [Interview Date]

Dear [Interviewer Name],

Thank you for meeting with me on [Interview Date] during my interview with the [Specialty] residency at [Program Name]. Our conversation about [Topic] gave me a clearer sense of how residents there learn and take on responsibility.

I appreciate the time you set aside for me in a busy season.

Sincerely,
[Applicant Name]
[Medical School]
AAMC ID: [AAMC ID]
`,
  correction: `Subject: A correction to something I said on [Interview Date]

Dear [Coordinator Name],

During my interview with [Program Name] on [Interview Date], I gave an inaccurate answer about [Topic]. The accurate information is this: [Correction].

I wanted the committee to have the right facts, and I am sorry for any confusion. Thank you for passing this on.

Sincerely,
[Applicant Name]
AAMC ID: [AAMC ID]
`,
  update: `Subject: Application update: [Exam] result

Dear [Coordinator Name],

I interviewed with the [Specialty] residency at [Program Name] on [Interview Date], and I am writing with a brief update to my application. On [Date] I received my [Exam] score of [Score]. In addition, my article "[Publication Title]" has been accepted by [Journal].

Could you please add this to my file? Thank you for your help.

Sincerely,
[Applicant Name]
AAMC ID: [AAMC ID]
`,
  question: `Subject: A question about the [Specialty] residency at [Program Name]

Dear [Coordinator Name],

Thank you again for organizing my interview day on [Interview Date]. One question came up afterwards that I could not answer from the program website: [Question]

If someone on the team could point me to the answer, I would be grateful.

Sincerely,
[Applicant Name]
AAMC ID: [AAMC ID]
`,
  'forward-request': `Subject: A note for [Interviewer Name]

Dear [Coordinator Name],

I interviewed with [Program Name] on [Interview Date]. If it fits the program's practice, could you pass the short note below to [Interviewer Name]? Thank you for your help.

Dear [Interviewer Name],
Thank you for our conversation on [Interview Date]. I keep coming back to what you said about [Topic], and I appreciated your candor about the training.

Sincerely,
[Applicant Name]
[Email Address]
AAMC ID: [AAMC ID]
`
}

/** The starter draft of a kind of follow-up, with placeholders to fill in. */
export function starter(kind: MessageKind): string {
  return starters[kind]
}
