import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter} from './engine.js'
import {cueTrees} from './kind-cues.generated.js'
import {cuePattern, kindCues} from './kind.js'
import {parsePattern} from './pattern.js'

const linter = createLinter([])
const drafts = path.join(import.meta.dirname, '..', '..', '..', 'fixtures', 'drafts')

describe('kind detection', () => {
  it.each([
    ['clean-thank-you.txt', 'thank-you'],
    ['clean-thank-you-interviewer.txt', 'thank-you'],
    ['clean-correction.txt', 'correction'],
    ['clean-update.txt', 'update'],
    ['clean-question.txt', 'question'],
    ['clean-forward-request.txt', 'forward-request']
  ])('reads %s as a %s', (name, kind) => {
    expect(linter.lint(readFileSync(path.join(drafts, name), 'utf8')).kind).toBe(kind)
  })

  it.each([
    ['Thank you for the tour. Could you tell me whether residents get protected research time?', 'question'],
    ['I wanted to clarify something I said about my research year.', 'correction'],
    ['Thank you again. My manuscript on sepsis bundles was accepted for publication last week.', 'update'],
    ['Would you be willing to forward a short note to Dr. Abebe?', 'forward-request'],
    ['Thanks so much for a great day? It was lovely.', 'thank-you'],
    ['Thank you for the reminder. I am happy to confirm that my contact information is correct.', 'thank-you'],
    ['I would like to correct one thing I said about my research year.', 'correction'],
    ['A correction: my Step 1 attempt was in 2024, not 2023.', 'correction']
  ])('reads %j as a %s', (text, kind) => {
    expect(linter.lint(text).kind).toBe(kind)
  })

  it('lets the context decide when it names a kind, and says so', () => {
    const rules = [
      {
        meta: {id: 'probe', severity: 'info' as const, summary: 's', why: 'w'},
        check(document: {kindSignals: unknown}, report: (finding: {start: number; end: number; message: string}) => void) {
          report({start: 0, end: 1, message: JSON.stringify(document.kindSignals === 'context')})
        }
      }
    ]
    const probe = createLinter(rules as never)
    expect(probe.lint('I wanted to clarify one point.', {context: {kind: 'update'}})).toMatchObject({
      kind: 'update',
      messages: [{message: 'true'}]
    })
    expect(probe.lint('I wanted to clarify one point.').messages[0]!.message).toBe('false')
  })
})

// The build parses the cues into kind-cues.generated.ts; a stale file would match old trees.
describe('kind cues parsed at build time', () => {
  it('are the trees parsePattern gives, one for each cue and no more', () => {
    expect(Object.keys(cueTrees).sort()).toEqual(kindCues.map(([pattern]) => pattern).sort())
    for (const [pattern] of kindCues) {
      const tree = cuePattern(pattern)
      expect(typeof tree, pattern).toBe('object')
      expect(tree, pattern).toEqual(parsePattern(pattern))
    }
  })

  it('fall back to the text for a cue the build has not seen', () => {
    expect(cuePattern('a cue added since the build')).toBe('a cue added since the build')
  })
})
