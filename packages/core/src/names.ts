// Which words of a draft name the program and which name a person, found once per lint and
// marked on the tokens (`Token.program`, `Token.person`: the index just past the name), so that
// a pattern's `@program` or `@person` slot costs one field read.
//
// Programs come from the context (the program and the applicant profile, with short forms and
// aliases), the To: address's domain, and the names the draft itself writes ("Pinecrest Medical
// Center", "University of Vermont", "the Pinecrest internal medicine residency") with their
// short forms used elsewhere in it. People are a title and a capitalized name ("Dr. Ana Ruiz")
// and the profile's coordinator and interviewers.
import type {Letter} from './letter.js'
import {normalizeWord} from './stem.js'
import {splitWord} from './tokens.js'
import type {LintContext, ProgramProfile, Region, Token} from './types.js'

const connectors = new Set(['of', 'and', 'at', 'for', 'the', 'in'])
const institutions = new Set([
  'residency',
  'program',
  'programme',
  'hospital',
  'hospitals',
  'university',
  'center',
  'centre',
  'health',
  'healthcare',
  'clinic',
  'clinics',
  'institute',
  'college',
  'infirmary',
  'system'
])
const specialties = new Set([
  'internal',
  'medicine',
  'family',
  'pediatrics',
  'pediatric',
  'paediatrics',
  'surgery',
  'surgical',
  'emergency',
  'psychiatry',
  'neurology',
  'radiology',
  'anesthesiology',
  'anaesthesia',
  'dermatology',
  'ophthalmology',
  'otolaryngology',
  'obstetrics',
  'gynecology',
  'pathology',
  'urology',
  'orthopaedics',
  'orthopedics',
  'orthopaedic',
  'orthopedic',
  'neurosurgery',
  'transitional',
  'preliminary',
  'categorical',
  'med-peds'
])
// Words of a name that do not tell one program from another.
const generic = new Set([
  ...institutions,
  ...specialties,
  'medical',
  'school',
  'general',
  'memorial',
  'regional',
  'community',
  'county',
  'state',
  'children',
  "'s",
  'women',
  'department',
  'division',
  'team',
  'committee',
  'office',
  'director',
  'coordinator',
  'chair',
  'chief',
  'faculty',
  'residents',
  'resident',
  'track',
  'service',
  'interview',
  'day',
  'network',
  'gme',
  // Events and places of an interview day, not programs: "my talk at Grand Rounds".
  'grand',
  'rounds',
  'morning',
  'report',
  'noon',
  'conference',
  'dinner',
  'lunch',
  'social',
  'zoom',
  'teams',
  'webex',
  'session'
])
// Capitalized words that start no name: sentence openers, titles, months and days.
const nonNames = new Set(
  (
    'the a an my our your their his her its this that these those i we you he she it they me us ' +
    'thank thanks dear hello hi hey good best sincerely regards warmly respectfully cordially ' +
    'as at in on for from to with and but or so if when while after before since during please ' +
    'also again all each every both what which who how why where there here one some any no not ' +
    'yes ok subject re fw fwd update follow following question questions correction note letter ' +
    'dr drs mr mrs ms mx prof professor sir madam ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow'
  ).split(' ')
)
const maxNameWords = 8
/** The titles written before a person's name, in lower case. */
export const personTitles: ReadonlySet<string> = new Set(['dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor'])
/** Capitalized abbreviations that never name a program. */
export const nonProgramAcronyms = new Set(
  (
    'aamc eras usmle nrmp comlex md do phd id pd apd gme ck cs ce ps icu nicu picu micu sicu ccu ed er ' +
    'em im fm ob gyn obgyn ent or pm am cv mph mba ms ma ba bs bsc msc rn pa np pgy ms3 ms4 faq qi ' +
    'us usa uk dc eg ie tbd asap fyi lor lors sop erp erps ama tbh imo ' +
    'ct mri ekg ecg pals acls bls cpr hiv covid it hr dm dms pm cc re fw fwd rsvp nb lol omg btw thx ty ' +
    'pdf doc url nih acp acgme lcme aoa sig sigs pi'
  ).split(' ')
)

