import type {Paragraph, Root, RootContent, Sentence} from 'nlcst'
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
 * Call `visit` for every sentence of the draft's paragraphs, in order, with its number (the
 * `sentence` of its tokens) and the offset of its piece.
 */
export function eachSentence(document: LintDocument, visit: (sentence: Sentence, index: number, offset: number) => void): void {
  let index = 0
  for (const piece of document.pieces) {
    for (const child of piece.tree.children) {
      if (child.type !== 'ParagraphNode') continue
      for (const sentence of child.children) {
        if (sentence.type === 'SentenceNode') visit(sentence, index++, piece.offset)
      }
    }
  }
}

/** The tree with only the sentences `select` keeps (numbered as in `eachSentence`). */
function selected(tree: Root, select: (sentence: number) => boolean, counter: {index: number}): Root {
  const children: RootContent[] = []
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') {
      children.push(child)
      continue
    }
    const kept = child.children.filter((sentence) => sentence.type === 'SentenceNode' && select(counter.index++))
    if (kept.length > 0) children.push({...child, children: kept} as Paragraph)
  }
  return {...tree, children}
}

/**
 * Run a retext plugin's transformer over every parsed piece of the draft and return its
 * messages with offsets into the original source, so an ecosystem plugin becomes a rule check.
 * With `select`, the plugin sees only the sentences it keeps: for a plugin that looks at one
 * sentence at a time, a rule that can tell which sentences may hold a finding saves the walk
 * over all the others.
 */
export function runRetext(
  transformer: RetextTransformer,
  document: LintDocument,
  select?: (sentence: number) => boolean
): RetextFinding[] {
  const findings: RetextFinding[] = []
  const counter = {index: 0}
  for (const piece of document.pieces) {
    const tree = select ? selected(piece.tree, select, counter) : piece.tree
    if (tree.children.length === 0) continue
    const file = new VFile()
    let failure: unknown
    transformer(tree, file, (error) => {
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
