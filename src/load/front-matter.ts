/**
 * Split a Markdown file into front matter and body.
 *
 * The front matter is the text between an opening `---` line and the first line that is exactly
 * `---` (trailing spaces allowed): a line like `--- nadere informatie ---` inside it does not end
 * it (#7). That split is done here rather than by gray-matter, which ends the front matter at any
 * line that *starts* with `---` and so silently turned the fields after such a line into body
 * text; doing it ourselves also means no front-matter engine exists that could `eval` `---js`.
 *
 * The YAML itself goes through `yaml` with the YAML 1.2 *failsafe* schema, so every scalar stays
 * the text the secretary wrote: `19:30` is not 1170, `010` is not 8, `2025-01-29` is not a UTC
 * timestamp and `0488 123456` keeps its zero. The schemas decide what a value means.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {LineCounter, isScalar, parseDocument, visit, type Document} from 'yaml'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {keepParsed} from '../kept-file.js'
import {touch} from '../cache-folder.js'
import {version} from '../version.js'

/** Limits that keep hostile or runaway front matter fast (#7); documented in the README. */
export const frontMatterLimits = {
  /** Characters of YAML. */
  size: 64 * 1024,
  /** Fields in all, nested ones included. */
  keys: 500
} as const

/** The parsed front matter of one file. */
export interface FrontMatter {
  /** Plain data (strings, arrays, objects), or `undefined` when the file has no front matter. */
  readonly data: unknown
  /** The YAML document, for positions (optional: absent without front matter). */
  readonly document?: Document.Parsed | undefined
  /** Maps offsets in the YAML text to lines; YAML line N is line N of the file. */
  readonly lineCounter?: LineCounter | undefined
  /** The Markdown after the front matter. */
  readonly body: string
  /** 1-based line of the file where `body` starts. */
  readonly bodyLine: number
  /** False when the front matter cannot be used (syntax error, code, unclosed). */
  readonly ok: boolean
}

/**
 * Front matter parsed earlier in this process, by the file's text: `bundel dev` loads every file
 * of the meeting on each save, and parsing the YAML of unchanged files with positions was ~10 ms
 * of a ~60 ms rebuild of the example (#13). Only a parse that said nothing is kept, so a file
 * with a problem is parsed (and told) again; the result is only read downstream.
 */
const earlier = new Map<string, FrontMatter>()
const kept = 1_000

let keptFolder: string | undefined

/**
 * Keep the data of front matter that parsed without a word in `dir`, by the hash of its YAML
 * (#13): on a warm build of the large meeting, parsing the YAML of its 100 files was 60 ms of a
 * 170 ms load, and reading the data back is a few. The positions (for a message a later check
 * places on a field) are parsed only when asked for. False or undefined: parse every time.
 */
export function keepFrontMatter(dir: string | false | undefined): void {
  keptFolder = dir || undefined
}

/** Parse the front matter of `file` (its `value` is the file's text); problems become messages on it. */
export function parseFrontMatter(file: VFile): FrontMatter {
  const text = String(file.value)
  const known = earlier.get(text)
  if (known) return known
  const before = file.messages.length
  const parsed = parseText(file, text)
  if (file.messages.length === before) {
    if (earlier.size >= kept) earlier.delete(earlier.keys().next().value!)
    earlier.set(text, parsed)
  }
  return parsed
}

