import type {LintDocument, Report} from '@followup-lint/core'
import {checkTemplate} from './template.js'

// One scanner for every slot style, so that "[###]" is reported once, not as a bracket and a
// run of hashes.
const slot = new RegExp(
  [
    String.raw`\{\{[^{}\n]{0,60}\}\}`, // {{name}}
    String.raw`\$\{[^{}\n]{1,60}\}`, // ${name}
    String.raw`\{[A-Za-z_][\w .\-/]{0,40}\}`, // {Program Name}
    String.raw`<<[^<>\n]{1,60}>>`, // <<name>>
    String.raw`\[[^\[\]\n]{0,80}\](?![\p{L}(])`, // [Program Name], [date], [###]; not [T]he, not [text](link)
    String.raw`<[A-Za-z][^<>\n]{0,60}>`, // <Specialty>
    String.raw`\((?:insert|add|enter|your|fill in)\b[^()\n]{0,60}\)`, // (insert date)
    String.raw`%[A-Z][A-Z_]{1,30}%`, // %NAME%
    String.raw`(?<![\p{L}\p{N}])(?:X{3,}|x{3,}|#{3,}|_{3,}|TBD|TBA|TKTK|TODO|FIXME|INSERT|MM/DD/YY(?:YY)?|mm/dd/yy(?:yy)?)(?![\p{L}\p{N}])`
  ].join('|'),
  'gu'
)

// Bracketed text that is a citation, an editorial mark or an ellipsis, not a slot.
const editorial = /^\[(?:\s*\d+(?:\s*[-\u2013,]\s*\d+)*\s*|sic!?|\.\.\.|\u2026|emphasis (?:added|mine)|sic passim)\]$/i
const htmlTag = /^<\/?(?:a|abbr|b|blockquote|br|code|div|em|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^>]*)?\/?>$/i

/** Whether a match is a real slot rather than a citation, an address or a tag. */
function isSlot(text: string): boolean {
  if (text.startsWith('[')) return !editorial.test(text)
  if (text.startsWith('<') && !text.startsWith('<<')) {
    return !text.includes('@') && !text.includes('://') && !htmlTag.test(text)
  }
  return true
}

export function check(
  document: LintDocument,
  report: (finding: Report) => void,
  options: Record<string, unknown> = {}
): void {
  if (document.context.template) return checkTemplate(document, report, options, check)
  const {source} = document
  for (const region of document.regions) {
    const text = source.slice(region.start, region.end)
    for (const match of text.matchAll(slot)) {
      if (!isSlot(match[0])) continue
      const start = region.start + match.index
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” is a template slot left unfilled; fill it in or delete it before sending.`
      })
    }
  }
}
