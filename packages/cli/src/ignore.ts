import {stat} from 'node:fs/promises'
import path from 'node:path'
import {readRegularFile} from '@followup-lint/core/node'
import ignore from 'ignore'

/** Files of ignore patterns read from the folder the command runs in, in .gitignore syntax. */
export const ignoreFiles = ['.gitignore', '.followuplintignore']

// An ignore file is a short list of patterns; a bigger one is not read into memory.
const maxIgnoreBytes = 1024 * 1024

/** Whether a path found by a folder walk or a glob is left out; `directory` for a folder. */
export type Ignored = (file: string, directory: boolean) => boolean

/**
 * What a run leaves out of folder walks and globs: the patterns of `.gitignore` and
 * `.followuplintignore` in `cwd` (unless `useFiles` is false) and those given on the command
 * line, all relative to `cwd` as in Prettier and ESLint. Paths outside `cwd` are never ignored.
 */
export async function loadIgnored(cwd: string, patterns: readonly string[], useFiles: boolean): Promise<Ignored> {
  const matcher = ignore()
  if (useFiles) {
    for (const name of ignoreFiles) {
      const file = path.join(cwd, name)
      if (!(await stat(file).catch(() => undefined))) continue
      matcher.add(new TextDecoder().decode(await readRegularFile(file, maxIgnoreBytes)))
    }
  }
  matcher.add([...patterns])
  return (file, directory) => {
    const relative = path.relative(cwd, path.resolve(cwd, file))
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false
    const posix = relative.split(path.sep).join('/')
    return matcher.ignores(directory ? `${posix}/` : posix)
  }
}
