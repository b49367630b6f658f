import type {Rule} from '@followup-lint/core'
import {rules} from './lib/rules.generated.js'

/** The default rule set, in id order. */
export const defaultRules: readonly Rule[] = rules
