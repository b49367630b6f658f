import {describeOption, fieldOfName, type LintContext, type Linter, type OptionType, type PhraseEntry, type RuleSource, type Severity} from '@followup-lint/core'

export {examples as ruleExamples} from './examples.generated.js'

/** A rule's examples: drafts it flags, with the words it flags, and drafts it leaves alone. */
export interface RuleExamples {
  flagged: {text: string; flags: string[]; context?: LintContext}[]
  clean: CleanExample[]
}

/** A rule's data as its rule.yml gives it, examples included. */
export interface RuleData {
  id: string
  severity: Severity
  summary: string
  why: string
  sources: RuleSource[]
  kinds?: string[]
  zones?: string[]
  options?: Record<string, unknown>
  optionTypes?: Record<string, OptionType>
  recommended?: boolean
  phrases: PhraseEntry[]
  hasCheck: boolean
  exports: {check: boolean; review: boolean; score: boolean; load: boolean}
  examples: RuleExamples
}

/** A clean example: its text, or its text and the context it is linted with. */
export type CleanExample = string | {text: string; context?: LintContext}

/** The text and context of a clean example. */
export function cleanExample(example: CleanExample): {text: string; context?: LintContext} {
  return typeof example === 'string' ? {text: example} : example
}

/** An example's context as the front matter lines that would give it. */
export function frontMatterLines(context: LintContext): string[] {
  return Object.entries(context).map(([key, value]) => `${fieldOfName(key)?.key ?? key}: ${JSON.stringify(value)}`)
}

function contextNote(context: LintContext | undefined): string[] {
  if (!context) return []
  return ['With this context:', fence(frontMatterLines(context).join('\n'), 'yaml')]
}

const banner = '<!-- Generated from rule.yml by `npm run docs`: edit rule.yml, not this file. -->'

function fence(text: string, language = 'text'): string {
  return '```' + language + '\n' + text + '\n```'
}

function findings(linter: Linter, id: string, text: string, context?: LintContext): string {
  const lines = linter
    .lint(text, context ? {context} : {})
    .messages.filter((message) => message.ruleId === id)
    .map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}  ${m.severity}  ${m.message}`)
  return lines.length > 0 ? lines.join('\n') : '(no findings)'
}

const zoneNames: Record<string, string> = {
  own: "the applicant's own words (subject, greeting, body, P.S., sign-off)",
  signature: 'the signature block',
  letterhead: 'the letterhead (date line, addresses, "RE:" before the greeting)'
}

// Rules that name no zones report in the applicant's own words only; the others say where else.
// Every README says it, and says what else the reading leaves out.
function reportsIn(zones: string[], phrases: readonly {skipNegated?: boolean}[]): string {
  const names = zones.map((zone) => zoneNames[zone] ?? `the ${zone}`)
  const where = `Reports in ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names.at(-1)}; never in quoted or forwarded mail`
  if (phrases.length === 0) return `${where}.`
  const denial = phrases.some((phrase) => phrase.skipNegated !== false)
    ? ' A phrase denied in its clause ("I have not ...", "I know better than to ...") is not reported.'
    : ' A denial does not change register: these phrases are reported in any clause.'
  return `${where}, nor in words the draft quotes from someone else, in a person's name or in a web or email address.${denial}`
}

/** The kinds of message a rule applies to, in words. */
export function appliesTo(kinds: readonly string[] | undefined): string {
  return kinds ? kinds.join(', ') : 'every kind of message'
}

/** A rule's default severity, and whether it is on by default. */
export function defaultSeverity(rule: {severity: Severity; recommended?: boolean}): string {
  return rule.recommended === false ? `${rule.severity} (off unless enabled or in the strict preset)` : rule.severity
}

/** What a rule offers in place of what it flags. */
export function rewrites(phrases: readonly PhraseEntry[]): string {
  if (!phrases.some((phrase) => phrase.rewrite)) return 'none'
  return phrases.some((phrase) => phrase.safe) ? 'safe fixes' : 'suggested rewrites'
}

/** A default as a reader writes it: a list as "a, b, c", a table as "key value, ...". */
function shownDefault(value: unknown): string {
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '(none)'
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([key, item]) => `${key} ${String(item)}`).join(', ')
  }
  return String(value)
}

/** Each option of a rule: its name, its default, and what it takes ("a whole number from 1 to 60"). */
export function optionRows(rule: {options?: Record<string, unknown>; optionTypes?: Record<string, OptionType>}): {name: string; value: string; takes: string}[] {
  return Object.entries(rule.options ?? {}).map(([name, value]) => {
    const declared = rule.optionTypes?.[name]
    return {name, value: shownDefault(value), takes: declared ? describeOption(declared) : 'the type of its default'}
  })
}

