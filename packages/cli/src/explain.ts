import type {LintContext, Rule} from '@followup-lint/core'
import {InputError} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {
  appliesTo,
  cleanExample,
  configureExample,
  defaultSeverity,
  frontMatterLines,
  optionRows,
  rewrites,
  ruleExamples
} from '@followup-lint/rules/docs'

/** One line per rule: id, default severity, summary. */
export function listRules(): string {
  const width = Math.max(...defaultRules.map((rule) => rule.meta.id.length))
  return (
    defaultRules
      .map((rule) => {
        const severity = rule.meta.recommended === false ? `${rule.meta.severity}*` : rule.meta.severity
        return `${rule.meta.id.padEnd(width)}  ${severity.padEnd(8)}  ${rule.meta.summary}`
      })
      .join('\n') + '\n\n* off unless enabled in the rules settings or by the strict preset\n'
  )
}

const width = 88

/**
 * A paragraph broken into lines of at most `width` characters: the first after `indent`, the
 * others after `hanging`.
 */
function wrap(text: string, indent: string, hanging = indent): string[] {
  const lines: string[] = []
  let line = ''
  const lead = () => (lines.length === 0 ? indent : hanging)
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && lead().length + line.length + 1 + word.length > width) {
      lines.push(lead() + line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(lead() + line)
  return lines
}

function heading(title: string): string[] {
  return ['', title, '-'.repeat(title.length)]
}

/** Text as written (an example keeps its lines), indented. */
function block(text: string, indent = '  '): string[] {
  return text.split('\n').map((line) => (line === '' ? '' : indent + line))
}

function withContext(context: LintContext | undefined): string[] {
  return context ? ['    with this context:', ...frontMatterLines(context).map((line) => `      ${line}`)] : []
}

function patternsPage(rule: Rule): string[] {
  const phrases = rule.phrases ?? []
  return [
    ...heading('What it looks for'),
    ...phrases.flatMap((phrase) => [
      ...wrap(phrase.message.replaceAll('{actual}', '…'), '  '),
      ...phrase.patterns.map((pattern) => `      ${pattern}`),
      ...(phrase.unless ? ['    not when the same sentence also matches:', ...phrase.unless.map((pattern) => `      ${pattern}`)] : []),
      ''
    ])
  ]
}

/**
 * A rule's documentation as a page to read in a terminal: what it flags, why (with where that
 * comes from), examples, options, how to configure it and where to read more. Its phrase
 * patterns are in the phrase language, so only `verbose` lists them.
 */
export function explainRule(id: string, options: {verbose?: boolean} = {}): string {
  const rule = defaultRules.find((candidate) => candidate.meta.id === id)
  if (!rule) throw new InputError(`unknown rule "${id}" (see --list-rules)`)
  const {meta} = rule
  const phrases = rule.phrases ?? []
  const examples = ruleExamples[id] ?? {flagged: [], clean: []}
  const patternCount = phrases.reduce((sum, phrase) => sum + phrase.patterns.length, 0)
  const lines = [
    meta.id,
    '='.repeat(meta.id.length),
    ...wrap(meta.summary, ''),
    '',
    `Default severity: ${defaultSeverity(meta)}`,
    `Applies to:       ${appliesTo(meta.kinds)}`,
    `Rewrites:         ${rewrites(phrases)}`,
    ...heading('Why it matters'),
    ...meta.why.split(/\n{2,}/).flatMap((paragraph, index) => [
      ...(index > 0 ? [''] : []),
      // A list keeps its items; prose is wrapped to the page.
      ...(paragraph.split('\n').some((line) => line.trimStart().startsWith('- ')) ? block(paragraph) : wrap(paragraph, '  '))
    ]),
    ...heading('Sources'),
    ...(meta.sources ?? []).flatMap((source, index) => [
      ...wrap(`${index + 1}. ${source.title}`, '  ', '     '),
      `     ${source.url}`,
      ...(source.note ? wrap(source.note, '     ') : [])
    ]),
    ...heading('Flagged'),
    ...examples.flagged.flatMap((example) => [
      ...block(example.text),
      `    flags ${example.flags.map((flag) => `“${flag}”`).join(', ')}`,
      ...withContext(example.context),
      ''
    ]),
    ...heading('Not flagged'),
    ...examples.clean.map(cleanExample).flatMap((example) => [...block(example.text), ...withContext(example.context), '']),
    ...heading('Options'),
    ...(meta.options
      ? optionRows(meta).flatMap((row) => [...wrap(`${row.name}: ${row.value}`, '  ', '      '), ...wrap(`takes ${row.takes}`, '      '), ''])
      : ['  none']),
    ...heading('Configure'),
    ...block(configureExample(meta)),
    ...(patternCount > 0
      ? options.verbose
        ? patternsPage(rule)
        : ['', `It matches ${patternCount} phrase patterns; --verbose lists them.`]
      : []),
    '',
    `Documentation: ${meta.url ?? 'none'}`
  ]
  // No run of blank lines: an example ends with one and a heading starts with one.
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n'
}
