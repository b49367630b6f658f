// Linting a folder in worker threads gives the report a single-threaded run gives, byte for
// byte, in every format; a draft or a config that fails is its own error line; a worker that
// dies ends the run with an internal error instead of leaving it waiting.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {generateDrafts} from '../bench/corpus.js'
import {lintInWorkers, threadCount} from '../packages/cli/src/parallel.js'
import {cliBin, repoRoot} from './support/cli.js'

let tree: string

/** 60 drafts: generated ones (flagged and clean), Markdown, email, a binary file, a bad config. */
beforeAll(() => {
  tree = mkdtempSync(path.join(tmpdir(), 'followup-lint-workers-'))
  const drafts = generateDrafts(54, 4242)
  for (const [index, text] of drafts.entries()) {
    const folder = path.join(tree, `group-${index % 3}`)
    mkdirSync(folder, {recursive: true})
    writeFileSync(path.join(folder, `draft-${String(index).padStart(2, '0')}.txt`), text)
  }
  const fixtures = path.join(repoRoot, 'fixtures', 'drafts')
  copyFileSync(path.join(fixtures, 'flagged-three-formats.md'), path.join(tree, 'group-1', 'front-matter.md'))
  copyFileSync(path.join(fixtures, 'flagged-three-formats.eml'), path.join(tree, 'group-2', 'mail.eml'))
  writeFileSync(path.join(tree, 'group-0', 'binary.txt'), Buffer.from([0x44, 0x65, 0x61, 0x72, 0, 0, 0x0a]))
  const broken = path.join(tree, 'group-2', 'broken')
  mkdirSync(broken)
  writeFileSync(path.join(broken, '.followuplintrc.yaml'), 'rules:\n  no-such-rule: error\n')
  writeFileSync(path.join(broken, 'one.txt'), drafts[0]!)
  writeFileSync(path.join(broken, 'two.txt'), drafts[1]!)
})

function lint(args: string[], input = '') {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    cwd: tree,
    input,
    env: {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined},
    encoding: 'utf8'
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('a folder linted in worker threads', () => {
  it.each(['stylish', 'json', 'sarif', 'github'])('gives the single-threaded %s report, byte for byte', (format) => {
    const alone = lint(['--format', format, '--concurrency', '1', '.'])
    expect(alone.code).toBe(2)
    expect(alone.stdout.length).toBeGreaterThan(1000)
    for (const concurrency of [['--concurrency', '2'], ['--concurrency', '3'], []]) {
      expect(lint(['--format', format, ...concurrency, '.']), concurrency.join(' ')).toEqual(alone)
    }
  })

  it('reports every draft in order, with standard input first, as one thread does', () => {
    const args = ['--format', 'json', '--stdin-filename', 'piped.txt', '-', 'group-1', 'group-0']
    const alone = lint([...args, '--concurrency', '1'], 'You are my number one choice.\n')
    const files = (JSON.parse(alone.stdout) as {filePath: string}[]).map((result) => path.relative(tree, result.filePath))
    const folders = files.map((file) => file.split(path.sep)[0])
    expect(folders.indexOf('piped.txt')).toBe(0)
    expect(folders.lastIndexOf('group-1')).toBeLessThan(folders.indexOf('group-0'))
    expect(lint([...args, '--concurrency', '2'], 'You are my number one choice.\n')).toEqual(alone)
  })

  it('says why a draft could not be read on a line of its own, and lints the others', () => {
    const {code, stdout, stderr} = lint(['--format', 'json', '--concurrency', '2', '.'])
    expect(code).toBe(2)
    expect(stderr.split('\n')).toContain(`followup-lint: ${path.join('group-0', 'binary.txt')}: binary file, not a text draft`)
    const files = (JSON.parse(stdout) as {filePath: string}[]).map((result) => path.relative(tree, result.filePath))
    expect(files).toContain(path.join('group-1', 'front-matter.md'))
    expect(files).toContain(path.join('group-2', 'mail.eml'))
    expect(files).not.toContain(path.join('group-0', 'binary.txt'))
  })

  it('reports a config error once and still lints the drafts outside its folder', () => {
    const {stdout, stderr} = lint(['--format', 'json', '--concurrency', '2', '.'])
    const lines = stderr.trimEnd().split('\n')
    const config = lines.filter((line) => line.includes('.followuplintrc.yaml'))
    expect(config).toHaveLength(1)
    expect(config[0]).toMatch(/^followup-lint: .*broken.*\.followuplintrc\.yaml: .*no-such-rule/)
    expect(lines).toHaveLength(2)
    const files = (JSON.parse(stdout) as {filePath: string}[]).map((result) => result.filePath)
    // 54 generated drafts, the Markdown and the email; not the binary file nor the two under the broken config.
    expect(files).toHaveLength(56)
    expect(files.filter((file) => file.includes('broken'))).toEqual([])
  })

  it('refuses a concurrency that is not a whole number of threads', () => {
    for (const value of ['0', 'two', '1.5']) {
      const {code, stderr} = lint(['--concurrency', value, '.'])
      expect(code).toBe(2)
      expect(stderr).toMatch(/^followup-lint: option '--concurrency <n>' argument '.*' is invalid\. expected a whole number of threads/)
    }
  })
})

describe('how many threads', () => {
  it('uses none for a single draft or --concurrency 1, and never more than the drafts', () => {
    expect(threadCount(1, undefined)).toBe(1)
    expect(threadCount(1, 4)).toBe(1)
    expect(threadCount(500, 1)).toBe(1)
    expect(threadCount(3, 8)).toBe(3)
    expect(threadCount(10, undefined)).toBe(1)
    // Half the cores by default, and none on two: V8 keeps the second core busy already.
    expect(threadCount(500, undefined, 2)).toBe(1)
    expect(threadCount(500, undefined, 8)).toBe(4)
    expect(threadCount(500, undefined, 1)).toBe(1)
    expect(threadCount(3, undefined, 64)).toBe(1)
  })
})

describe('a worker thread that fails', () => {
  const workerUrl = new URL('./support/failing-worker.mjs', import.meta.url)
  const setup = {flags: {}, configFile: undefined, maxSize: 1 << 20}
  const files = (last: string) => Array.from({length: 40}, (_, index) => (index === 25 ? last : `draft-${index}.txt`))

  it('gives each file its outcome, in order, when none fails', async () => {
    const outcomes = await lintInWorkers(files('bad-user'), {threads: 2, setup, workerUrl})
    expect(outcomes).toHaveLength(40)
    expect(outcomes[25]).toEqual({error: 'bad-user: a user error'})
    expect(outcomes.map((outcome) => ('result' in outcome ? outcome.result.filePath : undefined))).toEqual(
      files('bad-user').map((file, index) => (index === 25 ? undefined : file))
    )
  })

  it.each([
    ['exit', /^bad-exit: the worker thread stopped \(exit code 3\)$/],
    ['throw', /^bad-throw: thrown in the worker$/],
    ['internal', /^bad-internal: an internal failure$/]
  ])('ends the run with an error naming the file when it fails by %s', async (how, message) => {
    await expect(lintInWorkers(files(`bad-${how}`), {threads: 2, setup, workerUrl})).rejects.toThrow(message)
  })
})
