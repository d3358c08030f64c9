/**
 * The cache folder stays under its size (#13): entries a build did not use go, the least recently
 * used first, and what a build used stays. Unit rows on a folder of files with set times, then
 * real builds of the example with a small limit: the output of the text before an edit goes, the
 * prints and readings the build used stay, and a build with nothing changed still takes all of it
 * from the cache.
 */
import {cp, mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {cacheLimit, grew, pruneCache} from './cache-folder.js'
import {build} from './pipeline.js'
import {findBrowser} from './pdf/browser.js'

const day = 24 * 60 * 60 * 1000

/** A cache folder with `files` (name → [kB, days ago]); returns its path. */
async function folder(files: Record<string, [number, number]>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bundel-cache-folder-'))
  for (const [name, [kb, daysAgo]] of Object.entries(files)) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, Buffer.alloc(kb * 1024))
    const time = new Date(Date.now() - daysAgo * day)
    await utimes(file, time, time)
  }
  return dir
}

/** An entry's file name as bundel writes them: a hash of `digit`s, then the kind. */
const entry = (digit: string, kind: string) => `${digit.repeat(64)}.${kind}`

const names = async (dir: string) => (await readdir(dir, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort()

describe('pruneCache', () => {
  const limit = process.env.BUNDEL_CACHE_MB
  afterEach(() => {
    if (limit === undefined) delete process.env.BUNDEL_CACHE_MB
    else process.env.BUNDEL_CACHE_MB = limit
  })

  it('should remove the least recently used entries until the folder fits, in its sub-folders too', async () => {
    const [a, b, c, d, e] = [entry('a', 'pdf'), entry('b', 'meeting'), `markdown/${entry('c', 'json')}`, entry('d', 'pdf'), `validate/${entry('e', 'json')}`]
    const dir = await folder({[a]: [100, 5], [b]: [100, 4], [c]: [100, 3], [d]: [100, 2], [e]: [100, 1]})
    grew(dir)
    // 500 kB in five entries, 250 kB allowed: the three oldest go, the newest two stay.
    expect(await pruneCache(dir, Date.now(), 250 * 1024)).toBe(3)
    expect(await names(dir)).toEqual([d, path.join('validate', entry('e', 'json'))])
  })

  it('should keep what the build used, however large, and leave files being written alone', async () => {
    const [old, used, writing] = [entry('1', 'meeting'), entry('2', 'pdf'), `.${entry('3', 'pdf')}.123.tmp`]
    const dir = await folder({[old]: [300, 10], [used]: [300, 0], [writing]: [300, 20]})
    grew(dir)
    // Over the limit with the used entry alone: only the old one goes.
    expect(await pruneCache(dir, Date.now() - 60_000, 100 * 1024)).toBe(1)
    expect(await names(dir)).toEqual([writing, used])
  })

  it('should look at the folder only after something was added to it', async () => {
    const dir = await folder({[entry('a', 'pdf')]: [100, 5], [entry('b', 'pdf')]: [100, 4]})
    expect(await pruneCache(dir, Date.now(), 1)).toBe(0)
    expect(await names(dir)).toEqual([entry('a', 'pdf'), entry('b', 'pdf')])
    grew(path.join(dir, 'markdown'))
    expect(await pruneCache(dir, Date.now(), 150 * 1024)).toBe(1)
    // Once pruned, it waits for the next addition.
    expect(await pruneCache(dir, Date.now(), 1)).toBe(0)
  })

  it("should leave alone every file that is not one of bundel's entries, however old", async () => {
    const foreign = ['notes.txt', 'report.pdf', `${'a'.repeat(63)}.pdf`, `${'A'.repeat(64)}.pdf`, `sub/${entry('c', 'pdf')}`, `markdown/deep/${entry('d', 'json')}`]
    const dir = await folder({...Object.fromEntries(foreign.map((name) => [name, [100, 30]])), [entry('e', 'pdf')]: [100, 1]})
    grew(dir)
    // Nothing fits in 1 byte, yet only the one entry goes.
    expect(await pruneCache(dir, Date.now(), 1)).toBe(1)
    expect(await names(dir)).toEqual(foreign.map((name) => path.join(...name.split('/'))).sort())
  })

  it('should read its limit from BUNDEL_CACHE_MB, 1 GB by default', () => {
    delete process.env.BUNDEL_CACHE_MB
    expect(cacheLimit()).toBe(1024 * 1024 * 1024)
    process.env.BUNDEL_CACHE_MB = '64'
    expect(cacheLimit()).toBe(64 * 1024 * 1024)
    process.env.BUNDEL_CACHE_MB = 'veel'
    expect(cacheLimit()).toBe(1024 * 1024 * 1024)
  })
})

const browserPath = await findBrowser().catch(() => undefined)
const repo = path.resolve(import.meta.dirname, '..')
const meeting = '2025-01-29-algemeen-bestuur'

describe.skipIf(!browserPath)('a build with a small cache (skipped: no Chromium found)', () => {
  const limit = process.env.BUNDEL_CACHE_MB
  afterEach(() => {
    if (limit === undefined) delete process.env.BUNDEL_CACHE_MB
    else process.env.BUNDEL_CACHE_MB = limit
  })

  it('should drop the output of the text before an edit, keep what it used, and still build nothing again', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-cache-project-'))
    await cp(path.join(repo, 'content'), path.join(project, 'content'), {recursive: true})
    const cache = path.join(project, 'cache')
    const out = path.join(project, 'dist')
    const run = async () => {
      const result = await build({cwd: project, out, cache, meetings: [meeting]})
      expect(result.failed, result.files.flatMap((file) => file.messages.map(String)).join('\n')).toBe(false)
      return result.stats.prints
    }
    const meetings = async () => (await names(cache)).filter((name) => name.endsWith('.meeting'))
    const kept = async () => (await names(cache)).filter((name) => name.startsWith(`validate${path.sep}`) || name.startsWith(`markdown${path.sep}`))
    expect(await run()).toBe(1)
    const [first] = await meetings()
    expect(first).toBeDefined()
    const readings = await kept()
    expect(readings.filter((name) => name.startsWith('validate')).length).toBeGreaterThan(0)
    // The limit: just above what one build uses, so the output before the edit does not fit beside it.
    const sizes = await Promise.all((await names(cache)).map(async (name) => (await stat(path.join(cache, name))).size))
    const used = sizes.reduce((sum, size) => sum + size, 0)
    process.env.BUNDEL_CACHE_MB = String((used * 1.2) / 1024 / 1024)
    const memo = path.join(project, 'content', meeting, '03-energiehubs-bedrijventerreinen', 'memo.md')
    const text = await readFile(memo, 'utf8')
    await writeFile(memo, text.replace('## Begroting', 'Een zin die er na de eerste build bij kwam.\n\n## Begroting'))
    // A new file time for the files the second build reads again, not only for what it writes.
    await new Promise((resolve) => setTimeout(resolve, 2100))
    expect(await run()).toBe(1)
    const after = await meetings()
    expect(after).toHaveLength(1)
    expect(after).not.toContain(first)
    // What the second build read again stays: every appendix reading, every tree but the edited body's.
    const readingsAfter = await kept()
    expect(readings.filter((name) => !readingsAfter.includes(name)), JSON.stringify({readings, readingsAfter})).toHaveLength(1)
    expect(readings.filter((name) => name.startsWith('validate')).every((name) => readingsAfter.includes(name))).toBe(true)
    // The appendix readings and Markdown trees this build read from the cache are still there: a
    // build with nothing changed takes the meeting whole, and one of the first text reprints once.
    expect(await run()).toBe(0)
    await writeFile(memo, text)
    expect(await run()).toBe(1)
  }, 180_000)
})
