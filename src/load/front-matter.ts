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
import {LineCounter, isScalar, parseDocument, visit, type Document} from 'yaml'
import type {VFile} from 'vfile'
import {report} from '../messages.js'

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

/** Parse the front matter of `file` (its `value` is the file's text); problems become messages on it. */
export function parseFrontMatter(file: VFile): FrontMatter {
  const text = String(file.value).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
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
  const fail = (place: {line: number; column?: number}, detail: string, fix?: string): FrontMatter => {
    report(file, 'yaml-syntax', {place, params: {detail, fix}})
    return {data: undefined, body, bodyLine, ok: false}
  }
  // `--- nadere informatie ---` would start a second YAML document: say where, and what to do.
  const separator = yamlText.split('\n').findIndex((line) => /^(---|\.\.\.)/.test(line))
  if (separator >= 0) {
    return fail(
      {line: separator + 2, column: 1},
      `a line starting with "${yamlText.split('\n')[separator]!.slice(0, 3)}" inside the front matter would end it here`,
      'remove the line, or put "#" in front of it to make it a comment; the front matter ends at a line that is exactly "---"'
    )
  }
  if (yamlText.length > frontMatterLimits.size) {
    return fail({line: 1}, `it is ${Math.round(yamlText.length / 1024)} kB long, more than the ${frontMatterLimits.size / 1024} kB bundel reads`)
  }
  const lineCounter = new LineCounter()
  let document: Document.Parsed
  try {
    document = parseDocument(source, {version: '1.2', schema: 'failsafe', uniqueKeys: true, prettyErrors: true, lineCounter})
  } catch (error) {
    if (error instanceof RangeError) return fail({line: 2}, 'it is nested too deeply')
    throw error
  }
  // Warnings too: an unknown `!tag` would otherwise be dropped without a word.
  const problems = [...document.errors, ...document.warnings]
  if (problems.length > 0) {
    for (const error of problems) {
      const at = error.linePos?.[0]
      const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      const detail = /call stack/i.test(first) ? 'it is nested too deeply' : first
      report(file, 'yaml-syntax', {place: at ? {line: at.line, column: at.col} : {line: 1}, params: {detail}})
    }
    return {data: undefined, body, bodyLine, ok: false}
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
  if (badKey) return fail(badKey, 'a field name must be a word, not a list or a block')
  if (keys > frontMatterLimits.keys) return fail({line: 2}, `it has ${keys} fields, more than the ${frontMatterLimits.keys} bundel reads`)
  let data: unknown
  try {
    // A small alias budget: front matter never needs many, and "billion laughs" must not hang us.
    data = document.toJS({maxAliasCount: 50})
  } catch (error) {
    if (error instanceof RangeError) return fail({line: 2}, 'it is nested too deeply')
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!
    // Only aliases fail here: point at the first one.
    let place: {line: number; column: number} | undefined
    visit(document, {
      Alias(_key, node) {
        if (!place && node.range) {
          const at = lineCounter.linePos(node.range[0])
          place = {line: at.line, column: at.col}
        }
      }
    })
    return fail(place ?? {line: 2}, detail)
  }
  return {data: data ?? {}, document, lineCounter, body, bodyLine, ok: true}
}
