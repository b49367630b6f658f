// A stand-in for the CLI's worker thread that fails on purpose on a file named for how: it
// lints nothing, and answers every other file with an empty result.
import {parentPort} from 'node:worker_threads'

parentPort.on('message', (batch) => {
  for (const [offset, file] of batch.files.entries()) {
    const index = batch.start + offset
    if (file.endsWith('exit')) process.exit(3)
    if (file.endsWith('throw')) throw new Error('thrown in the worker')
    if (file.endsWith('internal')) parentPort.postMessage({index, internal: 'an internal failure'})
    else if (file.endsWith('user')) parentPort.postMessage({index, error: `${file}: a user error`})
    else parentPort.postMessage({index, result: {filePath: file, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, score: 0, scoreParts: [], kind: 'thank-you'}})
  }
})
