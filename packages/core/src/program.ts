// Which program of the applicant's profile a draft is for, read once per draft so that no rule
// detects it again: the program the context names, or else the profile's program the prose
// names most often.
import {detectProgram, findProgram} from './context.js'
import type {LintContext, ProgramProfile, Region} from './types.js'

/** The program a draft is for. */
export interface DraftProgram {
  /** The name as the context gives it or as the profile writes it. */
  name: string
  /** The profile's entry for it, when the profile has one. */
  profile?: ProgramProfile
}

/** The program a draft is for, from the context or the prose; undefined when neither tells. */
export function readProgram(source: string, regions: readonly Region[], context: LintContext | undefined): DraftProgram | undefined {
  const applicant = context?.applicant
  // The prose only: an email's headers or a Markdown code block name no program.
  const name = context?.program ?? (applicant ? detectProgram(regions.map((region) => source.slice(region.start, region.end)).join('\n\n'), applicant) : undefined)
  if (!name) return undefined
  const profile = findProgram(applicant, name)
  return profile ? {name, profile} : {name}
}
