/**
 * The one catalogue of content messages: rule id → severity, reason and hint.
 * Rule ids are permanent (they end up in CI logs, JSON exports and docs links); add, never rename.
 * Reasons say what is wrong, hints say what to do; neither holds the position (the reporter shows it).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** Values a message template may use. */
export type Params = Readonly<Record<string, string | undefined>>

/** How bad a rule's messages are. */
export type Severity = 'error' | 'warning'

interface RuleInfo {
  readonly severity: Severity
  readonly reason: (p: Params) => string
  readonly hint?: (p: Params) => string
}

const activeNames: Record<string, [string, string]> = {
  javascript: ['a JavaScript action', 'JavaScript actions'],
  launch: ['an action that starts a program', 'actions that start a program'],
  submit: ['a form action that sends or resets data', 'form actions that send or reset data'],
  remote: ['a link to another file or network share', 'links to other files or network shares'],
  attachment: ['a file attachment', 'file attachments'],
  media: ['a multimedia element', 'multimedia elements'],
  'unsafe-link': ['a link with an address that is not a web page or e-mail address', 'links with addresses that are not web pages or e-mail addresses'],
  'other-action': ['an automatic action', 'automatic actions'],
  'embedded-files': ['an embedded file', 'embedded files'],
  xfa: ['an XFA form', 'XFA forms']
}

/** "page 3 is", "pages 1, 2 and 5 are". */
function pageList(pages: string | undefined): string {
  const list = (pages ?? '').split(',').filter(Boolean)
  if (list.length === 1) return `page ${list[0]} is`
  return `pages ${list.slice(0, -1).join(', ')} and ${list.at(-1)} are`
}

/** "3 JavaScript actions were removed from pages 1, 2 and 5". */
function activeContent(p: Params): string {
  const count = Number(p.count ?? '1')
  const [one, many] = activeNames[p.kind ?? ''] ?? ['active content', 'active content']
  const pages = (p.pages ?? '').split(',').filter(Boolean)
  const what = count === 1 ? one : `${count} ${many}`
  const where = pages.length === 0 ? '' : pages.length === 1 ? ` from page ${pages[0]}` : ` from pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)}`
  return `${what} ${count === 1 ? 'was' : 'were'} removed${where}`
}

// Every rule is listed in the README's "Rules and messages"; the id is in the link for search.
const docs = 'https://github.com/bundel/bundel#rules-and-messages:~:text='