/** The config that changes a rule's severity: to a warning for an error rule, else off. */
export function configureExample(rule: {id: string; severity: Severity}): string {
  return JSON.stringify({rules: {[rule.id]: rule.severity === 'error' ? 'warning' : 'off'}}, null, 2)
}

/** The README of one rule: what, why, examples with the linter's real output, and how to set it. */
export function renderReadme(rule: RuleData, linter: Linter): string {
  const kinds = appliesTo(rule.kinds)
  const severity = defaultSeverity(rule)
  const fixes = rewrites(rule.phrases)
  const patternCount = rule.phrases.reduce((sum, phrase) => sum + phrase.patterns.length, 0)
  const parts = [
    banner,
    `# \`${rule.id}\``,
    rule.summary,
    '| default severity | applies to | rewrites |\n| --- | --- | --- |\n' + `| ${severity} | ${kinds} | ${fixes} |`,
    '## Why it matters',
    rule.why,
    reportsIn(rule.zones ?? ['own'], rule.phrases),
    '## Sources',
    rule.sources.map((source) => `- [${source.title}](${source.url})${source.note ? `: ${source.note}` : ''}`).join('\n'),
    '## Flagged',
    ...rule.examples.flagged.flatMap((example) => [
      ...contextNote(example.context),
      fence(example.text),
      fence(findings(linter, rule.id, example.text, example.context))
    ]),
    '## Not flagged',
    ...rule.examples.clean.map(cleanExample).flatMap((example) => [...contextNote(example.context), fence(example.text)])
  ]
  if (rule.options) {
    const cell = (text: string) => text.replaceAll('|', '\\|')
    const rows = optionRows(rule).map((row) => `| \`${row.name}\` | ${cell(row.takes)} | ${cell(row.value)} |`)
    parts.push(
      '## Options',
      'Set them as the second item of the rule’s setting, `[severity, {option: value}]`; a value ' +
        'outside what an option takes is refused with the key that holds it.',
      '| option | takes | default |\n| --- | --- | --- |\n' + rows.join('\n')
    )
  }
  if (patternCount > 0) {
    parts.push(
      '## What it looks for',
      `${patternCount} patterns in ${rule.phrases.length} groups, in the phrase language of ` +
        '[`@followup-lint/core`](../../packages/core/README.md#the-phrase-language). ' +
        'Each group says one thing about what it finds.' +
        (rule.phrases.some((phrase) => phrase.patterns.some((pattern) => pattern.includes('@')))
          ? ' `@program` stands for any name of the program the draft is about (its full name, a ' +
            'short form such as “Pinecrest”, an acronym, an alias from the profile), `@person` for a ' +
            'person named with a title (“Dr. Abernathy”) or one of the profile’s people.'
          : ''),
      ...rule.phrases.flatMap((phrase) => [
        `- ${phrase.message.replaceAll('{actual}', '…')}` +
          (phrase.rewrite ? ` Suggests: ${phrase.rewrite.map((text) => `“${text}”`).join(', ')}.` : ''),
        fence(phrase.patterns.join('\n')),
        ...(phrase.unless
          ? ['Not when the same sentence also matches:', fence(phrase.unless.join('\n'))]
          : [])
      ])
    )
  }
  if (rule.hasCheck) {
    const reads = rule.exports.review ? 'reads the draft and the other rules’ findings' : 'reads the draft itself'
    parts.push('## How it works', `A small check in [\`check.ts\`](check.ts) ${reads}.`)
  }
  parts.push(
    '## Configure',
    'Change its severity, or turn it off, in a configuration file:',
    fence(configureExample(rule), 'json')
  )
  return parts.join('\n\n') + '\n'
}

/** The table of every rule, for docs/rules.md. */
export function renderRulesTable(rules: readonly RuleData[]): string {
  const rows = rules.map(
    (rule) => `| [\`${rule.id}\`](../rules/${rule.id}/README.md) | ${rule.severity} | ${rule.summary.replaceAll('|', '\\|')} |`
  )
  return [
    banner.replace('rule.yml', 'the rules’ rule.yml files'),
    '# Rules',
    '| rule | default | what it flags |\n| --- | --- | --- |\n' + rows.join('\n'),
    ''
  ].join('\n\n').trimEnd() + '\n'
}
