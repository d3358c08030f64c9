/**
 * Stage 1, load: read a content folder into files with parsed front matter.
 * Nothing is interpreted here beyond the folder layout; the schemas judge the values.
 */
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from '../messages.js'
import {UsageError} from '../errors.js'
import {parseFrontMatter, type FrontMatter} from './front-matter.js'
import {checkPath} from './safe-path.js'
import {suggest} from './suggest.js'
import {mapLimit} from '../map-limit.js'

/** A Markdown file with its front matter. */
export interface SourceDoc {
  readonly file: VFile
  readonly front: FrontMatter
}

/** An appendix file as found in `bijlagen/`. */
export interface RawAppendix {
  readonly fileName: string
  readonly file: VFile
  readonly kind: 'md' | 'pdf'
  /** The Markdown appendix (`kind: 'md'`). */
  readonly doc?: SourceDoc | undefined
  /** The PDF's bytes (`kind: 'pdf'`), read once per build. */
  readonly bytes?: Uint8Array | undefined
}

/** An agenda item folder. */
export interface RawItem {
  readonly folder: string
  /** Absolute path of the folder. */
  readonly dir: string
  /** Project-relative path of the folder, for messages. */
  readonly relDir: string
  readonly agendapunt?: SourceDoc | undefined
  readonly memo?: SourceDoc | undefined
  readonly appendices: readonly RawAppendix[]
  /** File names present in `bijlagen/` (also the rejected ones), for suggestions. */
  readonly appendixNames: readonly string[]
}

/** A meeting folder. */
export interface RawMeeting {
  /** Folder name, e.g. `2025-01-29-algemeen-bestuur`. */
  readonly id: string
  readonly dir: string
  readonly relDir: string
  readonly vergadering?: SourceDoc | undefined
  readonly items: readonly RawItem[]
  /** Every file a message may land on, in reading order. */
  readonly files: readonly VFile[]
  /** Real path of the content folder: local images must lie inside it. */
  readonly root: string
}

/** Options of `load`. */
export interface LoadOptions {
  /** Folder that paths in messages are relative to. */
  readonly cwd: string
  /** The content folder (absolute). */
  readonly content: string
  /** Meeting folder names to load (optional: all). */
  readonly meetings?: readonly string[] | undefined
}

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp'])

/** Largest Markdown file bundel reads (#7): a memo is a few kilobytes, long minutes ~100 kB. */
export const markdownFileLimit = 1024 * 1024

/** Control characters (a tab, a newline, ESC) in a file name break links and terminal output. */
// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u001f\u007f]/

/** What the missing file would hold, from its folder's name: `02-lobby` → "Lobby". */
function folderExample(rule: 'missing-meeting-file' | 'missing-item-file', folder: string): string | undefined {
  const words = (slug: string) => slug.replace(/[-_]+/g, ' ').trim().replace(/^./, (first) => first.toUpperCase())
  if (rule === 'missing-item-file') return itemFolderPattern.exec(folder) ? words(folder.replace(/^\d+-/, '')) : undefined
  const meeting = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(folder)
  return meeting ? `datum: ${meeting[1]}, orgaan: ${meeting[2]!.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ')}` : undefined
}

/** Report a name with control characters; true when the entry must be skipped. */
function badName(name: string, abs: string, newFile: NewFile): boolean {
  if (!controlCharacter.test(name)) return false
  report(newFile(abs), 'file-name-control', {params: {actual: name}})
  return true
}
/** An agenda item folder: `NN-slug`; group 1 is the order number, group 2 the rest of the name. */
export const itemFolderPattern = /^(\d+)(-[^/\\]+)$/

/** List the meeting folders of a content folder. */
export async function listMeetings(content: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(content, {withFileTypes: true})
  } catch {
    throw new UsageError('content-missing', {folder: content})
  }
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort()
}

/** Load the meetings of a content folder. */
export async function load(options: LoadOptions): Promise<RawMeeting[]> {
  const available = await listMeetings(options.content)
  const wanted = options.meetings && options.meetings.length > 0 ? options.meetings : available
  for (const name of wanted) {
    if (!available.includes(path.basename(name))) {
      const guess = suggest(path.basename(name), available)
      throw new UsageError('meeting-missing', {name, folder: path.relative(options.cwd, options.content) || '.', suggestion: guess, found: available.join(', ') || undefined})
    }
  }
  const realRoot = (await checkPath(options.content, options.content)) as {real: string}
  return Promise.all(wanted.map((name) => loadMeeting(options, realRoot.real, path.basename(name))))
}

