// A worker thread of a parallel run (see parallel.ts): it reads and lints the drafts the main
// thread hands it, in the order given, and answers once per draft. Its linter is built on the
// first draft and kept, as a single-threaded run keeps its own.
import {parentPort, workerData} from 'node:worker_threads'
import {readDraft} from '@followup-lint/core/node'
import {isUserError, lintOne} from './lint-one.js'
import type {Batch, Reply, WorkerSetup} from './parallel.js'

const setup = workerData as WorkerSetup
const port = parentPort!

async function lintBatch(batch: Batch): Promise<void> {
  for (const [offset, file] of batch.files.entries()) {
    const index = batch.start + offset
    let reply: Reply
    try {
      const text = await readDraft(file, setup.maxSize)
      reply = {index, result: await lintOne(text, file, setup.flags, setup.configFile)}
    } catch (error) {
      reply = isUserError(error)
        ? {index, error: error.message}
        : {index, internal: (error as Error | undefined)?.message ?? String(error)}
    }
    port.postMessage(reply)
  }
}

// Batches run one after the other even when the next arrives while one is being linted.
let queue = Promise.resolve()
port.on('message', (batch: Batch) => {
  queue = queue.then(() => lintBatch(batch))
})
