/**
 * Limits on a Markdown body, checked on the raw text before it is parsed (#7). CommonMark parsers
 * take quadratic time or recurse on some inputs that no secretary writes on purpose but a
 * conversion from Word or a paste can produce: 40,000 unclosed `**` took 37 s, a list nested
 * 1,000 deep 62 s, 2,500 `>` overflowed the stack, a 50 × 20,000 table took 3 GB. Each limit is
 * far above what a real memo holds and gives one line naming the place; they are listed in the
 * README.
 */
import type {MarkdownPart} from '../model.js'
import {report} from '../messages.js'
import {formatNumber} from '../catalogue/lang.js'

/** The limits. */
export const markdownLimits = {
  /** Blockquote markers (`>`) in front of one line. */
  quoteDepth: 32,
  /** Columns of indentation in front of a line (a list nested ~30 deep). */
  indent: 120,
  /** Emphasis, code or link delimiters (`*`, `_`, `` ` ``, `[`) in one paragraph. */
  delimiters: 2000,
  /** Cells in one table. */
  tableCells: 10_000
} as const

/** Parts that break a limit: they are not parsed (the build fails on the error anyway). */
const tooComplex = new WeakSet<MarkdownPart>()

/** Whether `part` broke a limit and must not be parsed. */
export function isTooComplex(part: MarkdownPart): boolean {
  return tooComplex.has(part)
}

/** Check `part` against the limits; reports the first problem found and marks the part. */
export function checkMarkdownLimits(part: MarkdownPart): boolean {
  const lines = part.markdown.split('\n')
  const fail = (index: number, code: 'quotes' | 'indent' | 'delimiters' | 'table', values: Record<string, string> = {}) => {
    report(part.file, 'markdown-too-complex', {place: {line: part.line + index}, params: {detail: code, fix: code, ...values}})
    tooComplex.add(part)
    return false
  }
  let delimiters = 0
  let paragraphStart = 0
  let tableStart = -1
  let tableCells = 0
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const quotes = /^[ \t>]*/.exec(line)![0].split('>').length - 1
    if (quotes > markdownLimits.quoteDepth) return fail(index, 'quotes', {count: String(quotes), limit: String(markdownLimits.quoteDepth)})
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
    if (indent > markdownLimits.indent) return fail(index, 'indent', {count: String(indent)})
    if (line.trim() === '') {
      delimiters = 0
      paragraphStart = index + 1
    } else {
      delimiters += (line.match(/[*_`[]+/g) ?? []).length
      if (delimiters > markdownLimits.delimiters) {
        return fail(paragraphStart, 'delimiters', {limit: String(markdownLimits.delimiters)})
      }
    }
    if (line.includes('|')) {
      if (tableStart < 0) {
        tableStart = index
        tableCells = 0
      }
      tableCells += Math.max(1, line.split('|').length - 1)
      if (tableCells > markdownLimits.tableCells) {
        return fail(tableStart, 'table', {limit: formatNumber('en', markdownLimits.tableCells)})
      }
    } else tableStart = -1
  }
  return true
}
