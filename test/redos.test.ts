// No catastrophic backtracking. `npm test` runs this file on its own, after the others: the
// checker is slow and needs the machine to itself, though nothing here reads a clock. Every regular
// expression of core, the rules, the command line and the language server goes through a ReDoS
// checker: the literals found in the sources, and those built with `new RegExp` while the modules
// load and lint every fixture. (Phrase patterns, built-in or from a config file, compile to
// matching functions, not to regular expressions; their lexer is one of the literals checked
// here.) Then adversarial 100 KB lines go through the linter in every format.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {check} from 'recheck'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {repoRoot} from './support/cli.js'


function sources(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .filter((file) => !file.split(path.sep).some((part) => part === 'dist' || part === 'node_modules'))
    .map((file) => path.join(repoRoot, dir, file))
}

function literals(): Set<string> {
  const found = new Set<string>()
  const files = ['packages/core/src', 'packages/cli/src', 'packages/language-server/src', 'rules'].flatMap(sources)
  for (const file of files) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.add((node as ts.RegularExpressionLiteral).text)
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  return found
}

/** The regular expressions built at run time while the modules load and lint every fixture. */
async function constructed(): Promise<Set<string>> {
  const found = new Set<string>()
  const Original = RegExp
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp
      found.add(String(made))
      return made
    },
    apply(target, _, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp
      found.add(String(made))
      return made
    }
  })
  try {
    const {lintDraft} = await import('@followup-lint/core/node')
    const {defaultRules} = await import('@followup-lint/rules')
    await import('../packages/cli/src/output.js')
    await import('../packages/cli/src/redact.js')
    await import('../packages/cli/src/fix.js')
    await import('../packages/cli/src/files.js')
    await import('../packages/language-server/src/index.js')
    const dir = path.join(repoRoot, 'fixtures', 'drafts')
    for (const name of readdirSync(dir).filter((file) => !file.endsWith('.expected'))) {
      const file = path.join(dir, name)
      await lintDraft(readFileSync(file, 'utf8'), {filePath: file, rules: defaultRules, template: name.includes('template')})
    }
  } finally {
    globalThis.RegExp = Original
  }
  return found
}

describe('regular expressions', () => {
  it('every one is judged safe by the checker, none excused by hand or by a clock', async () => {
    const built = await constructed()
    // The date expressions of the timing rule are built from parts at load time.
    expect([...built].some((written) => written.includes('(\\d{4})-(\\d{2})-(\\d{2})'))).toBe(true)
    const all = new Set([...literals(), ...built])
    expect(all.size).toBeGreaterThan(100)
    // The checker fuzzes from a fixed seed with every time limit of its own turned off (it stops
    // on counts alone), and one expression at a time: checks run side by side share its workers
    // and change one another's verdicts. So its verdict does not change with the machine's load,
    // and no expression is excused by hand: every one must be safe, not merely bounded (a
    // repetition such as {0,300} between two words is polynomial; such tests are scans instead).
    const settings = {timeout: null, attackTimeout: null, incubationTimeout: null, recallTimeout: null, seedingTimeout: null, randomSeed: 20260115}
    const results = []
    for (const written of all) {
      const end = written.lastIndexOf('/')
      results.push({written, result: await check(written.slice(1, end), written.slice(end + 1), settings)})
    }
    const unsafe = results.filter(({result}) => result.status !== 'safe')
    expect(unsafe.map(({written, result}) => `${written}: ${result.status}`)).toEqual([])
  }, 600_000)
})

describe('adversarial lines', () => {
  const size = 100_000
  const lines: Record<string, string> = {
    'opening brackets': '['.repeat(size),
    'opening braces': '{'.repeat(size),
    'angle brackets': '<'.repeat(size),
    'exclamation marks': '!'.repeat(size),
    'capital X': 'X'.repeat(size),
    'one word without spaces': 'ab'.repeat(size / 2),
    'spaces, then a letter': `${' '.repeat(size)}x`,
    'tabs before no line break': `a${'\t'.repeat(size)}b`,
    'unclosed script tags': '<script'.repeat(size / 7),
    'capitalized words without a program': 'Aa '.repeat(size / 3),
    'an address that never ends': `a${'.a'.repeat(size / 2)}@`,
    'placeholders that never close': '{{x'.repeat(size / 3),
    'dates without a year': '12/'.repeat(size / 3)
  }

  it.each(Object.entries(lines))('%s: linted as text, Markdown and HTML email without hanging', async (_, line) => {
    const {lintDraft} = await import('@followup-lint/core/node')
    const {defaultRules} = await import('@followup-lint/rules')
    const {redactResults} = await import('../packages/cli/src/redact.js')
    for (const [name, text] of [
      ['line.txt', line],
      ['line.md', line],
      ['line.eml', `From: a@example.com\nContent-Type: text/html\n\n${line}`]
    ] as const) {
      // A hang fails on the test's time limit; no clock is read here.
      const result = await lintDraft(text, {filePath: path.join(repoRoot, name), rules: defaultRules})
      const [redacted] = redactResults([result])
      expect(redacted!.messages.length).toBe(result.messages.length)
    }
  })
})
