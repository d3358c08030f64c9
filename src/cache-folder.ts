/**
 * The cache folder as a whole (#13): what its entries have in common, whichever stage keeps them
 * (prints and meetings in pdf/cache.ts, readings, trees and texts beside them): it is kept under
 * a size, the entries used least recently going first.
 */
import {readdir, rm, stat, utimes} from 'node:fs/promises'
import path from 'node:path'

/**
 * Most the cache folder holds after a build that added to it, in bytes (`BUNDEL_CACHE_MB`, default
 * 1 GB). Each build after an edit of a memo of the bench's large meeting added 5.3 MB (the
 * meeting's whole output, kept so that a rebuild with nothing changed takes it whole) and a print
 * of its group, and nothing ever went: 103 such builds left 563 MB (#13).
 */
export function cacheLimit(): number {
  const megabytes = Number(process.env.BUNDEL_CACHE_MB)
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 1024) * 1024 * 1024
}

/** Mark a cache file as used now, so that pruning keeps it; a file that cannot be touched stays as it was. */
export function touch(file: string): void {
  const now = new Date()
  void utimes(file, now, now).catch(() => {})
}

/** The folders inside the cache folder that stages keep entries in (pipeline.ts names them here). */
export const cacheSubfolders = ['markdown', 'front', 'validate', 'text'] as const

/** Where the entries of `kind` live in the cache folder `cache`. */
export function cacheSubfolder(cache: string, kind: (typeof cacheSubfolders)[number]): string {
  return path.join(cache, kind)
}

/**
 * An entry's name: the hash of what it is made from, then its kind (`.pdf`, `.meeting`, `.json`,
 * `.text.json`). Pruning looks at nothing else, so a cache folder pointed at a folder that holds
 * other files too (`--cache .`, a shared `~/.cache`) never loses them.
 */
const entryName = /^[0-9a-f]{64}\.[a-z]+(?:\.[a-z]+)?$/

/** Cache folders written to in this process since they were last pruned. */
const grown = new Set<string>()

/** Note that `dir` (a cache folder, or a folder in it) got a new entry. */
export function grew(dir: string): void {
  grown.add(dir)
}

/**
 * Keep the entries of the cache folder `dir` under `limit` bytes, once something was added to it: entries not
 * used since `since` (ms since the epoch: the build's start) go, the least recently used first.
 * What this build used stays whatever its size, so a build never evicts what the next one needs.
 * Every entry is keyed by content, so one that went is only a miss. Returns how many went.
 */
export async function pruneCache(dir: string, since: number, limit = cacheLimit()): Promise<number> {
  const inside = [...grown].filter((grownDir) => grownDir === dir || grownDir.startsWith(dir + path.sep))
  if (inside.length === 0) return 0
  inside.forEach((grownDir) => grown.delete(grownDir))
  const folders = [dir, ...cacheSubfolders.map((kind) => cacheSubfolder(dir, kind))]
  const entries = (await Promise.all(folders.map((folder) => readdir(folder, {withFileTypes: true}).catch(() => [])))).flat()
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && entryName.test(entry.name))
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name)
        const stats = await stat(file).catch(() => undefined)
        return stats ? {file, size: stats.size, used: stats.mtimeMs} : undefined
      })
  )
  const known = files.filter((file) => file !== undefined)
  let total = known.reduce((sum, file) => sum + file.size, 0)
  let removed = 0
  for (const file of known.filter((entry) => entry.used < since).sort((a, b) => a.used - b.used)) {
    if (total <= limit) break
    await rm(file.file, {force: true}).catch(() => {})
    total -= file.size
    removed++
  }
  return removed
}
