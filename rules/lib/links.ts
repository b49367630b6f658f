// The public addresses of the rules' documentation. The build derives them from the rules
// package's `repository` and `homepage` (scripts/load.js); FOLLOWUP_LINT_DOCS_URL points every
// rule at another copy of the documentation, such as an organization's own mirror.
import {links} from './rules.generated.js'

/** The project's home page. */
export const homepage: string = links.homepage

/** The address of a rule's README, with `{rule}` standing for its id. */
export const defaultDocsUrl: string = links.ruleDocs

/** The environment variable that replaces {@link defaultDocsUrl}. */
export const docsUrlVariable = 'FOLLOWUP_LINT_DOCS_URL'

/** Why a documentation address template cannot be used, or undefined when it can. */
export function docsUrlProblem(template: string): string | undefined {
  let url: URL
  try {
    url = new URL(template.replaceAll('{rule}', 'rule'))
  } catch {
    return `${docsUrlVariable}: "${template}" is not an address`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `${docsUrlVariable}: "${template}" must be an https:// or http:// address`
  }
  if (!template.includes('{rule}')) return `${docsUrlVariable}: "${template}" must hold {rule} where the rule id goes`
  return undefined
}

/**
 * The template an environment asks for, or the default when it asks for none. One that cannot
 * be used gives the default too, with the reason, for the command line to report.
 */
export function docsUrlSetting(env: Record<string, string | undefined> | undefined): {template: string; problem?: string} {
  const value = env?.[docsUrlVariable]
  if (value === undefined || value === '') return {template: defaultDocsUrl}
  const problem = docsUrlProblem(value)
  return problem ? {template: defaultDocsUrl, problem} : {template: value}
}

/** A rule's documentation address under a template. */
export function ruleDocsUrl(ruleId: string, template: string = defaultDocsUrl): string {
  return template.replaceAll('{rule}', encodeURIComponent(ruleId))
}
