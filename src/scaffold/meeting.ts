/**
 * `bundel new vergadering` (#4): a meeting folder with `vergadering.md` and the standing items,
 * ready to fill in. Never overwrites: the meeting folder is claimed with a plain `mkdir` (fails
 * when it exists) and every file is written with `wx`.
 */
import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UsageError} from '../errors.js'
import {isRealDate} from '../schema/field.js'
import {code} from './fs.js'
import {oneLine, slug} from './slug.js'
import {meetingText, standingItems, type MeetingFields} from './templates.js'

/** Options of `scaffoldMeeting`. */
export type ScaffoldMeetingOptions = MeetingFields & {
  /** Content folder (absolute); created when missing. */
  readonly content: string
  /** Folder that paths in error messages are relative to (default: `process.cwd()`). */
  readonly cwd?: string | undefined
}

/** What `scaffoldMeeting` created. */
export interface ScaffoldMeetingResult {
  /** Absolute path of the new meeting folder. */
  readonly dir: string
  /** Absolute paths of the files written. */
  readonly files: string[]
}


/** Create `<content>/<datum>-<orgaan>/` with `vergadering.md` and the three standing items. */
export async function scaffoldMeeting(options: Readonly<ScaffoldMeetingOptions>): Promise<ScaffoldMeetingResult> {
  const orgaan = oneLine(options.orgaan)
  const datum = options.datum.trim()
  if (orgaan === '') throw new UsageError('new-empty-orgaan')
  // The same rule the schema applies to `datum`, so a folder made here always passes `check`.
  if (!isRealDate(datum)) {
    throw new UsageError('new-bad-date', {value: options.datum})
  }
  const optional = (value: string | undefined) => {
    const line = value === undefined ? '' : oneLine(value)
    // An empty optional field counts as absent in the format, so leave it out rather than write "tijd: ''".
    return line === '' ? undefined : line
  }
  const text = meetingText({
    orgaan,
    datum,
    organisatie: optional(options.organisatie),
    tijd: optional(options.tijd),
    locatie: optional(options.locatie),
    voorzitter: optional(options.voorzitter),
    secretaris: optional(options.secretaris)
  })

  const name = `${datum}-${slug(orgaan) || 'vergadering'}`
  const dir = path.join(options.content, name)
  const shown = path.relative(options.cwd ?? process.cwd(), options.content) || '.'
  try {
    await mkdir(options.content, {recursive: true})
  } catch (error) {
    throw new UsageError('new-content-fails', {folder: shown, detail: code(error)})
  }
  try {
    await mkdir(dir)
  } catch (error) {
    if (code(error) === 'EEXIST') {
      throw new UsageError('new-meeting-exists', {name, folder: shown})
    }
    throw error
  }

  const files: string[] = []
  try {
    const meetingFile = path.join(dir, 'vergadering.md')
    await writeFile(meetingFile, text, {flag: 'wx'})
    files.push(meetingFile)
    for (const item of standingItems) {
      await mkdir(path.join(dir, item.folder))
      const file = path.join(dir, item.folder, 'agendapunt.md')
      await writeFile(file, item.text, {flag: 'wx'})
      files.push(file)
    }
  } catch (error) {
    // The folder did not exist a moment ago, so everything in it is ours: leave no half meeting.
    await rm(dir, {recursive: true, force: true})
    throw error
  }
  return {dir, files}
}