/**
 * Whether the token at `index` is an acronym that may name a program ("UCSF", "MGH"): two to
 * six capitals that are no exam, degree, unit or English word, and not part of a shouted run
 * ("THANK YOU").
 */
export function isProgramAcronym(source: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.type !== 'word' || nonProgramAcronyms.has(token.text) || nonNames.has(token.text)) return false
  const first = source.charCodeAt(token.start)
  if ((first < 65 || first > 90) && first < 128) return false
  if (!allCaps(source.slice(token.start, token.end))) return false
  const shouted = (other: Token | undefined) =>
    other !== undefined && other.type === 'word' && other.sentence === token.sentence && /^\p{Lu}{2,}/u.test(source.slice(other.start, other.end))
  return !shouted(tokens[index - 1]) && !shouted(tokens[index + 1])
}

/** A name as the lower-case words the tokenizer makes of it ("St. Luke's" is st, luke, 's). */
function formOf(name: string): string[] {
  const words = normalizeWord(name).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  // "The Ohio State University", "the Wick": the article is the sentence's, not the name's.
  if (words[0] === 'the' && words.length > 1) words.shift()
  return words.flatMap((word) => splitWord(word, 0).map((part) => part.text))
}

/**
 * The names a program goes by: its full name, its distinctive leading words ("Pinecrest" of
 * "Pinecrest Medical Center", "Vermont" of "University of Vermont") and the acronym of its
 * capitalized words ("PMC"), each as lower-case words.
 */
export function programForms(name: string): {words: string[][]; acronyms: string[]} {
  const full = formOf(name)
  const words: string[][] = full.length > 0 ? [full] : []
  const acronyms: string[] = []
  const distinct = distinctiveWords(full)
  if (distinct.length > 0 && distinct.join(' ') !== full.join(' ')) words.push(distinct)
  const initials = full.filter((word) => !connectors.has(word) && word !== "'s").map((word) => word[0]!)
  if (initials.length >= 3 && initials.length <= 6) acronyms.push(initials.join(''))
  // A name written as one acronym ("UCSF") is itself the acronym.
  if (/^[A-Z]{2,6}$/.test(name.trim())) acronyms.push(name.trim().toLowerCase())
  return {words, acronyms}
}

function distinctiveWords(words: readonly string[]): string[] {
  // The first run of distinctive words: leading ("Pinecrest Medical Center"), or after generic
  // ones ("University of Vermont", "Internal Medicine Residency at Pinecrest").
  const lead: string[] = []
  for (const word of words) {
    if (generic.has(word) || connectors.has(word)) {
      if (lead.length > 0) break
      continue
    }
    lead.push(word)
  }
  return lead
}

interface Forms {
  /** Word forms by their first word. */
  byFirst: Map<string, string[][]>
  acronyms: Set<string>
}

function addForms(forms: Forms, name: string): void {
  const {words, acronyms} = programForms(name)
  for (const form of words) {
    // A short form that is one generic or common word would name everything.
    if (form.length === 1 && (generic.has(form[0]!) || nonNames.has(form[0]!))) continue
    let list = forms.byFirst.get(form[0]!)
    if (!list) forms.byFirst.set(form[0]!, (list = []))
    if (!list.some((known) => known.join(' ') === form.join(' '))) list.push(form)
  }
  for (const acronym of acronyms) forms.acronyms.add(acronym)
}

/** Where the draft's prose, signature aside, may name things. */
interface Reader {
  source: string
  tokens: Token[]
  /** Whether the token at `index` is written with a capital first (false past the end). */
  capital(index: number): boolean
  /** Whether it is written as two to six capitals ("UCSF"). */
  caps(index: number): boolean
}

/**
 * A reader whose case checks read the source once per token: the name finders ask about the
 * same token many times, and slicing its text each time made most of their garbage.
 */
