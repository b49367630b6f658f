// What the linter reports on a slice of the benchmark's corpus, one line per draft, so that a
// change made for speed can be checked to change no finding: the test compares this with the
// committed file, and `npm run fixtures` rewrites the file after a deliberate rule change.
import {generateDrafts, generateLong} from '../bench/corpus.js'

/** The day the corpus is linted on, so that date rules give the same findings any day. */
const context = {sentDate: '2026-02-28'}

/** @param {{offset: number, endOffset: number, ruleId: string, severity: string}[]} messages */
const places = (messages) => messages.map((m) => `${m.ruleId}@${m.offset}-${m.endOffset}${m.severity === 'error' ? '!' : ''}`).join(' ')

/**
 * @param {{createLinter: Function, lintDraft: Function, defaultRules: readonly unknown[]}} linterParts
 * @returns {Promise<string>}
 */
export async function benchFindings({createLinter, lintDraft, defaultRules}) {
  const linter = createLinter(defaultRules)
  const lines = []
  const drafts = generateDrafts(400)
  for (const [index, text] of drafts.entries()) {
    const result = linter.lint(text, {context})
    lines.push(`txt ${index} ${result.kind} ${result.score}: ${places(result.messages)}`)
  }
  // Markdown drafts are tokenized from a tree built from mdast, not from the plain text.
  for (const [index, text] of drafts.slice(0, 100).entries()) {
    const markdown = text.replace(/^Subject: (.*)$/m, '# $1').replace(/\b(rank list|program)\b/g, '**$1**')
    const result = await lintDraft(markdown, {filePath: '/bench/draft.md', rules: defaultRules, flags: {'sent-date': context.sentDate}})
    lines.push(`md ${index} ${result.kind} ${result.score}: ${places(result.messages)}`)
  }
  // Past 64 KB a draft is read in windows.
  const long = linter.lint(generateLong(100_000), {context})
  lines.push(`long ${long.kind} ${long.score}:`, ...long.messages.map((m) => places([m])))
  return `${lines.join('\n')}\n`
}
