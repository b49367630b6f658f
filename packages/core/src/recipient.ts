// Who a draft is addressed to, and how sure the reading is. A role word ("Program Director
// Castillo", "Residency Coordinator") states the role; a person the profile or the program's own
// email names, an office address or what the body thanks them for makes it likely; a title
// alone ("Dr.", "Ms.") is a weak guess: a coordinator may hold a doctorate, and a program
// director may be addressed as Mr.
import type {ProgramProfile, Recipient, RecipientConfidence} from './types.js'

/** A role and how sure the reading of it is. */
export interface RecipientGuess {
  role: Recipient
  confidence: RecipientConfidence
}

const rank: Record<RecipientConfidence, number> = {stated: 3, likely: 2, weak: 1}

/** The surest of some guesses, the first one (the highest in precedence) on a tie. */
export function surest(guesses: readonly (RecipientGuess | undefined)[]): RecipientGuess | undefined {
  let best: RecipientGuess | undefined
  for (const guess of guesses) if (guess && (!best || rank[guess.confidence] > rank[best.confidence])) best = guess
  return best
}

const titleWords = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'md', 'do', 'phd', 'miss'])

function lastName(name: string): string | undefined {
  const words = name.toLowerCase().replaceAll('\u2019', "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  return words.filter((word) => !titleWords.has(word)).at(-1)
}

/** The role a role word in a name or a line names ("Associate Program Director" is faculty). */
export function roleWord(text: string): Recipient | undefined {
  if (/\b(?:associate|assistant)\s+(?:program\s+)?director\b|\bAPD\b|\b(?:department\s+)?chair(?:man|woman|person)?\b|\bfaculty\b|\battending\b/i.test(text)) return 'faculty'
  if (/\b(?:program|residency|fellowship)\s+director\b|\bPD\b/.test(text) || /\bprogram director\b/i.test(text)) return 'program-director'
  if (/\bcoordinator\b|\bprogram\s+(?:manager|administrator|assistant|specialist)\b|\bresidency\s+(?:manager|administrator|assistant)\b/i.test(text)) return 'coordinator'
  if (/\binterviewer\b/i.test(text)) return 'interviewer'
  if (/\b(?:office|gme|graduate medical education|admissions|recruitment|selection committee|committee|team|residency program|program staff)\b/i.test(text)) return 'program-office'
  return undefined
}

/** People named in the program's own text, by last name: "Dr. Ngozi Okafor, Residency Program Coordinator". */
export type People = ReadonlyMap<string, Recipient>

/**
 * The people a program's email names with their role: a line holding a role word, with the
 * name on the same line before it or on the line above (a signature block).
 */
export function peopleOf(text: string): Map<string, Recipient> {
  const people = new Map<string, Recipient>()
  const lines = text.split(/\r?\n|\r/).map((line) => line.trim())
  lines.forEach((line, index) => {
    if (line.length > 90) return
    const role = roleWord(line)
    if (!role || role === 'program-office') return
    const before = line.split(/,|\s[-\u2013\u2014|]\s/)[0]!
    const own = before !== line && roleWord(before) === undefined ? before : undefined
    const above = lines.slice(0, index).reverse().find((candidate) => candidate !== '')
    const name = own ?? (above && above.length <= 60 && !/[.?!:]$/.test(above) && roleWord(above) === undefined ? above : undefined)
    const last = name ? lastName(name) : undefined
    if (last && !people.has(last)) people.set(last, role)
  })
  return people
}

/** What a name in a greeting or a To line says about its bearer. */
export function recipientOfName(name: string, program: ProgramProfile | undefined, people?: People): RecipientGuess | undefined {
  const role = roleWord(name)
  if (role) return {role, confidence: 'stated'}
  const last = lastName(name)
  if (last && program?.coordinator && lastName(program.coordinator) === last) return {role: 'coordinator', confidence: 'likely'}
  if (last && program?.interviewers?.some((person) => lastName(person) === last)) return {role: 'interviewer', confidence: 'likely'}
  const named = last ? people?.get(last) : undefined
  if (named) return {role: named, confidence: 'likely'}
  if (/\b(?:dr|prof|professor)\b\.?/i.test(name)) return {role: 'faculty', confidence: 'weak'}
  if (/\b(?:ms|mr|mrs|mx|miss)\b/i.test(name)) return {role: 'coordinator', confidence: 'weak'}
  return undefined
}

/** What the To line of an email says: the display name first, then the address. */
export function recipientOfHeader(to: string | undefined, program: ProgramProfile | undefined, people?: People): RecipientGuess | undefined {
  if (!to) return undefined
  // The first address: a comma in a display name ("Dr. Lee, Program Director <lee@...>"),
  // quoted or not, is part of the name.
  const angle = to.indexOf('>')
  const first = angle >= 0 ? to.slice(0, angle + 1) : /^(?:"[^"]*"|[^,"])*/.exec(to)![0]
  // The address in angle brackets, found by position: an expression for it tries every "<".
  const open = first.indexOf('<')
  const close = open < 0 ? -1 : first.indexOf('>', open)
  const display = (close < 0 ? first : first.slice(0, open) + first.slice(close + 1)).replace(/"/g, '').trim()
  const byName = display && !display.includes('@') ? recipientOfName(display, program, people) : undefined
  if (byName && byName.confidence !== 'weak') return byName
  const address = close > open + 1 ? first.slice(open + 1, close) : first.trim()
  const local = address.split('@')[0]?.toLowerCase() ?? ''
  if (/coord/.test(local)) return {role: 'coordinator', confidence: 'likely'}
  if (/^(?:pd|apd)\b|program\.?director/.test(local)) return {role: local.startsWith('apd') ? 'faculty' : 'program-director', confidence: 'likely'}
  if (/residency|program|gme|office|admin|education|recruit|intern|fellowship/.test(local)) return {role: 'program-office', confidence: 'likely'}
  return byName
}

