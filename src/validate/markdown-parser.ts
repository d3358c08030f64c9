/**
 * The one Markdown parser of bundel (CommonMark and GFM), and how a parsed tree is kept on disk.
 * Shared by validation on the main thread and the parse workers (parse-ahead.ts), so a tree is
 * the same wherever it was parsed.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {threadId} from 'node:worker_threads'

export const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze()

/**
 * Write a tree's JSON to `file`, through a temporary file so a reader never sees half of it. A
 * read-only or full disk only makes the next run slower (#7), so failures are swallowed.
 */
export function keepTree(file: string, json: string): void {
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
