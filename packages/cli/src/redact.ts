import type {LintResult} from '@followup-lint/core'

// An 8-digit number within a short stretch of "AAMC" on either side, on the same line:
// "AAMC ID: 12345678", "AAMC #12345678", "12345678 (AAMC)".
const aamcBefore = /(\bAAMC\b[^\n\d]{0,24})(?<!\d)\d{8}(?!\d)/gi
const aamcAfter = /(?<!\d)\d{8}(?!\d)(?=[^\n\d]{0,12}\bAAMC\b)/gi
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
// North American numbers, with or without +1, brackets, dots, dashes or spaces, and
// international numbers written with a leading +.
const phone =
  /(?<![\p{L}\p{N}])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5})(?![\p{L}\p{N}])/gu

/** The masks put in place of what is hidden. */
export const masks = {aamcId: '[AAMC ID]', email: '[email]', phone: '[phone]'} as const

/**
 * Hide the personal identifiers that drafts hold (AAMC IDs, email addresses, phone numbers) in a
 * piece of output text, so that a public CI log does not publish them.
 */
export function redact(text: string): string {
  return text
    .replace(email, masks.email)
    .replace(aamcBefore, (_, lead: string) => lead + masks.aamcId)
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