function readerOf(source: string, tokens: Token[]): Reader {
  // 0: not looked at yet, 1: no, 2: yes.
  const capital = new Uint8Array(tokens.length)
  const caps = new Uint8Array(tokens.length)
  const look = (cache: Uint8Array, index: number, test: (text: string) => boolean): boolean => {
    const token = tokens[index]
    if (token === undefined) return false
    if (cache[index] === 0) {
      const first = source.charCodeAt(token.start)
      // A small letter, a digit or a mark in ASCII settles both questions without a slice.
      const settled = first < 128 && !(first >= 65 && first <= 90)
      cache[index] = !settled && test(source.slice(token.start, token.end)) ? 2 : 1
    }
    return cache[index] === 2
  }
  return {
    source,
    tokens,
    capital: (index) => look(capital, index, capitalized),
    caps: (index) => look(caps, index, allCaps)
  }
}

function capitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text)
}

function allCaps(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text)
}

// The end of a form written at `first` (marks such as the period of "St." are skipped), or -1.
function formEnd(tokens: readonly Token[], first: number, form: readonly string[]): number {
  let at = first
  for (const word of form) {
    while (tokens[at]?.type === 'mark' && tokens[at]!.text === '.' && tokens[at]!.paragraph === tokens[first]!.paragraph) at++
    const token = tokens[at]
    if (!token || token.text !== word || token.paragraph !== tokens[first]!.paragraph) return -1
    at++
  }
  return at
}

function longestForm(reader: Reader, forms: Forms, index: number): number {
  const token = reader.tokens[index]!
  let best = -1
  if (reader.capital(index)) {
    for (const form of forms.byFirst.get(token.text) ?? []) best = Math.max(best, formEnd(reader.tokens, index, form))
  }
  if (reader.caps(index) && forms.acronyms.has(token.text)) best = Math.max(best, index + 1)
  return best
}

/** People: a title and one to three capitalized words ("Dr. Ana Ruiz", "Prof. O'Neil"). */
function titledPerson(reader: Reader, index: number): number {
  const {tokens} = reader
  if (!personTitles.has(tokens[index]!.text) || !reader.capital(index)) return -1
  let at = index + 1
  if (tokens[at]?.text === '.') at++
  let end = -1
  for (let count = 0; count < 3; count++) {
    const token = tokens[at]
    if (!token || token.type !== 'word' || token.sentence !== tokens[index]!.sentence) break
    if (!reader.capital(at) || nonNames.has(token.text) || generic.has(token.text)) break
    end = ++at
    if (tokens[at]?.text === "'s") break
  }
  return end
}

interface Run {
  first: number
  end: number
  /** The name's capitalized words as written ("St. Luke's Regional Hospital"). */
  text: string
}

/**
 * A program name the draft writes from `index`: capitalized words with a kind of place or a
 * specialty among them ("Pinecrest Medical Center", "Lakeshore Pediatrics"), "University of
 * X", capitalized words before a lower-case "residency" or "program", or capitalized words
 * after "at" ("my interview at Pinecrest").
 */
