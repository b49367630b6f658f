import {readFileSync} from 'node:fs'
import {messageKinds, type LintResult} from '@followup-lint/core'
import {decodeDraft, defaultMaxBytes, InputError, readCapped, readDraft} from '@followup-lint/core/node'
import {Argument, Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {contextFlags, contextOptions, initConfig} from './context.js'
import {isUserError, lintOne} from './lint-one.js'
import {lintInWorkers, parallelFrom, threadCount} from './parallel.js'
import {expandInputs} from './files.js'
import {emit, type Format, formats, render} from './output.js'
import {printableName} from './printable.js'
import {defaultRules, docsSetting} from '@followup-lint/rules'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

interface Options {
  format: Format
  output?: string
  fix?: boolean
  fixDryRun?: boolean
  redact?: boolean
  stdinFilename?: string
  quiet?: boolean
  maxWarnings?: number
  ignorePattern?: string[]
  /** False with --no-ignore. */
  ignore?: boolean
  color?: boolean
  score?: boolean
  listRules?: boolean
  explain?: string
  verbose?: boolean
  config?: string
  maxSize: number
  concurrency?: number
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more')
  return Number(value)
}

/** A thread count for --concurrency: at least one, and at most 256 so that a typo cannot start thousands. */
function threadLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new InvalidArgumentError('expected a whole number of threads, from 1 to 256')
  }
  return Number(value)
}

/** A size in megabytes, as `--max-size` takes it, in bytes. */
function megabytes(value: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(value) || Number(value) <= 0 || Number(value) > 1024) {
    throw new InvalidArgumentError('expected a size in megabytes, more than 0 and at most 1024')
  }
  return Math.round(Number(value) * 1024 * 1024)
}

function useColor(option: boolean | undefined): boolean {
  if (option !== undefined) return option
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true
  return process.stdout.isTTY === true
}

async function run(inputs: string[], options: Options): Promise<number> {
  if (docsSetting.problem) throw new InputError(docsSetting.problem)
  if (options.listRules) {
    const {listRules} = await import('./explain.js')
    process.stdout.write(listRules())
    return 0
  }
  if (options.explain !== undefined) {
    const {explainRule} = await import('./explain.js')
    process.stdout.write(explainRule(options.explain, {verbose: options.verbose === true}))
    return 0
  }
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      throw new InputError('no input: name a draft, a directory or a glob, or pipe text in (use - for stdin)')
    }
    inputs = ['-']
  }
  const flags = contextFlags(options)
  const {loadIgnored} = await import('./ignore.js')
  // --no-ignore turns off the ignore files and --ignore-pattern alike, as in ESLint.
  const ignored = options.ignore === false ? () => false : await loadIgnored(process.cwd(), options.ignorePattern ?? [])
  const {files, errors} = await expandInputs(
    inputs.filter((input) => input !== '-'),
    ignored
  )
  // One draft that cannot be read does not keep the others from being linted and reported.
  const failed = new Set(errors.map((error) => error.message))
  const fixedFiles: string[] = []
  const readStdin = () => readCapped(process.stdin, options.stdinFilename ?? '<stdin>', options.maxSize)
  if (options.output !== undefined) {
    const {refuseOutputOverInput} = await import('./write.js')
    await refuseOutputOverInput(options.output, files)
  }
  // Every draft is linted with its own format, config and context (see lintOne).
  const lint = (text: string, name: string | undefined) =>
    lintOne(text, name, flags, options.config)
  const fixer = options.fix || options.fixDryRun ? await import('./fix.js') : undefined
  const results: LintResult[] = []
  // Under --fix, standard input comes back fixed; under --fix-dry-run, every change as a diff.
  const fixOutput: (string | Uint8Array)[] = []
  const all = inputs.includes('-') ? ['-', ...files] : files
  // A long run shows how far it is, on a terminal only: logs and pipes get the report alone.
  const progress = process.stderr.isTTY === true && all.length >= 200
  const showProgress = (done: number) => {
    if (progress && done % 50 === 0) process.stderr.write(`\rfollowup-lint: ${done} of ${all.length} drafts`)
  }
  // Fixing writes files and stays on the main thread; so does standard input.
  const threads = fixer ? 1 : threadCount(files.length, options.concurrency)
  const inTurn = threads > 1 ? all.filter((input) => input === '-') : all
  for (const [done, input] of inTurn.entries()) {
    showProgress(done)
    const name = input === '-' ? options.stdinFilename : input
    try {
      if (!fixer) {
        const text = input === '-' ? decodeDraft(await readStdin(), name ?? '<stdin>') : await readDraft(input, options.maxSize)
        results.push(await lint(text, name))
        continue
      }
      const lintAs = (text: string) => lint(text, name)
      const fixed =
        input === '-'
          ? await fixer.fixDraft(lintAs, fixer.decodeWithEncoding(await readStdin(), name ?? '<stdin>'))
          : await fixer.fixFile(lintAs, input, {dryRun: options.fixDryRun, maxBytes: options.maxSize})
      results.push(fixed.result)
      if (options.fixDryRun) fixOutput.push(fixer.fixDiff(name ?? '<stdin>', fixed))
      else if (input === '-') fixOutput.push(fixer.encodeText(fixed.after))
      else if (fixed.changed) fixedFiles.push(input)
    } catch (error) {
      if (!isUserError(error)) throw error
      failed.add(error.message)
    }
  }
  if (threads > 1) {
    const setup = {flags, configFile: options.config, maxSize: options.maxSize}
    const first = inTurn.length
    const outcomes = await lintInWorkers(files, {threads, setup, onProgress: (done) => showProgress(first + done)})
    for (const outcome of outcomes) {
      if ('result' in outcome) results.push(outcome.result)
      else failed.add(outcome.error)
    }
  }

  if (progress) process.stderr.write('\r\u001b[K')
  const shown = options.quiet ? results.map(errorsOnly) : results
  if (results.length === 0 && failed.size > 0) {
    // Nothing could be read: the errors alone say why.
  } else if (options.fixDryRun || (options.fix && inputs.includes('-'))) {
    await emit(Buffer.concat(fixOutput.map((part) => Buffer.from(part))), options.output)
  } else {
    const rules = defaultRules.map((rule) => rule.meta)
    const renderOptions = {
      color: useColor(options.color),
      score: options.score === true,
      redact: options.redact,
      rules,
      version,
      cwd: process.cwd(),
      // A terminal's own width; 80 columns in a file, a pipe or a CI log.
      width: process.stdout.isTTY && !options.output ? process.stdout.columns : 80
    }
    await emit(await render(options.format, shown, renderOptions), options.output)
  }

  for (const file of fixedFiles) process.stderr.write(`followup-lint: fixed ${printableName(file)}\n`)
  for (const message of failed) process.stderr.write(`followup-lint: ${printableName(message)}\n`)
  if (failed.size > 0) return 2
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0)
  // With --quiet, warnings are neither shown nor counted, as in ESLint: the two options agree.
  const warnings = shown.reduce((sum, result) => sum + result.warningCount, 0)
  if (errorCount > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(
      `followup-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`
    )
    return 1
  }
  return 0
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 'error')
  return {...result, messages, warningCount: 0, infoCount: 0}
}

