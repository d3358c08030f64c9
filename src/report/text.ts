/**
 * Text reporter: one line per problem, as CI logs and terminals want it:
 * `content/…/memo.md:4: portefeuillehouder: required field is missing (add "portefeuillehouder: Naam")`.
 * Pure: returns a string; colour is decided by the caller.
 */
import type {VFile} from 'vfile'
import {position, sortedMessages, statistics, visible} from './format.js'
import type {Lang} from '../catalogue/lang.js'
import {ui} from '../catalogue/ui.js'

/** Options of the text reporter. */
export interface TextOptions {
  /** Use ANSI colours (default: false). */
  readonly color?: boolean | undefined
  /** Add rule id, docs link and cause (default: false). */
  readonly verbose?: boolean | undefined
  /** Language of the summary line (default: `nl`; the messages are in the language they were made in). */
  readonly lang?: Lang | undefined
}

/** Format every message of `files`, then a summary line; empty when there is nothing to say. */
export function reportText(files: readonly VFile[], options: TextOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\u001B[${code}m${text}\u001B[${code === '2' ? '22' : '39'}m` : text)
  const lines = sortedMessages(files).map((item) => {
    const {message} = item
    const severity = message.fatal === true ? '' : message.fatal === false ? paint('33', options.lang === 'en' ? 'warning' : 'waarschuwing') + ': ' : 'info: '
    const field = message.field ? `${visible(message.field)}: ` : ''
    const hint = message.note ? ` (${visible(message.note)})` : ''
    let line = `${paint('2', visible(position(item)))}: ${severity}${field}${visible(message.reason)}${hint}`
    if (options.verbose) {
      line += ` [${message.source}:${message.ruleId}] ${message.url ?? ''}`
      if (message.cause instanceof Error) line += `\n    ${message.cause.message}`
    }
    return line
  })
  const {errors, warnings} = statistics(files)
  if (errors + warnings === 0) return ''
  const lang = options.lang ?? 'nl'
  const summary = [errors ? paint('31', ui[lang].summary(errors, 0)) : '', warnings ? paint('33', ui[lang].summary(0, warnings)) : ''].filter(Boolean).join(', ')
  return [...lines, summary].join('\n') + '\n'
}
