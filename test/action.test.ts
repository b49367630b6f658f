// The GitHub Action's step and the pre-commit hook, run as the runner and pre-commit would run
// them, in scratch repositories outside this one, with the packed package in place of the
// published one.
import {execFileSync, spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import YAML from 'yaml'
import {repoRoot as root} from './support/cli.js'
import {cliPackage, folderBytes, megabytes, npmEnv, packCli, scratch} from './support/package.js'

const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8'))
const hooks = YAML.parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8'))
const {version} = JSON.parse(readFileSync(path.join(cliPackage, 'package.json'), 'utf8')) as {version: string}
const step = action.runs.steps.find((candidate: {id?: string}) => candidate.id === 'lint')

let tarball: string
/** The runner's temporary folder, shared by the runs below as by the steps of one job. */
let runnerTemp: string

beforeAll(() => {
  tarball = packCli().tarball
  runnerTemp = scratch('runner')
}, 120_000)

/** A checked-out repository with templates, a draft, an old email and documents that are no letters. */
function repository(): string {
  const dir = scratch('repository')
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    writeFileSync(path.join(dir, file), text)
  }
  // Each document says what followup-lint would flag in a draft, so linting one would show.
  write('README.md', '# Templates\n\nNever write "You are my #1 program." in a follow-up.\n')
  write('CHANGELOG.md', '# Changes\n\n- Removed "I will rank you first" from the update template.\n')
  write('templates/thank-you.md', 'Dear [Interviewer Name],\n\nThank you for the tour of [Program Name] on [Interview Date].\n\nSincerely,\n[Applicant Name]\n')
  write('templates/update.md', 'Dear [Chairperson],\n\nMy new score for the [Specialty] residency is [Score].\n\nSincerely,\n[Applicant Name]\n')
  write('archive/sent.eml', 'From: a@example.com\nTo: b@example.com\nSubject: Thanks\n\nYou are my #1 program.\n')
  write('draft.txt', 'You are my #1 program.\n')
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {cwd: dir, stdio: 'pipe'})
  git('init', '-q')
  git('add', '.')
  git('commit', '-q', '-m', 'Templates')
  return dir
}

/** Runs the action's lint step as the runner does: its env with these inputs (or their defaults), bash -eo pipefail. */
function runStep(cwd: string, inputs: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {...npmEnv(), GITHUB_ACTION_PATH: root, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: path.join(cwd, '.github-output')}
  for (const [name, value] of Object.entries(step.env as Record<string, string>)) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)![1]!
    env[name] = inputs[input] ?? action.inputs[input].default
  }
  env.FOLLOWUP_LINT_PACKAGE ||= tarball
  const started = performance.now()
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {cwd, env, encoding: 'utf8'})
  return {...result, seconds: (performance.now() - started) / 1000}
}

/** The step outputs a run wrote, by name. */
function outputs(cwd: string): Record<string, string> {
  const file = path.join(cwd, '.github-output')
  if (!existsSync(file)) return {}
  return Object.fromEntries(readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)))
}

