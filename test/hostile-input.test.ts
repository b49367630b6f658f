// Odd and hostile input through the real binary: each file is either linted correctly or
// refused with one line and exit 2, and no run hangs (every spawn has a time limit).
import {spawnSync} from 'node:child_process'
import {chownSync, chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {repoRoot} from './support/cli.js'

const bin = path.join(repoRoot, 'packages', 'cli', 'bin', 'followup-lint.js')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-hostile-'))
})
afterAll(() => {
  spawnSync('rm', ['-rf', dir])
})

interface Finding {
  ruleId: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

function run(args: string[], options: {timeout?: number; nodeArgs?: string[]} = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    // A hang guard, not a speed target.
    timeout: options.timeout ?? 30_000,
    maxBuffer: 1 << 30,
    env: {...process.env, NO_COLOR: '1'}
  })
  expect(result.error, 'the run did not finish in time').toBeUndefined()
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function file(name: string, content: string | Buffer): string {
  const full = path.join(dir, name)
  mkdirSync(path.dirname(full), {recursive: true})
  writeFileSync(full, content)
  return full
}

/** A run that refuses its input: one line on stderr, exit 2, no stack trace, nothing on stdout. */
function expectRefusal(result: ReturnType<typeof run>, reason: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(reason)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

function report(result: ReturnType<typeof run>): {filePath: string; messages: Finding[]}[] {
  expect(result.stderr).toBe('')
  expect([0, 1]).toContain(result.code)
  return JSON.parse(result.stdout)
}

/** The characters a finding points at, with lines ended by \r\n, \n or a lone \r. */
function flagged(text: string, finding: Finding): string {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1)
  }
  return text.slice(starts[finding.line - 1]! + finding.column - 1, starts[finding.endLine - 1]! + finding.endColumn - 1)
}

describe('odd input', () => {
  it('an empty file and a file of whitespace have no findings', () => {
    const empty = file('empty.txt', '')
    const blank = file('blank.txt', ' \n\t\r\n  \r')
    const [a, b] = report(run(['-f', 'json', empty, blank]))
    expect(a!.messages).toEqual([])
    expect(b!.messages).toEqual([])
  })

  it('CRLF and mixed line endings: every finding points at the flagged words', () => {
    const text = 'Dear Dr. Lee,\r\n\r\nThank you.\rYou are my #1 program.\nI will rank you first.\r\n\r\nSincerely,\rAna\n'
    const [entry] = report(run(['-f', 'json', file('mixed.txt', text)]))
    const ranking = entry!.messages.filter((m) => m.ruleId === 'ranking-pressure')
    expect(ranking.map((m) => flagged(text, m))).toEqual(['You are my #1', 'I will rank you first'])
    expect(ranking.map((m) => m.line)).toEqual([4, 5])
  })

  it('UTF-16 big-endian with a byte order mark', () => {
    const text = 'Hello.\nYou are my #1 program.\n'
    const bytes = Buffer.from(text, 'utf16le').swap16()
    const [entry] = report(run(['-f', 'json', file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), bytes]))]))
    expect(entry!.messages[0]).toMatchObject({line: 2, column: 1, endColumn: 14})
  })

  it('a file cut in the middle of a UTF-8 character is refused', () => {
    const name = file('cut.txt', Buffer.concat([Buffer.from('Thank you caf'), Buffer.from([0xc3])]))
    expectRefusal(run([name]), /^followup-lint: .*cut\.txt: not valid UTF-8 text\n$/)
  })

  it('a binary file is refused', () => {
    const name = file('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]))
    expectRefusal(run([name]), /^followup-lint: .*photo\.txt: binary file, not a text draft\n$/)
  })

  it('Markdown quoted 100 levels deep is linted', () => {
    const text = `${'> '.repeat(100)}You are my #1 program.\n`
    const [entry] = report(run(['-f', 'json', file('deep-quote.md', text)]))
    expect(entry!.messages.map((m) => flagged(text, m))).toContain('You are my #1')
  })

  it.each([
    ['lists by indentation', Array.from({length: 1000}, (_, depth) => `${'  '.repeat(depth)}- point`).join('\n')],
    ['quotes in a row', `${'> '.repeat(5000)}You are my #1 program.\n`],
    ['quote marks without spaces', `${'>'.repeat(5000)}You are my #1 program.\n`],
    ['bullets in a row', `${'- '.repeat(3000)}point\n`],
    ['numbers in a row', `${'1. '.repeat(3000)}point\n`],
    ['quotes and bullets mixed', `${'> * '.repeat(2000)}point\n`]
  ])('Markdown nested too deeply (%s) is refused in one line, never a crash', (_, text) => {
    expectRefusal(run([file(`deep-${Math.random().toString(36).slice(2)}.md`, text)]), /quotes or lists nested too deeply to be a draft \(more than 100 levels\)$/m)
  })

  it('malformed email files are linted or refused in one line', () => {
    const emails = {
      'headers-only.eml': 'From: applicant@example.com\nSubject: Thank you',
      'bad-base64.eml': 'From: a@example.com\nContent-Transfer-Encoding: base64\nContent-Type: text/plain\n\n%%%% not base64 @@@@\n',
      'open-multipart.eml':
        'From: a@example.com\nContent-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain\n\nYou are my #1 program.\n--b\nContent-Type: text/html\n\n<p><b><i>unclosed',
      'bad-charset.eml': 'From: a@example.com\nContent-Type: text/plain; charset=no-such-charset\n\nThank you.\n',
      'garbage-headers.eml': 'From:\n: \nContent-Type: ;;;\n\n\n'
    }
    for (const [name, text] of Object.entries(emails)) {
      const result = run(['-f', 'json', file(name, text)])
      if (result.code === 2) expectRefusal(result, new RegExp(name.replace('.', '\\.')))
      else expect(report(result)[0]!.filePath).toContain(name)
    }
  })

  it('a FIFO named like a draft is refused instead of read forever', () => {
    const name = path.join(dir, 'pipe.txt')
    expect(spawnSync('mkfifo', [name]).status).toBe(0)
    expectRefusal(run([name]), /^followup-lint: .*pipe\.txt: not a regular file\n$/)
  })

  it('a loop of symbolic links is refused, and a link back up inside a folder is not followed', () => {
    symlinkSync(path.join(dir, 'loop-b.txt'), path.join(dir, 'loop-a.txt'))
    symlinkSync(path.join(dir, 'loop-a.txt'), path.join(dir, 'loop-b.txt'))
    expectRefusal(run(['loop-a.txt']), /^followup-lint: loop-a\.txt: too many symbolic links \(a loop\?\)\n$/)
    file('folder/note.txt', 'Thank you for the interview.')
    symlinkSync('..', path.join(dir, 'folder', 'up'))
    expect(report(run(['-f', 'json', 'folder'])).map((entry) => entry.filePath)).toEqual([path.join(dir, 'folder', 'note.txt')])
  })
})

