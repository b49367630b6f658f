import type {Diagnostic} from './types.js'

/** Points a finding adds to the read-aloud score, by severity. */
export const severityWeight = {error: 35, warning: 15, info: 0} as const

/**
 * The read-aloud score of a draft: 0 reads well, 100 would make a room of faculty wince.
 * Each finding adds the weight of its severity; the sum is capped at 100.
 */
export function findingsScore(messages: readonly Diagnostic[]): number {
  let total = 0
  for (const message of messages) total += severityWeight[message.severity]
  return Math.min(100, total)
}