function parseText(file: VFile, raw: string): FrontMatter {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const opening = /^---([^\n]*)(\n|$)/.exec(text)
  if (!opening) return {data: undefined, body: text, bodyLine: 1, ok: true}
  // The text after the opening `---` names a language elsewhere (`---js`, `---toml`). Only YAML
  // is data here: JavaScript is refused as code, anything else as unsupported, never ignored.
  const language = opening[1]!.trim()
  if (language === 'js' || language === 'javascript') {
    report(file, 'front-matter-code', {place: {line: 1}, params: {language}})
    return {data: undefined, body: '', bodyLine: 1, ok: false}
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml' && !language.startsWith('#')) {
    report(file, 'front-matter-language', {place: {line: 1}, params: {language}})
    return {data: undefined, body: '', bodyLine: 1, ok: false}
  }
  const rest = text.slice(opening[0].length)
  const closing = /^---[ \t]*$/m.exec(rest)
  if (!opening[2] || !closing) {
    report(file, 'front-matter-unclosed', {place: {line: 1}})
    return {data: undefined, body: '', bodyLine: 1, ok: false}
  }
  const yamlText = rest.slice(0, closing.index)
  const afterClosing = closing.index + closing[0].length
  const body = rest.slice(afterClosing + (rest[afterClosing] === '\n' ? 1 : 0))
  // One newline in front (for the opening line) makes YAML line N file line N.
  const source = `\n${yamlText}`
  const bodyLine = source.split('\n').length + 1
  const fail = (place: {line: number; column?: number | undefined}, params: Record<string, string | undefined>): FrontMatter => {
    report(file, 'yaml-syntax', {place, params})
    return {data: undefined, body, bodyLine, ok: false}
  }
  // One mistake, one line at its cause with its fix (#8): the common ones are recognised on the
  // text before YAML sees them, since YAML reports them as their consequences further on.
  const lines = yamlText.split('\n')
  const mistake = commonMistake(lines)
  if (mistake) return fail({line: mistake.index + 2, column: mistake.column}, mistake.params)
  if (yamlText.length > frontMatterLimits.size) {
    return fail({line: 1}, {detail: 'too-long', size: String(Math.round(yamlText.length / 1024)), limit: String(frontMatterLimits.size / 1024)})
  }
  const keptFile = keptFolder && path.join(keptFolder, `${createHash('sha256').update(version).update('\0').update(yamlText).digest('hex')}.json`)
  const keptData = keptFile ? readKept(keptFile) : undefined
  if (keptData) return withLazyPositions({data: keptData.data, body, bodyLine, ok: true}, source)
  const lineCounter = new LineCounter()
  let document: Document.Parsed
  try {
    document = parseYaml(source, lineCounter)
  } catch (error) {
    if (error instanceof RangeError) return fail({line: 2}, {detail: 'nesting'})
    throw error
  }
  // Warnings too: an unknown `!tag` would otherwise be dropped without a word. Only the first
  // problem is reported: the ones after it are nearly always its consequences.
  const first = [...document.errors, ...document.warnings][0]
  if (first) {
    const at = first.linePos?.[0] ?? {line: 1, col: 1}
    const explained = explainYamlError(first.code, first.message, at.line, lines)
    return fail(explained.line ? {line: explained.line, column: explained.column} : {line: at.line, column: at.col}, explained.params)
  }
  // Field names must be plain words, and there must not be thousands of them.
  let keys = 0
  let badKey: {line: number; column: number} | undefined
  visit(document, {
    Pair(_key, pair) {
      keys++
      if (!badKey && pair.key !== null && !isScalar(pair.key)) {
        const at = lineCounter.linePos((pair.key as {range?: [number]}).range?.[0] ?? 0)
        badKey = {line: at.line, column: at.col}
      }
    }
  })
  if (badKey) return fail(badKey, {detail: 'key-not-word'})
  if (keys > frontMatterLimits.keys) return fail({line: 2}, {detail: 'too-many-fields', count: String(keys), limit: String(frontMatterLimits.keys)})
  let data: unknown
  try {
    // A small alias budget: front matter never needs many, and "billion laughs" must not hang us.
    data = document.toJS({maxAliasCount: 50})
  } catch (error) {
    if (error instanceof RangeError) return fail({line: 2}, {detail: 'nesting'})
    // Only aliases fail here: point at the first one.
    let place: {line: number; column: number} | undefined
    let name: string | undefined
    visit(document, {
      Alias(_key, node) {
        if (!place && node.range) {
          const at = lineCounter.linePos(node.range[0])
          place = {line: at.line, column: at.col}
          name = node.source
        }
      }
    })
    return fail(place ?? {line: 2}, {detail: 'alias', text: name})
  }
  if (keptFile) keepParsed(keptFile, JSON.stringify({data: data ?? {}}))
  return {data: data ?? {}, document, lineCounter, body, bodyLine, ok: true}
}

function parseYaml(source: string, lineCounter: LineCounter): Document.Parsed {
  return parseDocument(source, {version: '1.2', schema: 'failsafe', uniqueKeys: true, prettyErrors: true, lineCounter})
}