describe('action.yml', () => {
  it('is a composite action whose steps use actions pinned to a commit', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'config', 'args', 'sarif', 'node-version', 'package']))
    const uses = action.runs.steps.filter((candidate: {uses?: string}) => candidate.uses).map((candidate: {uses: string}) => candidate.uses)
    expect(uses).toEqual([expect.stringMatching(/^actions\/setup-node@[0-9a-f]{40}$/), expect.stringMatching(/^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/)])
    expect(action.inputs['node-version'].default).toBe('22')
  })

  it('never pastes an input into the script', () => {
    expect(step.run).not.toContain('${{')
  })

  it('installs the packed package, lints templates/ and .eml files by default, and leaves README and CHANGELOG out', () => {
    const cwd = repository()
    const result = runStep(cwd, {args: '--template'})
    const installedBytes = folderBytes(path.join(runnerTemp, 'followup-lint', 'node_modules'))
    console.log(`action step, first run: ${result.seconds.toFixed(1)} s with the install; installed ${megabytes(installedBytes)}`)
    // Standard error has npm's summary of the install, and nothing from followup-lint.
    expect(result.stderr).not.toMatch(/README|CHANGELOG|followup-lint/)
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^::error file=templates\/update\.md,line=1,col=6,endLine=1,endColumn=19,title=unfilled-placeholder::/),
      expect.stringMatching(/^::error file=archive\/sent\.eml,line=5,col=1,endLine=5,endColumn=14,title=ranking-pressure::/)
    ])
    expect(result.status).toBe(1)
    expect(installedBytes).toBeLessThan(15_000_000)
    expect(existsSync(path.join(runnerTemp, 'followup-lint', 'node_modules', '@followup-lint'))).toBe(false)
  }, 120_000)

  it('passes globs to followup-lint unexpanded and reports in workflow commands', () => {
    const result = runStep(repository(), {files: 'templates/*.md\ndraft.txt', args: '--template'})
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^::error file=templates\/update\.md,line=1,col=6,endLine=1,endColumn=19,title=unfilled-placeholder::“\[Chairperson\]” is not a placeholder name/),
      expect.stringMatching(/^::error file=draft\.txt,line=1,col=1,endLine=1,endColumn=14,title=ranking-pressure::/)
    ])
    expect(result.status).toBe(1)
  }, 60_000)

  it('runs no input as a command', () => {
    const cwd = repository()
    const result = runStep(cwd, {files: '$(touch injected) `touch injected` ;touch injected', args: '$(touch injected)'})
    expect(existsSync(path.join(cwd, 'injected'))).toBe(false)
    expect(result.status).toBe(2)
  }, 60_000)

  it('asks for files where none of the usual folders exists', () => {
    const cwd = scratch('empty')
    writeFileSync(path.join(cwd, 'README.md'), 'You are my #1 program.\n')
    const result = runStep(cwd)
    expect(result.stdout).toBe('::error title=followup-lint::nothing to check: no templates, drafts or emails folder and no .eml file; name the drafts in the files input\n')
    expect(result.status).toBe(2)
  }, 60_000)
})

describe('action.yml with SARIF', () => {
  it('writes a SARIF log beside the annotations and names it for the upload step', () => {
    const cwd = repository()
    const result = runStep(cwd, {files: 'draft.txt', sarif: 'true'})
    expect(result.stdout).toMatch(/^::error file=draft\.txt,line=1,col=1,endLine=1,endColumn=14,title=ranking-pressure::/)
    expect(result.status).toBe(1)
    const {sarif} = outputs(cwd)
    expect(sarif).toBe(path.join(runnerTemp, 'followup-lint.sarif'))
    const log = JSON.parse(readFileSync(sarif!, 'utf8'))
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('draft.txt')
    const upload = action.runs.steps.find((candidate: {uses?: string}) => candidate.uses?.startsWith('github/codeql-action/upload-sarif@'))
    expect(upload.with.sarif_file).toBe('${{ steps.lint.outputs.sarif }}')
    expect(upload.if).toContain("inputs.sarif == 'true'")
  }, 60_000)

  it('writes none unless asked', () => {
    const cwd = repository()
    runStep(cwd, {files: 'draft.txt'})
    expect(outputs(cwd)).toEqual({})
  }, 60_000)
})

