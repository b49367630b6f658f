// Template mode: a template is meant to hold placeholders, so well-formed ones with known
// names are fine; what is reported is what would trip up whoever fills the template in.
import {ConfigError, type LintDocument, type Report} from '@followup-lint/core'

/**
 * The placeholder names a template may use, as they are documented. Names match without
 * regard to case or separators: [Program Name], [program-name] and {{program_name}} are one.
 */
export const placeholderNames = [
  'Applicant Name',
  'AAMC ID',
  'Medical School',
  'Email Address',
  'Phone Number',
  'Program Name',
  'Specialty',
  'Institution',
  'Interview Date',
  'Interviewer Name',
  'Coordinator Name',
  'Program Director Name',
  'Date',
  'Topic',
  'Question',
  'Correction',
  'Exam',
  'Score',
  'Publication Title',
  'Journal',
  'Name',
  'First Name',
  'Last Name',
  'Full Name',
  'Title',
  'Degree'
] as const

// Names of people, which templates also write without "Name" ([Coordinator]) or with the part
// of the name that goes there ([Coordinator Last Name]).
const personNames = ['Applicant', 'Interviewer', 'Coordinator', 'Program Director']
const nameParts = ['', 'First Name', 'Last Name', 'Full Name']

/** The form names are compared in: lower case, letters and digits only. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/**
 * Words a placeholder name may also be built from, besides the words of the documented names:
 * "[Hospital Name]", "[Your Contact Information]", "[Name of Residency Program]". A misspelled
 * word ("[Progam Name]") is in neither list, so it is still reported.
 */
export const placeholderWords = [
  'your',
  'residency',
  'hospital',
  'department',
  'university',
  'contact',
  'information',
  'city',
  'state',
  'position',
  'signature',
  'recipient',
  'faculty',
  'attending',
  'resident',
  'mentor',
  'research',
  'project',
  'rotation',
  'experience',
  'detail',
  'aspect',
  'reason',
  'interest',
  'update',
  'award',
  'step',
  'level',
  'usmle',
  'comlex',
  'eras',
  'of',
  'the',
  'and',
  'or'
] as const

const connectors = new Set(['your', 'of', 'the', 'and', 'or'])
const vocabulary = new Set([
  ...placeholderNames.flatMap((name) => name.toLowerCase().split(' ')),
  ...personNames.flatMap((name) => name.toLowerCase().split(' ')),
  ...placeholderWords
])

