/**
 * Parse many Markdown texts at once, on worker threads, for very large meetings (#13). Parsing is
 * most of what validation spends there, and every text parses on its own. A worker keeps each
 * tree on disk itself and sends it back as JSON, which the main thread reads in ~1 % of the
 * parse time.
 *
 * Only the parse moves: every check still runs on the main thread, in the same order, so the
 * messages are the same. Nothing here throws; a text without an answer (a worker that could not
 * start, a text too deeply nested to parse) is parsed by the caller as before.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {packageRoot} from '../package-root.js'
import type {ParseBatch, ParseReply} from './parse-worker.js'

/**
 * Below this many characters, parse on the main thread. Measured with a new cache each time
 * (`bundel check`, 3 alternating rounds on 2 cores): the 1,000-item meeting (7.8 MB of Markdown)
 * took 8.6–10.3 s with workers against 12.4–13.8 s without, but at 1 MB and at 3.5 MB the two were
 * the same within the noise, and the large meeting (0.4 MB) was ~0.2 s slower with them. Parsing
 * is bound by memory more than by the core: two workers parse at ~1.5× one thread, and what
 * they save at scale is mostly writing the kept trees, which slows past a few thousand files.
 */
export const aheadFrom = 4 * 1024 * 1024

/** One text to parse, and the file to keep its tree in (or undefined). */
export interface ParseJob {
  readonly text: string
  readonly file: string | undefined
}

/** The worker script: the bundled one (scripts/bundle.js), else tsc's. */
function workerScript(): string | undefined {
  return [path.join(packageRoot, 'lib', 'bundle', 'parse-worker.js'), path.join(packageRoot, 'lib', 'validate', 'parse-worker.js')].find((file) => existsSync(file))
}

/** How many workers: one per core (at most 4), and one per MB of text, so a small job starts one. */
function workerCount(characters: number): number {
  return Math.max(1, Math.min(4, availableParallelism(), Math.ceil(characters / (1024 * 1024))))
}

/** Split jobs over `count` batches of about equal size, the longest texts first. */
export function batches(jobs: readonly ParseJob[], count: number): number[][] {
  const order = jobs.map((_, index) => index).sort((a, b) => jobs[b]!.text.length - jobs[a]!.text.length)
  const split = Array.from({length: count}, () => ({indices: [] as number[], size: 0}))
  for (const index of order) {
    const smallest = split.reduce((least, batch) => (batch.size < least.size ? batch : least))
    smallest.indices.push(index)
    smallest.size += jobs[index]!.text.length
  }
  return split.map((batch) => batch.indices).filter((indices) => indices.length > 0)
}

/** Parse `jobs` on worker threads: the JSON of each parsed tree, by the job's index. */
export async function parseAhead(jobs: readonly ParseJob[], options: {script?: string | undefined; workers?: number} = {}): Promise<Map<number, string>> {
  const trees = new Map<number, string>()
  const script = options.script ?? workerScript()
  if (!script || jobs.length === 0) return trees
  const workers = options.workers ?? workerCount(jobs.reduce((sum, job) => sum + job.text.length, 0))
  await Promise.all(batches(jobs, workers).map((indices) => parseBatch(script, jobs, indices, trees)))
  return trees
}

/** One worker for one batch; resolves when it is done, or gone. */
function parseBatch(script: string, jobs: readonly ParseJob[], indices: readonly number[], trees: Map<number, string>): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      // A smaller stack than the main thread's (~1 MB less V8's reserve, against 984 kB): a text
      // nested too deeply to parse here is parsed and reported on the main thread as before,
      // never passed here and then lost in render, which drops what overflows it (markdown.ts).
      // Its own stdout and stderr: a warning from a worker would land in `check --format json`.
      worker = new Worker(script, {stdout: true, stderr: true, resourceLimits: {stackSizeMb: 1}})
    } catch {
      resolve()
      return
    }
    worker.on('message', (reply: ParseReply) => {
      if ('done' in reply) void worker.terminate()
      else trees.set(indices[reply.index]!, reply.json)
    })
    // A worker that fails to load or dies leaves its remaining texts to the main thread.
    worker.on('error', () => void worker.terminate())
    worker.on('exit', () => resolve())
    worker.postMessage({texts: indices.map((index) => jobs[index]!.text), files: indices.map((index) => jobs[index]!.file)} satisfies ParseBatch)
  })
}
