import {capitalMonthName as month, type LintDocument, type Report} from '@followup-lint/core'
import {checkTemplate} from './template.js'

// Words that open an instruction to whoever fills the template in ("[Insert a sentence on what
// you discussed]"); such a bracket can run long and still be a slot.
const instructionWords = ['insert', 'add', 'include', 'mention', 'describe', 'explain', 'state', 'briefly', 'write', 'share', 'list', 'enter', 'fill in', 'choose', 'pick', 'select', 'delete', 'remove', 'optional', 'personalize', 'customize', 'summarize', 'if']
const anyCase = (word: string) => [...word].map((char) => (char === ' ' ? ' ' : `[${char.toUpperCase()}${char}]`)).join('')
const instruction = `(?:${instructionWords.map(anyCase).join('|')})`

// Stand-in names: the letters template writers use for "some institution".
const institution = String.raw`(?:[Hh]ospital|University|College|Medical Center|Medical School|School of Medicine|Health System|Health|Institute|Clinic|Center|[Pp]rogram|[Rr]esidency)`
// Letters run four or more times; Q three times (X has its own rule, I is a roman numeral).
const letterRuns = [...'ABCDEFGHJKLMNOPRSTUVWYZ'].map((letter) => `${letter}{4,}`).join('|')

// __/__/____, 1/__, ../../....: a date with blanks for its parts
const dateBlank = String.raw`(?<![\p{L}\p{N}_])(?:(?:\d{1,4}[/.\-]){1,2}_{2,}(?:[/.\-](?:_{2,}|\d{1,4})){0,2}|_{2,}(?:[/.\-](?:_{2,}|\d{1,4})){1,2}|\.{2}/\.{2}/\.{2,4})(?![\p{L}\p{N}_])`

