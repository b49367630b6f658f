// The CI-facing side of the built command, spawned as a workflow runs it: SARIF and GitHub
// output, --output, masking, --fix and its dry run, templates and starter drafts.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const root = path.join(import.meta.dirname, '..')
const bin = path.join(root, 'packages', 'cli', 'bin', 'followup-lint.js')
const kinds = ['thank-you', 'correction', 'update', 'question', 'forward-request']

function run(args: string[], options: {input?: string | Buffer; cwd?: string} = {}) {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: '1', FORCE_COLOR: undefined}
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv
  })
  return {code: result.status, stdout: result.stdout.toString('utf8'), raw: result.stdout, stderr: result.stderr.toString('utf8')}
}

function temp(): string {
  return mkdtempSync(path.join(tmpdir(), 'followup-lint-ci-'))
}

// A bracketed slot that holds a phone number, so that the finding quotes personal data.
const personal = 'Please call me at [312-555-0147 or jo.lee@example.edu].\n'

describe('--format sarif and github', () => {
  it('sarif names files relative to the working directory and masks personal data by default', () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'draft.txt'), personal)
    const {code, stdout} = run(['-f', 'sarif', 'draft.txt'], {cwd: dir})
    expect(code).toBe(1)
    const result = JSON.parse(stdout).runs[0].results[0]
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({uri: 'draft.txt', uriBaseId: '%SRCROOT%'})
    expect(result.locations[0].physicalLocation.region).toMatchObject({startLine: 1, startColumn: 19, endColumn: 55})
    expect(stdout).not.toContain('555-0147')
    expect(stdout).not.toContain('jo.lee@')
    expect(result.message.text).toContain('[phone] or [email]')
  })

  it('github prints workflow commands, masked unless --no-redact', () => {
    const {code, stdout} = run(['-f', 'github', '--stdin-filename', 'drafts/a.txt', '-'], {input: personal})
    expect(code).toBe(1)
    expect(stdout).toMatch(/^::error file=drafts\/a\.txt,line=1,col=19,endLine=1,endColumn=55,title=unfilled-placeholder::“\[\[phone\] or \[email\]\]” is a template slot/)
    expect(run(['-f', 'github', '--no-redact', '-'], {input: personal}).stdout).toContain('312-555-0147')
  })

  it('masks the AAMC ID and the names that wrong-program quotes from the draft and the profile', () => {
    const dir = temp()
    writeFileSync(
      path.join(dir, '.followuplintrc.json'),
      JSON.stringify({
        context: {program: 'Lakeshore University'},
        applicant: {name: 'Priya Raman', aamcId: '14523876', programs: [{name: 'Lakeshore University'}, {name: 'Harbor City', interviewers: ['Tomas Ruiz']}]}
      })
    )
    writeFileSync(path.join(dir, 'draft.txt'), 'Dear Ms. Brightwater,\n\nPlease thank Tomas Ruiz for me; my AAMC ID is 14523867.\n\nSincerely,\nPriya Ramen\n')
    for (const format of ['sarif', 'github']) {
      const {code, stdout} = run(['-f', format, 'draft.txt'], {cwd: dir})
      expect(code).toBe(1)
      expect(stdout).toContain('wrong-program')
      for (const personal of ['14523867', 'Tomas', 'Ruiz', 'Priya', 'Raman', 'Ramen', 'Brightwater']) expect(stdout).not.toContain(personal)
    }
    const plain = run(['-f', 'github', '--no-redact', 'draft.txt'], {cwd: dir}).stdout
    expect(plain).toContain('“14523867” is not the AAMC ID')
    expect(plain).toContain('“Priya Ramen” signs the draft with a name other than the one in your profile (Priya Raman)')
  })

  it('stylish and json show what was written unless --redact', () => {
    expect(run(['-'], {input: personal}).stdout).toContain('312-555-0147')
    expect(run(['--redact', '-f', 'json', '-'], {input: personal}).stdout).not.toContain('312-555-0147')
  })
})

describe('--output', () => {
  it('writes the report to a file and nothing to standard output', () => {
    const file = path.join(temp(), 'report.sarif')
    const {code, stdout} = run(['-f', 'sarif', '-o', file, '-'], {input: 'You are my #1 program.'})
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].results[0].ruleId).toBe('ranking-pressure')
  })

  it('fails in one line when the file cannot be written', () => {
    const {code, stderr} = run(['-o', path.join(temp(), 'no', 'such', 'dir.txt'), '-'], {input: 'Fine.'})
    expect(code).toBe(2)
    expect(stderr).toMatch(/^followup-lint: .*dir\.txt: cannot write: no such file\n$/)
  })
})

