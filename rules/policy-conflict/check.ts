import type {LintDocument, Report} from '@followup-lint/core'
import {opening} from '../lib/place.js'

const faculty: Record<string, string> = {
  interviewer: 'an interviewer',
  faculty: 'a faculty member',
  'program-director': 'the program director'
}

export function check(document: LintDocument, report: (finding: Report) => void): void {
  const {policy, recipient, recipientConfidence} = document.context
  if (policy !== 'no-faculty-contact' || !recipient || !(recipient in faculty)) return
  // A title alone ("Dear Dr. Okafor") says doctor, not faculty: coordinators hold doctorates too.
  if (recipientConfidence === 'weak') return
  const place = opening(document)
  if (!place) return
  report({
    start: place.start,
    end: place.end,
    message:
      `“${place.text}” writes straight to ${faculty[recipient]}, but this program asks applicants not to contact ` +
      'faculty after the interview; send the message to the program office or coordinator instead, and ask them to pass it on if appropriate.'
  })
}