// Two scanners: slots set off by brackets, braces or other marks, then slots written bare.
// A bare match inside a delimited one is not reported, so that "[###]" is one slot, not a
// bracket and a run of hashes. Within a scanner, alternatives that must win over a shorter one
// at the same place come first. (Two smaller expressions are also quicker to prove linear.)
const delimited = new RegExp(
  [
    String.raw`\{\{[^{}\n]{0,60}\}\}`, // {{name}}
    String.raw`\$\{[^{}\n]{1,60}\}`, // ${name}
    String.raw`\{[A-Za-z_][\w .\-/]{0,40}\}`, // {Program Name}
    String.raw`<<[^<>\n]{1,60}>>`, // <<name>>
    String.raw`\[[^\[\]\n]{1,60}\[[^\[\]\n]{0,60}\][^\[\]\n]{0,60}\]`, // [Dr. [Last Name]]
    String.raw`\[(?:${instruction})\b[^\[\]\n]{0,300}\]`, // [Insert a sentence on what you discussed ...]
    String.raw`\[[^\[\]\n]{0,80}\](?![\p{L}(]|\[\d{1,3}\]|:[ \t]?https?:)`, // [Program Name], [date], [###]; not [T]he, not [text](link), [text][1]
    String.raw`<[A-Za-z][^<>\n]{0,60}>`, // <Specialty>
    String.raw`\((?:insert|add|enter|fill in)\b[^()\n]{0,60}\)`, // (insert date)
    // (your name), (program name); not "(your time)"
    String.raw`\((?:your|program|specialty|coordinator|interviewer|applicant)\s+(?:full\s+)?(?:name|title|degree|specialty|program|email|phone|date|id|signature|school|address)\b[^()\n]{0,40}\)`,
    // (Program), (NAME), (date): a slot word alone in parentheses; not "(PD)"
    String.raw`\((?:[Pp]rogram|PROGRAM|[Ss]pecialty|SPECIALTY|[Hh]ospital|HOSPITAL|[Ii]nstitution|[Nn]ame|NAME|[Dd]ate|DATE|[Tt]itle|[Cc]oordinator|[Ii]nterviewer|[Ss]core|[Ss]chool)\)`,
    // (Name of Program)
    String.raw`\((?:[Nn]ame|NAME) (?:of|OF) [^()\n]{1,40}\)`,
    String.raw`%[A-Z][A-Z_]{1,30}%` // %NAME%
  ].join('|'),
  'gu'
)
export const bare = new RegExp(
  [
    // Insert name here, INSERT PROGRAM NAME: an instruction left in the text
    String.raw`(?<![\p{L}\p{N}])(?:INSERT|[Ii]nsert)(?: (?:your|the|YOUR|THE))? (?:(?:[Pp]rogram|PROGRAM|[Ii]nterviewer|INTERVIEWER|[Cc]oordinator|COORDINATOR|[Hh]ospital|HOSPITAL)(?:['’]s|['’]S)? )?(?:name|Name|NAME|date|Date|DATE|specialty|Specialty|SPECIALTY|score|Score|SCORE|title|Title|TITLE)(?: here| HERE)?(?![\p{L}\p{N}])`,
    // Dr. X, Dr. XX, Dr. Surname: a stand-in for a name after a title
    String.raw`(?<=\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s)(?:X{1,3}|Y|Z|Surname|SURNAME|Name|NAME)(?![\p{L}\p{N}\-])`,
    // January XX, Dec ##: a day left blank
    String.raw`(?<=\b${month}\.?\s)(?:[Xx]{1,2}|#{1,2})(?![\p{L}\p{N}#\-])`,
    // Mr./Ms., Dr./Mr./Ms.: a choice of title left unmade
    String.raw`(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss)\.?(?:[ \t]?/[ \t]?(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss)\.?)+(?![\p{L}])`,
    // ABC Hospital, XYZ Children's Hospital, University of XYZ
    String.raw`(?<![\p{L}\p{N}])(?:(?:ABC|XYZ)(?: [A-Z][\p{L}'’]+)? ${institution}|(?:University|College|Hospital|Institute|School|Program) of (?:ABC|XYZ)|(?:Program|Hospital|University) (?:ABC|XYZ))(?![\p{L}\p{N}])`,
    // Program Y, Hospital X: a letter standing in for a name; not "X-ray"
    String.raw`(?<![\p{L}\p{N}])(?:[Pp]rogram|[Hh]ospital|University|College|School|Institution|Residency|Clinic|[Ss]pecialty|Department) [XYZ](?![\p{L}\p{N}\-'’])`,
    // John Doe, Dr. So-and-so, First Last, Name Surname
    String.raw`(?<![\p{L}\p{N}])(?:(?:John|Jane)(?: [A-Z]\.)? Doe|[Ss]o-and-[Ss]o|First Last|Name Surname)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:19|20)\d[Xx](?![\p{L}\p{N}])`, // 202X
    // 2XX, 20XX, XX/XX, XX/XX/2025, MM/DD/YYYY
    String.raw`(?<![\p{L}\p{N}])(?:\d+[Xx]{2,}|[Xx]{2,}(?:[/.\-](?:[Xx]{2,}|\d{2,4}))+|\d{1,2}[/.\-][Xx]{2}(?:[/.\-](?:\d{2,4}|[Xx]{2,4}))?|(?:MM|DD|mm|dd)[/.\-](?:DD|MM|dd|mm)(?:[/.\-](?:YYYY|YY|yyyy|yy))?)(?![\p{L}\p{N}])`,
    dateBlank,
    // "on ........ at": dots standing for a word, with a space before and a word or comma after;
    // not "Thanks....." and not a dotted line of its own
    String.raw`(?<=[ \t])(?:\.{5,}|…{3,})(?=[ \t]+[\p{L}\p{N}]|[,;:])`,
    // LASTNAME, Lastname, first_name, PROGRAM_NAME
    String.raw`(?<![\p{L}\p{N}_])(?:(?:[Ff]irst|[Ll]ast|[Ff]ull|FIRST|LAST|FULL)_?(?:[Nn]ame|NAME)|[A-Z]{2,}(?:_[A-Z0-9]+)+)(?![\p{L}\p{N}_])`,
    // Program Name, Your Full Name, COORDINATOR NAME written out without brackets
    String.raw`(?<![\p{L}\p{N}])(?:(?:Program|Your|Coordinator|Interviewer|Hospital|Specialty|Applicant|Institution|School|Residency|University|Department)(?: Full| Last| First)? Name|(?:PROGRAM|YOUR|COORDINATOR|INTERVIEWER|HOSPITAL|SPECIALTY|APPLICANT|RESIDENCY|UNIVERSITY|DEPARTMENT)(?: FULL| LAST| FIRST)? NAME)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:X{3,}|x{3,}|#{3,}|_{2,}|Q{3,}|${letterRuns}|TBD|TBA|TKTK|TODO|FIXME|INSERT)(?![\p{L}\p{N}])`,
    // DATE, NAME, SPECIALTY in capitals where a word is missing ("I interviewed on DATE")
    String.raw`(?<![\p{L}\p{N}])(?:DATE|NAME|SPECIALTY|PROGRAM|HOSPITAL|INSTITUTION|SCHOOL|TITLE|SCORE|TOPIC|COORDINATOR|INTERVIEWER|CITY)(?![\p{L}\p{N}])`
  ].join('|'),
  'uy'
)

// Where a bare slot can begin. Every alternative above opens with a lookbehind that refuses a
// letter just before, and with one of these characters (or one past ASCII), so the scanner
// tries the expression only there: most words of a draft are passed over at one table lookup.
const bareFirst = new Uint8Array(128)
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZdfhilmpsx0123456789#_.') bareFirst[char.charCodeAt(0)] = 1

