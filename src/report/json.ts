/** JSON reporter: every message with its known fields plus bundel's `field`, for tools. */
import type {VFile} from 'vfile'
import {sortedMessages, statistics} from './format.js'

/** What a build wrote, for deploy scripts: every file with its size and sha256, and the pages per meeting. */
export interface Manifest {
  readonly written: ReadonlyArray<{readonly path: string; readonly bytes: number; readonly sha256: string}>
  readonly pages: Readonly<Record<string, number>>
}

/** Format the messages of `files` as JSON (one document, pretty-printed), with what was written after a build. */
export function reportJson(files: readonly VFile[], manifest?: Manifest): string {
  const messages = sortedMessages(files).map(({file, message}) => ({
    file,
    line: message.line ?? null,
    column: message.column ?? null,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    field: message.field ?? null,
    reason: message.reason,
    hint: message.note ?? null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    actual: message.actual ?? null,
    url: message.url ?? null,
    cause: message.cause instanceof Error ? message.cause.message : null
  }))
  return JSON.stringify({...statistics(files), messages, ...(manifest ? {written: manifest.written, pages: manifest.pages} : {})}, null, 2) + '\n'
}