/** The data kept in `file` (refreshing its time, so pruning keeps it), or undefined when missing or damaged. */
function readKept(file: string): {data: unknown} | undefined {
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (typeof kept !== 'object' || kept === null || !('data' in kept)) return undefined
    touch(file)
    return kept as {data: unknown}
  } catch {
    return undefined
  }
}

/** Front matter whose YAML document and line counter are parsed from `source` on first use. */
function withLazyPositions(front: Pick<FrontMatter, 'data' | 'body' | 'bodyLine' | 'ok'>, source: string): FrontMatter {
  let positions: {document: Document.Parsed; lineCounter: LineCounter} | undefined
  const parsed = () => {
    if (!positions) {
      const lineCounter = new LineCounter()
      positions = {document: parseYaml(source, lineCounter), lineCounter}
    }
    return positions
  }
  return Object.defineProperties({...front} as FrontMatter, {
    document: {get: () => parsed().document, enumerable: true},
    lineCounter: {get: () => parsed().lineCounter, enumerable: true}
  })
}

/** Mistakes recognised on the lines themselves: a separator, a tab, a missing space after `:`. */
function commonMistake(lines: readonly string[]): {index: number; column: number; params: Record<string, string>} | undefined {
  for (const [index, line] of lines.entries()) {
    // `--- nadere informatie ---` would start a second YAML document.
    if (/^(---|\.\.\.)/.test(line)) return {index, column: 1, params: {detail: 'separator', text: line.slice(0, 3), fix: 'separator'}}
    const tab = /^[ ]*\t/.exec(line)
    if (tab) return {index, column: tab[0].length, params: {detail: 'tab', line: String(index + 2), fix: 'tab'}}
    // `titel:Lobby`: a key, a colon and no space. Not `- https://…` or a time in a value.
    const noSpace = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_]*):([^\s:/].*)$/u.exec(line)
    if (noSpace && !/^\s*#/.test(line)) return {index, column: noSpace[1]!.length + noSpace[2]!.length + 2, params: {detail: 'no-space', key: noSpace[2]!, value: noSpace[3]!, fix: 'no-space'}}
  }
  return undefined
}

/** A YAML parser error as the secretary can act on it; `line` when its cause is elsewhere. */
function explainYamlError(code: string, message: string, line: number, lines: readonly string[]): {params: Record<string, string | undefined>; line?: number; column?: number | undefined} {
  const text = lines[line - 2] ?? ''
  const pair = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_]*):\s+(.*)$/u.exec(text)
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && pair && !/^["']/.test(pair[3]!)) {
    return {params: {detail: 'colon-in-value', key: pair[2], value: pair[3]!.replace(/"/g, '\\"'), fix: 'colon-in-value'}}
  }
  if (code === 'DUPLICATE_KEY') return {params: {detail: 'duplicate-key', key: pair?.[2] ?? /^\s*(?:-\s+)?([^:]+):/.exec(text)?.[1]?.trim(), fix: 'duplicate-key'}}
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    // YAML notices at the end; the cause is the line where the value opened its quote.
    let opened = line - 2
    while (opened > 0 && !/:\s+["']/.test(lines[opened] ?? '')) opened--
    const quote = /:\s+["']/.exec(lines[opened] ?? '')
    return {params: {detail: 'unclosed-quote', fix: 'unclosed-quote'}, line: opened + 2, column: quote ? quote.index + quote[0].length : undefined}
  }
  // `titel: [Concept] Lobby` or an unclosed `[`: YAML reads a list (or `{`, a block) there.
  if ((code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(message)) || code === 'UNEXPECTED_TOKEN') {
    let opened = line - 2
    while (opened > 0 && !/:\s+[[{]/.test(lines[opened] ?? '')) opened--
    const at = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_]*):\s+([[{].*)$/u.exec(lines[opened] ?? '')
    if (at) return {params: {detail: 'bracket', key: at[2], text: at[3]!.charAt(0), value: at[3]!.replace(/"/g, '\\"'), fix: 'colon-in-value'}, line: opened + 2, column: at[1]!.length + at[2]!.length + 3}
  }
  if (code === 'BAD_INDENT' || code === 'TAB_AS_INDENT') return {params: {detail: 'indentation'}}
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  return {params: /call stack/i.test(first) ? {detail: 'nesting'} : {detail: 'parser', text: first}}
}