describe('big input', () => {
  it('a 10 MB draft is linted, with every finding inside the text, also those of the checks that walk parsed trees', () => {
    const paragraph = 'Thank you for the interview on January 12. You are my #1 program and I ate a apple with the residents.\n\n'
    const count = Math.ceil(10_000_000 / paragraph.length)
    const text = paragraph.repeat(count)
    const [entry] = report(run(['-f', 'json', '--max-size', '12', file('ten-mb.txt', text)], {timeout: 120_000}))
    const ranking = entry!.messages.filter((m) => m.ruleId === 'ranking-pressure')
    expect(ranking.length).toBe(count)
    expect(flagged(text, ranking.at(-1)!)).toBe('You are my #1')
    // a-an walks the trees, which a draft this long parses again piece by piece.
    const article = entry!.messages.filter((m) => m.ruleId === 'a-an')
    expect(article.length).toBe(count)
    expect(flagged(text, article.at(-1)!)).toBe('a')
  }, 150_000)

  it('a 1 MB draft on one line is linted', () => {
    const sentence = 'You are my #1 program, and I thank the residents for the tour. '
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const [entry] = report(run(['-f', 'json', file('one-line.txt', text)]))
    const ranking = entry!.messages.filter((m) => m.ruleId === 'ranking-pressure')
    expect(ranking.length).toBe(Math.ceil(1_000_000 / sentence.length))
    expect(ranking.every((m) => m.line === 1 && m.endLine === 1)).toBe(true)
    expect(flagged(text, ranking.at(-1)!)).toBe('You are my #1')
  })

  it('a folder of 10,000 drafts is linted in bounded memory, with no progress line when stderr is not a terminal', () => {
    for (let i = 0; i < 10_000; i++) {
      file(`many/${String(i).padStart(5, '0')}.txt`, i % 100 === 0 ? 'You are my #1 program.' : 'Thank you for the interview.')
    }
    // Reports the run's peak memory when it exits.
    const probe = file('max-rss.mjs', "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`))\n")
    const result = run(['-f', 'json', 'many'], {timeout: 120_000, nodeArgs: ['--import', pathToFileURL(probe).href]})
    const [, kilobytes] = /^maxRSS (\d+)\n$/.exec(result.stderr) ?? []
    expect(Number(kilobytes)).toBeLessThan(1024 * 1024)
    const entries = JSON.parse(result.stdout) as {errorCount: number}[]
    expect(entries).toHaveLength(10_000)
    expect(entries.filter((entry) => entry.errorCount > 0)).toHaveLength(100)
  }, 150_000)
})

