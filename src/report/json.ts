/** JSON reporter: every message with its known fields plus bundel's `field`, for tools. */
import type {VFile} from 'vfile'
import {sortedMessages, statistics} from './format.js'

/** Format the messages of `files` as JSON (one document, pretty-printed). */
export function reportJson(files: readonly VFile[]): string {
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
  return JSON.stringify({...statistics(files), messages}, null, 2) + '\n'
}
