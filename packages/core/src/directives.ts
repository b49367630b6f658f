// An HTML comment is invisible when Markdown is rendered and when most mail clients show a
// message, so it is where a draft can say which rules do not apply to it.
const directive = /<!--\s*followup-lint-disable((?:\s+[a-z0-9-]+,?)+)\s*-->/g

/** The comment that turns a rule off for the whole draft it stands in. */
export function disableComment(ruleId: string): string {
  return `<!-- followup-lint-disable ${ruleId} -->`
}

/**
 * The rule ids named by `<!-- followup-lint-disable id [id ...] -->` comments anywhere in a
 * draft. Ids may be separated by spaces or commas; ids of unknown rules are returned too and
 * simply match nothing.
 */
export function disabledRules(source: string): Set<string> {
  const ids = new Set<string>()
  if (!source.includes('followup-lint-disable')) return ids
  for (const match of source.matchAll(directive)) {
    for (const id of match[1]!.split(/[\s,]+/)) if (id) ids.add(id)
  }
  return ids
}