function writtenProgram(reader: Reader, index: number, taken: ReadonlySet<number>): {run?: Run; next: number} {
  const {tokens} = reader
  const start = tokens[index]!
  if (start.type !== 'word' || taken.has(index) || !reader.capital(index) || nonNames.has(start.text) || reader.caps(index)) {
    return {next: index + 1}
  }
  let at = index
  const words: string[] = []
  let last = index
  while (at < tokens.length) {
    const token = tokens[at]!
    if (token.sentence !== start.sentence || taken.has(at)) break
    if (token.type === 'word' && reader.capital(at)) {
      words.push(token.text)
      last = ++at
    } else if ((token.text === "'s" || (token.text === '.' && token.type === 'mark')) && words.length > 0 && at === last) {
      // "Children's", "St. Luke's": part of the name when a capitalized word follows.
      if (!reader.capital(at + 1)) break
      words.push(token.text === '.' ? '' : token.text)
      at++
    } else if (connectors.has(token.text) && words.length > 0 && reader.capital(at + 1)) {
      words.push(token.text)
      at++
    } else break
  }
  // Every later start inside this run would find a part of it: go on after it.
  const skip = {next: Math.max(at, index + 1)}
  const named = words.filter((word) => word !== '')
  // A title-case line of many words is a heading, not a name.
  if (named.length === 0 || named.length > maxNameWords) return skip
  // A medical school is the applicant's own, not the program written to.
  if (named.includes('school') || (named.includes('college') && named.includes('medicine'))) return skip
  const distinctive = named.filter((word) => !generic.has(word) && !connectors.has(word) && !nonNames.has(word))
  if (distinctive.length === 0 || distinctive.some((word) => personTitles.has(word))) return skip
  const hasPlace = named.some((word) => institutions.has(word) || specialties.has(word))
  let end = last
  if (!hasPlace) {
    // "the Pinecrest internal medicine residency": lower-case words up to the kind of program.
    let ahead = last
    for (let count = 0; count < 4 && ahead < tokens.length; count++, ahead++) {
      const token = tokens[ahead]!
      if (token.type !== 'word' || token.paragraph !== start.paragraph) break
      if (token.text === 'residency' || token.text === 'program' || token.text === 'programme') {
        end = ahead + 1
        break
      }
      if (!specialties.has(token.text)) break
    }
    const previous = tokens[index - 1]
    // "my interview at Pinecrest", "I will rank Pinecrest first": what a place or a rank is
    // given to is a program.
    const afterAt =
      previous?.text === 'at' ||
      (previous?.text === 'the' && tokens[index - 2]?.text === 'at') ||
      (previous?.type === 'word' && previous.sentence === start.sentence && rankVerbs.has(previous.text))
    // A capital that only starts the sentence ("Excellent Pinecrest residency") names nothing
    // itself; the words after it may (tried once more from the next word).
    const opensSentence = !previous || previous.sentence !== start.sentence || previous.type === 'end'
    if (!afterAt && opensSentence && end !== last && named.length > 1) return {next: index + 1}
    if ((end === last || opensSentence) && !afterAt) return skip
  }
  return {run: {first: index, end, text: reader.source.slice(start.start, tokens[last - 1]!.end)}, next: end}
}

const rankVerbs = new Set(['rank', 'ranks', 'ranked', 'ranking'])

function toDomain(to: string | undefined): string | undefined {
  const address = to ? /@([\p{L}\p{N}.-]+)/u.exec(to)?.[1] : undefined
  if (!address) return undefined
  // "residency@med.pinecrest.org": the last label that is not a top-level, mail or example one
  // names the place.
  const label = address
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .reverse()
    .find((part) => part !== '' && !/^(?:example|edu|org|com|net|gov|ac|co|nhs)$/.test(part))
  if (!label || /^(?:gmail|googlemail|yahoo|outlook|hotmail|live|icloud|aol|proton|protonmail|me|mail|med|gme|www)$/.test(label)) return undefined
  const trimmed = label.replace(/(?:health|healthcare|med|medical|medicine|hospital|university)$/, '')
  return trimmed.length >= 3 ? trimmed : label
}

function readTo(source: string, letter: Letter): string | undefined {
  const head = source.slice(0, letter.salutation?.start ?? letter.body.start)
  return /^to[ \t]*:[ \t]*([^\r\n]*)/im.exec(head)?.[1]
}

function inside(regions: readonly (Region | undefined)[], offset: number): boolean {
  return regions.some((region) => region !== undefined && offset >= region.start && offset < region.end)
}

function profilePeople(programs: readonly ProgramProfile[]): string[][] {
  const out: string[][] = []
  for (const program of programs) {
    for (const person of [program.coordinator, ...(program.interviewers ?? [])]) {
      if (!person) continue
      const words = formOf(person).filter((word) => !personTitles.has(word))
      if (words.length === 0) continue
      out.push(words)
      if (words.length > 1) out.push([words.at(-1)!])
    }
  }
  return out
}

/**
 * Mark every name of the program and every person's name on the tokens, longest first at
 * each token. Returns nothing: the marks are the result.
 */
