// The benchmark: followup-lint against a bare retext parse, alex and write-good, on a generated
// corpus, plus cold start, scaling, editor latency and memory. `--json` prints the figures as
// JSON instead of a table. Run it with `npm run bench` (which builds first).
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {availableParallelism, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createLinter} from '@followup-lint/core'
import {lintDraft} from '@followup-lint/core/node'
import {defaultRules} from '@followup-lint/rules'
import {text as alexText} from 'alex'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver-protocol/node'
import writeGood from 'write-good'
import {generateDrafts, generateLong, generateOne} from './corpus.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.join(here, '..')
const require = createRequire(import.meta.url)
const json = process.argv.includes('--json')
const cliBin = path.join(root, 'packages/cli/bin/followup-lint.js')
const serverBin = path.join(root, 'packages/language-server/bin/followup-lint-language-server.js')
const alexBin = path.join(path.dirname(require.resolve('alex/package.json')), 'cli.js')
const context = {sentDate: '2026-02-28'}
const debounce = 150

const log = (line) => process.stderr.write(`${line}\n`)
const now = () => Number(process.hrtime.bigint()) / 1e6
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
// The spread over passes or spawns: the fastest and the slowest, so a reader sees the noise.
const range = (values, scale = 1, digits = 1) =>
  `${(Math.min(...values) * scale).toFixed(digits)}–${(Math.max(...values) * scale).toFixed(digits)}`
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value, digits = 2) => Number(value.toFixed(digits))

// The drafts, the long files and one 200-word draft on disk, in a folder with no config file.
const drafts = generateDrafts()
const long100k = generateLong(100_000)
const long1m = generateLong(1_000_000, 11)
const work = mkdtempSync(path.join(tmpdir(), 'followup-lint-bench-'))
const draft200 = path.join(work, 'draft-200.txt')
writeFileSync(draft200, generateOne(200, 200))
const file1m = path.join(work, 'long-1mb.txt')
writeFileSync(file1m, long1m)
// Far past any email and past the default size cap: how the CLI fares with the cap raised.
const file10m = path.join(work, 'long-10mb.txt')
writeFileSync(file10m, generateLong(10_000_000, 13))
process.on('exit', () => rmSync(work, {recursive: true, force: true}))

/** In-process throughput: every contender over its drafts, interleaved, median of passes. */
async function throughput() {
  const linter = createLinter(defaultRules)
  const parser = unified().use(retextEnglish).freeze()
  // alex is ten times slower than the rest: it reads every tenth draft, the same mix.
  const sample = drafts.filter((_, index) => index % 10 === 0)
  const contenders = [
    {name: 'followup-lint createLinter().lint()', drafts, run: (text) => linter.lint(text, {context})},
    {
      name: 'followup-lint lintDraft() (.txt)',
      drafts,
      run: (text) => lintDraft(text, {filePath: path.join(work, 'draft.txt'), rules: defaultRules, flags: {'sent-date': context.sentDate}}),
      async: true
    },
    {name: 'unified + retext-english parse', drafts, run: (text) => parser.parse(text)},
    {name: 'write-good', drafts, run: (text) => writeGood(text)},
    {name: 'alex (text)', drafts: sample, run: (text) => alexText(text)}
  ]
  const passes = 5
  const times = new Map(contenders.map((contender) => [contender.name, []]))
  for (let pass = -1; pass < passes; pass++) {
    // Rotate the order, so no contender always runs right after the same other one.
    const order = contenders.map((_, index) => contenders[(index + Math.max(pass, 0)) % contenders.length])
    for (const contender of order) {
      const start = now()
      if (contender.async) for (const text of contender.drafts) await contender.run(text)
      else for (const text of contender.drafts) contender.run(text)
      if (pass >= 0) times.get(contender.name).push(now() - start)
    }
    log(`throughput: pass ${pass + 1} of ${passes} (after one warm-up) done`)
  }
  const rows = contenders.map((contender) => {
    const ms = median(times.get(contender.name))
    const bytes = contender.drafts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    return {
      name: contender.name,
      drafts: contender.drafts.length,
      msPerDraft: ms / contender.drafts.length,
      spread: range(times.get(contender.name), 1 / contender.drafts.length, 3),
      draftsPerSecond: (contender.drafts.length / ms) * 1000,
      mbPerSecond: bytes / 1e6 / (ms / 1000)
    }
  })
  const parse = rows.find((row) => row.name.startsWith('unified')).msPerDraft
  for (const row of rows) row.vsParse = row.msPerDraft / parse
  const lint = rows[0].msPerDraft
  const wg = rows.find((row) => row.name === 'write-good').msPerDraft
  return {rows, lintVsParse: lint / parse, lintVsWriteGood: lint / wg}
}

