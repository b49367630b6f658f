import type {Diagnostic, LintResult} from '@followup-lint/core'

// An 8-digit number within a short stretch of "AAMC" on either side, on the same line:
// "AAMC ID: 12345678", "AAMC #12345678", "12345678 (AAMC)".
const aamcWord = /\bAAMC\b/gi
const aamcAfter = /(?<!\d)\d{8}(?!\d)(?=[^\n\d]{0,12}\bAAMC\b)/gi
// An email address is a run of name characters, "@" and a dotted domain. The run and the domain
// are found apart (see maskEmails): one expression tried at every character of a long run
// without an "@" took time that grew with the square of the run.
const nameRun = /[\p{L}\p{N}._%+-]+/gu
const atDomain = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy
// North American numbers, with or without +1, brackets, dots, dashes or spaces, and
// international numbers written with a leading +.
const phone =
  /(?<![\p{L}\p{N}])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5})(?![\p{L}\p{N}])/gu
// A title and up to three capitalized words after it: "Dr. Ruiz", "Ms Ana Ruiz". Each word
// starts at a capital after spaces, so the words cannot be split two ways.
const titledName =
  /(?<![\p{L}\p{N}])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\.?[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}/gu
const digitRun = /\d+/g

/** The masks put in place of what is hidden. */
export const masks = {aamcId: '[AAMC ID]', email: '[email]', phone: '[phone]', name: '[name]'} as const

/**
 * Identifiers known to be personal wherever they appear: the digits of AAMC IDs, and names.
 * A finding may print an ID or a name far from any word that gives it away ("“14523867” is not
 * the AAMC ID in your profile"), so what one text shows is masked in every other text too.
 */
export interface Known {
  ids: Set<string>
  names: Set<string>
}

const isDigit = (code: number) => code >= 48 && code <= 57

/**
 * The text with an 8-digit number masked where it follows "AAMC" within 24 characters of the
 * same line that hold no digit, as `/(\bAAMC\b[^\n\d]{0,24})\d{8}(?!\d)/gi` would, but walked
 * from each "AAMC" once instead of tried with every length of the stretch. Each ID masked is
 * added to `found`.
 */
function maskAamcBefore(text: string, found: Set<string>): string {
  let out = ''
  let from = 0
  aamcWord.lastIndex = 0
  for (let word = aamcWord.exec(text); word; word = aamcWord.exec(text)) {
    let at = word.index + word[0].length
    const limit = at + 24
    while (at < text.length && at < limit && text.charAt(at) !== '\n' && !isDigit(text.charCodeAt(at))) at++
    let end = at
    while (end < text.length && isDigit(text.charCodeAt(end))) end++
    if (end - at !== 8) continue
    found.add(text.slice(at, end))
    out += text.slice(from, at) + masks.aamcId
    from = aamcWord.lastIndex = end
  }
  return out + text.slice(from)
}

/**
 * The text with every email address masked, as
 * `text.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, mask)` would mask
 * them: every start inside one run of name characters reaches the same "@" or fails alike, so
 * each run is tried once.
 */
function maskEmails(text: string): string {
  let out = ''
  let from = 0
  nameRun.lastIndex = 0
  for (let run = nameRun.exec(text); run; run = nameRun.exec(text)) {
    atDomain.lastIndex = run.index + run[0].length
    const domain = atDomain.exec(text)
    if (!domain) continue
    out += text.slice(from, run.index) + masks.email
    from = nameRun.lastIndex = atDomain.lastIndex
  }
  return out + text.slice(from)
}

const wordChar = /[\p{L}\p{N}]/u

/** The text with every whole occurrence of a known name masked, longest names first. */
function maskNames(text: string, names: ReadonlySet<string>): string {
  let out = text
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    let result = ''
    let from = 0
    for (let at = out.indexOf(name); at >= 0; at = out.indexOf(name, at + 1)) {
      const end = at + name.length
      if (at < from || wordChar.test(out.charAt(at - 1)) || wordChar.test(out.charAt(end))) continue
      result += out.slice(from, at) + masks.name
      from = end
    }
    out = result + out.slice(from)
  }
  return out
}

/**
 * Hide the personal identifiers a piece of output text holds (AAMC IDs, email addresses, phone
 * numbers, titled names, and whatever `known` lists), so that a public CI log does not publish
 * them. AAMC IDs it finds by their look are added to `known`.
 */
export function redact(text: string, known: Known = {ids: new Set(), names: new Set()}): string {
  const masked = maskAamcBefore(maskEmails(text), known.ids)
    .replace(aamcAfter, (id) => {
      known.ids.add(id)
      return masks.aamcId
    })
    .replace(phone, masks.phone)
  const ids = known.ids.size > 0 ? masked.replace(digitRun, (run) => (known.ids.has(run) ? masks.aamcId : run)) : masked
  return maskNames(ids, known.names).replace(titledName, masks.name)
}

function textsOf(message: Diagnostic): string[] {
  return [message.message, message.actual, ...(message.suggestions ?? []).map((suggestion) => suggestion.text)]
}

/** What the findings of a run say is personal, by their rules' word and by their look. */
function knownIn(results: readonly LintResult[]): Known {
  const known: Known = {ids: new Set(), names: new Set()}
  for (const message of results.flatMap((result) => result.messages)) {
    for (const identifier of message.identifiers ?? []) {
      if (identifier.text.trim() === '') continue
      if (identifier.kind === 'aamc-id' && /^\d+$/.test(identifier.text)) known.ids.add(identifier.text)
      else known.names.add(identifier.text)
    }
    for (const text of textsOf(message)) redact(text, known)
  }
  return known
}

/**
 * The results with every message, flagged text and suggestion masked: an identifier found in
 * one of them is masked in all. The findings' own lists of identifiers are dropped.
 */
export function redactResults(results: readonly LintResult[]): LintResult[] {
  const known = knownIn(results)
  return results.map((result) => ({
    ...result,
    messages: result.messages.map(({identifiers: _shown, ...message}) => ({
      ...message,
      message: redact(message.message, known),
      actual: redact(message.actual, known),
      ...(message.suggestions
        ? {suggestions: message.suggestions.map((suggestion) => ({...suggestion, text: redact(suggestion.text, known)}))}
        : {})
    }))
  }))
}
