// Read errors the test machine cannot make for real (tests run as root, so a chmod 000 file is
// still readable): the file system is replaced by one that fails as a protected file would.
import {beforeEach, describe, expect, it, vi} from 'vitest'

const failure = vi.hoisted(() => ({code: 'EACCES'}))

vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>()
  const fail = () => {
    throw Object.assign(new Error(`${failure.code}: operation refused, open 'x'`), {code: failure.code})
  }
  return {...actual, openSync: fail}
})

const {InputError, readDraft} = await import('./read.js')

describe('readDraft when the file system refuses', () => {
  beforeEach(() => {
    failure.code = 'EACCES'
  })

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ELOOP', 'too many symbolic links (a loop?)'],
    ['EIO', "EIO: operation refused, open 'x'"]
  ])('%s becomes a one-line InputError', async (code, reason) => {
    failure.code = code
    const error = await readDraft('private/draft.txt').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toBe(`private/draft.txt: ${reason}`)
  })
})
