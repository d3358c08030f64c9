/**
 * `bundel new agendapunt` (#4): the next item folder of a meeting, optionally with a memo to fill
 * in, or inserted after item N by renumbering the folders that follow. Folder numbers are the
 * agenda order, so renumbering is a rename of the `NN` prefix only; the rest of each name stays.
 */
import {mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from '../errors.js'
import {itemFolderPattern, listMeetings} from '../load/load.js'
import {suggest} from '../load/suggest.js'
import {code, exists} from './fs.js'
import {oneLine, slug} from './slug.js'
import {itemText, memoText} from './templates.js'

/** Options of `scaffoldItem`. */
export interface ScaffoldItemOptions {
  /** Content folder (absolute). */
  readonly content: string
  /** Meeting folder name, e.g. `2025-03-19-algemeen-bestuur`. */
  readonly meeting: string
  /** Title of the new agenda item. */
  readonly titel: string
  /** Also write `memo.md` (default: false). */
  readonly memo?: boolean | undefined
  /** Insert as item `after + 1` and renumber the items that follow (default: append). */
  readonly after?: number | undefined
  /** Folder that paths in error messages are relative to (default: `process.cwd()`). */
  readonly cwd?: string | undefined
}

/** A folder that was renamed to make room. */
export interface Renamed {
  /** Absolute path before. */
  readonly from: string
  /** Absolute path after. */
  readonly to: string
}

/** What `scaffoldItem` created and renamed. */
export interface ScaffoldItemResult {
  /** Absolute path of the new item folder. */
  readonly dir: string
  /** Absolute paths of the files written. */
  readonly files: string[]
  /** Folders renumbered to make room, in the order they were renamed (highest first). */
  readonly renamed: Renamed[]
}

interface ItemFolder {
  readonly folder: string
  readonly number: number
  /** The name after the number, e.g. `-lobby`. */
  readonly rest: string
  /** Digits of the prefix as written (`01` → 2), kept when renumbering. */
  readonly width: number
}


/** Add an agenda item folder with `agendapunt.md` (and `memo.md`) to a meeting. */
export async function scaffoldItem(options: Readonly<ScaffoldItemOptions>): Promise<ScaffoldItemResult> {
  const titel = oneLine(options.titel)
  if (titel === '') throw new UsageError('new-empty-titel')
  const shownContent = path.relative(options.cwd ?? process.cwd(), options.content) || '.'
  const meetings = await listMeetings(options.content)
  const meeting = path.basename(options.meeting)
  if (!meetings.includes(meeting)) {
    const guess = suggest(meeting, meetings)
    if (meetings.length === 0) throw new UsageError('no-meeting-yet', {folder: shownContent})
    throw new UsageError('meeting-missing', {name: options.meeting, folder: shownContent, suggestion: guess, found: meetings.join(', ')})
  }
  const meetingDir = path.join(options.content, meeting)
  // Agenda order is folder-number order; numbers may have gaps (01, 02, 05).
  const items = (await listItems(meetingDir)).sort((a, b) => a.number - b.number || a.folder.localeCompare(b.folder))
  const highest = Math.max(0, ...items.map((item) => item.number))
  const after = options.after
  if (after !== undefined && (!Number.isInteger(after) || after < 0 || after > items.length)) {
    throw new UsageError('new-after-range', {after: String(after), meeting, count: String(items.length)})
  }
  // --na N: right after the N-th item in agenda order, taking the next folder number.
  const position = after === undefined ? highest + 1 : after === 0 ? 1 : items[after - 1]!.number + 1
  const width = Math.max(2, ...items.map((item) => item.width))
  const name = `${pad(position, width)}-${slug(titel) || 'agendapunt'}`

  // Only the items that would collide move up by one, and only as far as the next gap.
  const shifted: Array<{item: ItemFolder; number: number}> = []
  let taken = position
  for (const item of after === undefined ? [] : items.slice(after)) {
    if (item.number > taken) break
    taken += 1
    shifted.push({item, number: taken})
  }
  // Highest first, so each target name has been vacated before it is used.
  const moves = shifted
    .sort((a, b) => b.number - a.number)
    .map(({item, number}) => ({
      from: path.join(meetingDir, item.folder),
      to: path.join(meetingDir, pad(number, item.width) + item.rest)
    }))
  const moving = new Set(moves.map((move) => move.from))
  for (const target of [...moves.map((move) => move.to), path.join(meetingDir, name)]) {
    // rename() silently replaces an empty folder; refuse up front instead of losing anything.
    if (!moving.has(target) && (await exists(target))) {
      throw new UsageError('new-in-the-way', {path: path.relative(options.cwd ?? process.cwd(), target)})
    }
  }

  const renamed: Renamed[] = []
  const dir = path.join(meetingDir, name)
  const files: string[] = []
  let created = false
  try {
    for (const move of moves) {
      await rename(move.from, move.to)
      renamed.push(move)
    }
    await mkdir(dir)
    created = true
    const agendapunt = path.join(dir, 'agendapunt.md')
    await writeFile(agendapunt, itemText(titel), {flag: 'wx'})
    files.push(agendapunt)
    if (options.memo === true) {
      const memo = path.join(dir, 'memo.md')
      await writeFile(memo, memoText, {flag: 'wx'})
      files.push(memo)
    }
  } catch (error) {
    // Put the meeting back as it was: a half-renumbered agenda is worse than none.
    if (created) await rm(dir, {recursive: true, force: true})
    for (const move of renamed.reverse()) await rename(move.to, move.from)
    if (code(error) === 'EEXIST') throw new UsageError('new-exists', {path: path.relative(options.cwd ?? process.cwd(), dir)})
    throw error
  }
  return {dir, files, renamed}
}

async function listItems(meetingDir: string): Promise<ItemFolder[]> {
  const items: ItemFolder[] = []
  for (const entry of await readdir(meetingDir, {withFileTypes: true})) {
    const match = itemFolderPattern.exec(entry.name)
    if (!entry.isDirectory() || !match) continue
    items.push({folder: entry.name, number: Number(match[1]), rest: match[2]!, width: match[1]!.length})
  }
  return items
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
