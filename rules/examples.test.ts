// Every rule's documented examples run as tests, and every generated document must be fresh:
// the docs and the behaviour cannot drift apart.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createLinter} from '@followup-lint/core'
import {beforeAll, describe, expect, it} from 'vitest'
import {defaultRules} from './index.js'
import {cleanExample, renderReadme, renderRulesTable, type RuleData} from './lib/docs.js'
import {loadRules, locate, rulesDir} from './scripts/load.js'
import {findingsOf, ready} from './testing.js'

const rules = loadRules() as RuleData[]
const linter = createLinter(defaultRules)

beforeAll(() => ready)

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it.each(rule.examples.flagged.map((example) => [example.text, example] as const))(
    'flags %j where the example says',
    (text, example) => {
      const found = findingsOf(id, text, example.context)
      const expected = example.flags.map((flag) => {
        const offset = locate(text, flag)
        return {ruleId: id, offset, endOffset: offset + flag.length, actual: flag}
      }).sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
      expect(found.map(({ruleId, offset, endOffset, actual}) => ({ruleId, offset, endOffset, actual}))).toEqual(
        expected
      )
      for (const message of found) {
        // Phrase findings quote the flagged words; every message is a sentence.
        if (rule.phrases.length > 0) expect(message.message).toContain(`“${message.actual}”`)
        expect(message.message).toMatch(/^\S.*\.$/)
        const before = text.slice(0, message.offset).split('\n')
        expect([message.line, message.column]).toEqual([before.length, before.at(-1)!.length + 1])
      }
    }
  )

  it.each(rule.examples.clean.map((example) => [cleanExample(example).text, cleanExample(example)] as const))(
    'leaves %j alone',
    (_, example) => {
      expect(findingsOf(id, example.text, example.context)).toEqual([])
    }
  )

  it('has an up-to-date README (run `npm run docs` after changing rule.yml)', () => {
    const written = readFileSync(path.join(rulesDir, id, 'README.md'), 'utf8')
    expect(written).toBe(renderReadme(rule, linter))
  })
})

it('docs/rules.md lists every rule as the data says (run `npm run docs`)', () => {
  const written = readFileSync(path.join(rulesDir, '..', 'docs', 'rules.md'), 'utf8')
  expect(written).toBe(renderRulesTable(rules))
})

it('the default rule set is exactly the rule folders', () => {
  expect(defaultRules.map((rule) => rule.meta.id)).toEqual(rules.map((rule) => rule.id))
})
