import {defaultMaxBytes} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {lintDraftText} from './lint.js'

describe('the page linter', () => {
  it('refuses a draft over the size cap of every front door, with a message for the page', async () => {
    const text = 'é'.repeat(defaultMaxBytes / 2 + 1)
    await expect(lintDraftText(text, {})).rejects.toThrow(/larger than the 4 MB limit/)
    const result = await lintDraftText('You are my #1 program.', {})
    expect(result.messages.map((message) => message.ruleId)).toContain('ranking-pressure')
  })
})
