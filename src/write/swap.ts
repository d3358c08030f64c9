/**
 * The swap of staged meeting folders into the output folder, and its recovery (#7).
 *
 * Every new file is written to `staging/new/` first. Only then is a journal written that names
 * the meetings; each meeting folder is then moved to `staging/old/` and the new one renamed into
 * place. A build killed between two renames leaves the journal behind, and the next build (or
 * `check`) finishes the swap: the staged copy was complete before the journal was written, so
 * rolling forward is always safe. Without a journal, a staging folder is only a dead build's
 * leftovers and is removed.
 */
import {mkdir, readFile, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {WorkFolder} from './work-folder.js'

/** What the journal records. */
interface Journal {
  readonly staging: string
  readonly meetings: readonly string[]
}

const exists = (file: string) => stat(file).then(() => true, () => false)

function journalPath(work: WorkFolder): string {
  return path.join(work.dir, 'journal.json')
}

/** Record that `staging` is about to be swapped in (written atomically). */
export async function writeJournal(work: WorkFolder, journal: Journal): Promise<void> {
  const file = journalPath(work)
  await writeFile(`${file}.tmp`, JSON.stringify(journal))
  await rename(`${file}.tmp`, file)
}

/** The swap is done (or undone): forget it. */
export async function clearJournal(work: WorkFolder): Promise<void> {
  await rm(journalPath(work), {force: true})
}

/** Swap each meeting of `staging/new` into `outDir`; undoes what it did when one fails. */
export async function swapIn(outDir: string, staging: string, meetings: readonly string[]): Promise<void> {
  const done: Array<{final: string; old?: string}> = []
  try {
    for (const meeting of meetings) {
      const final = path.join(outDir, meeting)
      const old = path.join(staging, 'old', meeting)
      const moved = await rename(final, old).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false
          throw error
        }
      )
      done.push(moved ? {final, old} : {final})
      await rename(path.join(staging, 'new', meeting), final)
    }
  } catch (error) {
    // Put back what was already swapped, newest first.
    for (const swap of done.reverse()) {
      await rm(swap.final, {recursive: true, force: true}).catch(() => {})
      if (swap.old) await rename(swap.old, swap.final).catch(() => {})
    }
    throw error
  }
}

/** What `recover` did. */
export interface Recovery {
  /** Meetings whose interrupted swap was finished. */
  readonly finished: string[]
  /** Staging folders of dead builds that were removed. */
  readonly removed: number
}

/**
 * Finish a swap a killed build left half done, and remove every staging folder of a dead build
 * (the caller holds the lock, so none of them is in use). Also removes `.bundel-tmp-*` folders
 * that bundel 0.1 left inside the output folder.
 */
export async function recover(outDir: string, work: WorkFolder): Promise<Recovery> {
  const finished: string[] = []
  let journal: Journal | undefined
  try {
    journal = JSON.parse(await readFile(journalPath(work), 'utf8')) as Journal
  } catch {
    journal = undefined
  }
  if (journal && typeof journal.staging === 'string' && Array.isArray(journal.meetings)) {
    const staging = path.join(work.dir, path.basename(journal.staging))
    for (const meeting of journal.meetings.map((name) => path.basename(String(name)))) {
      const fresh = path.join(staging, 'new', meeting)
      if (!(await exists(fresh))) continue // this one was swapped in already
      const final = path.join(outDir, meeting)
      if (await exists(final)) {
        const old = path.join(staging, 'old', meeting)
        await mkdir(path.dirname(old), {recursive: true})
        // Old copy not yet moved aside: move it now. Otherwise `final` is something unexpected
        // (put there by hand?): it is kept beside the staging folders, which are removed below,
        // in the work folder (never inside the published tree), not thrown away.
        await rename(final, (await exists(old)) ? path.join(work.dir, `conflict-${meeting}-${Date.now()}`) : old)
      }
      await rename(fresh, final)
      finished.push(meeting)
    }
  }
  await clearJournal(work)
  let removed = 0
  for (const entry of await readdir(work.dir).catch(() => [] as string[])) {
    if (!entry.startsWith('staging-')) continue
    await rm(path.join(work.dir, entry), {recursive: true, force: true})
    removed++
  }
  for (const entry of await readdir(outDir).catch(() => [] as string[])) {
    if (!entry.startsWith('.bundel-tmp-')) continue
    await rm(path.join(outDir, entry), {recursive: true, force: true})
    removed++
  }
  return {finished, removed}
}