export const rules = {
  'yaml-syntax': {
    severity: 'error',
    reason: (p) => `front matter is not valid YAML: ${p.detail}`,
    hint: (p) => p.fix ?? 'check the indentation, the colon after each field and the quotes'
  },
  'front-matter-code': {
    severity: 'error',
    reason: (p) => `front matter in \`${p.language}\` is code, and bundel never runs code`,
    hint: () => 'write the front matter as YAML, opened by a plain "---" line'
  },
  'front-matter-language': {
    severity: 'error',
    reason: (p) => `front matter in \`${p.language}\` is not supported`,
    hint: () => 'write the front matter as YAML, opened by a plain "---" line'
  },
  'not-utf8': {
    severity: 'error',
    reason: (p) => `file is not UTF-8 text (${p.detail}); letters like é would be garbled`,
    hint: () => 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)'
  },
  'duplicate-order': {
    severity: 'error',
    reason: (p) => `folder \`${p.actual}\` has the same order number as \`${p.other}\`, so their order is unclear`,
    hint: () => 'give each item folder its own number prefix (01-, 02-, …)'
  },
  'duplicate-appendix-entry': {
    severity: 'error',
    reason: (p) => `\`${p.actual}\` is listed twice under \`bijlagen\``,
    hint: () => 'keep one entry per file'
  },
  'front-matter-shape': {
    severity: 'error',
    reason: () => 'front matter is not a list of "field: value" lines',
    hint: () => 'write one "field: value" per line between the two "---" lines'
  },
  'front-matter-unclosed': {
    severity: 'error',
    reason: () => 'front matter is opened by "---" but never closed',
    hint: () => 'add a "---" line after the last field'
  },
  'missing-field': {
    severity: 'error',
    reason: () => 'required field is missing',
    hint: (p) => `add "${p.key}: ${p.example ?? '…'}"`
  },
  'empty-field': {
    severity: 'error',
    reason: () => 'required field is empty',
    hint: (p) => `fill it in, e.g. "${p.key}: ${p.example ?? '…'}"`
  },
  'unknown-field': {
    severity: 'error',
    reason: (p) => `unknown field \`${p.key}\`, it would be ignored`,
    hint: (p) =>
      p.suggestion ? `did you mean \`${p.suggestion}\`?` : `remove it, or use one of: ${p.known}`
  },
  'invalid-type': {
    severity: 'error',
    reason: (p) => `expected ${p.expected}, received ${p.received}`,
    hint: (p) => p.fix ?? `write it as ${p.expected}`
  },
  'invalid-date': {
    severity: 'error',
    reason: (p) => `expected a date as YYYY-MM-DD, received \`${p.actual}\``,
    hint: () => 'write a real date, e.g. "2025-01-29"'
  },
  'invalid-boolean': {
    severity: 'error',
    reason: (p) => `expected \`true\` or \`false\`, received \`${p.actual}\``,
    hint: () => 'write true or false (without quotes)'
  },
  'invalid-value': {
    severity: 'error',
    reason: (p) => `expected ${p.expected}, received \`${p.actual}\``,
    hint: (p) => `write ${p.expected}`
  },
  'minutes-only': {
    severity: 'error',
    reason: (p) => `\`${p.key}\` is only used for minutes`,
    hint: () => 'add "soort: verslag" if this appendix is minutes, or remove the field'
  },
  'not-a-pdf-entry': {
    severity: 'error',
    reason: (p) => `\`${p.actual}\` is a Markdown appendix; its title comes from its own \`titel\``,
    hint: () => 'remove this entry; "bijlagen" here only titles PDF appendices'
  },
  'placeholder': {
    severity: 'error',
    reason: (p) => `still holds the placeholder \`${p.actual}\``,
    hint: () => 'replace the text between « and » with the real value'
  },
  'missing-meeting-file': {
    severity: 'error',
    reason: () => 'meeting folder has no `vergadering.md`',
    hint: () => 'create vergadering.md with at least "orgaan:" and "datum:"'
  },
  'missing-item-file': {
    severity: 'error',
    reason: () => 'agenda item folder has no `agendapunt.md`',
    hint: () => 'create agendapunt.md with at least "titel:"'
  },
  'no-items': {
    severity: 'error',
    reason: () => 'meeting has no agenda items',
    hint: () => 'add a folder per item, e.g. "01-opening/agendapunt.md"'
  },
  'item-folder-name': {
    severity: 'error',
    reason: (p) => `folder \`${p.actual}\` is not an agenda item folder`,
    hint: () => 'name item folders "NN-slug", e.g. "02-lobby"'
  },
  'unexpected-file': {
    severity: 'error',
    reason: (p) => `unexpected file \`${p.actual}\`, it would be left out of the bundle`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : `${p.expected}`)
  },
  'duplicate-number': {
    severity: 'error',
    reason: (p) => `agenda number \`${p.actual}\` is also used by ${p.other}`,
    hint: () => 'give each item its own "nummer", or remove "nummer" to number by position'
  },
  'appendix-missing': {
    severity: 'error',
    reason: (p) => `appendix \`${p.actual}\` does not exist in ${p.folder}`,
    hint: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : 'check the file name, or add the file')
  },
  'appendix-empty': {
    severity: 'error',
    reason: () => 'appendix file is empty',
    hint: () => 'add its content, or remove the file'
  },
  'appendix-type': {
    severity: 'error',
    reason: (p) => `appendix \`${p.actual}\` is not a .md or .pdf file`,
    hint: () => 'convert it to PDF (or Markdown) first'
  },
  'path-outside': {
    severity: 'error',
    reason: (p) => `\`${p.actual}\` points outside the content folder`,
    hint: () => 'put the file inside the item\'s bijlagen/ folder and name only the file'
  },
  'path-not-name': {
    severity: 'error',
    reason: (p) => `\`${p.actual}\` is a path, expected a file name inside bijlagen/`,
    hint: (p) => `write only the file name, e.g. "${p.suggestion ?? '01-brief.pdf'}"`
  },
  'pdf-unreadable': {
    severity: 'error',
    reason: (p) => `appendix is not a readable PDF (${p.detail}); its pages would be lost`,
    hint: () => 'export the document to PDF again, or replace the file'
  },
  'pdf-oversized': {
    severity: 'error',
    reason: (p) => `appendix PDF is not used: ${p.detail}, which no reader can handle safely`,
    hint: () => 'the file looks damaged or made to crash readers; ask the sender for a new copy, or print it to PDF again'
  },
  'pdf-encrypted': {
    severity: 'error',
    reason: () => 'appendix PDF opens only with a password, so its pages cannot be merged',
    hint: () => 'ask the sender for an unprotected copy'
  },
  'pdf-no-pages': {
    severity: 'error',
    reason: () => 'appendix PDF has no pages',
    hint: () => 'export the document to PDF again, or replace the file'
  },
  'pdf-form': {
    severity: 'warning',
    reason: (p) => `appendix PDF has ${p.actual} form field(s); in the bundle they show what is filled in but cannot be edited`,
    hint: () => 'fill in the form before adding it, or link the original separately'
  },
  'pdf-active-content': {
    severity: 'warning',
    reason: (p) => activeContent(p),
    hint: () => 'the bundle carries nothing that runs, opens files or sends data; send the original separately if it is needed'
  },
  'pdf-page-small': {
    severity: 'warning',
    reason: (p) => `${pageList(p.pages)} too small for the footer band (${p.sizes}); merged as they are, without page number`,
    hint: () => 'export the document again with a normal page size, if these pages matter'
  },
  'vague-consequences': {
    severity: 'warning',
    reason: (p) => `only says \`${p.actual}\`; the board reads the consequences here`,
    hint: () => 'summarise the consequences, or write "n.v.t." or "geen" when there are none'
  },
  'remote-image': {
    severity: 'warning',
    reason: (p) => `remote image \`${p.actual}\` is left out: the bundle makes no network requests`,
    hint: () => 'save the image next to the Markdown file and link it by its relative path'
  },
  'image-missing': {
    severity: 'error',
    reason: (p) => `image \`${p.actual}\` cannot be used (${p.detail})`,
    hint: () => 'use a .png, .jpg, .gif or .webp file inside the content folder'
  },
  'not-a-file': {
    severity: 'error',
    reason: (p) => `\`${p.actual}\` is ${p.detail}, not a file`,
    hint: () => 'make it a Markdown file, or remove it'
  },
  'file-too-large': {
    severity: 'error',
    reason: (p) => `file is ${p.actual}, more than the ${p.limit} bundel reads for one Markdown file`,
    hint: () => 'split it into several appendices, or make the large part a PDF appendix'
  },
  'file-name-control': {
    severity: 'error',
    reason: (p) => `file name \`${p.actual}\` holds a control character (a tab, a line break or similar)`,
    hint: () => 'rename the file using letters, digits, dashes and dots'
  },
  'file-name-case': {
    severity: 'warning',
    reason: (p) => `\`${p.actual}\` differs from \`${p.other}\` only in capitals; on macOS and Windows they are the same file`,
    hint: () => 'give the two files different names'
  },
  'markdown-too-complex': {
    severity: 'error',
    reason: (p) => `Markdown is not used: ${p.detail}, more than bundel reads`,
    hint: (p) => p.fix ?? 'simplify the text'
  },
  'raw-html': {
    severity: 'warning',
    reason: (p) => (p.lost ? `raw HTML \`${p.actual}\` is left out of the bundle, and so ${p.lost}` : `raw HTML \`${p.actual}\` is left out of the bundle`),
    hint: (p) => (p.lost ? 'put an empty line after the HTML, or write it as Markdown' : 'write it as Markdown: the bundle shows no HTML')
  },
  'image-too-large': {
    severity: 'error',
    reason: (p) => `image \`${p.actual}\` is too large to embed: ${p.detail}`,
    hint: () => 'save a smaller copy (about 2,000 pixels wide is plenty for print) and use that'
  },
  'no-meetings': {
    severity: 'error',
    reason: (p) => `no meeting folder found${p.detail ? ` (${p.detail})` : ''}`,
    hint: () => 'create content/<datum>-<orgaan>/vergadering.md, or run "bundel new vergadering"'
  },
  'render-failed': {
    severity: 'error',
    reason: (p) => `could not make the PDF: ${p.detail}`,
    hint: (p) => p.fix ?? 'run the build again; if it keeps failing, report it with --verbose output'
  }
} as const satisfies Record<string, RuleInfo>

