import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {LintResult} from '@followup-lint/core'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {homepage} from '@followup-lint/rules'
import {defaultLinter} from '../index.js'
import {formatSarif} from './sarif.js'

// The SARIF 2.1.0 schema (rtm.5, the final 2.1.0 text) as @microsoft/jest-sarif ships it.
const require = createRequire(import.meta.url)
const schemaFile = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json')
// The schema is draft-04, and one of its patterns is not valid in Unicode mode.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')))

const cwd = path.join(path.sep, 'work', 'drafts')
const rules = defaultLinter().rules.map((rule) => rule.meta)

function sarif(results: LintResult[]) {
  const text = formatSarif(results, {rules, version: '1.2.3', cwd, informationUri: homepage})
  return JSON.parse(text)
}

describe('SARIF', () => {
  const text = 'Dear Dr. Ames,\n\nYou are my #1 program, thank you so so much.\n'
  // A fragment of a letter: the identifier and whole-draft rules would only add noise here.
  const settings = {rules: {'missing-identifier': 'off', 'read-aloud': 'off'} as const}
  const result = {...defaultLinter().lint(text, settings), filePath: path.join(cwd, 'sub dir', 'thank-you.txt')}

  it('is valid against the SARIF 2.1.0 schema', () => {
    const log = sarif([result, {...defaultLinter().lint('Fine.'), filePath: '<stdin>'}])
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    // The schema does catch mistakes: a level SARIF does not have is refused.
    log.runs[0].results[0].level = 'fatal'
    expect(validate(log)).toBe(false)
  })

  it('describes the tool and every rule', () => {
    const {driver} = sarif([result]).runs[0].tool
    expect(driver).toMatchObject({name: 'followup-lint', version: '1.2.3', informationUri: 'https://github.com/followup-lint/followup-lint#readme'})
    expect(driver.rules.map((rule: {id: string}) => rule.id)).toEqual(rules.map((rule) => rule.id))
    const flattery = driver.rules.find((rule: {id: string}) => rule.id === 'flattery')
    const meta = rules.find((rule) => rule.id === 'flattery')!
    expect(flattery).toMatchObject({
      shortDescription: {text: meta.summary},
      fullDescription: {text: meta.why},
      defaultConfiguration: {level: 'warning'}
    })
    // Help links to the public page of the rule, which opens wherever the log is read.
    expect(flattery.helpUri).toBe('https://github.com/followup-lint/followup-lint/blob/main/rules/flattery/README.md')
    expect(flattery.help.markdown).toContain(`**Sources**\n\n- [${meta.sources![0]!.title}](${meta.sources![0]!.url})`)
    expect(driver.rules.every((rule: {helpUri: string}) => rule.helpUri.startsWith('https://'))).toBe(true)
  })

  it('holds no file URL for anything but a file outside the working directory', () => {
    expect(JSON.stringify(sarif([result]))).not.toContain('file:')
  })

  it('gives each finding its rule, level, message and exact region, relative to the working directory', () => {
    const run = sarif([result]).runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.results).toHaveLength(2)
    const [rank, casual] = run.results
    expect(rank).toMatchObject({ruleId: 'ranking-pressure', level: 'error'})
    expect(run.tool.driver.rules[rank.ruleIndex].id).toBe('ranking-pressure')
    expect(rank.message.text).toBe(result.messages[0]!.message)
    expect(rank.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'sub%20dir/thank-you.txt', uriBaseId: '%SRCROOT%'},
      region: {startLine: 3, startColumn: 1, endLine: 3, endColumn: 14, snippet: {text: 'You are my #1'}}
    })
    expect(casual).toMatchObject({ruleId: 'informal-tone', level: 'warning'})
  })

  it('names files outside the working directory by absolute URL', () => {
    const outside = path.join(path.sep, 'elsewhere', 'a.txt')
    const log = sarif([{...result, filePath: outside}])
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({uri: pathToFileURL(outside).href})
  })

  it('maps info to note', () => {
    const info: LintResult = {...result, messages: [{...result.messages[0]!, severity: 'info'}]}
    expect(sarif([info]).runs[0].results[0].level).toBe('note')
  })
})
