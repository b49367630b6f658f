import {randomBytes} from 'node:crypto'
import {open, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import {describe, InputError} from '@followup-lint/core/node'

/** What the file looked like when it was read, so that a change made since then is noticed. */
export interface Expected {
  mtimeMs: number
  size: number
}

/**
 * Write a file atomically: the bytes go to a new file in the same folder, which then replaces
 * the target in one rename, so a reader (or a crash) sees either the old file or the new one,
 * never half of each. The target's permissions are kept. With `expected`, the write is abandoned
 * when the target changed after it was read, rather than overwrite someone else's edit.
 */
export async function writeAtomic(file: string, data: Uint8Array | string, expected?: Expected): Promise<void> {
  const before = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined
    throw new InputError(`${file}: ${describe(error)}`)
  })
  if (before?.isDirectory()) throw new InputError(`${file}: is a directory`)
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
      if (before) {
        await handle.chmod(before.mode & 0o7777)
        if (process.getuid?.() === 0 && (before.uid !== 0 || before.gid !== 0)) await handle.chown(before.uid, before.gid)
      }
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
