import {runRetext, type LintDocument, type Report, type RetextTransformer} from '@followup-lint/core'

let transformer: RetextTransformer | undefined

/** Load the dictionary (about a second) only when the rule is on. */
export async function load(): Promise<void> {
  if (transformer) return
  const [{default: retextSpell}, {default: dictionary}] = await Promise.all([
    import('retext-spell'),
    import('dictionary-en')
  ])
  transformer = (retextSpell as (options: unknown) => RetextTransformer)({dictionary, max: 50})
}

export function check(document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>): void {
  if (!transformer) throw new Error('the spelling rule was not loaded: call prepare() before lint()')
  const allowed = new Set(
    (Array.isArray(options.allow) ? options.allow : []).map((word) => String(word).toLowerCase())
  )
  for (const finding of runRetext(transformer, document)) {
    const actual = document.source.slice(finding.start, finding.end)
    // Capitalized words are mostly names of people, programs and places.
    if (/^\p{Lu}/u.test(actual) || /\d/.test(actual) || allowed.has(actual.toLowerCase())) continue
    report({
      start: finding.start,
      end: finding.end,
      message: `“${actual}” is not in the dictionary; check its spelling.`,
      suggestions: finding.expected.slice(0, 3).map((text) => ({text, safe: false}))
    })
  }
}
