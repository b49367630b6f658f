// Text from a draft or a file name, made safe to print on a terminal or in a CI log: a line
// break inside a flagged phrase could start a line of its own (in GitHub Actions, a workflow
// command such as "::add-mask::"), and an escape sequence in a file name could rewrite the
// terminal. What is printed says the same, with control characters made visible.

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides and
// isolates that can make text read in another order than it is stored.
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

function escape(char: string): string {
  const code = char.charCodeAt(0)
  if (char === '\n') return '\\n'
  if (char === '\r') return '\\r'
  if (char === '\t') return '\\t'
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/** A file name or other identifier, with every control character escaped (`\n`, `\x1b`). */
export function printableName(text: string): string {
  return text.replace(controls, escape)
}

/** A message: line breaks become spaces, as a reader would hear them; other controls are escaped. */
export function printableMessage(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(controls, (char) => (char === '\t' ? ' ' : escape(char)))
}
