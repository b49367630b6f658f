import type {LintDocument, Report} from '@followup-lint/core'
import {checkTemplate} from './template.js'

// One scanner for every slot style, so that "[###]" is reported once, not as a bracket and a
// run of hashes. Alternatives that must win over a shorter one at the same place come first.
const slot = new RegExp(
  [
    String.raw`\{\{[^{}\n]{0,60}\}\}`, // {{name}}
    String.raw`\$\{[^{}\n]{1,60}\}`, // ${name}
    String.raw`\{[A-Za-z_][\w .\-/]{0,40}\}`, // {Program Name}
    String.raw`<<[^<>\n]{1,60}>>`, // <<name>>
    String.raw`\[[^\[\]\n]{0,80}\](?![\p{L}(])`, // [Program Name], [date], [###]; not [T]he, not [text](link)
    String.raw`<[A-Za-z][^<>\n]{0,60}>`, // <Specialty>
    String.raw`\((?:insert|add|enter|fill in)\b[^()\n]{0,60}\)`, // (insert date)
    // (your name), (program name); not "(your time)"
    String.raw`\((?:your|program|specialty|coordinator|interviewer|applicant)\s+(?:full\s+)?(?:name|title|degree|specialty|program|email|phone|date|id|signature|school|address)\b[^()\n]{0,40}\)`,
    String.raw`%[A-Z][A-Z_]{1,30}%`, // %NAME%
    // Dr. X, Dr. XX: a stand-in for a name after a title
    String.raw`(?<=\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)(?:X{1,3}|Y|Z)(?![\p{L}\p{N}\-])`,
    // 2XX, 20XX, XX/XX, XX/XX/2025, MM/DD/YYYY
    String.raw`(?<![\p{L}\p{N}])(?:\d+[Xx]{2,}|[Xx]{2,}(?:[/.\-](?:[Xx]{2,}|\d{2,4}))+|\d{1,2}[/.\-][Xx]{2}(?:[/.\-](?:\d{2,4}|[Xx]{2,4}))?|(?:MM|DD|mm|dd)[/.\-](?:DD|MM|dd|mm)(?:[/.\-](?:YYYY|YY|yyyy|yy))?)(?![\p{L}\p{N}])`,
    // LASTNAME, Lastname, first_name, PROGRAM_NAME
    String.raw`(?<![\p{L}\p{N}_])(?:(?:[Ff]irst|[Ll]ast|[Ff]ull|FIRST|LAST|FULL)_?(?:[Nn]ame|NAME)|[A-Z]{2,}(?:_[A-Z0-9]+)+)(?![\p{L}\p{N}_])`,
    // Program Name, Your Full Name, COORDINATOR NAME written out without brackets
    String.raw`(?<![\p{L}\p{N}])(?:(?:Program|Your|Coordinator|Interviewer|Hospital|Specialty|Applicant|Institution|School)(?: Full| Last| First)? Name|(?:PROGRAM|YOUR|COORDINATOR|INTERVIEWER|HOSPITAL|SPECIALTY|APPLICANT)(?: FULL| LAST| FIRST)? NAME)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:X{3,}|x{3,}|#{3,}|_{3,}|TBD|TBA|TKTK|TODO|FIXME|INSERT)(?![\p{L}\p{N}])`
  ].join('|'),
  'gu'
)

// Bracketed text that is a citation, an editorial mark, an ellipsis or a tag a mail system
// adds ("[EXTERNAL]", "[image: logo]"), not a slot.
const editorial =
  /^\[(?:\s*\d+(?:\s*[-\u2013,]\s*\d+)*\s*|sic!?|\.\.\.|\u2026|(?:emphasis|italics) (?:added|mine)|sic passim|redacted|external(?: email| sender)?|ext|caution|spam|secure|encrypted|(?:image|attachment|cid|mailto|https?):?[^\]]*)\]$/i
const htmlTag = /^<\/?(?:a|abbr|b|blockquote|br|code|div|em|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^>]*)?\/?>$/i
// "The date is still TBD" uses the abbreviation as a word, not as a slot.
const stillOpen = /\b(?:still|remains?|currently|yet)\s+$/i

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
      const before = text.slice(Math.max(0, match.index - 20), match.index)
      if (/^TB[DA]$/.test(match[0]) && stillOpen.test(before)) continue
      const start = region.start + match.index
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” is a template slot left unfilled; fill it in or delete it before sending.`
      })
    }
  }
}
