/** Shared by the reporters: the messages of all files, sorted by file, line and column. */
import type {VFile} from 'vfile'
import type {BundelMessage} from '../messages.js'

/** A message with the path of its file. */
export interface Located {
  readonly file: string
  readonly message: BundelMessage
}

/** All messages, sorted (file, line, column, reason) so output is stable. */
export function sortedMessages(files: readonly VFile[]): Located[] {
  const all = files.flatMap((file) => file.messages.map((message) => ({file: file.path || message.file || '', message: message as BundelMessage})))
  return all.sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') ||
      (a.message.line ?? 0) - (b.message.line ?? 0) ||
      (a.message.column ?? 0) - (b.message.column ?? 0) ||
      a.message.reason.localeCompare(b.message.reason, 'en')
  )
}

/** Counts of errors and warnings. */
export function statistics(files: readonly VFile[]): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return {errors, warnings}
}

/** `file:line:column` (line and column only when known). */
export function position(item: Located): string {
  const {line, column} = item.message
  return `${item.file}${line ? `:${line}` : ''}${line && column ? `:${column}` : ''}`
}

/**
 * Control characters from the content shown as `\xNN`: a value with ESC could recolour or clear
 * the terminal, and a newline would split the "one line per problem" that CI logs rely on.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
