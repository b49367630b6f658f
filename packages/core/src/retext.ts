import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import type {LintDocument} from './types.js'

/** A transformer as retext plugins return it; those used here finish synchronously. */
export type RetextTransformer = (tree: Root, file: VFile, next: (error?: unknown) => void) => void

/** What a retext plugin reported, with absolute offsets into the source. */
export interface RetextFinding {
  start: number
  end: number
  reason: string
  actual?: string
  expected: string[]
}

/**
 * Run a retext plugin's transformer over every parsed piece of the draft and return its
 * messages with offsets into the original source, so an ecosystem plugin becomes a rule check.
 */
export function runRetext(transformer: RetextTransformer, document: LintDocument): RetextFinding[] {
  const findings: RetextFinding[] = []
  for (const piece of document.pieces) {
    const file = new VFile()
    let failure: unknown
    transformer(piece.tree, file, (error) => {
      failure = error
    })
    if (failure) throw failure
    for (const message of file.messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start.offset : place?.offset
      const end = place && 'end' in place ? place.end.offset : start
      if (start === undefined || end === undefined) continue
      const finding: RetextFinding = {
        start: piece.offset + start,
        end: piece.offset + end,
        reason: message.reason,
        expected: message.expected ?? []
      }
      if (message.actual !== undefined) finding.actual = message.actual
      findings.push(finding)
    }
  }
  return findings
}