/** The bare slots of a text, as `text.matchAll` with the expression made global would find them. */
export function bareSlots(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = []
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < 128 && bareFirst[code] === 0) continue
    if (at > 0) {
      const before = text.charCodeAt(at - 1)
      if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) continue
      if (before >= 128 && letter.test(text[at - 1]!)) continue
    }
    bare.lastIndex = at
    const match = bare.exec(text)
    if (match) {
      found.push(match)
      at += match[0].length - 1
    }
  }
  return found
}

// Bracketed text that is a citation, an editorial mark, an ellipsis or a tag a mail system
// adds ("[EXTERNAL]", "[image: logo]"), not a slot.
const editorial =
  /^\[(?:\s*\d+(?:\s*[-\u2013,]\s*\d+)*\s*|sic\.?!?|\.\.\.|\u2026|(?:emphasis|italics) (?:added|mine)|sic passim|(?:name )?redacted|external(?: email| sender)?|ext|caution|spam|secure|encrypted|quoted text hidden|message clipped|(?:image|attachment|cid|mailto|https?|description):?[^\]]*)\]$/i
// Pronouns in a signature: [she/her], [they/them/theirs].
const pronouns = /^\[(?:she|he|they|ze|xe|zie|ey)\/(?:her|him|them|hers|his|theirs|they|she|he|zir|hir|xem|em)(?:\/[a-z]+)?\]$/i
// What reference lists and PubMed put in brackets: identifiers, publication types and states,
// access dates, the language of an article. Tested on the bracket's trimmed inside.
const citationTag =
  /^(?:(?:pmid|pmcid|doi|isbn|issn|nct|arxiv)[\s:]*[\w.\/\-][\w.\/\-:]*|(?:refs?\.?|references?)\s*\d+(?:\s*[-\u2013,]\s*\d+)*|e-?pub(?:lished)? ahead of print|(?:published|posted|epub) online[^\]]{0,40}|internet|online|serial online|database on the internet|(?:meeting |conference |poster )?abstracts?(?: no\.? ?\w+)?|letter|editorial|review|comment(?:ary)?|case reports?|erratum in:?[^\]]{0,80}|published (?:erratum|correction)[^\]]{0,80}|corrigendum|retracted|retraction in:?[^\]]{0,80}|in press|preprint|medrxiv|biorxiv|under review|(?:manuscript )?(?:submitted|in preparation)|accepted(?: for publication)?|(?:oral|poster|podium|platform|conference) presentation|poster|video|podcast|(?:\w+ )?dissertation|thesis|formula: see text|(?:cited|accessed|updated|retrieved)[ :][^\]]{1,40}|article in [a-z]+|[a-z]+ abstract)$/i
const htmlTag = /^<\/?(?:a|abbr|b|blockquote|br|code|div|em|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^>]*)?\/?>$/i
// "The date is still TBD" uses the abbreviation as a word, not as a slot.
const stillOpen = /\b(?:still|remains?|currently|yet)\s+$/i
// 47,XXX and 46,XX/47,XXY are karyotypes; "XXX syndrome" names one.
const karyotypeBefore = /(?:\d,[ \t]?|\+)$/
const karyotypeAfter = /^[ \t]+(?:syndrome|karyotype|females?|males?|chromosomes?|mosaic)\b/i
// "a John Doe trauma patient" is how hospitals register someone not yet identified.
const commonNounBefore = /\b(?:a|an|the|another|our|each)\s+$/i
const unknownPatientAfter = /^\s+(?:patients?|traumas?|cases?|admissions?|protocol)\b/i
const capitalWords = /^(?:DATE|NAME|SPECIALTY|PROGRAM|HOSPITAL|INSTITUTION|SCHOOL|TITLE|SCORE|TOPIC|COORDINATOR|INTERVIEWER|CITY)$/
// Capitals that do not make the words around them a heading: degrees, exams and IDs.
const acronyms = new Set(['MD', 'DO', 'MS', 'MPH', 'MBA', 'PHD', 'AAMC', 'ID', 'ERAS', 'NRMP', 'USMLE', 'COMLEX', 'CK', 'RE', 'FW', 'FWD', 'DR', 'I', 'A'])
const letter = /\p{L}/u

