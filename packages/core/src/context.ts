// The facts about a draft that its words do not state outright (its kind, who it goes to,
// the program's policy, the dates), gathered from every place that can give them. The first
// place that gives a value wins:
//   CLI flags (or editor settings) > front matter > email headers > configuration
//   (the profile's entry for the program, then the `context` defaults) > the text itself.
import type {DraftHeaders} from './adapters/types.js'
import {writtenInterviewDate} from './chronology.js'
import {findDates, isoDay, placeDate} from './dates.js'
import {checkContext, type ContextValues, contextFields} from './context-fields.js'
import {type Letter, readLetter} from './letter.js'
import {peopleOf, type RecipientGuess, recipientOfBody, recipientOfHeader, recipientOfName, surest} from './recipient.js'
import {otherPeoplesText, plainText, policyFromThread, policyStatedByApplicant} from './thread.js'
import type {ApplicantProfile, LintContext, ProgramProfile, Region} from './types.js'

/** The calendar day of an email Date header as the sender wrote it, or undefined. */
export function headerDate(value: string | undefined): string | undefined {
  const date = value ? findDates(value).find((found) => found.year !== undefined && found.month !== undefined) : undefined
  const time = date ? placeDate(date, undefined) : undefined
  return time === undefined ? undefined : isoDay(time)
}

/** Lower-case words of a name, for comparing names however they are written. */
export function nameWords(name: string): string[] {
  return (name.toLowerCase().replaceAll('\u2019', "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).filter(
    (word) => !titles.has(word)
  )
}

const titles = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'md', 'do', 'phd'])

function lastName(name: string): string | undefined {
  return nameWords(name).at(-1)
}

/** The profile's entry for a program, matched by name without regard to case. */
export function findProgram(applicant: ApplicantProfile | undefined, name: string | undefined): ProgramProfile | undefined {
  if (!applicant?.programs || !name) return undefined
  const wanted = nameWords(name).join(' ')
  return applicant.programs.find((program) => nameWords(program.name).join(' ') === wanted)
}

function prose(text: string, regions: readonly Region[] | undefined): string {
  if (!regions) return text
  // Keep offsets: blank out what is not prose.
  let out = ''
  let at = 0
  for (const region of regions) {
    out += text.slice(at, region.start).replace(/[^\r\n]/g, ' ') + text.slice(region.start, region.end)
    at = region.end
  }
  return out + text.slice(at).replace(/[^\r\n]/g, ' ')
}

/** The program of the profile that the draft names most often (the first named on a tie). */
export function detectProgram(text: string, applicant: ApplicantProfile | undefined): string | undefined {
  let best: {name: string; count: number; first: number} | undefined
  for (const program of applicant?.programs ?? []) {
    const words = nameWords(program.name)
    if (words.length === 0) continue
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu')
    const found = [...text.matchAll(pattern)]
    if (found.length === 0) continue
    const candidate = {name: program.name, count: found.length, first: found[0]!.index}
    if (!best || candidate.count > best.count || (candidate.count === best.count && candidate.first < best.first)) {
      best = candidate
    }
  }
  return best?.name
}

