import {readFileSync} from 'node:fs'
import {defaultMaxBytes, fieldOfKey} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {capFrom, lintDraftText, pickerKeys} from './lint.js'

describe('the page linter', () => {
  it('refuses a draft over the size cap of every front door, with a message for the page', async () => {
    const text = 'é'.repeat(defaultMaxBytes / 2 + 1)
    await expect(lintDraftText(text, {})).rejects.toThrow(/larger than the 4 MB limit/)
    const result = await lintDraftText('You are my #1 program.', {})
    expect(result.messages.map((message) => message.ruleId)).toContain('ranking-pressure')
  })

  it('takes the cap it is given, lower or higher', async () => {
    await expect(lintDraftText('You are my #1 program. '.repeat(100), {}, {maxBytes: 1024})).rejects.toThrow(/larger than the 1 KB limit/)
    const over = `You are my #1 program.\n\n${'é'.repeat(defaultMaxBytes / 2)}`
    const result = await lintDraftText(over, {}, {maxBytes: 2 * defaultMaxBytes})
    expect(result.messages.map((message) => message.ruleId)).toContain('ranking-pressure')
  })

  it('reads the cap from the page address as megabytes, ignoring what is not a size', () => {
    expect(capFrom('?max-size=8')).toBe(8 * 1024 * 1024)
    expect(capFrom('?max-size=0.5')).toBe(512 * 1024)
    for (const search of ['', '?max-size=', '?max-size=0', '?max-size=-3', '?max-size=abc', '?max-size=1e9', '?max-size=Infinity']) {
      expect(capFrom(search)).toBe(defaultMaxBytes)
    }
  })
})

describe('the context pickers', () => {
  const page = readFileSync(new URL('../index.html', import.meta.url), 'utf8')

  it.each(pickerKeys)('offer the values the context table gives %s', (key) => {
    const field = fieldOfKey(key)!
    if (field.type === 'choice') {
      const select = new RegExp(`<select id="${key}" data-key="${key}">([\\s\\S]*?)</select>`).exec(page)
      const values = [...(select?.[1] ?? '').matchAll(/<option value="([^"]*)"/g)].map((match) => match[1])
      expect(values).toEqual(['', ...field.values])
    } else {
      expect(field.type).toBe('date')
      expect(page).toContain(`<input type="date" id="${key}" data-key="${key}"`)
    }
  })
})
