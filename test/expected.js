// The text form of a fixture's expected findings: one line per finding, easy to review in a diff.

/** @param {readonly {line: number, column: number, endLine: number, endColumn: number, severity: string, ruleId: string, actual: string}[]} messages */
export function formatExpected(messages) {
  return messages
    .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}  ${m.severity}  ${m.ruleId}  ${JSON.stringify(m.actual)}\n`)
    .join('')
}

/** The day fixtures are linted on, so that date rules give the same findings any day. */
export function fixtureClock() {
  return new Date(2026, 0, 15, 12)
}
