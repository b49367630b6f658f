import {readFileSync} from 'node:fs'
import {InputError} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {ruleReadmePath} from './rule-docs.js'

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

/** A rule's README, without the generated-file banner. */
export function explainRule(id: string): string {
  if (!defaultRules.some((rule) => rule.meta.id === id)) {
    throw new InputError(`unknown rule "${id}" (see --list-rules)`)
  }
  const readme = readFileSync(ruleReadmePath(id), 'utf8')
  return readme.replace(/^<!--.*?-->\s*/s, '')
}
