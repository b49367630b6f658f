// What lint() allocates per draft, and where: V8's sampling heap profiler over the benchmark's
// 2,000 drafts, counting every sampled allocation, collected or not. Prints the total per
// draft and the functions that allocate most (a built-in is named with its caller).
//   npm run build && node bench/heap.js [rows]
import {Session} from 'node:inspector/promises'
import {createLinter} from '@followup-lint/core'
import {defaultRules} from '@followup-lint/rules'
import {generateDrafts} from './corpus.js'

const linter = createLinter(defaultRules)
const drafts = generateDrafts(2000)
const context = {sentDate: '2026-02-28'}
// Warm up first, so that the profile is of steady work and not of the first runs.
for (const draft of drafts.slice(0, 300)) linter.lint(draft, {context})

const session = new Session()
session.connect()
await session.post('HeapProfiler.enable')
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true
})
for (const draft of drafts) linter.lint(draft, {context})
const {profile} = await session.post('HeapProfiler.stopSampling')
session.disconnect()

const name = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`
const bytes = new Map()
let total = 0
function walk(node, parent) {
  const key = node.callFrame.url === '' && parent ? `${name(node.callFrame)} < ${parent}` : name(node.callFrame)
  bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize)
  total += node.selfSize
  for (const child of node.children) walk(child, name(node.callFrame))
}
walk(profile.head)

const kb = (value) => (value / drafts.length / 1024).toFixed(1)
const characters = drafts.reduce((sum, draft) => sum + draft.length, 0) / drafts.length
console.log(`${kb(total)} KB allocated per draft of ${Math.round(characters)} characters on average`)
const rows = Number(process.argv[2] ?? 20)
for (const [where, size] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${kb(size).padStart(7)} KB  ${where}`)
