// Rule options out of their declared range, given in a config file or through the API, stop
// the run with one line naming the file and the key.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../packages/cli/src/index.js'
import {cliBin} from './support/cli.js'

/** Lint a one-line draft beside a config file of the given name and text. */
function lintWith(configName: string, configText: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'followup-lint-options-'))
  writeFileSync(path.join(dir, configName), configText)
  writeFileSync(path.join(dir, 'd.txt'), 'Dear Dr. Lee, thank you for the interview.\n')
  const result = spawnSync(process.execPath, [cliBin, 'd.txt'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('a rule option out of its declared range', () => {
  it.each([
    ['a window of 0 days', '.followuplintrc.yaml', 'rules:\n  timing: [warning, {thankYouDays: 0}]\n', '.followuplintrc.yaml: rules.timing.thankYouDays: must be a whole number from 1 to 60, not 0'],
    ['a negative threshold', '.followuplintrc.yaml', 'rules:\n  read-aloud: [warning, {threshold: -5}]\n', '.followuplintrc.yaml: rules.read-aloud.threshold: must be a whole number from 1 to 100, not -5'],
    ['a huge weight', '.followuplintrc.json', '{"rules": {"read-aloud": ["warning", {"errorPoints": 1e9}]}}', '.followuplintrc.json: rules.read-aloud.errorPoints: must be a whole number from 0 to 100, not 1000000000'],
    ['a list with a number', '.followuplintrc.yaml', 'rules:\n  spelling: [warning, {allow: [ERAS, 3]}]\n', '.followuplintrc.yaml: rules.spelling.allow[1]: must be a string, not 3'],
    ['a budget out of range', '.followuplintrc.yaml', 'rules:\n  excessive-length: [warning, {budgets: {update: 5}}]\n', '.followuplintrc.yaml: rules.excessive-length.budgets.update: must be a whole number from 20 to 2000, not 5'],
    ['an option of a rule turned off', '.followuplintrc.yaml', 'rules:\n  timing: [off, {updateDays: 90}]\n', '.followuplintrc.yaml: rules.timing.updateDays: must be a whole number from 1 to 60, not 90']
  ])('%s exits 2 with the key path', (_, configName, configText, message) => {
    const {code, stdout, stderr} = lintWith(configName, configText)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`followup-lint: ${message}\n`)
  })

  it('in range, is taken', () => {
    const {code, stderr} = lintWith('.followuplintrc.yaml', 'rules:\n  timing: [warning, {thankYouDays: 60}]\n  read-aloud: [warning, {threshold: 100}]\n')
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('given to the API, is refused naming the key', async () => {
    await expect(lint('Hi.', {rules: {timing: ['warning', {thankYouDays: 0}]}})).rejects.toThrow(
      'config: rules.timing.thankYouDays: must be a whole number from 1 to 60, not 0'
    )
    await expect(lint('Hi.', {config: {rules: {'read-aloud': ['warning', {intensifiers: 'so'}]}}})).rejects.toThrow(
      'config: rules.read-aloud.intensifiers: must be a list of strings, not "so"'
    )
  })
})
