// Linting many drafts on every core: the main thread hands out the files in small batches to
// worker threads (worker.ts), each with its own linter, and puts their answers back in the
// order of the files, so that the report is the one a single-threaded run would give.
import {availableParallelism} from 'node:os'
import type {Worker} from 'node:worker_threads'
import type {ContextValues, LintResult} from '@followup-lint/core'

/** What every worker is told when it starts. */
export interface WorkerSetup {
  flags: ContextValues
  configFile: string | undefined
  maxSize: number
}

/** Files handed to a worker: their indexes start at `start`. */
export interface Batch {
  start: number
  files: string[]
}

/** A worker's answer for one file: its result, a one-line user error, or an internal error. */
export type Reply = {index: number} & ({result: LintResult} | {error: string} | {internal: string})

/** What linting one file gave: its result or the one-line error to report. */
export type Outcome = {result: LintResult} | {error: string}

/**
 * Runs with fewer drafts than this stay on the main thread unless --concurrency asks. A worker
 * takes some 100 ms to start and load the bundle before it builds its linter (which a
 * single-threaded run builds too), and a draft takes about 1 ms: a run of 200 drafts saves
 * about what the workers cost.
 */
export const parallelFrom = 200

/**
 * The threads a run uses when --concurrency does not say: half the cores, as ESLint's
 * `--concurrency auto`. A single thread already keeps a second core busy (V8 collects garbage
 * and compiles on threads of its own), so on two cores one thread is as fast as two: measured
 * on 2,000 drafts, 2.9 s on one thread against 3.2 s on two.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2))
}

/** How many worker threads to lint `files` drafts with; 1 means none. */
export function threadCount(files: number, concurrency: number | undefined, cores?: number): number {
  if (concurrency === undefined && files < parallelFrom) return 1
  return Math.max(1, Math.min(concurrency ?? defaultThreads(cores), files))
}

export interface ParallelOptions {
  threads: number
  setup: WorkerSetup
  /** Called with the number of files done so far, for a progress line. */
  onProgress?: (done: number) => void
  /** The worker's module; the one beside this file unless a test gives another. */
  workerUrl?: URL
}

/**
 * Lint `files` in worker threads; the outcomes come back in the order of the files. A worker
 * that crashes, or meets an error that is not the user's, rejects the whole run with an error
 * naming the file it was on, and stops the other workers.
 */
export async function lintInWorkers(files: readonly string[], options: ParallelOptions): Promise<Outcome[]> {
  // Loaded only for a run that uses threads: most runs lint a few drafts on the main thread.
  const {Worker} = await import('node:worker_threads')
  const outcomes: Outcome[] = new Array(files.length)
  // Batches small enough to share the work out evenly, large enough to keep messages few.
  const size = Math.max(1, Math.min(16, Math.floor(files.length / (options.threads * 8))))
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url)
  const workers: Worker[] = []
  let next = 0
  let done = 0
  let settled = false
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      for (const worker of workers) void worker.terminate()
      if (error) reject(error)
      else resolve(outcomes)
    }
    for (let i = 0; i < options.threads; i++) {
      const worker = new Worker(workerUrl, {workerData: options.setup})
      workers.push(worker)
      // The files handed to this worker and not yet answered, in the order it answers them.
      const pending: number[] = []
      const give = () => {
        if (next >= files.length) return
        const start = next
        next = Math.min(files.length, next + size)
        for (let index = start; index < next; index++) pending.push(index)
        worker.postMessage({start, files: files.slice(start, next)} satisfies Batch)
      }
      const lost = (index: number, why: string) => finish(new Error(`${files[index]}: ${why}`))
      worker.on('message', (reply: Reply) => {
        pending.shift()
        if ('internal' in reply) return lost(reply.index, reply.internal)
        outcomes[reply.index] = 'result' in reply ? {result: reply.result} : {error: reply.error}
        done++
        options.onProgress?.(done)
        if (done === files.length) return finish()
        // A second batch waits in the worker while it lints the first, so it never idles.
        if (pending.length < size) give()
      })
      // An error can arrive before the answers the worker sent ahead of it; those are all in by
      // the time it exits, so the file it failed on is known only then.
      let failure: Error | undefined
      worker.on('error', (error) => (failure = error))
      worker.on('exit', (code) => {
        const why = failure?.message ?? `the worker thread stopped (exit code ${code})`
        if (pending.length > 0) lost(pending[0]!, why)
        else if (failure) finish(failure)
      })
      give()
      give()
    }
  })
}