/** A permanent rule id. */
export type RuleId = keyof typeof rules

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

/** A VFileMessage with bundel's `field`. */
export type BundelMessage = VFileMessage & {field?: string | undefined}

/** Add a catalogued message to `file`; never throws. */
export function report(file: VFile, ruleId: RuleId, input: MessageInput = {}): BundelMessage {
  const info: RuleInfo = rules[ruleId]
  const params = input.params ?? {}
  // The same text may be rendered twice (an item's notes in the agenda and in its section): say it once.
  const reason = info.reason(params)
  const same = file.messages.find(
    (m) => m.ruleId === ruleId && m.reason === reason && m.line === (input.place?.line ?? undefined) && (m as BundelMessage).field === input.field
  )
  if (same) return same as BundelMessage
  const message = file.message(reason, {
    ruleId,
    source: 'bundel',
    ...(input.place ? {place: {line: input.place.line, column: input.place.column ?? 1}} : {}),
    ...(input.cause ? {cause: input.cause} : {})
  }) as BundelMessage
  // vfile sets column even when we only know the line; keep it only when it is real.
  if (input.place && input.place.column === undefined) message.column = undefined
  message.fatal = info.severity === 'error' ? true : false
  message.field = input.field
  if (info.hint) message.note = info.hint(params)
  message.url = docs + ruleId
  if (params.actual !== undefined) message.actual = params.actual
  return message
}

/** Whether any file has an error (or, with `strict`, a warning). */
export function hasFailures(files: readonly VFile[], strict = false): boolean {
  return files.some((file) => file.messages.some((m) => m.fatal === true || (strict && m.fatal === false)))
}
