// Measures how long the server takes from a didChange to the publishDiagnostics for it, less
// the debounce, for a 300-word draft and a 3,000-word one, over 50 edits each.
// Run after `npm run build`: node packages/language-server/scripts/latency.mjs
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const here = path.dirname(fileURLToPath(import.meta.url))
const serverBin = path.join(here, '../bin/followup-lint-language-server.js')
const debounce = 150
const edits = 50

function draft(name) {
  return readFileSync(path.join(here, 'drafts', name), 'utf8')
}

// The long draft: the kind of file an advisor keeps, with a class's follow-ups one after the
// other, each round with other programs and names, cut at the first paragraph past 3,000 words.
function longDraft() {
  const drafts = ['thank-you-300.txt', 'update.txt', 'question.txt', 'correction.txt', 'forward-request.txt'].map(draft)
  const swaps = [
    [],
    [['Lakeshore', 'Prairie View'], ['Saint Brendan', 'Mercy North'], ['Pediatrics', 'Med-Peds'], ['January', 'February']],
    [['Lakeshore', 'Cedar Ridge'], ['Saint Brendan', 'Bayview'], ['Emergency Medicine', 'Family Medicine'], ['November', 'December']]
  ]
  const paragraphs = []
  for (const round of swaps) {
    for (const text of drafts) {
      let swapped = text
      for (const [from, to] of round) swapped = swapped.replaceAll(from, to)
      paragraphs.push(...swapped.split(/\n\n+/), '* * *')
    }
  }
  const kept = []
  let words = 0
  for (const paragraph of paragraphs) {
    kept.push(paragraph)
    words += paragraph.split(/\s+/).filter(Boolean).length
    if (words >= 3000) break
  }
  return {text: kept.join('\n\n') + '\n', words}
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function measure(label, text) {
  const child = spawn(process.execPath, [serverBin, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    waiting.get(params.version)?.(params)
    waiting.delete(params.version)
  })
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {workspace: {configuration: true}}
  })
  await connection.sendNotification('initialized', {})
  const uri = pathToFileURL(path.join(here, 'drafts', `${label}.txt`)).href
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  const first = published(1)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await first

  const lines = text.split('\n')
  const samples = []
  for (let i = 0; i < edits; i++) {
    const version = i + 2
    // Type a word at the end of a line somewhere in the draft, as a writer revising would.
    const line = (i * 7919) % lines.length
    const character = lines[line].length
    lines[line] += ' really'
    const done = published(version)
    const start = process.hrtime.bigint()
    await connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version},
      contentChanges: [{range: {start: {line, character}, end: {line, character}}, text: ' really'}]
    })
    await done
    samples.push(Number(process.hrtime.bigint() - start) / 1e6 - debounce)
  }
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  samples.sort((a, b) => a - b)
  const words = text.split(/\s+/).filter(Boolean).length
  console.log(
    `${label.padEnd(10)} ${String(words).padStart(5)} words  p50 ${percentile(samples, 50).toFixed(1)} ms  ` +
      `p95 ${percentile(samples, 95).toFixed(1)} ms  max ${samples.at(-1).toFixed(1)} ms  (after the ${debounce} ms debounce, ${edits} edits)`
  )
}

await measure('short', draft('thank-you-300.txt'))
await measure('long', longDraft().text)
