import {lstat, readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {describe, InputError} from '@followup-lint/core/node'
import type {Ignored} from './ignore.js'

/** File endings read as drafts when a directory or glob is given. */
export const draftExtensions = ['.txt', '.md', '.markdown', '.eml']

const skipped = new Set(['node_modules', '.git'])

function isDraft(file: string): boolean {
  return draftExtensions.includes(path.extname(file).toLowerCase())
}

/** What the arguments name: the drafts to lint, in order, and a one-line error per path that could not be taken. */
export interface Expanded {
  files: string[]
  errors: InputError[]
}

/** A walk's state: what it found, and whether an ignore pattern left anything out. */
interface Walk extends Expanded {
  ignored: Ignored
  leftOut: boolean
}

/** Whether `file` (a real path) lies inside the folder `root` (a real path). */
function inside(root: string, file: string): boolean {
  const relative = path.relative(root, file)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Whether a path found under `root` may be read: a symbolic link is followed only when what it
 * names is inside the root of the run, so a link in a pull request cannot make the linter read,
 * quote or rewrite a file elsewhere. Its error, when it may not.
 */
async function staysInside(root: string, file: string): Promise<InputError | undefined> {
  let real: string
  try {
    real = await realpath(file)
  } catch (error) {
    return new InputError(`${file}: ${describe(error)}`)
  }
  return inside(root, real) ? undefined : new InputError(`${file}: a link to a file outside ${root}; not read (name the file itself to lint it)`)
}

async function walk(root: string, dir: string, out: Walk): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, {withFileTypes: true})
  } catch (error) {
    out.errors.push(new InputError(`${dir}: ${describe(error)}`))
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || skipped.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (out.ignored(full, entry.isDirectory())) {
      out.leftOut = true
      continue
    }
    if (entry.isDirectory()) await walk(root, full, out)
    else if (entry.isFile() && isDraft(entry.name)) out.files.push(full)
    else if (entry.isSymbolicLink() && isDraft(entry.name)) {
      // A linked draft is linted like any other, if it stays inside the folder; links to
      // folders are not followed, so a link back up cannot make the walk loop.
      const refused = await staysInside(root, full)
      if (refused) out.errors.push(refused)
      else if ((await stat(full).catch(() => undefined))?.isFile()) out.files.push(full)
    }
  }
}

/** Whether a path below `base` runs through a linked folder, which a walk would not enter. */
async function throughLinkedFolder(base: string, file: string): Promise<boolean> {
  const parts = path.relative(base, path.dirname(file)).split(path.sep).filter((part) => part !== '' && part !== '.')
  let at = base
  for (const part of parts) {
    at = path.join(at, part)
    if ((await lstat(at).catch(() => undefined))?.isSymbolicLink()) return true
  }
  return false
}

/** The folder a glob starts in: its path up to the first part with a glob character. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/)
  const fixed: string[] = []
  for (const part of parts) {
    if (/[*?[\]{}()!]/.test(part)) break
    fixed.push(part)
  }
  if (fixed.length === parts.length) fixed.pop()
  return fixed.join('/') || (path.isAbsolute(pattern) ? '/' : '.')
}

/**
 * Expand the command's arguments into draft files, in order, without duplicates. A file is
 * taken whatever its ending (a link named on the command line is the user's choice); a
 * directory gives its drafts; a glob gives the drafts it matches. Neither a folder walk nor a
 * glob leaves the folder it starts in through a symbolic link, and both skip what `ignored`
 * says (a file named on the command line is linted whatever the patterns say). A path that
 * cannot be taken gives an error and the others are still linted.
 */
export async function expandInputs(inputs: readonly string[], ignored: Ignored = () => false): Promise<Expanded> {
  const out: Walk = {files: [], errors: [], ignored, leftOut: false}
  for (const input of inputs) {
    let failure: unknown
    const info = await stat(input).catch((error: unknown) => {
      failure = error
      return undefined
    })
    // A path that exists but cannot be followed (a symbolic link loop, no permission) is not a glob.
    const code = (failure as NodeJS.ErrnoException | undefined)?.code
    if (code && code !== 'ENOENT' && code !== 'ENOTDIR') {
      out.errors.push(new InputError(`${input}: ${describe(failure)}`))
    } else if (info?.isDirectory()) {
      const before = out.files.length
      const errors = out.errors.length
      out.leftOut = false
      await walk(await realpath(input), input, out)
      if (out.files.length === before && out.errors.length === errors && !out.leftOut) {
        out.errors.push(new InputError(`${input}: no drafts in this directory (${draftExtensions.join(', ')})`))
      }
    } else if (info) {
      out.files.push(input)
    } else if ((await import('tinyglobby')).isDynamicPattern(input)) {
      // The glob library loads only for an argument that is neither a file nor a folder.
      const {glob} = await import('tinyglobby')
      const base = globBase(input)
      const root = await realpath(base).catch(() => path.resolve(base))
      // Links are followed so that a linked draft is found, then judged as a walk judges them.
      const found = (await glob(input, {onlyFiles: true, absolute: path.isAbsolute(input), ignore: ['**/node_modules/**']}))
        .filter(isDraft)
        .sort()
      let matched = 0
      let leftOut = false
      for (const file of found) {
        if (await throughLinkedFolder(base, file)) continue
        if (ignored(file, false)) {
          leftOut = true
          continue
        }
        matched++
        const linked = (await lstat(file).catch(() => undefined))?.isSymbolicLink()
        const refused = linked ? await staysInside(root, file) : undefined
        if (refused) out.errors.push(refused)
        else out.files.push(file)
      }
      if (matched === 0 && !leftOut) out.errors.push(new InputError(`${input}: no drafts match this pattern`))
    } else {
      out.errors.push(new InputError(`${input}: no such file or directory`))
    }
  }
  return {files: [...new Set(out.files)], errors: out.errors}
}
