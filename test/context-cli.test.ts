// The command with configuration, context and every input format, spawned as a user runs it.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {contextFields} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'

const root = path.join(import.meta.dirname, '..')
const bin = path.join(root, 'packages', 'cli', 'bin', 'followup-lint.js')

function run(args: string[], options: {input?: string; cwd?: string} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    env: {...process.env, NO_COLOR: '1'},
    encoding: 'utf8'
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function temp(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-cli-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), text)
  }
  return dir
}

const toFaculty = 'Dear Dr. Whitcombe,\n\nCould you tell me how night float is scheduled?\n'

describe('configuration and context', () => {
  it('a template folder with a no-faculty-contact policy flags the message to an interviewer only', () => {
    const {code, stdout} = run(['-f', 'json', 'fixtures/templates/no-faculty-contact'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.map((entry: {filePath: string; messages: {ruleId: string; line: number; column: number; endColumn: number}[]}) => [
      path.basename(entry.filePath),
      entry.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endColumn}`)
    ])).toEqual([
      ['to-coordinator.txt', []],
      ['to-interviewer.txt', ['policy-conflict 3:1-19']]
    ])
  })

  it('flags win over front matter, and --config replaces the file found', () => {
    const dir = temp({'.followuplintrc.yaml': 'context:\n  policy: no-faculty-contact\n', 'open.yaml': 'context:\n  policy: open\n', 'd.md': '---\nrecipient: coordinator\n---\n\n' + toFaculty})
    expect(run(['-f', 'json', path.join(dir, 'd.md')]).code).toBe(0)
    const flagged = run(['-f', 'json', '--recipient', 'interviewer', path.join(dir, 'd.md')])
    expect(flagged.code).toBe(1)
    expect(JSON.parse(flagged.stdout)[0].messages[0]).toMatchObject({ruleId: 'policy-conflict', line: 5, column: 1})
    expect(run(['--recipient', 'interviewer', '--config', path.join(dir, 'open.yaml'), path.join(dir, 'd.md')]).code).toBe(0)
    expect(run(['--recipient', 'interviewer', '--policy', 'open', path.join(dir, 'd.md')]).code).toBe(0)
  })

  it('reads an email from standard input and points into it exactly', () => {
    const email = readFileSync(path.join(root, 'fixtures', 'drafts', 'flagged-three-formats.eml'), 'utf8')
    const {code, stdout} = run(['-f', 'json'], {input: email})
    expect(code).toBe(1)
    const lines = email.split('\r\n')
    const flagged = JSON.parse(stdout)[0].messages.map((m: {line: number; column: number; endColumn: number}) => lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1))
    expect(flagged).toEqual(['Dear Dr. Mensah,', '[Program Name]', 'amazing program', 'second to none', 'I will be ranking you first', 'hope this improves my chances', 'connect with you on LinkedIn'])
  })
})

describe('init', () => {
  it('writes a starter config that the linter accepts, and will not overwrite it', () => {
    const dir = temp({'d.txt': 'Thank you for the interview day.\n'})
    const first = run(['init'], {cwd: dir})
    expect(first).toMatchObject({code: 0, stdout: 'wrote .followuplintrc.yaml\n'})
    expect(existsSync(path.join(dir, '.followuplintrc.yaml'))).toBe(true)
    expect(run(['d.txt'], {cwd: dir}).code).toBe(0)
    const again = run(['init'], {cwd: dir})
    expect(again).toMatchObject({code: 2, stderr: 'followup-lint: .followuplintrc.yaml already exists; not overwriting it\n'})
  })
})

describe('bad configuration or context: one line naming the source, exit 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a bad flag value', () => ['--kind', 'farewell', 'x.txt'], /^followup-lint: --kind: must be one of thank-you, correction, update, question, forward-request, not "farewell"\n$/],
    ['an impossible date flag', () => ['--interview-date', '2026-04-31', 'x.txt'], /^followup-lint: --interview-date: must be a real date written YYYY-MM-DD, not "2026-04-31"\n$/],
    ['a bad front matter value', () => [path.join(temp({'d.md': '---\npolicy: closed\n---\nHi.\n'}), 'd.md')], /^followup-lint: .*d\.md: front matter key "policy": must be one of open, no-faculty-contact, not "closed"\n$/],
    ['an unknown config key', () => [path.join(temp({'.followuplintrc.json': '{"rulez": {}}', 'd.txt': 'Hi.'}), 'd.txt')], /^followup-lint: .*\.followuplintrc\.json: rulez: unknown key\n$/],
    ['an unknown rule in config', () => [path.join(temp({'.followuplintrc.yaml': 'rules:\n  flatery: off\n', 'd.txt': 'Hi.'}), 'd.txt')], /^followup-lint: .*\.followuplintrc\.yaml: rules\.flatery: unknown rule\n$/],
    ['a bad option in config', () => [path.join(temp({'.followuplintrc.yaml': 'rules:\n  timing: [warning, {days: 3}]\n', 'd.txt': 'Hi.'}), 'd.txt')], /rules\.timing: unknown option "days" \(known: thankYouDays, correctionDays, updateDays\)\n$/],
    ['a bad package.json key', () => [path.join(temp({'package.json': '{"followup-lint": {"extends": "lenient"}}', 'd.txt': 'Hi.'}), 'd.txt')], /package\.json: extends: must be "recommended" or "strict"\n$/],
    ['a missing --config file', () => ['--config', 'nowhere.yaml', 'fixtures/drafts/clean-thank-you.txt'], /^followup-lint: nowhere\.yaml: no such config file\n$/],
    ['an unknown rule in a Markdown comment', () => [path.join(temp({'d.md': 'Hi.\n\n<!-- followup-lint-disable flatery -->\n'}), 'd.md')], /d\.md:3: unknown rule "flatery" in a followup-lint comment\n$/]
  ]

  it.each(cases)('%s', (_, args, message) => {
    const {code, stdout, stderr} = run(args())
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('the context flags follow the context table', () => {
  it('--help lists a flag per field, with the values a choice allows', () => {
    const help = run(['--help']).stdout.replace(/\s+/g, ' ')
    for (const field of contextFields) {
      expect(help).toContain(`--${field.key}${field.type === 'flag' ? ' ' : ' <'}`)
      if (field.type === 'choice') expect(help).toContain(field.values.join(', '))
    }
  })

  it('refuses a bad flag value or front matter key in one line, with exit code 2', () => {
    for (const [args, input, message] of [
      [['--specialty', ' '], 'Hi', 'followup-lint: --specialty: must be a non-empty string\n'],
      [['--kind', 'love-letter'], 'Hi', 'followup-lint: --kind: must be one of thank-you, correction, update, question, forward-request, not "love-letter"\n'],
      [[], '---\nspeciality: surgery\n---\nHi\n', 'followup-lint: <stdin>: front matter key "speciality": unknown key (known: kind, recipient, policy, interview-date, sent-date, program, specialty, template)\n']
    ] as const) {
      expect(run([...args, '-'], {input})).toMatchObject({code: 2, stderr: message})
    }
  })

  it('checks a template as one whether --template, front matter or the config file says so', () => {
    const template = 'Dear [Coordinator Name],\n\nThank you for the interview day at [Program Name].\n'
    const dir = temp({'plain/t.txt': template, 'marked/t.md': `---\ntemplate: true\n---\n${template}`, 'configured/.followuplintrc.yaml': 'context:\n  template: true\n', 'configured/t.txt': template})
    const slots = (args: string[]) => {
      const report = JSON.parse(run(['-f', 'json', ...args]).stdout)
      return report[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'unfilled-placeholder').length
    }
    expect(slots([path.join(dir, 'plain/t.txt')])).toBe(2)
    expect(slots(['--template', path.join(dir, 'plain/t.txt')])).toBe(0)
    expect(slots([path.join(dir, 'marked/t.md')])).toBe(0)
    expect(slots([path.join(dir, 'configured/t.txt')])).toBe(0)
  })
})
