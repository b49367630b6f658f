import {defaultRules} from '@followup-lint/rules'
import {describe, expect, it} from 'vitest'
import {ruleMarkdown} from './hover.js'
import {ruleDocs} from './rule-docs.js'

describe('rule documentation links', () => {
  it('are the rules’ public pages, which open wherever the editor runs', () => {
    const docsUrl = ruleDocs()
    for (const {meta} of defaultRules) {
      expect(docsUrl(meta.id)).toBe(`https://github.com/followup-lint/followup-lint/blob/main/rules/${meta.id}/README.md`)
    }
    expect(docsUrl('no-such-rule')).toBeUndefined()
  })

  it('follow the rules the server was given', () => {
    const [first] = defaultRules
    const moved = {...first!, meta: {...first!.meta, url: 'https://docs.example.org/a-an'}}
    expect(ruleDocs([moved])(first!.meta.id)).toBe('https://docs.example.org/a-an')
  })

  it('sit in the hover under the sources of the rule’s why', () => {
    const {meta} = defaultRules.find((rule) => rule.meta.id === 'neediness')!
    const markdown = ruleMarkdown(meta, 'warning', meta.url)
    expect(markdown).toContain(`Sources: [${meta.sources![0]!.title}](${meta.sources![0]!.url})`)
    expect(markdown.endsWith(`[Rule documentation](${meta.url})`)).toBe(true)
  })
})