/** The word just before `at` (or after it, `step` 1), past up to four marks on the same line. */
function neighbour(text: string, at: number, step: -1 | 1): string | undefined {
  let index = step === -1 ? at - 1 : at
  for (let gap = 0; gap <= 4 && index >= 0 && index < text.length && !letter.test(text[index]!); gap++, index += step) {
    // A line break or, after the word, a sentence end keeps the words apart.
    if (text[index] === '\n' || (step === 1 && /[.!?]/.test(text[index]!))) return undefined
  }
  let word = ''
  while (index >= 0 && index < text.length && letter.test(text[index]!)) {
    word = step === -1 ? text[index]! + word : word + text[index]!
    index += step
  }
  return word === '' ? undefined : word
}

/** Whether a run of underscores is a line of its own: the divider Outlook puts above a reply. */
function isRule(text: string, start: number, end: number): boolean {
  let before = start - 1
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--
  let after = end
  while (after < text.length && (text[after] === ' ' || text[after] === '\t' || text[after] === '\r')) after++
  return (before < 0 || text[before] === '\n') && (after === text.length || text[after] === '\n')
}

/**
 * Whether a word in capitals such as DATE stands where a word is missing, rather than in a
 * heading, a label ("NAME: ...") or a line written in capitals ("SAVE THE DATE").
 */
function isBareCapital(text: string, start: number, end: number): boolean {
  if (/^[ \t]*:/.test(text.slice(end, end + 3))) return false
  const shouting = (word: string | undefined) =>
    word !== undefined && word.length >= 2 && word === word.toUpperCase() && !acronyms.has(word)
  const before = neighbour(text, start, -1)
  const after = neighbour(text, end, 1)
  return !shouting(before) && !shouting(after)
}

/** Whether a match is a real slot rather than a citation, an address or a tag. */
function isSlot(text: string): boolean {
  if (text.startsWith('[')) return !editorial.test(text) && !citationTag.test(text.slice(1, -1).trim()) && !pronouns.test(text)
  if (text.startsWith('<') && !text.startsWith('<<')) {
    return !text.includes('@') && !text.includes('://') && !htmlTag.test(text)
  }
  return true
}

const sourceBlank = new RegExp(dateBlank, 'gu')

/**
 * Blanks such as "__/__/____" that Markdown reads as emphasis (bold "/"), so that the prose
 * regions hold only pieces of them: found in the source, where every character outside the
 * regions is an underscore the parser took for markup.
 */
function splitBlanks(source: string, regions: LintDocument['regions']): {start: number; end: number}[] {
  if (regions.length < 2 || !source.includes('__')) return []
  const found: {start: number; end: number}[] = []
  let first = 0
  for (const match of source.matchAll(sourceBlank)) {
    const start = match.index
    const end = start + match[0].length
    while (first < regions.length && regions[first]!.end <= start) first++
    let inside = 0
    let markup = true
    let next = first
    for (let at = start; at < end; at++) {
      while (next < regions.length && regions[next]!.end <= at) next++
      const region = regions[next]
      if (region && region.start <= at) inside++
      else if (source[at] !== '_') markup = false
    }
    if (markup && inside > 0 && inside < end - start) found.push({start, end})
  }
  return found
}

export function check(
  document: LintDocument,
  report: (finding: Report) => void,
  options: Record<string, unknown> = {}
): void {
  if (document.context.template) return checkTemplate(document, report, options, check)
  const {source} = document
  const split = splitBlanks(source, document.regions)
  for (const blank of split) {
    const text = source.slice(blank.start, blank.end)
    report({...blank, message: `“${text}” is a template slot left unfilled; fill it in or delete it before sending.`})
  }
  for (const region of document.regions) {
    const text = source.slice(region.start, region.end)
    const marked = [...text.matchAll(delimited)]
    let next = 0
    const matches = [
      ...marked,
      ...bareSlots(text).filter((match) => {
        while (next < marked.length && marked[next]!.index + marked[next]![0].length <= match.index) next++
        return !(next < marked.length && marked[next]!.index < match.index + match[0].length)
      })
    ].sort((a, b) => a.index - b.index)
    for (const match of matches) {
      if (!isSlot(match[0])) continue
      const at = region.start + match.index
      if (split.some((blank) => blank.start < at + match[0].length && at < blank.end)) continue
      const before = text.slice(Math.max(0, match.index - 20), match.index)
      if (/^TB[DA]$/.test(match[0]) && stillOpen.test(before)) continue
      if (/^[Xx]/.test(match[0]) && (karyotypeBefore.test(before) || karyotypeAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 20)))) continue
      if (capitalWords.test(match[0]) && !isBareCapital(text, match.index, match.index + match[0].length)) continue
      if (/^(?:John|Jane)\b/.test(match[0]) && (commonNounBefore.test(before) || unknownPatientAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12)))) continue
      if (match[0].startsWith('__') && isRule(text, match.index, match.index + match[0].length)) continue
      const start = region.start + match.index
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” is a template slot left unfilled; fill it in or delete it before sending.`
      })
    }
  }
}