describe('install-followup-lint.sh', () => {
  it('asks npm for the version in packages/cli/package.json, into the folder it is given', () => {
    // A stand-in npm that only records what it was asked.
    const bin = scratch('npm')
    writeFileSync(path.join(bin, 'npm'), '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/asked"\n')
    chmodSync(path.join(bin, 'npm'), 0o755)
    const prefix = path.join(scratch('prefix'), 'followup-lint')
    const env: NodeJS.ProcessEnv = {...npmEnv(), PATH: `${bin}${path.delimiter}${process.env.PATH}`}
    delete env.FOLLOWUP_LINT_PACKAGE
    const result = spawnSync(path.join(root, 'scripts', 'install-followup-lint.sh'), [prefix], {env, encoding: 'utf8'})
    expect(result.status).toBe(0)
    const asked = readFileSync(path.join(bin, 'asked'), 'utf8').trim().split('\n')
    expect(asked).toEqual(expect.arrayContaining(['install', '--prefix', prefix, '--omit=dev', `followup-lint@${version}`]))
  })
})

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = hooks
  const exclude = new RegExp(hook.exclude.replace(/^\(\?i\)/, ''), 'i')

  it('is a script hook on drafts, one process at a time, that leaves a repository\'s documents out', () => {
    expect(hook).toMatchObject({id: 'followup-lint', language: 'script', entry: 'scripts/pre-commit.sh', require_serial: true})
    for (const file of ['templates/thank-you.md', 'draft.txt', 'archive/sent.eml']) {
      expect(new RegExp(hook.files).test(file) && !exclude.test(file), file).toBe(true)
    }
    for (const file of ['README.md', 'docs/readme.txt', 'CHANGELOG.md', 'LICENSE.md', 'CONTRIBUTING.md']) {
      expect(exclude.test(file), file).toBe(true)
    }
  })

  it('installs the package into its own checkout on the first run only, then lints the files it is given', () => {
    // pre-commit's copy of the hook repository: the scripts and the package's version.
    const checkout = scratch('hook')
    cpSync(path.join(root, 'scripts'), path.join(checkout, 'scripts'), {recursive: true})
    mkdirSync(path.join(checkout, 'packages', 'cli'), {recursive: true})
    cpSync(path.join(cliPackage, 'package.json'), path.join(checkout, 'packages', 'cli', 'package.json'))
    const cwd = repository()
    const env = {...npmEnv(), FOLLOWUP_LINT_PACKAGE: tarball}
    const runHook = (...files: string[]) => spawnSync(path.join(checkout, hook.entry), ['--template', ...files], {cwd, env, encoding: 'utf8'})

    const first = runHook('templates/thank-you.md')
    expect(first.stderr.startsWith(`followup-lint: installing into ${checkout}/.followup-lint (first run only)\n`)).toBe(true)
    expect(first.stdout).toBe('templates/thank-you.md: no issues found\n')
    expect(first.status).toBe(0)

    const second = runHook('templates/update.md')
    expect(second.stderr).toBe('')
    expect(second.stdout).toContain('“[Chairperson]” is not a placeholder name')
    expect(second.status).toBe(1)
  }, 120_000)
})

describe('README', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

  it('lists exactly the placeholder names template mode knows', async () => {
    const {placeholderNames} = await import('../rules/unfilled-placeholder/template.js')
    const table = readme.split('<!-- placeholder-names')[1]!.split('\n\n')[0]!
    const listed = [...table.matchAll(/^\| ([^|]+?) \| [^|]+ \|$/gm)].map((match) => match[1]).slice(2)
    expect(listed).toEqual([...placeholderNames])
  })

  it('shows a complete workflow that uses the action with its inputs, and documents every input', () => {
    const section = readme.split('## Check templates in CI')[1]!.split('\n## ')[0]!
    const workflow = YAML.parse(section.split('```yaml\n')[1]!.split('```')[0]!)
    expect(Object.keys(workflow)).toEqual(expect.arrayContaining(['name', 'on', 'jobs']))
    const [checkout, use] = workflow.jobs.templates.steps
    expect(checkout.uses).toMatch(/^actions\/checkout@/)
    expect(use.uses).toBe(`followup-lint/followup-lint@v${version}`)
    expect(Object.keys(use.with).every((input: string) => input in action.inputs)).toBe(true)
    for (const input of Object.keys(action.inputs)) expect(section).toContain(`| \`${input}\` |`)
  })
})
