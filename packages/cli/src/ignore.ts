import {stat} from 'node:fs/promises'
import path from 'node:path'
import {InputError, readRegularFile} from '@followup-lint/core/node'
import ignore from 'ignore'

/** Files of ignore patterns read from the folder the command runs in, in .gitignore syntax. */
export const ignoreFiles = ['.gitignore', '.followuplintignore']

// An ignore file is a short list of patterns; a bigger one is not read into memory.
const maxIgnoreBytes = 1024 * 1024

// The matcher backtracks on every "**" of a pattern against every folder of a path: three of
// them take 0.4 s for one path 200 folders deep, five take minutes. An ignore file comes with
// the repository, so a pattern with more is refused, as a phrase pattern past its limits is.
const maxGlobstars = 2
const maxPatternLength = 1000

/** The patterns of an ignore file or the command line, refused in one line past the limits. */
function checked(lines: readonly string[], where: (index: number) => string): string[] {
  lines.forEach((line, index) => {
    const pattern = line.trim()
    if (pattern === '' || pattern.startsWith('#')) return
    if (pattern.length > maxPatternLength) {
      throw new InputError(`${where(index)}: an ignore pattern longer than ${maxPatternLength} characters`)
    }
    if ((pattern.match(/\*\*/g)?.length ?? 0) > maxGlobstars) {
      throw new InputError(`${where(index)}: an ignore pattern with more than ${maxGlobstars} "**" (matching it would be slow)`)
    }
  })
  return [...lines]
}

/** Whether a path found by a folder walk or a glob is left out; `directory` for a folder. */
export type Ignored = (file: string, directory: boolean) => boolean

/**
 * What a run leaves out of folder walks and globs: the patterns of `.gitignore` and
 * `.followuplintignore` in `cwd` and those given on the command line, all relative to `cwd` as
 * in Prettier and ESLint (`--no-ignore` turns all of them off, as in ESLint). Paths outside
 * `cwd` are never ignored.
 */
export async function loadIgnored(cwd: string, patterns: readonly string[]): Promise<Ignored> {
  const matcher = ignore()
  for (const name of ignoreFiles) {
    const file = path.join(cwd, name)
    if (!(await stat(file).catch(() => undefined))) continue
    const lines = new TextDecoder().decode(await readRegularFile(file, maxIgnoreBytes)).split(/\r?\n|\r/)
    matcher.add(checked(lines, (index) => `${file}:${index + 1}`))
  }
  matcher.add(checked(patterns, () => '--ignore-pattern'))
  return (file, directory) => {
    const relative = path.relative(cwd, path.resolve(cwd, file))
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false
    const posix = relative.split(path.sep).join('/')
    return matcher.ignores(directory ? `${posix}/` : posix)
  }
}
