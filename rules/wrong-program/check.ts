import {
  type Identifier,
  type LintDocument,
  personTitles as titles,
  programForms,
  type ProgramProfile,
  type Report,
  type Token
} from '@followup-lint/core'

const degrees = /^(?:md|do|phd|mph|mba|ms\d|msc|bs|ba|bsc)$/

/** Lower-case words of a name as the tokenizer writes them ("O'Neil-Park" is "o'neil", "park"). */
function words(name: string): string[] {
  return name.toLowerCase().replaceAll('\u2019', "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
}

interface Hit {
  start: number
  end: number
}

/** Every place the word sequence stands in the prose, within one paragraph. */
function find(tokens: readonly Token[], sequence: readonly string[]): Hit[] {
  const hits: Hit[] = []
  if (sequence.length === 0) return hits
  const list = tokens.filter((token) => token.type === 'word')
  for (let index = 0; index + sequence.length <= list.length; index++) {
    let ok = true
    for (let at = 0; at < sequence.length; at++) {
      const token = list[index + at]!
      if (token.text !== sequence[at] || token.paragraph !== list[index]!.paragraph) {
        ok = false
        break
      }
    }
    if (ok) hits.push({start: list[index]!.start, end: list[index + sequence.length - 1]!.end})
  }
  return hits
}

/**
 * A program's short forms written in the applicant's words ("Bayview" for "Bayview Medical
 * Center", "BMC"), capitalized as names are; not in the signature, and not the start of a
 * medical school's name.
 */
function shortForms(document: LintDocument, program: ProgramProfile): Hit[] {
  const {source, tokens, letter} = document
  const {words: forms, acronyms} = programForms(program.name)
  const hits: Hit[] = []
  const inSignature = (hit: Hit) => letter.signature !== undefined && hit.start >= letter.signature.start && hit.start < letter.signature.end
  for (const form of [...forms.slice(1), ...[...acronyms, ...(program.aliases ?? [])].map(words)]) {
    for (const hit of find(tokens, form)) {
      const written = source.slice(hit.start, hit.end)
      const capital = form.length === 1 && acronyms.includes(form[0]!) ? /^\p{Lu}+$/u.test(written) : /^\p{Lu}/u.test(written)
      if (!capital || inSignature(hit)) continue
      if (/^\s+(?:University\s+)?(?:School|College)\b/.test(source.slice(hit.end, hit.end + 40))) continue
      hits.push(hit)
    }
  }
  return hits
}

function overlaps(hit: Hit, others: readonly Hit[]): boolean {
  return others.some((other) => hit.start < other.end && other.start < hit.end)
}

function people(program: ProgramProfile): {name: string; role: string}[] {
  return [
    ...(program.coordinator ? [{name: program.coordinator, role: 'the coordinator'}] : []),
    ...(program.interviewers ?? []).map((name) => ({name, role: 'an interviewer'}))
  ]
}

export function check(document: LintDocument, report: (finding: Report) => void): void {
  const {applicant} = document.context
  if (!applicant) return
  const {source} = document
  // A wrong name or AAMC ID is as wrong in the signature as in the body.
  const tokens = [...document.tokens, ...document.contextTokens].sort((a, b) => a.start - b.start)
  // The program as the engine read it once for the whole draft.
  const programName = document.program?.name
  const current = document.program?.profile
  const target = current?.name ?? programName ?? 'this program'
  const reported: Hit[] = []
  // Each message names what it found, and some also the profile's own name: a masking report
  // must know which of those words are a person's name or an AAMC ID.
  const say = (hit: Hit, message: (actual: string) => string, identifiers: (actual: string) => Identifier[] = () => []) => {
    if (overlaps(hit, reported)) return
    reported.push(hit)
    const actual = source.slice(hit.start, hit.end)
    const shown = identifiers(actual)
    report({start: hit.start, end: hit.end, message: message(actual), ...(shown.length > 0 ? {identifiers: shown} : {})})
  }
  const asName = (text: string): Identifier => ({text, kind: 'name'})

  // Words that belong to the program the draft is for, or to the applicant, are never flagged.
  const own = current ? find(tokens, words(current.name)) : []
  const ownLastNames = new Set(
    [...(current ? people(current) : []), ...(applicant.name ? [{name: applicant.name}] : [])]
      .map((person) => words(person.name).at(-1))
      .filter((word) => word !== undefined)
  )

  if (programName) {
    for (const other of applicant.programs ?? []) {
      if (other === current) continue
      for (const hit of [...find(tokens, words(other.name)), ...shortForms(document, other)]) {
        if (overlaps(hit, own)) continue
        say(hit, (actual) => `“${actual}” is another program in your profile, but this draft is for ${target}; check for text carried over from another message.`)
      }
      for (const person of people(other)) {
        const all = words(person.name)
        const last = all.at(-1)
        const hits = find(tokens, all)
        if (last && !ownLastNames.has(last)) {
          for (const title of titles) hits.push(...find(tokens, [title, last]))
        }
        for (const hit of hits) {
          say(
            hit,
            (actual) => `“${actual}” is ${person.role} at ${other.name}, not at ${target}; check for a name carried over from another message.`,
            (actual) => [asName(actual)]
          )
        }
      }
    }
  }

  if (applicant.aamcId) {
    const list = tokens.filter((token) => token.type === 'word')
    list.forEach((token, index) => {
      if (token.text !== 'aamc') return
      const number = list.slice(index + 1, index + 4).find((next) => /^\d{5,}$/.test(next.text))
      if (number && number.text !== applicant.aamcId) {
        say(
          number,
          (actual) => `“${actual}” is not the AAMC ID in your profile; a wrong ID can put your message in someone else's file.`,
          (actual) => [{text: actual, kind: 'aamc-id'}]
        )
      }
    })
  }

  if (applicant.name) {
    const expected = new Set(words(applicant.name))
    // The signed name: the signature's first line, up to a comma (", MD"), as the letter
    // reader found it, whatever closing came before.
    const signature = document.letter.signature
    if (signature) {
      let lineEnd = signature.start
      while (lineEnd < signature.end && source.charAt(lineEnd) !== '\n' && source.charAt(lineEnd) !== '\r') lineEnd++
      const comma = source.indexOf(',', signature.start)
      const nameEnd = comma >= 0 && comma < lineEnd ? comma : lineEnd
      const name = source.slice(signature.start, nameEnd).trimEnd()
      const signed = words(name).filter((word) => !titles.has(word) && !degrees.test(word))
      if (signed.length > 0 && signed.length <= 5 && !signed.every((word) => expected.has(word))) {
        const start = signature.start
        say(
          {start, end: start + name.length},
          (actual) => `“${actual}” signs the draft with a name other than the one in your profile (${applicant.name}); sign with the name on your application.`,
          (actual) => [asName(actual), asName(applicant.name!)]
        )
      }
    }
  }
}
