import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'
import {describe, InputError} from '@followup-lint/core/node'

/** File endings read as drafts when a directory or glob is given. */
export const draftExtensions = ['.txt', '.md', '.markdown', '.eml']

const skipped = new Set(['node_modules', '.git'])

function isDraft(file: string): boolean {
  return draftExtensions.includes(path.extname(file).toLowerCase())
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, {withFileTypes: true})
  } catch (error) {
    throw new InputError(`${dir}: ${describe(error)}`)
  }
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || skipped.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) await walk(full, out)
    else if (entry.isFile() && isDraft(entry.name)) out.push(full)
  }
}

/**
 * Expand the command's arguments into draft files, in order, without duplicates. A file is
 * taken whatever its ending; a directory gives its drafts; a glob gives the drafts it matches.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = []
  for (const input of inputs) {
    let failure: unknown
    const info = await stat(input).catch((error: unknown) => {
      failure = error
      return undefined
    })
    // A path that exists but cannot be followed (a symbolic link loop, no permission) is not a glob.
    const code = (failure as NodeJS.ErrnoException | undefined)?.code
    if (code && code !== 'ENOENT' && code !== 'ENOTDIR') throw new InputError(`${input}: ${describe(failure)}`)
    if (info?.isDirectory()) {
      const found: string[] = []
      await walk(input, found)
      if (found.length === 0) {
        throw new InputError(`${input}: no drafts in this directory (${draftExtensions.join(', ')})`)
      }
      files.push(...found)
    } else if (info) {
      files.push(input)
    } else if ((await import('tinyglobby')).isDynamicPattern(input)) {
      // The glob library loads only for an argument that is neither a file nor a folder.
      const {glob} = await import('tinyglobby')
      const found = (await glob(input, {onlyFiles: true, absolute: path.isAbsolute(input), ignore: ['**/node_modules/**']}))
        .filter(isDraft)
        .sort()
      if (found.length === 0) throw new InputError(`${input}: no drafts match this pattern`)
      files.push(...found)
    } else {
      throw new InputError(`${input}: no such file or directory`)
    }
  }
  return [...new Set(files)]
}
