/**
 * The one catalogue of content messages: rule id → severity, reason and hint.
 * Rule ids are permanent (they end up in CI logs, JSON exports and docs links); add, never rename.
 * Reasons say what is wrong, hints say what to do; neither holds the position (the reporter shows it).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules, type Params, type RuleId, type RuleInfo, type Severity} from './catalogue/rules.js'
import type {Lang} from './catalogue/lang.js'

export {rules}
export type {Params, RuleId, Severity}

// Every rule is listed in the README's "Rules and messages"; the id is in the link for search.
const docs = 'https://github.com/bundel/bundel#rules-and-messages:~:text='

/** Where a message points: a line and (optionally) column, 1-based. */
export interface Place {
  readonly line: number
  readonly column?: number | undefined
}

/** Extra fields of a bundel message. */
export interface MessageInput {
  /** YAML path of the field, e.g. `consequenties.financieel` (optional). */
  readonly field?: string | undefined
  /** Position in the file (optional). */
  readonly place?: Place | undefined
  /** Template values. */
  readonly params?: Params | undefined
  /** Another place this message relates to, e.g. "first used here" (optional). */
  readonly cause?: Error | undefined
}

/** A VFileMessage with bundel's `field` (as shown) and what made it (to say it in another language). */
export type BundelMessage = VFileMessage & {
  field?: string | undefined
  /** The field as a path: keys, and list positions counted from 0 (`['bijlagen', 0, 'bestand']`). */
  path?: ReadonlyArray<string | number> | undefined
  params?: Params | undefined
}

/** The field as a person reads it: list positions counted from 1 ("bijlagen, item 1, bestand"). */
export function fieldLabel(path: ReadonlyArray<string | number>, lang: Lang): string {
  let out = ''
  path.forEach((segment, index) => {
    if (typeof segment === 'number') out += `, ${lang === 'nl' ? 'item' : 'entry'} ${segment + 1}`
    else out += index === 0 ? segment : typeof path[index - 1] === 'number' ? `, ${segment}` : `.${segment}`
  })
  return out
}

function toPath(field: string): Array<string | number> {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}

/** Add a catalogued message to `file` (in Dutch; `localize` says it in another language); never throws. */
export function report(file: VFile, ruleId: RuleId, input: MessageInput = {}): BundelMessage {
  const info: RuleInfo = rules[ruleId]
  const params = input.params ?? {}
  const reason = info.reason.nl(params)
  const message = file.message(reason, {
    ruleId,
    source: 'bundel',
    ...(input.place ? {place: {line: input.place.line, column: input.place.column ?? 1}} : {}),
    ...(input.cause ? {cause: input.cause} : {})
  }) as BundelMessage
  // vfile sets column even when we only know the line; keep it only when it is real.
  if (input.place && input.place.column === undefined) message.column = undefined
  message.fatal = info.severity === 'error' ? true : false
  message.path = input.field === undefined ? undefined : toPath(input.field)
  message.field = message.path ? fieldLabel(message.path, 'nl') : undefined
  message.params = params
  if (info.hint) message.note = info.hint.nl(params)
  message.url = docs + ruleId
  if (params.actual !== undefined) message.actual = params.actual
  return message
}

/** Say every bundel message of `files` in `lang` (reason, hint and field); others are left alone. */
export function localize(files: readonly VFile[], lang: Lang): void {
  for (const file of files) {
    for (const message of file.messages as BundelMessage[]) {
      if (message.source !== 'bundel' || !message.ruleId || !(message.ruleId in rules)) continue
      const info: RuleInfo = rules[message.ruleId as RuleId]
      const params = message.params ?? {}
      message.reason = info.reason[lang](params)
      message.message = message.reason
      if (info.hint) message.note = info.hint[lang](params)
      if (message.path) message.field = fieldLabel(message.path, lang)
    }
  }
}

/** Whether any file has an error (or, with `strict`, a warning). */
export function hasFailures(files: readonly VFile[], strict = false): boolean {
  return files.some((file) => file.messages.some((m) => m.fatal === true || (strict && m.fatal === false)))
}
