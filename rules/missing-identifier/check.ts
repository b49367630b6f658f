import {isProgramAcronym, type LintDocument, monthName, namesProgram, type Region, type Report} from '@followup-lint/core'

// Names are found by walking the words, not with one expression: an expression that takes a
// word with a capital and tries it against what follows backtracks over every capital of a long
// word, and a checker cannot tell that it stays linear.

/** The letters of a word's end that can be part of a name ("Ruiz", "O'Neil", "Smith-Park"). */
const nameChar = /[\p{L}'\u2019\-]/u
const placeChar = /[\p{L}'\u2019&.\-]/u

/** The run of characters at the end of a word that `char` accepts, walked back from the end. */
function tailOf(word: string, char: RegExp): string {
  const chars = [...word]
  let at = chars.length
  while (at > 0 && char.test(chars[at - 1]!)) at--
  return chars.slice(at).join('')
}
const capital = /\p{Lu}/u
const capitalized = /^\p{Lu}[\p{L}'\u2019\-]+/u

/**
 * Whether `next` holds for a pair of words in a row: the first ends in a run of characters `tail` accepts that
 * holds a capital (an initial's period may follow when `period`), and `next` is the next word.
 */
function pairs(line: string, tail: RegExp, period: boolean, next: (rest: string, word: string) => boolean): boolean {
  const words = line.split(/\s+/).filter((word) => word !== '')
  for (let i = 0; i + 1 < words.length; i++) {
    const word = period && words[i]!.endsWith('.') ? words[i]!.slice(0, -1) : words[i]!
    const run = tailOf(word, tail)
    if (run === '' || !capital.test(run)) continue
    // The next two words are all a kind of place can span ("Medical Center").
    if (next(words.slice(i + 1, i + 3).join(' '), words[i + 1]!)) return true
  }
  return false
}

// Capitalized words, initials and hyphenated or apostrophized names: "Ana Ruiz", "J. P. O'Neil"
// (a word with a capital, then a capitalized word of two letters or more).
function hasFullName(line: string): boolean {
  return pairs(line, nameChar, true, (_, word) => capitalized.test(word))
}
const specialty =
  /\b(?:internal medicine|medicine|pediatrics?|paediatrics?|surgery|surgical|family medicine|emergency medicine|neurology|psychiatry|obstetrics|gynecology|ob\/?gyn|ob-gyn|anesthesiology|anaesthesia|anesthesia|radiology|dermatology|ophthalmology|otolaryngology|ENT|urology|orthopa?edics?|neurosurgery|pathology|physical medicine|PM&R|rehabilitation|radiation oncology|oncology|med-peds|transitional year|preliminary|nuclear medicine|preventive medicine|medical genetics|child neurology|cardiology|interventional)\b/i
// "Lakeshore Family Medicine Residency", "University of Vermont": a word with a capital before
// the kind of place, or a capital after "University of".
const kindOfPlace = /^(?:[Rr]esidency|[Pp]rogram(?:me)?|[Hh]ospital|[Uu]niversity|[Mm]edical [Cc]enter|[Hh]ealth|[Cc]linic|[Cc]ollege|[Ii]nstitute)\b/
const placeOf = /\b(?:University|Hospital|Medical Center|Health|Clinic|College|Institute) of \p{Lu}/u
function hasProgramName(text: string): boolean {
  return placeOf.test(text) || pairs(text, placeChar, false, (rest) => kindOfPlace.test(rest))
}
const interview = /\binterview(?:ed|ing|s)?\b/i
// A day given without a calendar date ("yesterday", "last Tuesday"); calendar dates are the
// letter reader's.
const relativeDay =
  /\b(?:yesterday|today|this morning|last week|(?:on |last |this past )(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i
const aamcId = /\bAAMC\b|\b\d{8}\b/i
// A template slot stands in for the identifier it names; unfilled-placeholder reports it.
const slot = /\[([^\[\]\n]{1,60})\]|\{\{([^{}\n]{1,60})\}\}/g

function slotNames(text: string): string[] {
  return [...text.matchAll(slot)].map((match) => (match[1] ?? match[2] ?? '').toLowerCase())
}

const notPlaces = new RegExp(String.raw`^(?:${monthName}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|dr|mr|mrs|ms|mx|prof|professor|the|my|your|our|i)$`, 'i')

/**
 * Whether the applicant's words (signature aside) name a program by a short form: a name the
 * linter marked as the program's, an acronym that is no exam, degree or unit ("UCSF"), or a
 * capitalized name after "at", "with" or "from" that is no person, month or day.
 */
function namesByShortForm(document: LintDocument): boolean {
  const {tokens, source, letter} = document
  if (namesProgram(tokens, letter)) return true
  const signature = letter.signature
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type !== 'word' || (signature && token.start >= signature.start && token.start < signature.end)) continue
    if (isProgramAcronym(source, tokens, i)) return true
    const next = tokens[i + 1]
    if ((token.text === 'at' || token.text === 'with' || token.text === 'from') && next?.type === 'word' && next.sentence === token.sentence) {
      const name = source.slice(next.start, next.end)
      if (/^\p{Lu}\p{Ll}/u.test(name) && next.person === undefined && !notPlaces.test(name)) return true
    }
  }
  return false
}

function lastLine(source: string, region: Region): Region {
  const text = source.slice(region.start, region.end)
  const at = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1
  return {start: region.start + at, end: region.end}
}

function firstLine(source: string, region: Region): Region {
  const text = source.slice(region.start, region.end)
  const at = text.search(/[\r\n]/)
  return {start: region.start, end: at < 0 ? region.end : region.start + at}
}

/** Check that a coordinator can tell who wrote, about which program, after which interview. */
export function check(document: LintDocument, report: (finding: Report) => void): void {
  const {source, letter, context} = document
  const all = source.slice(document.regions[0]?.start ?? 0, document.regions.at(-1)?.end ?? source.length)
  // A sentence or a fragment is not a letter yet: judge identifiers once it has a greeting
  // or a closing.
  if (letter.body.end <= letter.body.start || (!letter.salutation && !letter.signOff && !letter.signature)) return
  const slots = slotNames(all)
  const hasSlot = (pattern: RegExp) => slots.some((name) => pattern.test(name))
  const closing = letter.signature ?? letter.signOff
  // A name line, before any ", MD" or ", MS4", has no digits, colons or @:
  // "AAMC ID: 12345678" is not a name.
  const signed =
    letter.signature &&
    source
      .slice(letter.signature.start, letter.signature.end)
      .split(/\r\n|\r|\n/)
      // A nickname in brackets is no part of the name to test: "Theodore (Teddy) Marchand".
      .map((line) => line.split(',')[0]!.replace(/\([^()\n]{0,40}\)/g, ''))
      .some((line) => (hasFullName(line) && !/[\d:@]/.test(line)) || slotNames(line).some((name) => /name/.test(name)))
  if (!signed) {
    // Point at the line where the name should be: the signature's first line.
    const at = letter.signature
      ? firstLine(source, letter.signature)
      : closing
        ? lastLine(source, closing)
        : lastLine(source, letter.body)
    report({
      ...at,
      message: 'No signature with your full name: end with your first and last name so the program can match the email to your file.'
    })
  }
  // The signature names the applicant's own school, never the program written to.
  const unsigned = letter.signature ? source.slice(document.regions[0]?.start ?? 0, letter.signature.start) : all
  if (!specialty.test(all) && !hasProgramName(unsigned) && !hasSlot(/program|specialty|residency|hospital/) && !namesByShortForm(document)) {
    report({
      ...firstLine(source, letter.body),
      message: 'The draft never names the program or the specialty: say which residency you interviewed with in the first paragraph.'
    })
  }
  const mention = interview.exec(source.slice(letter.body.start, letter.body.end))
  if (mention && letter.dates.length === 0 && !relativeDay.test(all) && !hasSlot(/date|day/)) {
    const start = letter.body.start + mention.index
    report({
      start,
      end: start + mention[0].length,
      message: `“${mention[0]}” has no date: add the day you interviewed (for example "on January 12") so the coordinator can find your file.`
    })
  }
  // A weak guess ("Dr." alone) does not rule out that the office reads the message.
  const toOffice =
    !context.recipient ||
    context.recipientConfidence === 'weak' ||
    context.recipient === 'coordinator' ||
    context.recipient === 'program-office'
  if ((context.kind === 'update' || context.kind === 'correction') && toOffice && !aamcId.test(all)) {
    report({
      ...(closing ? lastLine(source, closing) : lastLine(source, letter.body)),
      severity: 'info',
      message: 'Add your AAMC ID under your name: programs file applicants by it, and names collide.'
    })
  }
}
