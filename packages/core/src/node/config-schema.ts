// The schema of a config file, checked with zod. Loaded only when a config file is found.
import {z} from 'zod'
import {checkContext, isDate} from '../context-fields.js'
import {ConfigError} from '../engine.js'
import {checkPatternLimits} from '../pattern.js'
import {type ApplicantProfile, policies, type RuleSetting} from '../types.js'
import type {PhraseRuleConfig, ResolvedConfig} from '../configure.js'

const level = z.enum(['off', 'info', 'warning', 'error'], {
  errorMap: () => ({message: 'must be "off", "info", "warning" or "error"'})
})
const ruleSetting = z.union([level, z.tuple([level]), z.tuple([level, z.record(z.unknown())])], {
  errorMap: () => ({message: 'must be "off", "info", "warning", "error", or [severity, {options}]'})
})
const text = z.string().trim().min(1, 'must be a non-empty string')
const date = z.string().refine(isDate, 'must be a real date written YYYY-MM-DD')
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case rule id')

const program = z
  .object({
    name: text,
    aliases: z.array(text).optional(),
    specialty: text.optional(),
    interviewDate: date.optional(),
    coordinator: text.optional(),
    interviewers: z.array(text).optional(),
    policy: z.enum(policies, {errorMap: () => ({message: `must be one of ${policies.join(', ')}`})}).optional()
  })
  .strict()

const schema = z
  .object({
    rules: z.record(ruleSetting).optional(),
    // Its keys and values are checked by checkContext, from the table every front door shares.
    context: z.record(z.unknown()).optional(),
    phrases: z
      .array(
        z
          .object({
            id: kebab,
            severity: z.enum(['error', 'warning', 'info']).default('warning'),
            message: text,
            patterns: z.array(text).min(1, 'must list at least one pattern'),
            rewrite: z.array(text).optional()
          })
          .strict()
      )
      .optional(),
    extends: z.enum(['recommended', 'strict'], {errorMap: () => ({message: 'must be "recommended" or "strict"'})}).optional(),
    applicant: z
      .object({
        name: text.optional(),
        aamcId: z
          .union([z.string(), z.number()])
          .transform(String)
          .refine((value) => /^\d{6,10}$/.test(value), 'must be the digits of the AAMC ID')
          .optional(),
        programs: z.array(program).optional()
      })
      .strict()
      .optional(),
    templates: z.array(text).optional()
  })
  .strict()

// A YAML key left with only comments under it (as in the starter file) reads as null: absent.
function dropNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null)
      .map(([key, item]) => [key, dropNulls(item)])
  )
}

function keyPath(parts: readonly (string | number)[]): string {
  return parts.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '')
}

/** Check a configuration object; a problem throws a ConfigError naming the file and the key. */
export function checkConfig(data: unknown, filePath: string): ResolvedConfig {
  const parsed = schema.safeParse(dropNulls(data ?? {}))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    if (issue.code === 'unrecognized_keys') {
      throw new ConfigError(`${filePath}: ${keyPath([...issue.path, issue.keys[0]!])}: unknown key`)
    }
    const where = keyPath(issue.path) || 'config'
    const message = issue.code === 'invalid_type' && issue.received === 'undefined' ? 'is required' : issue.message
    throw new ConfigError(`${filePath}: ${where}: ${message.replace(/^Invalid enum value\. Expected /, 'must be one of ')}`)
  }
  const value = parsed.data
  const config: ResolvedConfig = {
    filePath,
    rules: (value.rules ?? {}) as Record<string, RuleSetting>,
    context: checkContext(value.context ?? {}, (key) => `${filePath}: context.${key}`),
    phrases: (value.phrases ?? []) as PhraseRuleConfig[],
    extends: value.extends ?? 'recommended'
  }
  value.phrases?.forEach((phrase, index) => {
    phrase.patterns.forEach((pattern, at) => {
      try {
        checkPatternLimits(pattern)
      } catch (error) {
        throw new ConfigError(`${filePath}: phrases[${index}].patterns[${at}]: ${(error as Error).message}`)
      }
    })
  })
  if (value.applicant) config.applicant = value.applicant as ApplicantProfile
  if (value.templates) config.templates = value.templates
  return config
}