// What the body thanks the reader for, or says about them. A cue counts after a word of
// thanks earlier in its sentence; the cue is found first and the words before it looked at,
// so no expression spans the gap between them.
const thanks = /\b(?:thanks|thank you|grateful|enjoyed|appreciated?)\b/i
const coordinating = /\b(?:coordinating|organi[sz]ing|arranging|scheduling|setting up|running|planning)\b/gi
const asCoordinator = /\bas (?:the )?(?:program |residency )?coordinator\b/i
const directing = /\bas (?:the )?(?:residency )?program director\b|\bas (?:the )?PD\b/i
const interviewing =
  /\b(?:interviewing me|(?:meet|met|meeting|speak|spoke|speaking|talk|talked|talking) with me|our (?:conversation|discussion|talk|chat)|our interview(?! day)|speaking with you|talking with you|meeting you)\b/gi
const duringInterview = /\b(?:during|in|at) (?:my|our) interview\b(?![ -]day)/gi

/** Whether a cue of `cue` follows a word of thanks within `reach` characters of its sentence. */
function thanked(text: string, cue: RegExp, reach: number): boolean {
  cue.lastIndex = 0
  for (const match of text.matchAll(cue)) {
    const before = text.slice(Math.max(0, match.index - reach), match.index)
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1)
    if (thanks.test(sentence)) return true
  }
  return false
}

/** What the applicant's own words say about the reader. */
export function recipientOfBody(text: string): RecipientGuess | undefined {
  if (directing.test(text)) return {role: 'program-director', confidence: 'likely'}
  if (asCoordinator.test(text) || thanked(text, coordinating, 50)) return {role: 'coordinator', confidence: 'likely'}
  if (thanked(text, interviewing, 50) || thanked(text, duringInterview, 90)) return {role: 'interviewer', confidence: 'likely'}
  return undefined
}
