// The real binary, spawned as a user runs it: exit codes, output and errors.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const root = path.join(import.meta.dirname, '..')
const bin = path.join(root, 'packages', 'cli', 'bin', 'followup-lint.js')
const drafts = path.join('fixtures', 'drafts')

function run(args: string[], options: {input?: string | Buffer; env?: Record<string, string>; cwd?: string} = {}) {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env}
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8'
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function temp(): string {
  return mkdtempSync(path.join(tmpdir(), 'followup-lint-'))
}

describe('stylish output', () => {
  it('groups findings under the file with positions, severity, message and rule id, then a summary', () => {
    const file = path.join(drafts, 'flagged-asking-rank.txt')
    const {code, stdout, stderr} = run([file])
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toBe(file)
    expect(lines).toContainEqual(expect.stringMatching(/^5:84-5:97 +error +“where I stand” asks .* ranking-pressure$/))
    expect(lines).toContainEqual(expect.stringMatching(/^3:1-3:18 +warning +Read aloud .* read-aloud$/))
    expect(lines.at(-1)).toBe('5 messages (✖ 3 errors, ⚠ 2 warnings)')
    expect(stdout).not.toMatch(/\u001b\[/)
  })

  it('says a clean draft has no issues and exits 0', () => {
    const {code, stdout} = run([path.join(drafts, 'clean-thank-you.txt')])
    expect(code).toBe(0)
    expect(stdout).toContain('clean-thank-you.txt: no issues found')
  })

  it('colours only when asked, and NO_COLOR wins', () => {
    const file = path.join(drafts, 'flagged-linkedin.txt')
    expect(run([file], {env: {FORCE_COLOR: '1'}}).stdout).toMatch(/\u001b\[31merror/)
    expect(run([file, '--color']).stdout).toMatch(/\u001b\[/)
    expect(run([file], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).not.toMatch(/\u001b\[/)
  })
})

describe('json output', () => {
  it("follows the contract exactly: ESLint's fields and meanings, then ours", () => {
    const file = path.join(drafts, 'flagged-rank-promise.txt')
    const {code, stdout} = run(['--format', 'json', file])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report).toHaveLength(1)
    const [entry] = report
    const eslintFields = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules']
    expect(Object.keys(entry)).toEqual([...eslintFields, 'infoCount', 'score', 'kind'])
    expect(entry).toMatchObject({filePath: path.join(root, file), errorCount: 4, warningCount: 2, infoCount: 0, kind: 'thank-you'})
    expect(entry).toMatchObject({fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [], usedDeprecatedRules: []})
    expect(entry.score).toBeGreaterThan(0)
    for (const message of entry.messages) {
      const keys = Object.keys(message).filter((key) => key !== 'suggestions' && key !== 'fix')
      expect(keys).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'level', 'offset', 'endOffset', 'url'])
      for (const suggestion of message.suggestions ?? []) {
        expect(Object.keys(suggestion)).toEqual(['desc', 'fix', 'safe'])
        expect(suggestion.fix.range).toEqual([message.offset, message.endOffset])
      }
    }
    expect(entry.messages.find((m: {ruleId: string}) => m.ruleId === 'ranking-pressure')).toMatchObject({
      severity: 2,
      level: 'error',
      line: 5,
      column: 84,
      endLine: 5,
      endColumn: 104,
      url: 'https://github.com/followup-lint/followup-lint/blob/main/rules/ranking-pressure/README.md'
    })
  })

  it('points at the exact characters of the file', () => {
    const file = path.join(drafts, 'flagged-template-slots.txt')
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n')
    const [entry] = JSON.parse(run(['-f', 'json', file]).stdout)
    const flagged = entry.messages
      .filter((m: {ruleId: string}) => m.ruleId === 'unfilled-placeholder')
      .map((m: {line: number; column: number; endColumn: number}) => lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1))
    expect(flagged).toEqual(['[Program Name]', '[Date]', '[Coordinator Last Name]', '{{program}}', '[date]', '<Specialty>', 'XXXXXXXX'])
  })
})

describe('inputs', () => {
  it('reads standard input, named by --stdin-filename', () => {
    const {code, stdout} = run(['--format', 'json', '--stdin-filename', 'draft.txt'], {input: 'You are my #1 program.'})
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0]).toMatchObject({filePath: path.join(root, 'draft.txt'), errorCount: 1})
    expect(JSON.parse(run(['-', '-f', 'json'], {input: 'Fine.'}).stdout)[0]).toMatchObject({filePath: '<stdin>', errorCount: 0})
  })

  it('lints the drafts of a directory and of a glob, in order', () => {
    const dir = temp()
    mkdirSync(path.join(dir, 'sub'))
    writeFileSync(path.join(dir, 'b.txt'), 'You are my #1 program.')
    writeFileSync(path.join(dir, 'sub', 'a.md'), 'Thank you.')
    writeFileSync(path.join(dir, 'notes.json'), '{}')
    const fromDir = JSON.parse(run(['-f', 'json', dir]).stdout).map((entry: {filePath: string}) => entry.filePath)
    expect(fromDir).toEqual([path.join(dir, 'b.txt'), path.join(dir, 'sub', 'a.md')])
    const fromGlob = JSON.parse(run(['-f', 'json', `${dir}/**/*.md`]).stdout).map((entry: {filePath: string}) => entry.filePath)
    expect(fromGlob).toEqual([path.join(dir, 'sub', 'a.md')])
  })

  it('reads UTF-8 with a byte order mark and UTF-16, with columns as an editor counts them', () => {
    const dir = temp()
    const text = 'Hello.\nYou are my #1 program.\n'
    writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    for (const name of ['bom.txt', 'utf16.txt']) {
      const [entry] = JSON.parse(run(['-f', 'json', path.join(dir, name)]).stdout)
      expect(entry.messages[0]).toMatchObject({line: 2, column: 1, endColumn: 14})
    }
  })
})

