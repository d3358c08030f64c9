/**
 * A meeting's whole output, cached by what it is made from (#11, #13): when nothing of a meeting
 * changed — its files' text, every file in its folder (images, PDFs) by content, the
 * templates, the options, bundel's version — its files are taken from the cache instead of being
 * rendered, printed, merged and leak-checked again. A site of 200 meetings where one changed
 * then costs about one meeting. Only a render that said nothing new is kept.
 */
import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {RenderCache} from '../pdf/cache.js'
import type {OutputFile} from '../write/write.js'
import {version} from '../version.js'

/** What a cached meeting holds. */
export interface CachedMeeting {
  readonly files: readonly OutputFile[]
  readonly pages?: number | undefined
}

/**
 * Every file under `dir` with the hash of its bytes, sorted: an image or PDF that changed changes
 * the key. Content, not times: a fresh CI checkout has new times and the same files.
 */
async function folderState(dir: string): Promise<string> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true}).catch(() => [])
  const lines = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name)
        const bytes = await readFile(file).catch(() => undefined)
        return `${path.relative(dir, file)}\t${bytes ? createHash('sha256').update(bytes).digest('hex') : '-'}`
      })
  )
  return lines.sort().join('\n')
}

/**
 * The cache key of a meeting folder's output under `settings` (editions, outputs, marks): every
 * file in the folder by content, the templates, bundel's version and SOURCE_DATE_EPOCH. It needs
 * no validation, so a build can tell before validating whether Chromium will be needed at all.
 */
export async function meetingKey(dir: string, settings: Readonly<Record<string, unknown>>, templates: string | undefined): Promise<string> {
  const templateTexts = templates ? await Promise.all(['bundel.html', 'bundel.css'].map((name) => readFile(path.join(templates, name), 'utf8').catch(() => ''))) : []
  return RenderCache.key('meeting', version, JSON.stringify(settings), String(process.env.SOURCE_DATE_EPOCH ?? ''), ...templateTexts, await folderState(dir))
}

/** Whether the cache holds an output under `key`. */
export async function hasMeeting(cache: string | false, key: string): Promise<boolean> {
  return cache ? new RenderCache(cache).has(key, 'meeting') : false
}

/** Files in one blob: a JSON header line (paths, sizes, kinds, pages), then the bytes. */
function pack(cached: CachedMeeting): Uint8Array {
  const parts = cached.files.map((file) => (typeof file.data === 'string' ? Buffer.from(file.data) : Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength)))
  const header = Buffer.from(JSON.stringify({pages: cached.pages ?? null, files: cached.files.map((file, index) => ({path: file.path, text: typeof file.data === 'string', size: parts[index]!.byteLength}))}) + '\n')
  return Buffer.concat([header, ...parts])
}

function unpack(blob: Uint8Array): CachedMeeting | undefined {
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)
  const end = bytes.indexOf(0x0a)
  if (end < 0) return undefined
  try {
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as {pages: number | null; files: Array<{path: string; text: boolean; size: number}>}
    let offset = end + 1
    const files = header.files.map((file) => {
      const data = bytes.subarray(offset, offset + file.size)
      offset += file.size
      return {path: file.path, data: file.text ? data.toString('utf8') : new Uint8Array(data)}
    })
    return offset === bytes.byteLength ? {files, pages: header.pages ?? undefined} : undefined
  } catch {
    return undefined
  }
}

export async function cachedMeeting(cache: string | false, key: string): Promise<CachedMeeting | undefined> {
  if (!cache) return undefined
  const blob = await new RenderCache(cache).get(key, 'meeting')
  return blob ? unpack(blob) : undefined
}

export async function keepMeeting(cache: string | false, key: string, made: CachedMeeting): Promise<void> {
  if (cache) await new RenderCache(cache).put(key, pack(made), 'meeting')
}
