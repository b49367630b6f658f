import {defaultRules} from '@followup-lint/rules'
import {describe, expect, it} from 'vitest'
import {explainRule} from './explain.js'

const rule = (id: string) => defaultRules.find((candidate) => candidate.meta.id === id)!

describe('--explain', () => {
  const page = explainRule('ranking-pressure')
  const {meta, phrases} = rule('ranking-pressure')

  it('reads as a page: title, what it flags, why, sources, examples, options and the link', () => {
    const headings = page.split('\n').filter((line, index, lines) => /^[-=]+$/.test(lines[index + 1] ?? ''))
    expect(headings).toEqual(['ranking-pressure', 'Why it matters', 'Sources', 'Flagged', 'Not flagged', 'Options', 'Configure'])
    expect(page).toContain('Promises, pressure or questions about where the applicant or the program will rank')
    expect(page).toContain('Default severity: error')
    expect(page).toContain('81% of urology program directors')
    for (const source of meta.sources!) expect(page).toContain(`     ${source.url}`)
    expect(page).toContain('  I will definitely be ranking your program first.\n    flags “I will definitely be ranking your program first”')
    expect(page).toContain('"ranking-pressure": "warning"')
    expect(page.trimEnd().split('\n').at(-1)).toBe(`Documentation: ${meta.url}`)
    expect(meta.url).toMatch(/^https:\/\/github\.com\/followup-lint\/followup-lint\/blob\/main\/rules\/ranking-pressure\//)
  })

  it('holds no Markdown, repository paths or file URLs', () => {
    for (const id of defaultRules.map((candidate) => candidate.meta.id)) {
      const text = explainRule(id, {verbose: true})
      expect(text).not.toMatch(/```|\]\(|\.\.\/|file:|<!--/)
    }
  })

  it('lists the phrase patterns only when asked', () => {
    const pattern = phrases![0]!.patterns[0]!
    expect(page).not.toContain(pattern)
    expect(page).toContain('--verbose lists them')
    const verbose = explainRule('ranking-pressure', {verbose: true})
    expect(verbose).toContain(`      ${pattern}`)
    expect(verbose).toContain('What it looks for\n-----------------')
  })

  it('shows an example’s context and a rule’s options, each with its default and what it takes', () => {
    const timing = explainRule('timing')
    expect(timing).toMatch(/with this context:\n {6}kind: "thank-you"\n {6}interview-date: "\d{4}-\d\d-\d\d"/)
    expect(timing).toContain('Options\n-------\n  thankYouDays: 7\n      takes a whole number from 1 to 60\n')
    expect(explainRule('excessive-length')).toContain(
      '  budgets: thank-you 150, forward-request 180, update 200, correction 200, question 200\n' +
        '      takes a table with keys thank-you, forward-request, update, correction, question,\n' +
        '      each a whole number from 20 to 2000\n'
    )
    expect(explainRule('a-an')).toContain('Options\n-------\n  none')
  })
})