describe('errors: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['nope.txt'], /^followup-lint: nope\.txt: no such file or directory\n$/],
    ['a directory without drafts', () => [temp()], /^followup-lint: .*: no drafts in this directory/],
    ['a glob that matches nothing', () => ['nothing-here/*.txt'], /^followup-lint: nothing-here\/\*\.txt: no drafts match this pattern\n$/],
    [
      'a binary file',
      () => {
        const file = path.join(temp(), 'image.txt')
        writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
        return [file]
      },
      /^followup-lint: .*image\.txt: binary file, not a text draft\n$/
    ],
    [
      'invalid UTF-8',
      () => {
        const file = path.join(temp(), 'latin1.txt')
        writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
        return [file]
      },
      /^followup-lint: .*latin1\.txt: not valid UTF-8 text\n$/
    ],
    ['an unknown option', () => ['--frobnicate'], /^followup-lint: unknown option '--frobnicate'\n/],
    ['a bad format', () => ['-f', 'xml', 'x.txt'], /^followup-lint: option .* argument 'xml' is invalid/],
    ['a bad --max-warnings', () => ['--max-warnings', 'many', 'x.txt'], /expected a whole number/]
  ]

  it.each(cases)('%s', (_, args, message) => {
    const {code, stdout, stderr} = run(args())
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('options', () => {
  const warningsOnly = 'I was impressed by your incredible, world-class faculty.'

  it('--quiet reports errors only', () => {
    const {code, stdout} = run(['-q', '-f', 'json', '-'], {input: `${warningsOnly} You are my #1.`})
    expect(code).toBe(1)
    const [entry] = JSON.parse(stdout)
    expect(entry.messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['ranking-pressure'])
  })

  it('--max-warnings turns too many warnings into exit 1', () => {
    expect(run(['-'], {input: warningsOnly}).code).toBe(0)
    const over = run(['--max-warnings', '0', '-'], {input: warningsOnly})
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('followup-lint: 1 warnings, more than --max-warnings 0 allows\n')
    expect(run(['--max-warnings', '1', '-'], {input: warningsOnly}).code).toBe(0)
  })

  it('--quiet and --max-warnings agree: warnings not shown are not counted', () => {
    const quiet = run(['--quiet', '--max-warnings', '0', '-'], {input: warningsOnly})
    expect(quiet).toMatchObject({code: 0, stderr: ''})
    expect(quiet.stdout).toMatch(/no issues found/)
  })

  it('--version and --help answer and exit 0', () => {
    const version = JSON.parse(readFileSync(path.join(root, 'packages', 'cli', 'package.json'), 'utf8')).version
    expect(run(['--version'])).toMatchObject({code: 0, stdout: `${version}\n`})
    const help = run(['--help'])
    expect(help.code).toBe(0)
    for (const option of ['--format', '--stdin-filename', '--quiet', '--max-warnings', '--version', '--verbose', 'FOLLOWUP_LINT_DOCS_URL']) {
      expect(help.stdout).toContain(option)
    }
  })

  it('--list-rules lists every rule with its default severity', () => {
    const {code, stdout} = run(['--list-rules'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^ranking-pressure +error +Promises/m)
    expect(stdout).toMatch(/^spelling +warning\* +Misspelled/m)
    const folders = readdirSync(path.join(root, 'rules')).filter((name) => existsSync(path.join(root, 'rules', name, 'rule.yml')))
    expect(stdout.trim().split('\n').filter((line) => /^[a-z-]+ {2,}/.test(line))).toHaveLength(folders.length)
  })

  it("--explain prints the rule's page, its patterns with --verbose, and refuses an unknown rule", () => {
    const {code, stdout} = run(['--explain', 'social-media'])
    expect(code).toBe(0)
    expect(stdout.startsWith('social-media\n============\n')).toBe(true)
    expect(stdout).toContain('\nWhy it matters\n--------------\n')
    expect(stdout).toContain('\nSources\n-------\n  1. ACAPS: Uniform Policy')
    expect(stdout).toMatch(/\nDocumentation: https:\/\/github\.com\/followup-lint\/followup-lint\/blob\/main\/rules\/social-media\/README\.md\n$/)
    expect(stdout).not.toContain('What it looks for')
    expect(run(['--explain', 'social-media', '--verbose']).stdout).toContain('\nWhat it looks for\n')
    expect(run(['--explain', 'nope'])).toMatchObject({code: 2, stderr: 'followup-lint: unknown rule "nope" (see --list-rules)\n'})
  })

  it('FOLLOWUP_LINT_DOCS_URL moves every link, and a bad one stops the run in one line', () => {
    const env = {FOLLOWUP_LINT_DOCS_URL: 'https://docs.example.org/rules/{rule}.html'}
    const [entry] = JSON.parse(run(['-f', 'json', '-'], {input: 'You are my #1 program.', env}).stdout)
    expect(entry.messages[0].url).toBe('https://docs.example.org/rules/ranking-pressure.html')
    expect(run(['--explain', 'timing'], {env}).stdout).toContain('Documentation: https://docs.example.org/rules/timing.html')
    const bad = run(['-'], {input: 'Fine.', env: {FOLLOWUP_LINT_DOCS_URL: 'https://docs.example.org/rules/'}})
    expect(bad).toMatchObject({code: 2, stdout: ''})
    expect(bad.stderr).toBe('followup-lint: FOLLOWUP_LINT_DOCS_URL: "https://docs.example.org/rules/" must hold {rule} where the rule id goes\n')
  })

  it('--score prints the read-aloud score and its parts', () => {
    const {stdout} = run(['--score', path.join(drafts, 'flagged-rank-promise.txt')])
    expect(stdout).toMatch(/flagged-rank-promise\.txt: read-aloud score 100\/100 \(thank-you\): ranking-pressure 100$/m)
    // "Dear Ms. Okonkwo" alone is only a guess at the recipient, and the output says so.
    expect(stdout).toMatch(/flagged-rank-promise\.txt: to the coordinator \(weak\)$/m)
  })
})

describe('ignore files and patterns', () => {
  const flagged = 'Dear Dr. Ames,\n\nYou are my number one choice.\n\nBest,\nAna Lee\n'
  function tree(): string {
    const dir = temp()
    for (const file of ['drafts/a.txt', 'drafts/private/b.txt', 'drafts/c.draft.md', 'drafts/d.md', 'README.md']) {
      mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
      writeFileSync(path.join(dir, file), flagged)
    }
    writeFileSync(path.join(dir, '.gitignore'), '# local notes\ndrafts/private/\n')
    writeFileSync(path.join(dir, '.followuplintignore'), '*.draft.md\nREADME.md\n')
    return dir
  }
  const linted = (stdout: string) => JSON.parse(stdout).map((entry: {filePath: string}) => path.basename(entry.filePath)).sort()

  it('leaves out of folder walks and globs what .gitignore and .followuplintignore match', () => {
    const cwd = tree()
    expect(linted(run(['-f', 'json', '.'], {cwd}).stdout)).toEqual(['a.txt', 'd.md'])
    expect(linted(run(['-f', 'json', 'drafts/**/*.{txt,md}'], {cwd}).stdout)).toEqual(['a.txt', 'd.md'])
  })

  it('adds --ignore-pattern, and --no-ignore reads everything', () => {
    const cwd = tree()
    expect(linted(run(['-f', 'json', '--ignore-pattern', 'd.md', '--ignore-pattern', '/drafts/a.*', 'drafts'], {cwd}).stdout)).toEqual([])
    expect(linted(run(['-f', 'json', '--no-ignore', 'drafts'], {cwd}).stdout)).toEqual(['a.txt', 'b.txt', 'c.draft.md', 'd.md'])
    expect(linted(run(['-f', 'json', '--no-ignore', '--ignore-pattern', 'd.md', 'drafts'], {cwd}).stdout)).toEqual(['a.txt', 'b.txt', 'c.draft.md', 'd.md'])
  })

  it('lints a file named on the command line whatever the patterns say, and is not an error when all is ignored', () => {
    const cwd = tree()
    expect(linted(run(['-f', 'json', 'drafts/private/b.txt'], {cwd}).stdout)).toEqual(['b.txt'])
    const all = run(['--ignore-pattern', 'drafts/', 'drafts'], {cwd})
    expect(all).toMatchObject({code: 0, stderr: ''})
  })

  it('refuses, in one line, a pattern whose "**" would make matching slow', () => {
    const cwd = tree()
    writeFileSync(path.join(cwd, '.followuplintignore'), '# old\ndrafts/**/old/**/*.md\na/**/**/**/**/x\n')
    const fromFile = run(['drafts'], {cwd})
    expect(fromFile.code).toBe(2)
    expect(fromFile.stderr).toMatch(/^followup-lint: .*\.followuplintignore:3: an ignore pattern with more than 2 "\*\*" \(matching it would be slow\)\n$/)
    writeFileSync(path.join(cwd, '.followuplintignore'), 'drafts/**/old/**/*.md\n')
    expect(linted(run(['-f', 'json', 'drafts'], {cwd}).stdout)).toEqual(['a.txt', 'c.draft.md', 'd.md'])
    const fromFlag = run(['--ignore-pattern', '**/a/**/b/**', 'drafts'], {cwd})
    expect(fromFlag).toMatchObject({code: 2, stderr: 'followup-lint: --ignore-pattern: an ignore pattern with more than 2 "**" (matching it would be slow)\n'})
  })

  it('refuses an ignore file that is not a regular file, in one line', () => {
    const cwd = tree()
    spawnSync('rm', [path.join(cwd, '.followuplintignore')])
    spawnSync('mkfifo', [path.join(cwd, '.followuplintignore')])
    const {code, stderr} = run(['drafts'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toMatch(/^followup-lint: .*\.followuplintignore: not a regular file\n$/)
  })
})
