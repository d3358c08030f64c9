/**
 * Split a Markdown file into front matter and body.
 *
 * gray-matter finds the delimiters; the YAML itself goes through `yaml` with the YAML 1.2 *failsafe*
 * schema, so every scalar stays the text the secretary wrote: `19:30` is not 1170, `010` is not 8,
 * `2025-01-29` is not a UTC timestamp and `0488 123456` keeps its zero. The schemas decide what a
 * value means. gray-matter would `eval` `---js` front matter even with JavaScript "off" (#2), so both
 * of its JavaScript engines are replaced by one that refuses.
 */
import matter from 'gray-matter'
import {LineCounter, parseDocument, visit, type Document} from 'yaml'
import type {VFile} from 'vfile'
import {report} from '../messages.js'

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

class RefusedEngine extends Error {
  constructor(readonly language: string) {
    super(`front matter language ${language} refused`)
  }
}

const refuse = (language: string) => ({
  parse(): never {
    throw new RefusedEngine(language)
  },
  stringify(): never {
    throw new RefusedEngine(language)
  }
})

/** Parse the front matter of `file` (its `value` is the file's text); problems become messages on it. */
export function parseFrontMatter(file: VFile): FrontMatter {
  let text = String(file.value).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!/^---[^\n]*\n/.test(text) && !/^---[^\n]*$/.test(text)) {
    return {data: undefined, body: text, bodyLine: 1, ok: true}
  }
  // The text after the opening `---` names a language in gray-matter (`---js`, `---toml`). Only
  // YAML is data here: JavaScript is refused as code, anything else as unsupported, never ignored.
  const language = /^---([^\n]*)/.exec(text)![1]!.trim()
  if (language === 'js' || language === 'javascript') {
    report(file, 'front-matter-code', {place: {line: 1}, params: {language}})
    return {data: undefined, body: '', bodyLine: 1, ok: false}
  }
  if (language !== '' && language !== 'yaml' && language !== 'yml' && !language.startsWith('#')) {
    report(file, 'front-matter-language', {place: {line: 1}, params: {language}})
    return {data: undefined, body: '', bodyLine: 1, ok: false}
  }
  if (language.startsWith('#')) text = `---${text.slice(text.indexOf('\n'))}` // `--- # kop`: a YAML comment
  const closing = /\n---[ \t]*(\n|$)/.exec(text.slice(3))
  if (!closing) {
    report(file, 'front-matter-unclosed', {place: {line: 1}})
    return {data: undefined, body: '', bodyLine: 1, ok: false}
  }
  let document: Document.Parsed | undefined
  let lineCounter: LineCounter | undefined
  const yaml = {
    parse(source: string): object {
      lineCounter = new LineCounter()
      document = parseDocument(source, {
        version: '1.2',
        schema: 'failsafe',
        uniqueKeys: true,
        prettyErrors: true,
        lineCounter
      })
      return {}
    }
  }
  let parsed: matter.GrayMatterFile<string>
  try {
    parsed = matter(text, {engines: {yaml, js: refuse('js'), javascript: refuse('javascript')}})
  } catch (error) {
    if (error instanceof RefusedEngine) {
      report(file, 'front-matter-code', {place: {line: 1}, params: {language: error.language}})
      return {data: undefined, body: '', bodyLine: 1, ok: false}
    }
    throw error
  }
  // gray-matter keeps the newline after the opening "---" in `matter`, so YAML line N is file line N.
  const matterLines = parsed.matter.split('\n').length
  const bodyLine = matterLines + 2
  if (!document) return {data: undefined, body: parsed.content, bodyLine, ok: true}
  // Warnings too: an unknown `!tag` would otherwise be dropped without a word.
  const problems = [...document.errors, ...document.warnings]
  if (problems.length > 0) {
    for (const error of problems) {
      const at = error.linePos?.[0]
      const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
      report(file, 'yaml-syntax', {place: at ? {line: at.line, column: at.col} : {line: 1}, params: {detail}})
    }
    return {data: undefined, body: parsed.content, bodyLine, ok: false}
  }
  let data: unknown
  try {
    // A small alias budget: front matter never needs many, and "billion laughs" must not hang us.
    data = document.toJS({maxAliasCount: 50})
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]!
    // Only aliases fail here: point at the first one.
    let place: {line: number; column: number} | undefined
    visit(document, {
      Alias(_key, node) {
        if (!place && node.range && lineCounter) {
          const at = lineCounter.linePos(node.range[0])
          place = {line: at.line, column: at.col}
        }
      }
    })
    report(file, 'yaml-syntax', {place: place ?? {line: 2}, params: {detail}})
    return {data: undefined, body: parsed.content, bodyLine, ok: false}
  }
  return {data: data ?? {}, document, lineCounter, body: parsed.content, bodyLine, ok: true}
}
