// The facts about a draft that its words do not state outright (its kind, who it goes to,
// the program's policy, the dates), gathered from every place that can give them. The first
// place that gives a value wins:
//   CLI flags (or editor settings) > front matter > email headers > configuration
//   (the profile's entry for the program, then the `context` defaults) > the text itself.
import type {DraftHeaders} from './adapters/types.js'
import {ConfigError} from './engine.js'
import {
  type ApplicantProfile,
  type LintContext,
  type MessageKind,
  messageKinds,
  policies,
  type ProgramProfile,
  recipients,
  type Region
} from './types.js'

/** The context keys, as written in front matter, config and flags. */
export const contextKeys = ['kind', 'recipient', 'policy', 'interview-date', 'sent-date', 'program'] as const
export type ContextKey = (typeof contextKeys)[number]

/** Context values as written: keys from {@link contextKeys}. */
export type ContextValues = Partial<Record<ContextKey, unknown>>

const allowed: Partial<Record<ContextKey, readonly string[]>> = {
  kind: messageKinds,
  recipient: recipients,
  policy: policies
}

/** Whether a string is a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Check one context value and return it as a string. `where` names its source for the error
 * ("--kind", "draft.md: front matter key kind"); a bad value throws a ConfigError.
 */
export function checkContextValue(key: ContextKey, value: unknown, where: string): string {
  // YAML reads an unquoted date as a string under its core schema, but be kind to a Date.
  if (value instanceof Date && !Number.isNaN(value.getTime())) value = value.toISOString().slice(0, 10)
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(`${where}: must be a non-empty string`)
  }
  const text = value.trim()
  const choices = allowed[key]
  if (choices && !choices.includes(text)) {
    throw new ConfigError(`${where}: must be one of ${choices.join(', ')}, not "${text}"`)
  }
  if ((key === 'interview-date' || key === 'sent-date') && !isDate(text)) {
    throw new ConfigError(`${where}: must be a real date written YYYY-MM-DD, not "${text}"`)
  }
  return text
}

/** Check every key of a set of context values; `where(key)` names the source of each. */
export function checkContext(values: Record<string, unknown>, where: (key: string) => string): Partial<Record<ContextKey, string>> {
  const out: Partial<Record<ContextKey, string>> = {}
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue
    if (!(contextKeys as readonly string[]).includes(key)) {
      throw new ConfigError(`${where(key)}: unknown key (known: ${contextKeys.join(', ')})`)
    }
    out[key as ContextKey] = checkContextValue(key as ContextKey, value, where(key))
  }
  return out
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** The calendar day of an email Date header as the sender wrote it, or undefined. */
export function headerDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(value)
  if (iso) return isDate(iso[0]) ? iso[0] : undefined
  const match = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value)
  if (!match) return undefined
  const month = months.indexOf(match[2]!.toLowerCase())
  if (month < 0) return undefined
  const date = `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`
  return isDate(date) ? date : undefined
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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The salutation of a draft ("Dear Dr. Mensah"), with its range, if it has one. */
export function findSalutation(text: string): {start: number; end: number; name: string} | undefined {
  const match = /^[ \t]*(?:dear|hello|hi|good (?:morning|afternoon|evening))\b[ \t]+([^\r\n,:;!]+)/im.exec(text)
  if (!match) return undefined
  const start = match.index + match[0].length - match[0].trimStart().length
  const end = match.index + match[0].trimEnd().length
  return {start, end, name: match[1]!.trim()}
}

/** Who a salutation addresses, judged from its words and the program's people. */
export function recipientFromName(name: string, program: ProgramProfile | undefined): string | undefined {
  const last = lastName(name)
  if (program?.coordinator && last && lastName(program.coordinator) === last) return 'coordinator'
  if (last && program?.interviewers?.some((person) => lastName(person) === last)) return 'interviewer'
  if (/\bprogram director\b/i.test(name)) return 'program-director'
  if (/\b(?:dr|prof|professor)\b\.?/i.test(name)) return 'faculty'
  if (/\b(?:office|gme|graduate medical education)\b/i.test(name)) return 'program-office'
  if (/\b(?:coordinator|team|committee|administrator|ms|mr|mrs|mx)\b/i.test(name)) return 'coordinator'
  return undefined
}

/** Who the To header of an email goes to, judged from the name, the address and the profile. */
export function recipientFromHeader(to: string | undefined, program: ProgramProfile | undefined): string | undefined {
  if (!to) return undefined
  const first = to.split(',')[0]!
  const display = first.replace(/<[^>]*>/, '').replace(/"/g, '').trim()
  const byName = display ? recipientFromName(display, program) : undefined
  if (byName) return byName
  const address = /<([^>]+)>/.exec(first)?.[1] ?? first.trim()
  const local = address.split('@')[0]?.toLowerCase() ?? ''
  if (/residency|program|gme|office|coordinator|admin|education|recruit/.test(local)) return 'program-office'
  return undefined
}

/** Where each layer of context comes from, for {@link resolveContext}. */
export interface ContextSources {
  /** CLI flags or editor settings, already checked. */
  flags?: Partial<Record<ContextKey, string>>
  /** The draft's front matter, unchecked, and the draft's name for errors. */
  frontMatter?: Record<string, unknown>
  draftName?: string
  headers?: DraftHeaders
  /** The configuration's `context`, already checked. */
  config?: Partial<Record<ContextKey, string>>
  applicant?: ApplicantProfile
  /** The draft's text and prose regions, for detection. */
  text?: string
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
  const salutation = findSalutation(text)

  const context: LintContext = {}
  const kind = flags.kind ?? front.kind ?? config.kind
  if (kind) context.kind = kind as MessageKind
  const recipient =
    flags.recipient ??
    front.recipient ??
    recipientFromHeader(sources.headers?.to, program) ??
    config.recipient ??
    (salutation ? recipientFromName(salutation.name, program) : undefined)
  if (recipient) context.recipient = recipient
  const policy = flags.policy ?? front.policy ?? program?.policy ?? config.policy
  if (policy) context.policy = policy
  const interviewDate = flags['interview-date'] ?? front['interview-date'] ?? program?.interviewDate ?? config['interview-date']
  if (interviewDate) context.interviewDate = interviewDate
  const sentDate = flags['sent-date'] ?? front['sent-date'] ?? headerDate(sources.headers?.date) ?? config['sent-date']
  if (sentDate) context.sentDate = sentDate
  if (programName) context.program = program?.name ?? programName
  if (applicant) context.applicant = applicant
  context.today = today(sources.clock ?? (() => new Date()))
  return context
}
