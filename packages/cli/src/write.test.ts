import {mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {InputError} from '@followup-lint/core/node'
import {describe, expect, it} from 'vitest'
import {writeAtomic} from './write.js'

const dir = () => mkdtempSync(path.join(tmpdir(), 'followup-lint-write-'))

describe('writeAtomic', () => {
  it('creates a new file, and replaces an existing one keeping its permissions', async () => {
    const folder = dir()
    const file = path.join(folder, 'report.sarif')
    await writeAtomic(file, 'first')
    expect(readFileSync(file, 'utf8')).toBe('first')
    chmodSync(file, 0o600)
    await writeAtomic(file, 'second')
    expect(readFileSync(file, 'utf8')).toBe('second')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readdirSync(folder)).toEqual(['report.sarif'])
  })

  it('leaves a file that changed since it was read as it is, and cleans up', async () => {
    const folder = dir()
    const file = path.join(folder, 'draft.txt')
    writeFileSync(file, 'edited by someone else')
    const stale = {mtimeMs: statSync(file).mtimeMs - 1000, size: 3}
    await expect(writeAtomic(file, 'fixed', stale)).rejects.toThrow(/changed on disk while being fixed/)
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else')
    expect(readdirSync(folder)).toEqual(['draft.txt'])
  })

  it('says in one line why it cannot write', async () => {
    await expect(writeAtomic(path.join(dir(), 'missing', 'out.json'), 'x')).rejects.toThrow(InputError)
    await expect(writeAtomic(dir(), 'x')).rejects.toThrow(/is a directory/)
  })
})
