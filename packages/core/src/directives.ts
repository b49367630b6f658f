// An HTML comment is invisible when Markdown is rendered and when most mail clients show a
// message, so it is where a draft can say which rules do not apply to it. The Markdown adapter
// reads these comments (with unified-message-control); this writes one.

/** The comment that turns a rule off from where it stands to the end of a Markdown draft. */
export function disableComment(ruleId: string): string {
  return `<!-- followup-lint-disable ${ruleId} -->`
}
