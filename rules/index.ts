import type {Rule} from '@followup-lint/core'
import {defaultDocsUrl, docsUrlSetting, ruleDocsUrl} from './lib/links.js'
import {rules} from './lib/rules.generated.js'

export {defaultDocsUrl, docsUrlProblem, docsUrlVariable, homepage, ruleDocsUrl} from './lib/links.js'

/**
 * The documentation addresses this process links to: FOLLOWUP_LINT_DOCS_URL when it is set and
 * usable, the project's own otherwise (and always in a browser, which has no environment).
 */
export const docsSetting = docsUrlSetting((globalThis as {process?: {env?: Record<string, string | undefined>}}).process?.env)

/** The default rule set, in id order, each linked to its documentation. */
export const defaultRules: readonly Rule[] =
  docsSetting.template === defaultDocsUrl
    ? rules
    : rules.map((rule) => ({...rule, meta: {...rule.meta, url: ruleDocsUrl(rule.meta.id, docsSetting.template)}}))
