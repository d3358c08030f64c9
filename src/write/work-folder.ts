/**
 * Where a build keeps its lock and its staging folders: *beside* the output folder, never in it,
 * so a deploy of `dist/` can never publish a half-written build or an old copy (#7). Renames
 * only work within one file system, so when the output folder is a mount point of its own (or
 * its parent is not writable) the work folder falls back to a hidden folder inside it, which
 * every build and `check` recovers and removes.
 */
import {mkdir, stat} from 'node:fs/promises'
import path from 'node:path'

/** The work folder of an output folder. */
export interface WorkFolder {
  /** Absolute path of the work folder. */
  readonly dir: string
  /** Whether it lies inside the output folder (the fallback). */
  readonly inside: boolean
}

/** Name of the fallback work folder inside the output folder. */
export const insideName = '.bundel-work'

/** The work folder beside `outDir` (`dist` → `.dist.bundel`); made when missing. */
export async function workFolder(outDir: string): Promise<WorkFolder> {
  const parent = path.dirname(outDir)
  const beside = path.join(parent, `.${path.basename(outDir)}.bundel`)
  const [outStat, parentStat] = await Promise.all([stat(outDir), stat(parent)])
  if (outStat.dev === parentStat.dev && parent !== outDir) {
    try {
      await mkdir(beside, {recursive: true})
      return {dir: beside, inside: false}
    } catch {
      // The parent is not writable (e.g. /var/www owned by root): use the fallback.
    }
  }
  const inside = path.join(outDir, insideName)
  // Not recursive: the output folder exists, and a recursive mkdir reports a read-only disk as ENOENT.
  await mkdir(inside).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  return {dir: inside, inside: true}
}

/** The work folder of `outDir` if one exists (for recovery), without making one. */
export async function existingWorkFolders(outDir: string): Promise<WorkFolder[]> {
  const candidates: WorkFolder[] = [
    {dir: path.join(path.dirname(outDir), `.${path.basename(outDir)}.bundel`), inside: false},
    {dir: path.join(outDir, insideName), inside: true}
  ]
  const found: WorkFolder[] = []
  for (const candidate of candidates) {
    const info = await stat(candidate.dir).catch(() => undefined)
    if (info?.isDirectory()) found.push(candidate)
  }
  return found
}