/** Some regions with the parts that fall inside `cut` taken out. */
function without(regions: readonly Region[], cut: readonly Region[]): Region[] {
  const out: Region[] = []
  for (const region of regions) {
    let start = region.start
    for (const part of cut) {
      if (part.end <= start || part.start >= region.end) continue
      if (part.start > start) out.push({start, end: part.start})
      start = Math.max(start, part.end)
    }
    if (start < region.end) out.push({start, end: region.end})
  }
  return out
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Who a salutation addresses, judged from its words and the program's people. */
export function recipientFromName(name: string, program: ProgramProfile | undefined): string | undefined {
  return recipientOfName(name, program)?.role
}

/** Who the To header of an email goes to, judged from the name, the address and the profile. */
export function recipientFromHeader(to: string | undefined, program: ProgramProfile | undefined): string | undefined {
  return recipientOfHeader(to, program)?.role
}

/** Where each layer of context comes from, for {@link resolveContext}. */
export interface ContextSources {
  /** CLI flags or editor settings, already checked. */
  flags?: ContextValues
  /** The draft's front matter, unchecked, and the draft's name for errors. */
  frontMatter?: Record<string, unknown>
  draftName?: string
  headers?: DraftHeaders
  /** The configuration's `context`, already checked. */
  config?: ContextValues
  applicant?: ApplicantProfile
  /** The draft's text and prose regions, for detection. */
  text?: string
  /** The letter as read from `text` and `regions`, when the caller has read it already. */
  letter?: Letter
  regions?: readonly Region[]
  /** Today, for rules that measure time; the system clock when absent. */
  clock?: () => Date
}

function today(clock: () => Date): string {
  const now = clock()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Gather a draft's context from all its sources, in order of precedence. */
export function resolveContext(sources: ContextSources): LintContext {
  const flags = sources.flags ?? {}
  const front = sources.frontMatter
    ? checkContext(sources.frontMatter, (key) => `${sources.draftName ?? '<stdin>'}: front matter key "${key}"`)
    : {}
  const config = sources.config ?? {}
  const applicant = sources.applicant
  const text = prose(sources.text ?? '', sources.regions)

  const programName = flags.program ?? front.program ?? config.program ?? detectProgram(text, applicant)
  const program = findProgram(applicant, programName)

  // A fact that nothing else tells is taken as given: flags, then front matter, then config.
  // The ones below that headers, the profile or the text can tell are worked out after.
  const context: LintContext = {}
  for (const field of contextFields) {
    const value = flags[field.key] ?? front[field.key] ?? config[field.key]
    if (value !== undefined) (context as Record<string, unknown>)[field.name] = value
  }

  // What the draft says about itself: the applicant's own words, and the program's email the
  // draft replies to or forwards.
  const source = sources.text ?? ''
  const letter = sources.letter ?? readLetter(source, sources.regions ?? [{start: 0, end: source.length}])
  // Read in the prose only: an email's own From and Date headers are blank there, so they are
  // never taken for the start of a quoted message.
  const others = otherPeoplesText(text, letter.zones)
  const own = without(letter.own, others)
  const thread = plainText(text, others)
  const people = peopleOf(thread)

  const stated = (role: string | undefined): RecipientGuess | undefined =>
    role ? {role: role as RecipientGuess['role'], confidence: 'stated'} : undefined
  // The letter reader's greeting, when it comes before any quoted mail.
  const greeting = letter.greeting && letter.greeting.start < (others[0]?.start ?? Infinity) ? letter.greeting : undefined
  const bodyText = own.map((region) => text.slice(region.start, region.end)).join('\n')
  const recipient = surest([
    stated(flags.recipient),
    stated(front.recipient),
    recipientOfHeader(sources.headers?.to, program, people),
    stated(config.recipient),
    greeting ? recipientOfName(greeting.name, program, people) : undefined,
    recipientOfBody(bodyText)
  ])
  if (recipient) {
    context.recipient = recipient.role
    context.recipientConfidence = recipient.confidence
  }
  const policy =
    flags.policy ?? front.policy ?? policyFromThread(thread) ?? program?.policy ?? config.policy ?? policyStatedByApplicant(bodyText)
  if (policy) context.policy = policy
  const sentDate =
    flags['sent-date'] ??
    front['sent-date'] ??
    headerDate(sources.headers?.date) ??
    config['sent-date'] ??
    letter.dated
  if (sentDate) context.sentDate = sentDate
  const interviewDate =
    flags['interview-date'] ??
    front['interview-date'] ??
    program?.interviewDate ??
    config['interview-date'] ??
    writtenInterviewDate(text, own, sentDate)
  if (interviewDate) context.interviewDate = interviewDate
  if (programName) context.program = program?.name ?? programName
  if (applicant) context.applicant = applicant
  context.today = today(sources.clock ?? (() => new Date()))
  return context
}