/** Spawns of each command on one 200-word draft, interleaved; the median wall time. */
function coldStart() {
  const env = {...process.env, NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1'}
  const commands = [
    {name: 'node -e 0', args: ['-e', '0']},
    {name: 'followup-lint draft.txt', args: [cliBin, draft200]},
    {name: 'alex draft.txt', args: [alexBin, draft200]}
  ]
  const spawns = 15
  const times = new Map(commands.map((command) => [command.name, []]))
  for (let i = -2; i < spawns; i++) {
    for (const command of commands) {
      const start = now()
      const run = spawnSync(process.execPath, command.args, {cwd: work, env, encoding: 'utf8'})
      const ms = now() - start
      if (run.status !== 0 && run.status !== 1) throw new Error(`${command.name} exited ${run.status}: ${run.stderr}`)
      if (i >= 0) times.get(command.name).push(ms)
    }
  }
  const ms = Object.fromEntries(commands.map((command) => [command.name, median(times.get(command.name))]))
  const spread = Object.fromEntries(commands.map((command) => [command.name, range(times.get(command.name), 1, 0)]))
  const cli = ms['followup-lint draft.txt']
  return {
    ms,
    spread,
    cliVsAlex: cli / ms['alex draft.txt'],
    cliOverNode: cli - ms['node -e 0']
  }
}

/** lint() on 100 KB and 1 MB, interleaved, medians. */
function scaling() {
  const linter = createLinter(defaultRules)
  const small = []
  const large = []
  for (let i = -1; i < 3; i++) {
    let start = now()
    linter.lint(long100k, {context})
    if (i >= 0) small.push(now() - start)
    start = now()
    linter.lint(long1m, {context})
    if (i >= 0) large.push(now() - start)
  }
  const ms100k = median(small)
  const ms1m = median(large)
  return {ms100k, ms1m, ratio: ms1m / ms100k, spread100k: range(small), spread1m: range(large)}
}

/** A client for a language server process over stdio. */
async function startServer(args) {
  const child = spawn(process.execPath, args, {stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  // A server that dies fails the run instead of leaving it waiting.
  let died
  const exited = new Promise((_, reject) => (died = reject))
  exited.catch(() => {})
  child.on('exit', (code) => died(new Error(`the server exited (${code}): ${stderr}`)))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params)
    waiting.delete(params.version)
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  await Promise.race([
    connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {workspace: {configuration: true}}}),
    exited
  ])
  await connection.sendNotification('initialized', {})
  const published = (version) => Promise.race([new Promise((resolve) => waiting.set(version, resolve)), exited])
  async function stop() {
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
    connection.dispose()
    await exited.catch(() => {})
  }
  return {child, connection, published, stop, stderr: () => stderr}
}

async function open(server, uri, text) {
  const first = server.published(1)
  await server.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await first
}

/** didChange to publishDiagnostics, less the debounce, as a writer types into the draft. */
async function latency(text, edits = 60) {
  const server = await startServer([serverBin, '--stdio'])
  const uri = pathToFileURL(path.join(work, `latency-${text.length}.txt`)).href
  await open(server, uri, text)
  const lines = text.split('\n')
  const samples = []
  for (let i = 0; i < edits; i++) {
    const version = i + 2
    const line = (i * 7919) % lines.length
    const character = lines[line].length
    lines[line] += ' really'
    const done = server.published(version)
    const start = now()
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [{range: {start: {line, character}, end: {line, character}}, text: ' really'}]
    })
    await done
    samples.push(now() - start - debounce)
  }
  await server.stop()
  return {words: text.split(/\s+/).filter(Boolean).length, p50: percentile(samples, 50), p95: percentile(samples, 95)}
}

/**
 * The server's memory after 1,000 and 10,000 edits of one document, each linted (the server
 * is started with no debounce), the document's size kept the same. Taken in the server after
 * a full garbage collection.
 */
