/**
 * Stage 6, write: the only stage that touches the output folder. Everything is written to a
 * temporary folder inside it first; then each meeting's folder is swapped in by renames, and if
 * any swap fails the ones already made are undone. A failed build leaves dist/ as it was (#2).
 */
import {mkdir, mkdtemp, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from '../errors.js'

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

/** Write the outputs into `outDir/<meeting>/`, replacing each meeting folder as a whole. */
export async function write(outDir: string, outputs: readonly MeetingOutput[]): Promise<string[]> {
  const existing = await stat(outDir).catch(() => undefined)
  if (existing && !existing.isDirectory()) throw new UsageError(`output folder ${outDir} is a file (use --out DIR)`)
  try {
    await mkdir(outDir, {recursive: true})
  } catch (error) {
    throw new UsageError(`output folder ${outDir} cannot be made: ${(error as Error).message} (use --out DIR)`)
  }
  const staging = await mkdtemp(path.join(outDir, '.bundel-tmp-'))
  // Separate folders for new and old versions, so no meeting name can clash with a staging name.
  const fresh = path.join(staging, 'new')
  const previous = path.join(staging, 'old')
  await mkdir(previous, {recursive: true})
  const swapped: Array<{final: string; old?: string}> = []
  try {
    for (const output of outputs) {
      for (const file of output.files) {
        const target = path.join(fresh, output.meeting, file.path)
        await mkdir(path.dirname(target), {recursive: true})
        await writeFile(target, file.data)
      }
    }
    for (const output of outputs) {
      const final = path.join(outDir, output.meeting)
      const old = path.join(previous, output.meeting)
      const moved = await rename(final, old).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false
          throw error
        }
      )
      swapped.push(moved ? {final, old} : {final})
      await rename(path.join(fresh, output.meeting), final)
    }
  } catch (error) {
    // Put back what was already swapped, newest first.
    for (const swap of swapped.reverse()) {
      await rm(swap.final, {recursive: true, force: true}).catch(() => {})
      if (swap.old) await rename(swap.old, swap.final).catch(() => {})
    }
    throw error
  } finally {
    await rm(staging, {recursive: true, force: true})
  }
  return outputs.flatMap((output) => output.files.map((file) => path.join(outDir, output.meeting, file.path)))
}
