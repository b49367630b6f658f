// Drafts to try the page with: most are the repository's own test fixtures, so the page and
// the tests show the same findings for them.
import cleanThankYou from '../../../fixtures/drafts/clean-thank-you.txt?raw'
import cleanUpdate from '../../../fixtures/drafts/clean-update.txt?raw'
import gushing from '../../../fixtures/drafts/flagged-gushing-thank-you.txt?raw'
import mixed from '../../../fixtures/drafts/flagged-mixed.txt?raw'
import rankPromise from '../../../fixtures/drafts/flagged-rank-promise.txt?raw'
import templateSlots from '../../../fixtures/drafts/flagged-template-slots.txt?raw'
import updatePressure from '../../../fixtures/drafts/flagged-update-pressure.txt?raw'

// Written for the page: text-speak that the safe rewrites can clean up in one click.
const hurried = `Subject: thx for the interview

Hey Ms. Brandt,

thx again for setting up my interview day at Harbor City last week, the schedule made it easy to plan my travel. btw the residents were great to talk to abt the night float system.

Could u pls pass my thanks along to Dr. Ito? I know the office is busy tho, so no rush.

Best,
Sam Okafor
AAMC ID: 14098765
`

export interface Example {
  id: string
  label: string
  text: string
}

export const examples: readonly Example[] = [
  {id: 'mixed', label: 'Several problems at once', text: mixed},
  {id: 'rank-promise', label: 'A promise about the rank list', text: rankPromise},
  {id: 'gushing', label: 'A gushing thank-you', text: gushing},
  {id: 'hurried', label: 'A hurried note in text-speak', text: hurried},
  {id: 'template-slots', label: 'Template slots left unfilled', text: templateSlots},
  {id: 'update-pressure', label: 'An update that pushes for rank', text: updatePressure},
  {id: 'clean-thank-you', label: 'A clean thank-you', text: cleanThankYou},
  {id: 'clean-update', label: 'A clean update', text: cleanUpdate}
]
