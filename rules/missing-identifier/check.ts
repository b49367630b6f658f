import {isProgramAcronym, type LintDocument, namesProgram, type Region, type Report} from '@followup-lint/core'
import {monthName} from '../lib/dates.js'

// Both expressions below are only tested, never matched for their text, so each is written in
// the form that finds a match exactly when the plain one would, in one pass: a word is taken
// whole from its first letter (the look-ahead and back-reference keep it from being given back
// letter by letter) and must hold a capital; trying every capital of a long word against the
// rest of it took time that grew with the square of its length.

// Capitalized words, initials and hyphenated or apostrophized names: "Ana Ruiz", "J. P. O'Neil"
// (as tested: a word with a capital, then a capitalized word of two letters or more).
const fullName = /(?<![\p{L}'\u2019\-])(?=([\p{L}'\u2019\-]*))\1(?<=\p{Lu}[\p{L}'\u2019\-]*)\.?\s+\p{Lu}[\p{L}'\u2019\-]+/u
const specialty =
  /\b(?:internal medicine|medicine|pediatrics?|paediatrics?|surgery|surgical|family medicine|emergency medicine|neurology|psychiatry|obstetrics|gynecology|ob\/?gyn|ob-gyn|anesthesiology|anaesthesia|anesthesia|radiology|dermatology|ophthalmology|otolaryngology|ENT|urology|orthopa?edics?|neurosurgery|pathology|physical medicine|PM&R|rehabilitation|radiation oncology|oncology|med-peds|transitional year|preliminary|nuclear medicine|preventive medicine|medical genetics|child neurology|cardiology|interventional)\b/i
// "Lakeshore Family Medicine Residency", "University of Vermont" (as tested: a word with a capital
// before the kind of place, or a capital after "... of").
const programName =
  /(?<![\p{L}'\u2019&.\-])(?=([\p{L}'\u2019&.\-]*))\1(?<=\p{Lu}[\p{L}'\u2019&.\-]*)\s+(?:[Rr]esidency|[Pp]rogram(?:me)?|[Hh]ospital|[Uu]niversity|[Mm]edical [Cc]enter|[Hh]ealth|[Cc]linic|[Cc]ollege|[Ii]nstitute)\b|\b(?:University|Hospital|Medical Center|Health|Clinic|College|Institute) of \p{Lu}/u
const interview = /\binterview(?:ed|ing|s)?\b/i
const date = new RegExp(
  String.raw`\b${monthName}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${monthName}\b|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:on )?the \d{1,2}(?:st|nd|rd|th)\b|\b(?:yesterday|today|this morning|last week|(?:on |last |this past )(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
  'i'
)
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
      .some((line) => (fullName.test(line) && !/[\d:@]/.test(line)) || slotNames(line).some((name) => /name/.test(name)))
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
  if (!specialty.test(all) && !programName.test(unsigned) && !hasSlot(/program|specialty|residency|hospital/) && !namesByShortForm(document)) {
    report({
      ...firstLine(source, letter.body),
      message: 'The draft never names the program or the specialty: say which residency you interviewed with in the first paragraph.'
    })
  }
  const mention = interview.exec(source.slice(letter.body.start, letter.body.end))
  if (mention && !date.test(all) && !hasSlot(/date|day/)) {
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