async function memory() {
  const server = await startServer(['--expose-gc', path.join(here, 'memory-server.js')])
  const uri = pathToFileURL(path.join(work, 'memory.txt')).href
  const text = generateOne(300, 301)
  await open(server, uri, text)
  const line = text.split('\n').findIndex((candidate) => candidate.length > 20)
  const figures = {}
  let version = 1
  for (const target of [1_000, 10_000]) {
    while (version - 1 < target) {
      version++
      const done = server.published(version)
      // Swap one word for another of the same length, back and forth.
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{range: {start: {line, character: 0}, end: {line, character: 5}}, text: version % 2 ? 'Brisk' : 'Quick'}]
      })
      await done
    }
    figures[target] = await server.connection.sendRequest('bench/memory')
    log(`memory: ${target} edits done`)
  }
  await server.stop()
  return {
    after1000: figures[1000],
    after10000: figures[10000],
    heapRatio: figures[10000].heapUsed / figures[1000].heapUsed,
    rssRatio: figures[10000].rss / figures[1000].rss
  }
}

/** The CLI's peak resident memory and wall time on a file (flags before its name). */
function peakMemory(...args) {
  const env = {...process.env, NO_COLOR: '1'}
  const options = {cwd: work, env, encoding: 'utf8', maxBuffer: 1 << 28}
  const started = now()
  if (existsSync('/usr/bin/time')) {
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cliBin, '--format', 'json', ...args], options)
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)
    if (match) return {mb: Number(match[1]) / 1024, seconds: (now() - started) / 1000, how: '/usr/bin/time -v'}
  }
  const probe = path.join(work, 'max-rss.mjs')
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`))\n")
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, cliBin, '--format', 'json', ...args], options)
  return {mb: Number(/maxRSS (\d+)/.exec(run.stderr)[1]) / 1024, seconds: (now() - started) / 1000, how: 'process.resourceUsage().maxRSS'}
}

/**
 * The CLI on a folder of the 2,000 drafts, on the main thread alone and with one worker thread
 * per core, interleaved: the median wall time of each.
 */
function parallel() {
  const folder = path.join(work, 'folder')
  mkdirSync(folder)
  for (const [index, text] of drafts.entries()) writeFileSync(path.join(folder, `draft-${String(index).padStart(4, '0')}.txt`), text)
  const env = {...process.env, NO_COLOR: '1'}
  const runs = [
    {name: '--concurrency 1', args: ['--concurrency', '1']},
    {name: `--concurrency ${availableParallelism()} (one thread per core)`, args: ['--concurrency', String(availableParallelism())]}
  ]
  const times = new Map(runs.map((run) => [run.name, []]))
  for (let i = 0; i < 3; i++) {
    for (const run of runs) {
      const start = now()
      const result = spawnSync(process.execPath, [cliBin, '--format', 'json', ...run.args, folder], {cwd: work, env, maxBuffer: 1 << 28})
      if (result.status !== 0 && result.status !== 1) throw new Error(`${run.name} exited ${result.status}: ${result.stderr}`)
      times.get(run.name).push((now() - start) / 1000)
    }
    log(`parallel: run ${i + 1} of 3 done`)
  }
  const seconds = Object.fromEntries(runs.map((run) => [run.name, median(times.get(run.name))]))
  return {seconds, speedup: seconds[runs[0].name] / seconds[runs[1].name]}
}

// `--only NAME` runs one part (while working on it): throughput, cold, scaling, latency, memory, parallel.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
const part = (name) => only === undefined || only === name

const started = now()
log(`corpus: ${drafts.length} drafts, ${(drafts.reduce((sum, text) => sum + text.length, 0) / 1e6).toFixed(2)} M characters`)
const results = {}
if (part('throughput')) results.throughput = await throughput()
if (part('cold')) results.coldStart = coldStart()
if (part('scaling')) results.scaling = scaling()
if (part('latency')) results.latency = {words300: await latency(generateOne(300, 300)), words3000: await latency(generateOne(3000, 3000))}
if (part('memory')) results.memory = await memory()
if (part('memory')) results.peakMemory = {mb1: peakMemory(file1m), mb10: peakMemory('--max-size', '20', file10m)}
if (part('parallel')) results.parallel = parallel()
if (only) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
  process.exit(0)
}
results.node = process.version
results.seconds = round((now() - started) / 1000, 1)

// The speed targets; the figure beside each is this run's.
const targets = [
  ['lint() / bare parse', results.throughput.lintVsParse, '≤ 1.5'],
  ['lint() / write-good', results.throughput.lintVsWriteGood, '≤ 0.3'],
  ['CLI cold start / alex', results.coldStart.cliVsAlex, '≤ 0.6'],
  ['CLI cold start − node -e 0 (ms)', results.coldStart.cliOverNode, '≤ 100'],
  ['folder of 2,000 drafts, threads / one thread (speed-up)', results.parallel.speedup, '≥ 1.7'],
  ['1 MB / 100 KB', results.scaling.ratio, '≤ 10.5'],
  ['server p95, 300 words (ms)', results.latency.words300.p95, '< 15'],
  ['server p95, 3,000 words (ms)', results.latency.words3000.p95, '< 10'],
  ['server heap, 10,000 / 1,000 edits', results.memory.heapRatio, '≤ 1.2'],
  ['CLI peak RSS, 10 MB file (MB)', results.peakMemory.mb10.mb, '< 300']
]
results.targets = targets.map(([name, value, target]) => ({name, value: round(value), target}))

if (json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`)
} else {
  const t = results.throughput
  const lines = [
    `Node ${process.version}, ${drafts.length} generated drafts (80–400 words), medians of 5 passes after a warm-up`,
    '',
    '| in-process | drafts/s | MB/s | ms/draft | range over passes | × bare parse |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...t.rows.map(
      (row) =>
        `| ${row.name}${row.drafts !== drafts.length ? ` (${row.drafts} drafts)` : ''} | ${Math.round(row.draftsPerSecond)} | ${row.mbPerSecond.toFixed(2)} | ${row.msPerDraft.toFixed(3)} | ${row.spread} | ${row.vsParse.toFixed(2)} |`
    ),
    '',
    '| cold start, one 200-word draft (median of 15 spawns) | ms | range |',
    '| --- | ---: | ---: |',
    ...Object.entries(results.coldStart.ms).map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${results.coldStart.spread[name]} |`),
    '',
    '| scaling, lint() | ms | range |',
    '| --- | ---: | ---: |',
    `| 100 KB | ${results.scaling.ms100k.toFixed(1)} | ${results.scaling.spread100k} |`,
    `| 1 MB | ${results.scaling.ms1m.toFixed(1)} | ${results.scaling.spread1m} |`,
    '',
    '| language server, didChange → publishDiagnostics less the debounce | p50 ms | p95 ms |',
    '| --- | ---: | ---: |',
    `| ${results.latency.words300.words} words | ${results.latency.words300.p50.toFixed(1)} | ${results.latency.words300.p95.toFixed(1)} |`,
    `| ${results.latency.words3000.words} words | ${results.latency.words3000.p50.toFixed(1)} | ${results.latency.words3000.p95.toFixed(1)} |`,
    '',
    '| memory | heapUsed after GC, MB | RSS, MB |',
    '| --- | ---: | ---: |',
    `| server after 1,000 edits | ${(results.memory.after1000.heapUsed / 2 ** 20).toFixed(1)} | ${(results.memory.after1000.rss / 2 ** 20).toFixed(1)} |`,
    `| server after 10,000 edits | ${(results.memory.after10000.heapUsed / 2 ** 20).toFixed(1)} | ${(results.memory.after10000.rss / 2 ** 20).toFixed(1)} |`,
    `| CLI peak on the 1 MB file (${results.peakMemory.mb1.how}) | | ${results.peakMemory.mb1.mb.toFixed(1)} |`,
    `| CLI peak on a 10 MB file, --max-size 20 (${results.peakMemory.mb10.seconds.toFixed(1)} s) | | ${results.peakMemory.mb10.mb.toFixed(1)} |`,
    '',
    `| CLI on a folder of ${drafts.length} drafts, --format json (median of 3 runs) | s |`,
    '| --- | ---: |',
    ...Object.entries(results.parallel.seconds).map(([name, seconds]) => `| ${name} | ${seconds.toFixed(2)} |`),
    '',
    '| ratio | measured | target |',
    '| --- | ---: | --- |',
    ...results.targets.map((row) => `| ${row.name} | ${row.value} | ${row.target} |`),
    '',
    `(${results.seconds} s)`
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
