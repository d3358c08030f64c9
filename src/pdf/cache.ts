/**
 * Render cache between builds, keyed by content hash: a print whose HTML did not change is not
 * printed again. Lives in `node_modules/.cache/bundel/` (or `BUNDEL_CACHE_DIR`, or `--cache`);
 * deleting that folder, or `bundel build --no-cache`, clears or skips it (#3). Writes are atomic
 * (temp file + rename) so an interrupted build never leaves half a file behind.
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {isRunning} from '../pid.js'
import {grew, touch} from '../cache-folder.js'

/** A folder of cached bytes. */
export class RenderCache {
  constructor(private readonly dir: string) {}

  /** sha256 of the parts, as the key of an entry. */
  static key(...parts: ReadonlyArray<string | Uint8Array>): string {
    const hash = createHash('sha256')
    for (const part of parts) hash.update(part).update('\0')
    return hash.digest('hex')
  }

  /** Cached bytes, or undefined. */
  async get(key: string, kind = 'pdf'): Promise<Uint8Array | undefined> {
    const file = path.join(this.dir, `${key}.${kind}`)
    try {
      const bytes = new Uint8Array(await readFile(file))
      touch(file)
      return bytes
    } catch {
      return undefined
    }
  }

  /** Whether an entry is there (without reading it: a meeting's is its whole output). */
  async has(key: string, kind = 'pdf'): Promise<boolean> {
    return stat(path.join(this.dir, `${key}.${kind}`)).then((stats) => stats.isFile(), () => false)
  }

  /** Mark an entry used now (one taken from memory instead), so that pruning keeps it. */
  used(key: string, kind = 'pdf'): void {
    touch(path.join(this.dir, `${key}.${kind}`))
  }

  /** Store bytes; a cache that cannot be written is not an error, only slower. */
  async put(key: string, bytes: Uint8Array, kind = 'pdf'): Promise<void> {
    await this.#write(`${key}.${kind}`, bytes)
  }

  async #write(name: string, data: Uint8Array | string): Promise<void> {
    const temporary = path.join(this.dir, `.${name}.${process.pid}.tmp`)
    try {
      await mkdir(this.dir, {recursive: true})
      await this.#sweep()
      await writeFile(temporary, data)
      await rename(temporary, path.join(this.dir, name))
      grew(this.dir)
    } catch {
      // Read-only or full disk: the build goes on without caching, and leaves no half file (#7).
      await rm(temporary, {force: true}).catch(() => {})
    }
  }

  #swept = false

  /** Remove temporary files of processes that are gone (killed mid-write), once per cache. */
  async #sweep(): Promise<void> {
    if (this.#swept) return
    this.#swept = true
    for (const entry of await readdir(this.dir).catch(() => [] as string[])) {
      const pid = Number(/\.(\d+)\.tmp$/.exec(entry)?.[1])
      if (!pid || pid === process.pid || isRunning(pid)) continue
      await rm(path.join(this.dir, entry), {force: true}).catch(() => {})
    }
  }
}

