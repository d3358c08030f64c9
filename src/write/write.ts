/**
 * Stage 6, write: the only stage that touches the output folder. Everything is written to a
 * staging folder beside it first (never inside it, so a deploy cannot publish it), under a lock
 * so only one build writes at a time; then each meeting's folder is swapped in by renames, and if
 * any swap fails the ones already made are undone. A build killed mid-swap is finished by the
 * next one (swap.ts). A failed build leaves dist/ as it was (#2, #7).
 */
import {mkdir, mkdtemp, rm, rmdir, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {OutputError} from '../errors.js'
import {mapLimit} from '../map-limit.js'
import {takeLock} from './lock.js'
import {clearJournal, recover, swapIn, writeJournal, type Recovery} from './swap.js'
import {existingWorkFolders, workFolder, type WorkFolder} from './work-folder.js'

/** One file of a meeting's output. */
export interface OutputFile {
  /** Path inside the meeting's output folder, e.g. `index.html`, `bijlagen/02-lobby/01-brief.pdf`. */
  readonly path: string
  readonly data: Uint8Array | string
}

/** Everything one meeting writes. */
export interface MeetingOutput {
  readonly meeting: string
  readonly files: readonly OutputFile[]
}

/** Options of `write`. */
export interface WriteOptions {
  /** The output folder as the user named it, for messages (default: the absolute path). */
  readonly shown?: string | undefined
  /** An abort before the swap starts writes nothing; once the swap started it is finished. */
  readonly signal?: AbortSignal | undefined
  /** Told when an interrupted earlier build was finished or cleaned up (optional). */
  readonly onRecovered?: ((recovery: Recovery) => void) | undefined
}

/** What `write` did. */
export interface WriteResult {
  /** Absolute paths of every file written. */
  readonly files: string[]
}

/** Turn a file-system error into one line a secretary can act on; others pass unchanged. */
export function outputError(error: unknown, shown: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const out = {out: shown}
  if (code === 'ENOSPC' || code === 'EDQUOT') return new OutputError('out-full', out)
  if (code === 'EROFS') return new OutputError('out-readonly', out)
  if (code === 'EACCES' || code === 'EPERM') return new OutputError('out-permission', out)
  if (code === 'ENOTDIR') return new OutputError('out-under-file', out)
  if (code === 'EMFILE' || code === 'ENFILE') return new OutputError('out-files', out)
  return error
}

async function prepare(outDir: string, shown: string): Promise<void> {
  const existing = await stat(outDir).catch(() => undefined)
  if (existing && !existing.isDirectory()) throw new OutputError('out-is-file', {out: shown})
  try {
    await mkdir(outDir, {recursive: true})
  } catch (error) {
    const mapped = outputError(error, shown)
    throw mapped instanceof OutputError ? mapped : new OutputError('out-cannot-make', {out: shown, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message})
  }
}

/** Run `task` holding the output folder's lock, after recovering what a killed build left. */
async function locked<T>(outDir: string, shown: string, task: (work: WorkFolder) => Promise<T>, onRecovered?: (recovery: Recovery) => void): Promise<T> {
  const work = await workFolder(outDir).catch((error: unknown) => {
    throw outputError(error, shown)
  })
  const lock = await takeLock(work.dir, shown)
  try {
    for (const folder of await existingWorkFolders(outDir)) {
      const recovery = await recover(outDir, folder)
      if (recovery.finished.length > 0 || recovery.removed > 0) onRecovered?.(recovery)
    }
    return await task(work)
  } finally {
    await lock.release()
    // An empty work folder is not left behind (another build may be making its lock in it: fine).
    await rmdir(work.dir).catch(() => {})
  }
}

/** Finish or clean up what an interrupted build left in `outDir` (used by `check` too). */
export async function recoverOutput(outDir: string, options: WriteOptions = {}): Promise<void> {
  const shown = options.shown ?? outDir
  const existing = await stat(outDir).catch(() => undefined)
  if (!existing?.isDirectory()) return
  try {
    await locked(outDir, shown, async () => undefined, options.onRecovered)
  } catch (error) {
    throw outputError(error, shown)
  }
}

/** Write the outputs into `outDir/<meeting>/`, replacing each meeting folder as a whole. */
export async function write(outDir: string, outputs: readonly MeetingOutput[], options: WriteOptions = {}): Promise<WriteResult> {
  const shown = options.shown ?? outDir
  await prepare(outDir, shown)
  try {
    return await locked(
      outDir,
      shown,
      async (work) => {
        const staging = await mkdtemp(path.join(work.dir, 'staging-'))
        try {
          // The folders first, then the files a few at a time: the 53 files of the large meeting
          // (50 of them appendix copies) took 27–38 ms one after the other, 17–20 ms so (#13).
          const files = outputs.flatMap((output) => output.files.map((file) => ({target: path.join(staging, 'new', output.meeting, file.path), data: file.data})))
          for (const folder of new Set(files.map((file) => path.dirname(file.target)))) await mkdir(folder, {recursive: true})
          await mapLimit(files, 8, (file) => writeFile(file.target, file.data))
          await mkdir(path.join(staging, 'old'), {recursive: true})
          // The last moment an interruption is honoured: from here on the swap is finished,
          // so dist/ is either the old build or the new one, never a mix (#7).
          options.signal?.throwIfAborted()
          const meetings = outputs.map((output) => output.meeting)
          await writeJournal(work, {staging: path.basename(staging), meetings})
          try {
            await swapIn(outDir, staging, meetings)
          } finally {
            await clearJournal(work)
          }
        } finally {
          await rm(staging, {recursive: true, force: true})
        }
        return {files: outputs.flatMap((output) => output.files.map((file) => path.join(outDir, output.meeting, file.path)))}
      },
      options.onRecovered
    )
  } catch (error) {
    throw outputError(error, shown)
  }
}
