import type {Rule} from '@followup-lint/core'
import {rules} from './generated/rules.js'

/** The default rule set, in id order. */
export const defaultRules: readonly Rule[] = rules