describe('--fix', () => {
  const draft = 'Dear Ms. Ames,\r\n\r\nThank you so so much for the tour. You are my #1 program.\r\n'
  const fixed = 'Dear Ms. Ames,\r\n\r\nThank you very much for the tour. You are my #1 program.\r\n'

  it('applies the safe rewrite in place, keeps CRLF, and reports what is left', () => {
    const file = path.join(temp(), 'draft.txt')
    writeFileSync(file, draft)
    const {code, stdout} = run(['--fix', '-f', 'json', file])
    expect(code).toBe(1)
    expect(readFileSync(file, 'latin1')).toBe(fixed)
    const [entry] = JSON.parse(stdout)
    // The letter has no signature (missing-identifier); the rank claim has no safe rewrite.
    const left = entry.messages.filter((m: {ruleId: string}) => m.ruleId !== 'missing-identifier')
    expect(left.map((m: {ruleId: string}) => m.ruleId)).toEqual(['ranking-pressure'])
    expect(left[0]).toMatchObject({line: 3, column: 35, endColumn: 48})
    const mtime = statSync(file).mtimeMs
    expect(run(['--fix', file]).code).toBe(1)
    expect(statSync(file).mtimeMs).toBe(mtime)
    expect(readFileSync(file, 'latin1')).toBe(fixed)
  })

  it('reads standard input and prints the fixed text, byte order mark included', () => {
    const input = Buffer.from('\uFEFFThank you so so much.\n')
    const {code, raw} = run(['--fix', '-'], {input})
    expect(code).toBe(0)
    expect(raw.equals(Buffer.from('\uFEFFThank you very much.\n'))).toBe(true)
  })

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = temp()
    writeFileSync(path.join(dir, 'draft.txt'), 'Hello.\nThank you so so much.\n')
    const {code, stdout} = run(['--fix-dry-run', 'draft.txt'], {cwd: dir})
    expect(code).toBe(0)
    expect(stdout).toBe('--- a/draft.txt\n+++ b/draft.txt\n@@ -1,2 +1,2 @@\n Hello.\n-Thank you so so much.\n+Thank you very much.\n')
    expect(readFileSync(path.join(dir, 'draft.txt'), 'utf8')).toBe('Hello.\nThank you so so much.\n')
    expect(run(['--fix-dry-run', '-'], {input: 'Nothing to change.'}).stdout).toBe('')
  })

  it('--fix-dry-run cannot be combined with --fix or --format', () => {
    for (const extra of [['--fix'], ['-f', 'json']]) {
      const {code, stderr} = run(['--fix-dry-run', ...extra, '-'], {input: 'x'})
      expect(code).toBe(2)
      expect(stderr).toMatch(/^followup-lint: option .* cannot be used with option/)
    }
  })
})

describe('templates and starters', () => {
  const values: Record<string, string> = {
    'Applicant Name': 'Priya Raman',
    'AAMC ID': '14523876',
    'Medical School': 'Lakeshore University School of Medicine',
    'Email Address': 'priya.raman@example.edu',
    'Program Name': 'Riverside Internal Medicine',
    Specialty: 'internal medicine',
    // Timing reads the interview day the draft writes: two days before the sent date below.
    'Interview Date': 'January 8',
    'Interviewer Name': 'Dr. Ames',
    'Coordinator Name': 'Ms. Okafor',
    Date: 'January 9',
    Topic: 'the ambulatory block',
    Question: 'Do residents choose their continuity clinic site?',
    Correction: 'my research year ended in 2023, not 2022',
    Exam: 'USMLE Step 2 CK',
    Score: '251',
    'Publication Title': 'Sepsis alerts on general wards',
    Journal: 'the Journal of Hospital Medicine'
  }
  const fill = (text: string, keep?: string) =>
    text.replace(/\[([^\]\n]+)\]/g, (slot, name: string) => (name === keep ? slot : (values[name] ?? slot)))

  it.each(kinds)('the %s starter passes --template, and fails as a draft until every slot is filled', (kind) => {
    const starter = run(['new', kind])
    expect(starter.code).toBe(0)
    expect(starter.stdout).toMatch(/\[Applicant Name\]/)
    expect(run(['--template', '-'], {input: starter.stdout})).toMatchObject({code: 0})

    const filled = fill(starter.stdout)
    expect(filled).not.toMatch(/\[[A-Z]/)
    // Sent the day after the news the update starter reports, so that timing has nothing to say.
    const clean = JSON.parse(run(['-f', 'json', '--sent-date', '2026-01-10', '-'], {input: filled}).stdout)[0]
    expect(clean.messages.filter((m: {level: string}) => m.level !== 'info')).toEqual([])

    const oneLeft = fill(starter.stdout, 'Interview Date')
    const {code, stdout} = run(['-f', 'json', '--sent-date', '2026-01-10', '-'], {input: oneLeft})
    expect(code).toBe(1)
    const flagged = JSON.parse(stdout)[0].messages.map((m: {ruleId: string; message: string}) => [m.ruleId, m.message])
    expect(flagged.length).toBeGreaterThan(0)
    for (const [ruleId, message] of flagged) {
      expect(ruleId).toBe('unfilled-placeholder')
      expect(message).toMatch(/^“\[Interview Date\]”/)
    }
  })

  it('--template flags malformed and unknown placeholders', () => {
    const {code, stdout} = run(['--template', '-f', 'json', '-'], {input: 'Dear [Chairperson], about [Program Name.'})
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0].messages.map((m: {column: number; endColumn: number}) => [m.column, m.endColumn])).toEqual([
      [6, 19],
      [27, 40]
    ])
  })

  it('refuses an unknown kind in one line', () => {
    const {code, stdout, stderr} = run(['new', 'apology'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^followup-lint: command-argument value 'apology' is invalid for argument 'kind'/)
    expect(existsSync(path.join(root, 'apology'))).toBe(false)
  })
})
