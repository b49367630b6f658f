import {describe, expect, it} from 'vitest'
import {adaptDraft} from './adapters/index.js'
import {disableComment} from './directives.js'
import {createLinter} from './engine.js'
import type {Diagnostic, Rule} from './types.js'

const rules: Rule[] = ['alpha', 'beta'].map((id) => ({
  meta: {id, severity: 'warning', summary: id, why: id},
  phrases: [{patterns: [id === 'alpha' ? 'second to none' : 'my #1'], message: '“{actual}”'}]
}))
const linter = createLinter(rules)

async function ruleIds(text: string): Promise<string[]> {
  const draft = await adaptDraft(text, {filePath: 'draft.md'})
  const filter = (messages: Diagnostic[]) => draft.filter!(messages, ['alpha', 'beta'])
  const result = linter.lint(draft.source, {regions: draft.regions, tree: draft.tree!, filter})
  return result.messages.map((message) => message.ruleId)
}

describe('disableComment', () => {
  it('writes the comment the Markdown adapter obeys, for the rule it names only', async () => {
    const text = 'You are second to none, my #1.\n'
    expect(await ruleIds(text)).toEqual(['alpha', 'beta'])
    expect(disableComment('alpha')).toBe('<!-- followup-lint-disable alpha -->')
    expect(await ruleIds(`${disableComment('alpha')}\n\n${text}`)).toEqual(['beta'])
  })
})
