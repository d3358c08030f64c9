/**
 * Stage 6, write: the only stage that touches the output folder. Everything is written to a
 * temporary folder next to the output first and then moved into place per meeting, so a build
 * that fails at any point leaves the previous dist/ as it was (#2).
 */
import {mkdir, mkdtemp, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** One file of a meeting's output. */
export interface OutputFile {
  /** Path inside the meeting's output folder, e.g. `index.html`, `bijlagen/02-lobby-01-brief.pdf`. */
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
  await mkdir(outDir, {recursive: true})
  const staging = await mkdtemp(path.join(outDir, '.bundel-tmp-'))
  const written: string[] = []
  try {
    for (const output of outputs) {
      for (const file of output.files) {
        const target = path.join(staging, output.meeting, file.path)
        await mkdir(path.dirname(target), {recursive: true})
        await writeFile(target, file.data)
      }
    }
    for (const output of outputs) {
      const final = path.join(outDir, output.meeting)
      const old = path.join(staging, `${output.meeting}.old`)
      await rename(final, old).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
      await rename(path.join(staging, output.meeting), final)
      for (const file of output.files) written.push(path.join(final, file.path))
    }
  } finally {
    await rm(staging, {recursive: true, force: true})
  }
  return written
}
