/**
 * How what was parsed is kept on disk, by its text's hash: Markdown trees (validation and its parse
 * workers alike) and front matter (load).
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {threadId} from 'node:worker_threads'

/**
 * Write the JSON of what was parsed to `file`, through a temporary file so a reader never sees
 * half of it. A read-only or full disk only makes the next run slower (#7), so failures are swallowed.
 */
export function keepParsed(file: string, json: string): void {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`
  try {
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(temporary, json)
    renameSync(temporary, file)
  } catch {
    try {
      rmSync(temporary, {force: true})
    } catch {
      // There was no folder to write in.
    }
  }
}