async function loadMeeting(options: LoadOptions, realRoot: string, id: string): Promise<RawMeeting> {
  const dir = path.join(options.content, id)
  const relDir = path.relative(options.cwd, dir)
  const files: VFile[] = []
  const makeFile = (abs: string, value?: string) => new VFile({path: path.relative(options.cwd, abs), cwd: options.cwd, ...(value === undefined ? {} : {value})})
  const newFile: NewFile = (abs, value) => {
    const file = makeFile(abs, value)
    files.push(file)
    return file
  }
  if (badName(id, dir, newFile)) return {id, dir, relDir, vergadering: undefined, items: [], files, root: realRoot}
  const meetingFile = path.join(dir, 'vergadering.md')
  const vergadering = await readDoc(realRoot, meetingFile, newFile, 'missing-meeting-file')
  // The entries are read side by side, a few at a time (#13): one after another, a meeting of 50
  // items spent most of its load waiting for the disk. Each keeps its own files, joined in the
  // order of the folder, so messages come in the same order as before.
  const entries = (await readdir(dir, {withFileTypes: true})).filter((entry) => !entry.name.startsWith('.') && entry.name !== 'vergadering.md')
  const loaded = await mapLimit(entries, 8, async (entry) => {
    const own: VFile[] = []
    const newOwnFile: NewFile = (abs, value) => {
      const file = makeFile(abs, value)
      own.push(file)
      return file
    }
    const abs = path.join(dir, entry.name)
    if (badName(entry.name, abs, newOwnFile)) return {own, item: undefined}
    const checked = await checkPath(realRoot, abs)
    let item: RawItem | undefined
    if (checked.kind === 'outside') {
      report(newOwnFile(abs), 'path-outside', {params: {actual: entry.name}})
    } else if (checked.kind === 'directory') {
      if (itemFolderPattern.test(entry.name)) item = await loadItem(realRoot, abs, entry.name, newOwnFile, options.cwd)
      else report(newOwnFile(abs), 'item-folder-name', {params: {actual: entry.name}})
    } else if (!imageExtensions.has(path.extname(entry.name).toLowerCase())) {
      report(newOwnFile(abs), 'unexpected-file', {
        params: {
          actual: entry.name,
          suggestion: suggest(entry.name, ['vergadering.md']),
          expected: 'meeting'
        }
      })
    }
    return {own, item}
  })
  const items: RawItem[] = []
  for (const {own, item} of loaded) {
    files.push(...own)
    if (item) items.push(item)
  }
  // By number, as localeCompare's numeric order has it; the collator only for a tie (a duplicate,
  // reported below): a process's first collation loads ICU's data, 13 ms of every check (#13).
  const orderOf = (item: RawItem) => Number(itemFolderPattern.exec(item.folder)![1])
  items.sort((a, b) => orderOf(a) - orderOf(b) || a.folder.localeCompare(b.folder, 'en', {numeric: true}))
  const byOrder = new Map<number, RawItem>()
  for (const item of items) {
    const order = orderOf(item)
    const other = byOrder.get(order)
    if (other) report(newFile(item.dir), 'duplicate-order', {params: {actual: item.folder, other: other.folder}})
    else byOrder.set(order, item)
  }
  return {id, dir, relDir, vergadering, items, files, root: realRoot}
}

type NewFile = (abs: string, value?: string) => VFile

async function readDoc(
  realRoot: string,
  abs: string,
  newFile: NewFile,
  missingRule?: 'missing-meeting-file' | 'missing-item-file'
): Promise<SourceDoc | undefined> {
  const checked = await checkPath(realRoot, abs)
  if (checked.kind === 'missing') {
    if (missingRule) report(newFile(abs), missingRule, {params: {example: folderExample(missingRule, path.basename(path.dirname(abs)))}})
    return undefined
  }
  if (checked.kind === 'outside') {
    report(newFile(abs), 'path-outside', {params: {actual: path.basename(abs)}})
    return undefined
  }
  if (checked.kind !== 'file') {
    // A folder or a FIFO named memo.md: reading it fails, or waits forever (#7).
    report(newFile(abs), 'not-a-file', {params: {actual: path.basename(abs), detail: checked.kind === 'directory' ? 'folder' : 'special'}})
    return undefined
  }
  if (checked.size > markdownFileLimit) {
    report(newFile(abs), 'file-too-large', {params: {actual: `${Math.round(checked.size / 1024)} kB`, limit: `${markdownFileLimit / 1024} kB`}})
    return undefined
  }
  const bytes = await readFile(checked.real)
  const problem = notUtf8(bytes)
  const file = newFile(abs, new TextDecoder('utf-8').decode(bytes))
  if (problem) {
    report(file, 'not-utf8', {params: {detail: problem}})
    return {file, front: {data: undefined, body: '', bodyLine: 1, ok: false}}
  }
  return {file, front: parseFrontMatter(file)}
}

