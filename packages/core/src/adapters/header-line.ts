// One "Name: value" line, read by scanning instead of with an expression: the expression
// `name[ \t]*:[ \t]*(.*?)[ \t]*$` tries every end of a long run of blanks in the value against
// every start, so a Subject of spaces with a letter after them took tens of seconds.

/** A header line: its name in lower case, where its value starts and ends (blanks trimmed), and where the next line starts. */
export interface HeaderLine {
  name: string
  valueStart: number
  valueEnd: number
  next: number
}

const isBlank = (code: number) => code === 0x20 || code === 0x09

/** Read the header line that starts at `from`, or undefined when the line is not one. */
export function readHeaderLine(text: string, from: number): HeaderLine | undefined {
  let at = from
  while (at < text.length && /[A-Za-z0-9-]/.test(text.charAt(at))) at++
  if (at === from || !/[A-Za-z]/.test(text.charAt(from))) return undefined
  const name = text.slice(from, at).toLowerCase()
  while (at < text.length && isBlank(text.charCodeAt(at))) at++
  if (text.charAt(at) !== ':') return undefined
  at++
  let lineEnd = at
  while (lineEnd < text.length && text.charAt(lineEnd) !== '\n' && text.charAt(lineEnd) !== '\r') lineEnd++
  let valueStart = at
  while (valueStart < lineEnd && isBlank(text.charCodeAt(valueStart))) valueStart++
  let valueEnd = lineEnd
  while (valueEnd > valueStart && isBlank(text.charCodeAt(valueEnd - 1))) valueEnd--
  let next = lineEnd
  if (text.charAt(next) === '\r') next++
  if (text.charAt(next) === '\n') next++
  return {name, valueStart, valueEnd, next}
}
