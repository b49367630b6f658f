import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {cliReport, lspRange, lspSeverity, repoRoot, serverBin} from './support/cli.js'
import {findProgram} from './support/programs.js'

// A real editor as the client: Neovim's own LSP client starts the server on a draft.
const fixture = 'fixtures/thank-you-overdone.txt'
const scratch = mkdtempSync(path.join(tmpdir(), 'followup-lint-nvim-'))

interface NvimReport {
  ok: boolean
  diagnostics: {range: unknown; severity: number; code: string; message: string; source: string}[]
  shown: number
  hover: {contents: {value: string}} | null
}

const nvim = findProgram('Neovim', 'Neovim as the client', ['nvim'])

describe.skipIf(nvim.skip)(nvim.title, () => {
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))

  it('has Neovim 0.7 or later', () => {
    const version = spawnSync(nvim.path ?? 'nvim', ['--version'], {encoding: 'utf8'})
    expect(version.error).toBeUndefined()
    const [, major, minor] = /NVIM v(\d+)\.(\d+)/.exec(version.stdout) ?? []
    expect(Number(major) > 0 || Number(minor) >= 7).toBe(true)
  })

  it('receives the same findings, ranges and messages as the CLI reports', () => {
    const out = path.join(scratch, 'received.json')
    const run = spawnSync(nvim.path ?? 'nvim', ['--headless', '--clean', '-u', 'test/nvim/init.lua', fixture], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 30_000,
      env: {...process.env, FOLLOWUP_LINT_OUT: out, FOLLOWUP_LINT_SERVER: serverBin}
    })
    expect(run.error).toBeUndefined()
    const report = JSON.parse(readFileSync(out, 'utf8')) as NvimReport
    expect(report.ok).toBe(true)

    const cli = cliReport(path.join(repoRoot, fixture))
    expect(cli.messages.length).toBeGreaterThan(0)
    const findings = report.diagnostics.filter((d) => d.code !== 'read-aloud-score')
    expect(findings.map(({range, code, message, severity, source}) => ({range, code, message, severity, source}))).toEqual(
      cli.messages.map((m) => ({
        range: lspRange(m),
        code: m.ruleId,
        message: m.message,
        severity: lspSeverity[m.level],
        source: 'followup-lint'
      }))
    )
    const score = report.diagnostics.find((d) => d.code === 'read-aloud-score')
    expect(score?.message).toContain(`${cli.score}/100`)
    // Neovim took every diagnostic in, the score included.
    expect(report.shown).toBe(report.diagnostics.length)
    expect(report.hover?.contents.value).toContain(`**${cli.messages[0]!.ruleId}**`)
  })
})
