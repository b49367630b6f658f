// The GitHub Action's step script and the pre-commit hook, run here as the runner and
// pre-commit would run them (against this checkout, which is already built).
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'

const root = path.join(import.meta.dirname, '..')
const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8'))
const hooks = YAML.parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'))

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-action-'))
  mkdirSync(path.join(dir, 'templates'))
  writeFileSync(path.join(dir, 'templates', 'thank-you.md'), 'Dear [Interviewer Name],\n\nThank you for the tour of [Program Name] on [Interview Date].\n\nSincerely,\n[Applicant Name]\n')
  writeFileSync(path.join(dir, 'templates', 'update.md'), 'Dear [Chairperson],\n\nMy new score for the [Specialty] residency is [Score].\n\nSincerely,\n[Applicant Name]\n')
  writeFileSync(path.join(dir, 'draft.txt'), 'You are my #1 program.\n')
  return dir
}

const step = action.runs.steps.find((candidate: {name?: string}) => candidate.name === 'Run followup-lint')

/** Run the action's script as the runner does: inputs in the environment, bash -eo pipefail. */
function runStep(cwd: string, files: string, args: string) {
  const env = {
    ...process.env,
    FOLLOWUP_LINT_FILES: files,
    FOLLOWUP_LINT_CONFIG: '',
    FOLLOWUP_LINT_ARGS: args,
    FOLLOWUP_LINT_RUN: path.join(root, 'scripts', 'run-from-checkout.sh')
  }
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {cwd, env, encoding: 'utf8'})
}

describe('action.yml', () => {

  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'config', 'args']))
    expect(action.runs.steps[0].uses).toMatch(/^actions\/setup-node@/)
  })

  it('never pastes an input into the script', () => {
    expect(step.run).not.toContain('${{')
  })

  it('passes globs to followup-lint unexpanded and reports in workflow commands', () => {
    const result = runStep(workspace(), 'templates/*.md\ndraft.txt', '--template')
    expect(result.status).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^::error file=templates\/update\.md,line=1,col=6,endLine=1,endColumn=19,title=unfilled-placeholder::“\[Chairperson\]” is not a placeholder name/),
      expect.stringMatching(/^::error file=draft\.txt,line=1,col=1,endLine=1,endColumn=14,title=ranking-pressure::/)
    ])
  })
})

describe('action.yml with SARIF', () => {
  it('lets a later --format in args replace the action\'s own, writing the log to a file', () => {
    const cwd = workspace()
    const result = runStep(cwd, 'draft.txt', '--format sarif --output followup-lint.sarif')
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    const log = JSON.parse(readFileSync(path.join(cwd, 'followup-lint.sarif'), 'utf8'))
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('draft.txt')
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('runs the checkout script on the files pre-commit passes, one process at a time', () => {
    const [hook] = hooks
    expect(hook).toMatchObject({id: 'followup-lint', language: 'script', require_serial: true})
    const cwd = workspace()
    const result = spawnSync(path.join(root, hook.entry), ['--template', 'templates/thank-you.md'], {cwd, encoding: 'utf8'})
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('templates/thank-you.md: no issues found\n')
    expect(new RegExp(hook.files).test('templates/thank-you.md')).toBe(true)
  })
})

describe('README', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

  it('lists exactly the placeholder names template mode knows', async () => {
    const {placeholderNames} = await import('../rules/unfilled-placeholder/template.js')
    const table = readme.split('<!-- placeholder-names')[1]!.split('\n\n')[0]!
    const listed = [...table.matchAll(/^\| ([^|]+?) \| [^|]+ \|$/gm)].map((match) => match[1]).slice(2)
    expect(listed).toEqual([...placeholderNames])
  })

  it('shows a workflow that uses the action with the documented inputs', () => {
    const section = readme.split('## Check templates in CI')[1]!.split('\n## ')[0]!
    const workflow = YAML.parse(section.split('```yaml\n')[1]!.split('```')[0]!)
    const step = workflow.jobs.templates.steps[1]
    expect(Object.keys(step.with).every((input: string) => input in action.inputs)).toBe(true)
  })
})
