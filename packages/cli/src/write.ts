import {lstat, open, realpath, rename, stat, unlink} from 'node:fs/promises'
import type {Stats} from 'node:fs'
import path from 'node:path'
import {describe, InputError} from '@followup-lint/core/node'

/** What the file looked like when it was read, so that a change made since then is noticed. */
export interface Expected {
  mtimeMs: number
  size: number
}

/**
 * What a file must be for the tool to replace it: a regular file (never a device, a FIFO or a
 * socket, which a rename would swap for a file), with no other hard link (a new file would
 * split them), writable by its owner (read-only means "leave it"), and owned by whoever runs
 * the tool (as root in CI, a rename would otherwise hand someone's file to root). `name` is the
 * path as the user wrote it, for the message.
 */
export async function checkRewritable(file: string, name = file): Promise<Stats> {
  let info: Stats
  try {
    info = await lstat(file)
  } catch (error) {
    throw new InputError(`${name}: ${describe(error)}`)
  }
  const refuse = (why: string) => new InputError(`${name}: ${why}; left as it is`)
  if (info.isDirectory()) throw new InputError(`${name}: is a directory`)
  if (info.isSymbolicLink()) throw refuse('is a symbolic link (name the file it points to)')
  if (!info.isFile()) throw refuse('not a regular file')
  if (info.nlink > 1) throw refuse(`has ${info.nlink - 1} other hard link${info.nlink > 2 ? 's' : ''}, which a rewrite would split`)
  if ((info.mode & 0o200) === 0) throw refuse('is read-only')
  const uid = process.getuid?.()
  if (uid !== undefined && info.uid !== uid) throw refuse('belongs to another user')
  return info
}

/** Refuse an `--output` file that is one of the drafts being read: the report would replace it. */
export async function refuseOutputOverInput(output: string, inputs: readonly string[]): Promise<void> {
  const real = (file: string) => realpath(file).catch(() => path.resolve(file))
  const target = await real(output)
  for (const input of inputs) {
    if ((await real(input)) === target) throw new InputError(`--output ${output}: is a draft being linted; name another file`)
  }
}

/**
 * Write a file atomically: the bytes go to a new file in the same folder, which then replaces
 * the target in one rename, so a reader (or a crash) sees either the old file or the new one,
 * never half of each. The target's permissions are kept. With `expected`, the write is abandoned
 * when the target changed after it was read, rather than overwrite someone else's edit.
 */
export async function writeAtomic(file: string, data: Uint8Array | string, expected?: Expected): Promise<void> {
  const present = await lstat(file).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw new InputError(`${file}: ${describe(error)}`)
    }
  )
  const before = present ? await checkRewritable(file) : undefined
  // Loaded here: a run that writes nothing does not pay for loading the crypto module.
  const {randomBytes} = await import('node:crypto')
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await open(temp, 'wx', before ? before.mode & 0o777 : 0o666)
  } catch (error) {
    throw new InputError(`${file}: cannot write: ${describe(error)}`)
  }
  try {
    try {
      await handle.writeFile(data)
      // open() applies the umask; set the target's permissions exactly.
      if (before) await handle.chmod(before.mode & 0o7777)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (expected) {
      const now = await stat(file)
      if (now.mtimeMs !== expected.mtimeMs || now.size !== expected.size) {
        throw new InputError(`${file}: changed on disk while being fixed; left as it is`)
      }
    }
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    if (error instanceof InputError) throw error
    throw new InputError(`${file}: cannot write: ${describe(error)}`)
  }
}
