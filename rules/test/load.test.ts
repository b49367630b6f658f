import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadRules, locate} from '../scripts/load.js'

function ruleDir(rules: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-rules-'))
  for (const [id, yaml] of Object.entries(rules)) {
    mkdirSync(path.join(dir, id))
    writeFileSync(path.join(dir, id, 'rule.yml'), yaml)
  }
  return dir
}

function rule(id: string, pattern: string, flagged = 'my choice', flag = 'my'): string {
  return [
    `id: ${id}`,
    'severity: warning',
    'summary: A test rule.',
    'why: Because.',
    'phrases:',
    '  - message: "“{actual}” is flagged."',
    '    patterns:',
    `      - ${pattern}`,
    'examples:',
    '  flagged:',
    `    - text: ${flagged}`,
    `      flags: [${flag}]`,
    ''
  ].join('\n')
}

describe('loadRules', () => {
  it('reads a valid rule into the engine shape', () => {
    const [loaded] = loadRules(ruleDir({'good-rule': rule('good-rule', '"my #1 choice"', '"my #1 choice"', '"my #1"')}))
    expect(loaded).toMatchObject({id: 'good-rule', severity: 'warning', phrases: [{patterns: ['my #1 choice']}]})
  })

  it('refuses an unquoted pattern that YAML would cut at " #"', () => {
    expect(() => loadRules(ruleDir({'bad-rule': rule('bad-rule', 'my #1 choice')}))).toThrow(/line 8: an unquoted item/)
  })

  it('names the file and key of other mistakes', () => {
    expect(() => loadRules(ruleDir({'some-rule': rule('other-id', 'my choice')}))).toThrow(/id: must equal the folder name/)
    expect(() => loadRules(ruleDir({'some-rule': rule('some-rule', 'my choice', 'my choice', 'yours')}))).toThrow(
      /examples.flagged\[0\].flags: "yours" is not in the text/
    )
    expect(() => loadRules(ruleDir({'a-rule': rule('a-rule', 'my choice'), 'b-rule': rule('b-rule', 'My  Choice')}))).toThrow(
      /duplicate pattern "My {2}Choice" \(also in a-rule\)/
    )
  })
})

describe('locate', () => {
  it('finds a flag as a whole word where it starts or ends with a letter', () => {
    expect(locate('It was a honor', 'a')).toBe(7)
    expect(locate('see [date] here', '[date]')).toBe(4)
    expect(locate('nothing', 'else')).toBe(-1)
  })
})
