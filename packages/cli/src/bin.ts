import {readFileSync} from 'node:fs'
import {ConfigError, type LintResult} from '@followup-lint/core'
import {decodeDraft, InputError, readDraft} from '@followup-lint/core/node'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {contextFlags, contextOptions, initConfig, lintOne} from './context.js'
import {expandInputs} from './files.js'

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
}

interface Options {
  format: 'stylish' | 'json'
  stdinFilename?: string
  quiet?: boolean
  maxWarnings?: number
  color?: boolean
  config?: string
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more')
  return Number(value)
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function useColor(option: boolean | undefined): boolean {
  if (option !== undefined) return option
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true
  return process.stdout.isTTY === true
}

async function run(inputs: string[], options: Options): Promise<number> {
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      throw new InputError('no input: name a draft, a directory or a glob, or pipe text in (use - for stdin)')
    }
    inputs = ['-']
  }
  const flags = contextFlags(options)
  const files = await expandInputs(inputs.filter((input) => input !== '-'))
  const results: LintResult[] = []
  for (const input of inputs.includes('-') ? ['-', ...files] : files) {
    if (input === '-') {
      const name = options.stdinFilename ?? '<stdin>'
      results.push(await lintOne(decodeDraft(await readStdin(), name), options.stdinFilename, flags, options.config))
    } else {
      results.push(await lintOne(await readDraft(input), input, flags, options.config))
    }
  }

  const shown = options.quiet ? results.map(errorsOnly) : results
  if (options.format === 'json') {
    const {formatJson} = await import('./reporters/json.js')
    process.stdout.write(formatJson(shown))
  } else {
    const {formatStylish} = await import('./reporters/stylish.js')
    process.stdout.write(formatStylish(shown, {color: useColor(options.color)}))
  }

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0)
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0)
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(
      `followup-lint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`
    )
    return 1
  }
  return 0
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
  .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
  .option('--stdin-filename <path>', 'the name to report for text read from standard input')
  .option('-q, --quiet', 'report errors only')
  .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber)
  .option('--color', 'force colour in stylish output')
  .option('--no-color', 'never use colour')
  .option('-c, --config <file>', 'use this config file instead of looking for one')
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

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2
  } else if (error instanceof InputError || error instanceof ConfigError) {
    process.stderr.write(`followup-lint: ${error.message}\n`)
    process.exitCode = 2
  } else {
    process.stderr.write(`followup-lint: internal error: ${(error as Error).message ?? String(error)}\n`)
    process.exitCode = 2
  }
}
