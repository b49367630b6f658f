import {createLinter} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {findingsAt, hoverFor} from './hover.js'

const linter = createLinter(defaultRules)
const metaOf = (id: string) => linter.rules.find((rule) => rule.meta.id === id)?.meta

describe('hover', () => {
  const text = 'Thank you again.\nI will rank your program first.\n'
  const document = TextDocument.create('file:///d.txt', 'plaintext', 1, text)
  const findings = linter.lint(text).messages
  const inside = text.indexOf('rank') + 2

  it('finds the findings under a position, ends included', () => {
    const [first] = findings
    expect(findingsAt(findings, inside).map((f) => f.ruleId)).toEqual(['ranking-pressure'])
    expect(findingsAt(findings, first!.endOffset)).toHaveLength(1)
    expect(findingsAt(findings, 3)).toEqual([])
  })

  it('shows the rule id, severity, summary and why, with the flagged range', () => {
    const meta = metaOf('ranking-pressure')!
    const hover = hoverFor(findingsAt(findings, inside), document, metaOf, () => 'file:///r/README.md')!
    const value = (hover.contents as {value: string}).value
    expect(value).toContain(`**ranking-pressure** (error): ${meta.summary}`)
    expect(value).toContain(meta.why.trim())
    expect(value).toContain('[Rule documentation](file:///r/README.md)')
    // “I will rank your program first” is flagged whole.
    expect(hover.range).toEqual({start: {line: 1, character: 0}, end: {line: 1, character: 30}})
  })

  it('says nothing where nothing was found', () => {
    expect(hoverFor([], document, metaOf, () => undefined)).toBeUndefined()
  })
})