export function markNames(source: string, tokens: Token[], context: LintContext, letter: Letter): void {
  if (tokens.length === 0) return
  const reader = readerOf(source, tokens)
  const skip = [letter.signature]
  const programs = context.applicant?.programs ?? []
  const current = context.program
    ? programs.find((program) => formOf(program.name).join(' ') === formOf(context.program!).join(' '))
    : undefined

  const known: Forms = {byFirst: new Map(), acronyms: new Set()}
  if (context.program) addForms(known, context.program)
  for (const program of current ? [current] : context.program ? [] : programs) {
    addForms(known, program.name)
    for (const alias of program.aliases ?? []) addForms(known, alias)
  }
  const domain = toDomain(readTo(source, letter))
  if (domain) known.byFirst.set(domain, [...(known.byFirst.get(domain) ?? []), [domain]]), known.acronyms.add(domain)
  const isKnown = (words: readonly string[]) =>
    known.byFirst.get(words[0] ?? '')?.some((form) => form.join(' ') === words.join(' ')) === true

  // People first: a word of a person's name starts no program.
  const personForms: Forms = {byFirst: new Map(), acronyms: new Set()}
  for (const words of profilePeople(current ? [current] : programs)) {
    let list = personForms.byFirst.get(words[0]!)
    if (!list) personForms.byFirst.set(words[0]!, (list = []))
    list.push(words)
  }
  const taken = new Set<number>()
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'word') continue
    const end = Math.max(titledPerson(reader, i), longestForm(reader, personForms, i))
    if (end > i) {
      tokens[i]!.person = end
      for (let j = i; j < end; j++) taken.add(j)
      i = end - 1
    }
  }

  // The draft's own names, with their short forms for the rest of the draft. Once the program
  // is known, a name the draft writes counts only when it is one of the program's.
  const written: Forms = {byFirst: new Map(), acronyms: new Set()}
  const runs: Run[] = []
  for (let i = 0; i < tokens.length; ) {
    if (inside(skip, tokens[i]!.start)) {
      i++
      continue
    }
    const {run, next} = writtenProgram(reader, i, taken)
    if (!run) {
      i = next
      continue
    }
    // "Ranking Harwick Medical Center first ...": the capital that opens the sentence may not be
    // part of the name, so the name without it is marked too.
    const previous = tokens[i - 1]
    const opens = !previous || previous.sentence !== tokens[i]!.sentence || previous.type === 'end'
    const inner = opens && run.end - i > 1 ? writtenProgram(reader, i + 1, taken).run : undefined
    i = next
    for (const found of inner ? [run, inner] : [run]) {
      const forms = programForms(found.text)
      const ours = !context.program || forms.words.some(isKnown) || forms.acronyms.some((acronym) => known.acronyms.has(acronym))
      if (ours) {
        runs.push(found)
        if (!context.program) addForms(written, found.text)
      }
    }
  }
  const lone = !context.program && programs.length === 0
  for (const run of runs) tokens[run.first]!.program = run.end
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type !== 'word' || taken.has(i) || inside(skip, token.start)) continue
    let end = Math.max(token.program ?? -1, longestForm(reader, known, i), longestForm(reader, written, i))
    // With nothing known, an acronym that names no exam, degree or unit stands for a program.
    if (end < 0 && lone && isProgramAcronym(source, tokens, i)) end = i + 1
    if (end > i) {
      end = overSpecialty(tokens, end)
      token.program = end
      // No second, shorter name inside this one.
      i = end - 1
    }
  }
}

// How applicants name one program of an institution: "Ashford IM", "UCSF peds", "Pinecrest
// internal medicine residency".
const specialtyShort = new Set(['im', 'fm', 'em', 'peds', 'obgyn', 'ent', 'psych', 'ortho', 'neuro', 'rads', 'derm', 'gs'])
const programWords = new Set(['residency', 'program', 'programme'])

/** The end of a program's name, taken on over the specialty and "residency" that follow it. */
function overSpecialty(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]!.sentence
  while (end < tokens.length) {
    const next = tokens[end]!
    if (next.type !== 'word' || next.sentence !== sentence) break
    if (!(specialties.has(next.text) || specialtyShort.has(next.text) || programWords.has(next.text))) break
    end++
  }
  return end
}

/** Whether some token of the applicant's own words (signature aside) names the program. */
export function namesProgram(tokens: readonly Token[], letter: Letter): boolean {
  return tokens.some((token) => token.program !== undefined && !inside([letter.signature], token.start))
}
