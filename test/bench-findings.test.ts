// Speed work must not cost a finding: the benchmark's corpus gives the findings committed in
// bench-findings.expected, place for place.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createLinter} from '@followup-lint/core'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the script that rewrites the expected file
import {benchFindings} from './bench-findings.js'
import {repoRoot} from './support/cli.js'

it('the benchmark corpus gives the same findings as the committed list', async () => {
  const expected = readFileSync(path.join(repoRoot, 'test', 'bench-findings.expected'), 'utf8')
  const actual: string = await benchFindings({createLinter, lintDraft, defaultRules})
  // Compared line by line, so that a failure names the drafts that changed.
  const lines = expected.split('\n')
  const changed = actual.split('\n').filter((line, index) => line !== lines[index])
  expect(changed).toEqual([])
  expect(actual).toBe(expected)
}, 120_000)
