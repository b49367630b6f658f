import {scoreVerdict} from '@followup-lint/core'

/** The line under the meter: the score and what it means, in the words every other place uses. */
export function scoreLine(score: number): string {
  return `${score} of 100: ${scoreVerdict(score)}.`
}