/** Why `bytes` are not UTF-8 text (a detail code), or undefined when they are. */
function notUtf8(bytes: Uint8Array): 'utf16' | 'latin1' | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'utf16'
  try {
    new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    return undefined
  } catch {
    return 'latin1'
  }
}

async function loadItem(realRoot: string, dir: string, folder: string, newFile: NewFile, cwd: string): Promise<RawItem> {
  const agendapunt = await readDoc(realRoot, path.join(dir, 'agendapunt.md'), newFile, 'missing-item-file')
  const memoPath = path.join(dir, 'memo.md')
  const memo = (await checkPath(realRoot, memoPath)).kind === 'missing' ? undefined : await readDoc(realRoot, memoPath, newFile)
  const appendices: RawAppendix[] = []
  const appendixNames: string[] = []
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const name = entry.name
    if (name.startsWith('.') || name === 'agendapunt.md' || name === 'memo.md' || name === 'bijlagen') continue
    if (badName(name, path.join(dir, name), newFile)) continue
    if (imageExtensions.has(path.extname(name).toLowerCase())) continue
    report(newFile(path.join(dir, name)), 'unexpected-file', {
      params: {
        actual: name,
        suggestion: suggest(name, ['agendapunt.md', 'memo.md', 'bijlagen']),
        expected: 'item'
      }
    })
  }
  const appendixDir = path.join(dir, 'bijlagen')
  const checkedDir = await checkPath(realRoot, appendixDir)
  if (checkedDir.kind === 'outside') report(newFile(appendixDir), 'path-outside', {params: {actual: 'bijlagen'}})
  if (checkedDir.kind === 'file' || checkedDir.kind === 'other') {
    // `cp brief.pdf 04-x/bijlagen` before the folder exists makes a file: an appendix would vanish.
    report(newFile(appendixDir), 'unexpected-file', {params: {actual: 'bijlagen', expected: 'bijlagen-file'}})
  }
  if (checkedDir.kind === 'directory') {
    const names = (await readdir(appendixDir)).filter((n) => !n.startsWith('.') && !badName(n, path.join(appendixDir, n), newFile)).sort()
    appendixNames.push(...names)
    // `08-Brief.pdf` and `08-brief.pdf` are two files here, one on macOS and Windows.
    const byLower = new Map<string, string>()
    for (const name of names) {
      const other = byLower.get(name.toLowerCase())
      if (other) report(newFile(path.join(appendixDir, name)), 'file-name-case', {params: {actual: name, other}})
      else byLower.set(name.toLowerCase(), name)
    }
    for (const name of names) {
      const appendix = await loadAppendix(realRoot, path.join(appendixDir, name), name, newFile)
      if (appendix) appendices.push(appendix)
    }
  }
  return {folder, dir, relDir: path.relative(cwd, dir), agendapunt, memo, appendices, appendixNames}
}

async function loadAppendix(realRoot: string, abs: string, name: string, newFile: NewFile): Promise<RawAppendix | undefined> {
  const checked = await checkPath(realRoot, abs)
  const ext = path.extname(name).toLowerCase()
  if (checked.kind === 'outside') {
    report(newFile(abs), 'path-outside', {params: {actual: name}})
    return undefined
  }
  if (checked.kind === 'missing') {
    report(newFile(abs), 'appendix-missing', {params: {actual: name}})
    return undefined
  }
  if (checked.kind !== 'file' || (ext !== '.md' && ext !== '.pdf')) {
    report(newFile(abs), 'appendix-type', {params: {actual: name}})
    return undefined
  }
  if (ext === '.md') {
    const doc = await readDoc(realRoot, abs, newFile)
    if (!doc) return undefined
    if (String(doc.file.value).trim() === '') report(doc.file, 'appendix-empty')
    return {fileName: name, file: doc.file, kind: 'md', doc}
  }
  const bytes = new Uint8Array(await readFile(checked.real))
  const file = newFile(abs)
  if (bytes.byteLength === 0) report(file, 'appendix-empty')
  return {fileName: name, file, kind: 'pdf', bytes}
}
