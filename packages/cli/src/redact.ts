import type {LintResult} from '@followup-lint/core'

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

/**
 * The text with an 8-digit number masked where it follows "AAMC" within 24 characters of the
 * same line that hold no digit, as `/(\bAAMC\b[^\n\d]{0,24})\d{8}(?!\d)/gi` would, but walked
 * from each "AAMC" once instead of tried with every length of the stretch.
 */
function maskAamcBefore(text: string): string {
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
    out += text.slice(from, at) + masks.aamcId
    from = aamcWord.lastIndex = end
  }
  return out + text.slice(from)
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** The masks put in place of what is hidden. */
export const masks = {aamcId: '[AAMC ID]', email: '[email]', phone: '[phone]'} as const

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

/**
 * Hide the personal identifiers that drafts hold (AAMC IDs, email addresses, phone numbers) in a
 * piece of output text, so that a public CI log does not publish them.
 */
export function redact(text: string): string {
  return maskAamcBefore(maskEmails(text))
    .replace(aamcAfter, masks.aamcId)
    .replace(phone, masks.phone)
}

/** The results with every message, flagged text and suggestion masked. */
export function redactResults(results: readonly LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    messages: result.messages.map((message) => ({
      ...message,
      message: redact(message.message),
      actual: redact(message.actual),
      ...(message.suggestions
        ? {suggestions: message.suggestions.map((suggestion) => ({...suggestion, text: redact(suggestion.text)}))}
        : {})
    }))
  }))
}