describe('files it must not write', () => {
  const draft = 'Dear Ms. Lee,\n\nThx for the interview.\n'

  it('--output refuses a device, and leaves it a device', () => {
    expectRefusal(run(['--output', '/dev/null', file('out-device.txt', draft)]), /^followup-lint: \/dev\/null: not a regular file; left as it is$/m)
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true)
  })

  it('--output refuses to replace a draft being linted, also through a link to it', () => {
    const input = file('out-input.txt', draft)
    symlinkSync(input, path.join(dir, 'out-input-link.txt'))
    for (const output of [input, path.join(dir, 'out-input-link.txt')]) {
      expectRefusal(run(['--output', output, input]), /is a draft being linted/)
      expect(readFileSync(input, 'utf8')).toBe(draft)
    }
  })

  it('--output through a symbolic link is refused rather than replacing the link', () => {
    const target = file('out-target.txt', 'old report\n')
    symlinkSync(target, path.join(dir, 'out-link.txt'))
    expectRefusal(run(['--output', path.join(dir, 'out-link.txt'), file('out-src.txt', draft)]), /is a symbolic link/)
    expect(lstatSync(path.join(dir, 'out-link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('old report\n')
  })

  it.each([
    ['a read-only file', (full: string) => chmodSync(full, 0o444), /is read-only/],
    ['a file with another hard link', (full: string) => linkSync(full, `${full}.twin`), /other hard link/],
    ['a file of another user', (full: string) => chownSync(full, 4242, 4242), /belongs to another user/]
  ])('--fix leaves %s as it was, and says so', (_, prepare, reason) => {
    const full = file(`fix-${Math.random().toString(36).slice(2)}.txt`, draft)
    prepare(full)
    const before = statSync(full)
    expectRefusal(run(['--fix', full]), reason)
    const after = statSync(full)
    expect(readFileSync(full, 'utf8')).toBe(draft)
    expect([after.ino, after.uid, after.mode, after.nlink]).toEqual([before.ino, before.uid, before.mode, before.nlink])
  })

  it('init does not write through a dangling symbolic link', () => {
    const home = path.join(dir, 'init-dangling')
    mkdirSync(home)
    symlinkSync(path.join(dir, 'init-elsewhere.yaml'), path.join(home, '.followuplintrc.yaml'))
    const result = spawnSync(process.execPath, [bin, 'init'], {cwd: home, encoding: 'utf8', timeout: 30_000})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/already exists; not overwriting it/)
    expect(existsSync(path.join(dir, 'init-elsewhere.yaml'))).toBe(false)
  })
})

describe('files it must not read without limit', () => {
  it('a draft over the size cap is refused in one line; --max-size raises the cap', () => {
    const big = file('fifty-mb.txt', Buffer.alloc(50 * 1024 * 1024, 'Thank you. '))
    expectRefusal(run([big]), /fifty-mb\.txt: larger than the 4 MB limit \(raise it with --max-size\)$/m)
    expectRefusal(run(['--max-size', '0.5', file('six-hundred-kb.txt', 'Thank you. '.repeat(60_000))]), /larger than the 512 KB limit/)
  })

  it('standard input over the cap is refused', () => {
    const result = spawnSync(process.execPath, [bin, '--max-size', '1', '-'], {
      cwd: dir,
      encoding: 'utf8',
      input: 'Thank you. '.repeat(200_000),
      timeout: 30_000
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^followup-lint: <stdin>: larger than the 1 MB limit/)
  })

  it('--fix refuses a device and a FIFO instead of reading them forever', () => {
    expectRefusal(run(['--fix', '/dev/zero']), /\/dev\/zero: not a regular file/)
    const fifo = path.join(dir, 'fix-fifo.txt')
    spawnSync('mkfifo', [fifo])
    expectRefusal(run(['--fix', fifo]), /not a regular file/)
  })

  it('a config file that is a link to a device, or a FIFO, is refused in one line', () => {
    const viaDevice = path.join(dir, 'config-device')
    mkdirSync(viaDevice)
    symlinkSync('/dev/zero', path.join(viaDevice, '.followuplintrc.yaml'))
    expectRefusal(run([file('config-device/draft.txt', 'Thank you.\n')]), /\.followuplintrc\.yaml: not a regular file/)
    const viaFifo = path.join(dir, 'config-fifo')
    mkdirSync(viaFifo)
    spawnSync('mkfifo', [path.join(viaFifo, '.followuplintrc.json')])
    expectRefusal(run([file('config-fifo/draft.txt', 'Thank you.\n')]), /\.followuplintrc\.json: not a regular file/)
  })
})

describe('config files are data, found within the repository', () => {
  it.each(['config.js', 'config.cjs', 'config.mjs'])('--config %s is refused and never run', (name) => {
    const marker = path.join(dir, `ran-${name}`)
    const config = file(name, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = {}\n`)
    expectRefusal(run(['--config', config, file('js-config-draft.txt', 'Thank you.\n')]), /a config file is YAML or JSON/)
    expect(existsSync(marker)).toBe(false)
  })

  it('a config above the repository root is not picked up', () => {
    file('outer/.followuplintrc.yaml', 'rules:\n  ranking-pressure: "off"\n')
    mkdirSync(path.join(dir, 'outer', 'repo', '.git'), {recursive: true})
    const draft = file('outer/repo/draft.txt', 'You are my #1 program.\n')
    const [entry] = report(run(['-f', 'json', draft]))
    expect(entry!.messages.map((m) => m.ruleId)).toContain('ranking-pressure')
    const outside = file('outer/loose.txt', 'You are my #1 program.\n')
    const [loose] = report(run(['-f', 'json', outside]))
    expect(loose!.messages.map((m) => m.ruleId)).not.toContain('ranking-pressure')
  })
})

describe('one bad file among many', () => {
  it('a binary file and a file whose name is not UTF-8 get their own line; the other drafts are still reported', () => {
    file('mixed/a-good.txt', 'You are my #1 program.\n')
    file('mixed/b-binary.txt', Buffer.from([0x00, 0x01, 0x02]))
    writeFileSync(Buffer.from(path.join(dir, 'mixed', 'c-\xff-name.txt'), 'latin1'), 'Thank you.\n')
    const result = run(['-f', 'json', 'mixed'])
    expect(result.code).toBe(2)
    const entries = JSON.parse(result.stdout) as {filePath: string; messages: Finding[]}[]
    expect(entries.map((entry) => path.basename(entry.filePath))).toContain('a-good.txt')
    expect(entries.find((entry) => entry.filePath.endsWith('a-good.txt'))!.messages.map((m) => m.ruleId)).toContain('ranking-pressure')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines.some((line) => /b-binary\.txt: binary file/.test(line))).toBe(true)
    expect(lines.every((line) => line.startsWith('followup-lint: '))).toBe(true)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('trees: links never lead out of the folder being linted', () => {
  it('a folder walk lints a linked draft inside it and refuses one that points outside', () => {
    file('secret-outside.txt', 'My private note: you are my #1 program.\n')
    file('tree/inside.txt', 'Thank you for the interview.\n')
    symlinkSync(path.join(dir, 'tree', 'inside.txt'), path.join(dir, 'tree', 'link-in.txt'))
    symlinkSync(path.join(dir, 'secret-outside.txt'), path.join(dir, 'tree', 'link-out.txt'))
    const result = run(['-f', 'json', 'tree'])
    expect(result.code).toBe(2)
    const names = (JSON.parse(result.stdout) as {filePath: string}[]).map((entry) => path.basename(entry.filePath))
    expect(names).toEqual(['inside.txt', 'link-in.txt'])
    expect(result.stdout).not.toContain('private note')
    expect(result.stderr).toMatch(/link-out\.txt: a link to a file outside .*; not read/)
  })

  it('a glob does the same, and --fix through it rewrites nothing outside', () => {
    file('globbed/one.txt', 'Thx for the interview.\n')
    file('fix-outside.txt', 'Thx for the interview.\n')
    symlinkSync(path.join(dir, 'fix-outside.txt'), path.join(dir, 'globbed', 'two.txt'))
    file('linked-folder/three.txt', 'Thx for the interview.\n')
    symlinkSync(path.join(dir, 'linked-folder'), path.join(dir, 'globbed', 'folder-link'))
    const result = run(['--fix', 'globbed/**/*.txt'])
    expect(readFileSync(path.join(dir, 'linked-folder', 'three.txt'), 'utf8')).toBe('Thx for the interview.\n')
    expect(result.code).toBe(2)
    expect(readFileSync(path.join(dir, 'fix-outside.txt'), 'utf8')).toBe('Thx for the interview.\n')
    expect(readFileSync(path.join(dir, 'globbed', 'one.txt'), 'utf8')).toBe('Thank you for the interview.\n')
    expect(result.stderr).toMatch(/^followup-lint: fixed globbed\/one\.txt$/m)
    expect(result.stderr).toMatch(/two\.txt: a link to a file outside/)
  })
})

describe('output injection', () => {
  it('a flagged phrase across a line break cannot start a line of its own in the report', () => {
    const result = run([file('inject.txt', 'Dear Ms. Lee,\n\nYou are\n::add-mask:: my #1.\n')])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('“You are ::add-mask:: my #1”')
    expect(result.stdout.split('\n').some((line) => line.startsWith('::'))).toBe(false)
  })

  it('escape sequences in a file name are shown, not sent to the terminal', () => {
    const name = 'esc-\u001b[31m-red.txt'
    file(name, 'You are my #1 program.\n')
    const result = run([name])
    expect(result.stdout).not.toContain('\u001b')
    expect(result.stdout).toContain('esc-\\x1b[31m-red.txt')
    const missing = run(['gone-\u001b]0;title\u0007.txt'])
    expect(missing.stderr).not.toMatch(/[\u0000-\u0008\u001b]/)
    expect(missing.stderr).toContain('gone-\\x1b]0;title\\x07.txt')
  })
})

describe('evasion: a phrase hidden by invisible or look-alike characters is still found, at the characters as written', () => {
  const hidden: [string, string][] = [
    ['a soft hyphen', 'my nu\u00admber one'],
    ['a zero-width space', 'my num\u200bber one'],
    ['a zero-width joiner between symbol and digit', 'my #\u200d1'],
    ['a word joiner', 'my number o\u2060ne'],
    ['a right-to-left override', 'my num\u202eber one'],
    ['a combining accent', 'my nu\u0301mber one'],
    ['fullwidth letters', 'my \uff4e\uff55\uff4d\uff42\uff45\uff52 one'],
    ['Cyrillic look-alikes', 'my numb\u0435r \u043ene']
  ]
  it.each(hidden)('%s', (_, phrase) => {
    for (const extension of ['txt', 'md']) {
      const text = `Dear Ms. Lee,\n\nYou are ${phrase}.\n`
      const [entry] = report(run(['-f', 'json', file(`hidden-${Math.random().toString(36).slice(2)}.${extension}`, text)]))
      const ranking = entry!.messages.filter((m) => m.ruleId === 'ranking-pressure')
      expect(ranking.map((m) => flagged(text, m))).toEqual([`You are ${phrase}`])
    }
  })
})

describe('"safe" fixes never change a name, a unit or an address', () => {
  it.each([
    ['a name after a title', 'Dear Dr. Tho Nguyen,\n\nThx for the tour.\n', 'Dear Dr. Tho Nguyen,\n\nThank you for the tour.\n'],
    ['a name read as a greeting', 'Dear Dr. Yo Tanaka,\n\nThx for the tour.\n', 'Dear Dr. Yo Tanaka,\n\nThank you for the tour.\n'],
    ['a surname in capitals', 'Dear Dr. Maria ALVAREZ,\n\nThx for the tour.\n', 'Dear Dr. Maria ALVAREZ,\n\nThank you for the tour.\n'],
    ['a unit after a number', 'Dear Ms. Lee,\n\nThe dose is 2 u per day, thx.\n', 'Dear Ms. Lee,\n\nThe dose is 2 u per day, thank you.\n'],
    ['a web address', 'Dear Ms. Lee,\n\nThx. My poster is at https://example.org/thx/u/pls today.\n', 'Dear Ms. Lee,\n\nThank you. My poster is at https://example.org/thx/u/pls today.\n'],
    ['an email address', 'Dear Ms. Lee,\n\nThx. Write to thx.u@example.org or www.example.org/u.\n', 'Dear Ms. Lee,\n\nThank you. Write to thx.u@example.org or www.example.org/u.\n']
  ])('%s', (_, before, after) => {
    const draft = file(`safe-${Math.random().toString(36).slice(2)}.txt`, before)
    run(['--fix', draft])
    expect(readFileSync(draft, 'utf8')).toBe(after)
  })
})