/** The words of a name as written: "program_name", "interviewDate", "Last-Name". */
function wordsOf(name: string): string[] {
  return name
    .split(/[ _.\-']+|(?<=\p{Ll})(?=\p{Lu})/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
}

const known = new Set([
  ...placeholderNames.map(nameKey),
  ...personNames.flatMap((person) => nameParts.map((part) => nameKey(`${person} ${part}`))),
  nameKey('Program'),
  nameKey('First Last')
])

// A name is words of letters and digits, joined by spaces, underscores, hyphens or dots.
const wellFormedName = /^[\p{L}\p{N}]+(?:[ _.\-'][\p{L}\p{N}]+)*$/u

// Shapes that say what goes there without a name: a run of # for the digits of a number
// ([########] for an AAMC ID), a choice of titles ([Mr./Ms./Mx./Dr.]), and a short instruction
// to whoever fills the template in ("[briefly state purpose]", "[1-3 sentences with the
// question]", "[if applicable]").
const digits = /^#{2,}$/
const instructionStart =
  /^(?:\d+(?:\s?[-\u2013]\s?\d+)?\s+(?:sentences?|words?|lines?)\b|(?:insert|add|include|mention|describe|explain|state|briefly|write|share|list|enter|fill in|choose|pick|select|delete|remove|optional|personalize|customize|summarize|if|e\.g\.|for example|one|two|a|an|any|specific|only)\b)/i
const maxChoice = 3

/**
 * Whether a bracketed or braced text is a placeholder a template may hold: a known name (with
 * "Your" before it or "Name" after it, possessive or not), a list of known names ("Your Full Name, Degree"), a choice of a few
 * short words ("he/she/they"), a run of # or an instruction.
 */
function isAccepted(name: string, allowed: Set<string>): boolean {
  if (digits.test(name) || instructionStart.test(name)) return true
  const parts = name.split(',')
  if (parts.length > 1) return parts.every((part) => isAccepted(part.trim(), allowed))
  const choices = name.split('/')
  if (choices.length > 1) {
    return choices.every((choice) => {
      const words = choice.trim().split(/\s+/)
      return choice.trim() !== '' && words.length <= maxChoice
    })
  }
  // "[Interviewer's Name]" names the same thing as "[Interviewer Name]".
  const plain = name.replace(/['\u2019]s(?![\p{L}])/gu, '')
  if (!wellFormedName.test(plain)) return false
  const key = nameKey(plain)
  const bare = key.startsWith('your') ? key.slice(4) : key
  if (allowed.has(key) || allowed.has(bare) || (bare.endsWith('name') && allowed.has(bare.slice(0, -4)))) return true
  const words = wordsOf(plain)
  return words.every((word) => vocabulary.has(word)) && words.some((word) => !connectors.has(word))
}

// Bracket and brace structures, longest forms first so that "[[name]]" is not read as "[name]".
const structure = new RegExp(
  [
    String.raw`(?<nested>\[[^\[\]\n]{1,60}\[[^\[\]\n]{0,60}\][^\[\]\n]{0,60}\])`,
    String.raw`(?<doubled>\[\[[^\[\]\n]*\]\]?|\{\{\{[^{}\n]*\}{0,3})`,
    String.raw`(?<curly>\{\{[^{}\n]*\}\})`,
    String.raw`(?<unbalanced>\{\{[^{}\n]*\}|\{[^{}\n]*\}\})`,
    String.raw`(?<single>\{[^{}\n]*\})`,
    String.raw`(?<square>\[[^\[\]\n]*\])`,
    String.raw`(?<unclosed>\[[\p{L}\p{N} _.\-']{0,60}|\{\{[\p{L}\p{N} _.\-']{0,60})`,
    String.raw`(?<stray>\]|\}\}?)`
  ].join('|'),
  'gu'
)

type Style = 'square' | 'curly'

interface Placeholder {
  start: number
  end: number
  text: string
  style: Style
  name: string
}

/** The custom names of the rule's `names` option, checked. */
function customNames(options: Record<string, unknown>): Set<string> {
  const names = options['names'] ?? []
  if (!Array.isArray(names) || !names.every((name) => typeof name === 'string' && nameKey(name) !== '')) {
    throw new ConfigError('rule "unfilled-placeholder": option "names" must be a list of placeholder names')
  }
  return new Set(names.map(nameKey))
}

function display(style: Style, name: string): string {
  return style === 'square' ? `[${name}]` : `{{${name}}}`
}

// The documented name a blank or a stand-in most likely means.
const titleChoice = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Miss)\.?\s?\//
const standInPlace = /\b(?:ABC|XYZ)\b|^(?:[Pp]rogram|[Hh]ospital|University|College|School|Institution|Residency|Clinic|Department) [XYZ]$/
const standInPerson = /^(?:John|Jane|[Ss]o-and-[Ss]o|First Last|Name Surname|Surname|SURNAME|[Ll]ast_?[Nn]ame|LAST_?NAME|X{1,3}|Y|Z)\b/

function standsFor(text: string): string {
  if (titleChoice.test(text)) return 'Title'
  if (standInPlace.test(text)) return 'Program Name'
  if (standInPerson.test(text) && !/^X{3,}$/.test(text)) return 'Last Name'
  return 'Interview Date'
}

/**
 * Report what is wrong with a template's placeholders. `draftCheck` is the rule's draft check:
 * its findings say which bracketed texts are slots at all (a citation such as [1] or a link's
 * [text](url) is not one) and find the blanks such as XXX and TBD.
 */
export function checkTemplate(
  document: LintDocument,
  report: (finding: Report) => void,
  options: Record<string, unknown>,
  draftCheck: (document: LintDocument, report: (finding: Report) => void, options: Record<string, unknown>) => void
): void {
  const allowed = new Set([...known, ...customNames(options)])
  const slots: Report[] = []
  draftCheck({...document, context: {...document.context, template: false}}, (finding) => slots.push(finding), options)
  const isSlot = (start: number, end: number) => slots.some((slot) => slot.start === start && slot.end === end)

  const findings: Report[] = []
  const covered: {start: number; end: number}[] = []
  const placeholders: Placeholder[] = []
  const flag = (start: number, text: string, message: string) => {
    findings.push({start, end: start + text.length, message})
  }

  const {source} = document
  for (const region of document.regions) {
    const text = source.slice(region.start, region.end)
    for (const match of text.matchAll(structure)) {
      const groups = match.groups!
      const start = region.start + match.index
      const found = match[0]
      const end = start + found.length
      if (groups['doubled'] || groups['unbalanced']) {
        const inner = trimWhere(found, (char) => char === '[' || char === '{', (char) => char === ']' || char === '}').trim()
        const shape = found.startsWith('[') ? 'doubled brackets' : 'unbalanced braces'
        const fix = found.startsWith('[') ? `[${inner}]` : `{{${inner}}}`
        flag(start, found, `“${found}” has ${shape}; write ${fix}.`)
      } else if (groups['unclosed']) {
        // Separators at the end are punctuation of the sentence, not part of the name.
        const opened = trimWhere(found, () => false, (char) => " _.-'".includes(char))
        const close = opened.startsWith('[') ? '“]”' : '“}}”'
        flag(start, opened, `“${opened}” opens a placeholder that is never closed; add the closing ${close}.`)
      } else if (groups['stray']) {
        flag(start, found, `“${found}” closes a placeholder that was never opened; add the opening bracket or delete it.`)
      } else if ((groups['curly'] || groups['square'] || groups['nested']) && isSlot(start, end)) {
        const style: Style = groups['curly'] ? 'curly' : 'square'
        // "[Dr. [Last Name]]" is named by the placeholder inside it.
        const inside = groups['nested'] ? /\[([^\[\]]*)\]/.exec(found.slice(1, -1))![1]! : found
        const name = (groups['nested'] ? inside : style === 'curly' ? found.slice(2, -2) : found.slice(1, -1)).trim()
        placeholders.push({start, end, text: found, style, name})
      } else {
        // A single-brace {name}, a citation or link text: left to the draft check's findings.
        continue
      }
      covered.push({start, end})
    }
  }

  const firstStyle = placeholders[0]?.style
  for (const placeholder of placeholders) {
    const {start, text, style, name} = placeholder
    if (style !== firstStyle) {
      const first = firstStyle === 'square' ? '[Name]' : '{{name}}'
      flag(start, text, `“${text}” mixes placeholder styles: this template first writes them as ${first}; use one style throughout.`)
    } else if (isAccepted(name, allowed)) {
      continue
    } else if (!wellFormedName.test(name)) {
      flag(start, text, `“${text}” is a placeholder without a name; name what goes there, such as ${display(style, 'Score')}.`)
    } else {
      flag(
        start,
        text,
        `“${text}” is not a placeholder name followup-lint knows; use a documented one, such as ${display(style, 'Program Name')}, or add it to the rule's "names" option.`
      )
    }
  }

  // Other slots the draft check finds: blanks (XXX, TBD, ____) and other styles (<Name>, {Name}).
  for (const slot of slots) {
    if (covered.some((range) => range.start < slot.end && slot.start < range.end)) continue
    const text = source.slice(slot.start, slot.end)
    const inner = trimWhere(text, notWordChar, notWordChar)
    const style = firstStyle ?? 'square'
    const message = /^[<{$%]/.test(text) && wellFormedName.test(inner)
      ? `“${text}” is not a placeholder style templates use; write ${display(style, inner)}.`
      : `“${text}” is a blank without a name; in a template, write a named placeholder such as ${display(style, standsFor(text))}.`
    flag(slot.start, text, message)
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end)
  for (const finding of findings) report(finding)
}

const wordChar = /[\p{L}\p{N}]/u
const notWordChar = (char: string) => !wordChar.test(char)

/**
 * The text without the characters `fromStart` accepts at its start and `fromEnd` at its end,
 * found by walking in from each side (an expression anchored at the end tries every start).
 */
function trimWhere(text: string, fromStart: (char: string) => boolean, fromEnd: (char: string) => boolean): string {
  const chars = [...text]
  let first = 0
  while (first < chars.length && fromStart(chars[first]!)) first++
  let last = chars.length
  while (last > first && fromEnd(chars[last - 1]!)) last--
  return chars.slice(first, last).join('')
}