const program = new Command('followup-lint')
  .description(
    'Check the follow-up emails you send residency programs after an interview, and point at the words that could hurt you.'
  )
  .argument('[files...]', 'drafts, directories or globs to lint; - reads standard input')
  .addOption(new Option('-f, --format <name>', 'output format').choices(formats).default('stylish'))
  .option('-o, --output <file>', 'write the report to a file (replaced in one step) instead of standard output')
  .option('--fix', 'apply the rewrites that keep the meaning, in place (standard input: print the fixed text)')
  .addOption(
    new Option('--fix-dry-run', 'print a unified diff of what --fix would change, and change nothing').conflicts([
      'fix',
      'format'
    ])
  )
  .option('--redact', 'mask AAMC IDs, email addresses and phone numbers in the output (default for sarif and github)')
  .option('--no-redact', 'show them as written, whatever the format')
  .option('--stdin-filename <path>', 'the name to report for text read from standard input')
  .option('--ignore-pattern <pattern>', 'leave out of folders and globs what this .gitignore-style pattern matches (repeatable)', collect)
  .option('--no-ignore', 'read every draft folders and globs find: no .gitignore, .followuplintignore or --ignore-pattern')
  .option('-q, --quiet', 'report errors only')
  .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber)
  .option(
    '--concurrency <n>',
    `lint in up to this many worker threads (default: half the cores from ${parallelFrom} drafts on; 1: none; not with --fix)`,
    threadLimit
  )
  .option('--score', 'print each draft\'s read-aloud score (0 reads well, 100 makes the room wince)')
  .option('--list-rules', 'list the rules with their default severity and what they flag')
  .option('--explain <rule-id>', 'print a rule\'s documentation: what it flags, why and on what grounds, examples')
  .option('--verbose', 'with --explain, also list the phrase patterns the rule matches')
  .option('--color', 'force colour in stylish output')
  .option('--no-color', 'never use colour')
  .option('-c, --config <file>', 'use this config file instead of looking for one')
  .addOption(
    new Option('--max-size <megabytes>', 'refuse drafts larger than this many megabytes').argParser(megabytes).default(defaultMaxBytes, '4')
  )
  .addHelpText('after', '\nEnvironment:\n  FOLLOWUP_LINT_DOCS_URL  where rule documentation links point, with {rule} for the rule id\n')
  .version(version, '-v, --version')
  .showHelpAfterError('(run followup-lint --help for usage)')
  .exitOverride()
  .configureOutput({
    outputError: (text, write) => write(`followup-lint: ${text.replace(/^error: /, '')}`)
  })
  .action(async (inputs: string[], options: Options) => {
    process.exitCode = await run(inputs, options)
  })

for (const option of contextOptions()) program.addOption(option)

program
  .command('init')
  .description('write a commented starter .followuplintrc.yaml in the current folder')
  .action(async () => {
    process.exitCode = await initConfig()
  })

program
  .command('new')
  .description('print a starter template for a kind of follow-up, with placeholders to fill in')
  .addArgument(new Argument('<kind>', 'the kind of follow-up').choices(messageKinds))
  .action(async (kind: (typeof messageKinds)[number]) => {
    const {starter} = await import('./starters.js')
    process.stdout.write(starter(kind))
  })

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2
  } else if (isUserError(error)) {
    process.stderr.write(`followup-lint: ${printableName(error.message)}\n`)
    process.exitCode = 2
  } else {
    process.stderr.write(`followup-lint: internal error: ${(error as Error).message ?? String(error)}\n`)
    process.exitCode = 2
  }
}
