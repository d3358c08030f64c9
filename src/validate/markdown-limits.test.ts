/**
 * The limits on a Markdown body (#7), checked on the raw text: each one refused at the line where
 * it is broken, in one message, and the part marked so it is never parsed; text just under each
 * limit is fine.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {localize, type BundelMessage} from '../messages.js'
import type {MarkdownPart} from '../model.js'
import {checkMarkdownLimits, isTooComplex, markdownLimits} from './markdown-limits.js'

/** A body that starts on line 4 of its file, as one after a three-line front matter does. */
function part(markdown: string): MarkdownPart {
  return {markdown, file: new VFile({path: 'content/m/01-a/agendapunt.md'}), line: 4}
}

function check(markdown: string) {
  const body = part(markdown)
  const ok = checkMarkdownLimits(body)
  localize([body.file], 'en')
  const messages = body.file.messages as BundelMessage[]
  return {ok, marked: isTooComplex(body), messages, body}
}

const table = (rows: number, columns: number) => ['| ' + Array.from({length: columns}, (_, i) => `k${i}`).join(' | ') + ' |', '|' + ' --- |'.repeat(columns), ...Array.from({length: rows}, () => '| ' + Array.from({length: columns}, () => 'x').join(' | ') + ' |')].join('\n')

describe('checkMarkdownLimits', () => {
  it('should pass an ordinary memo, and text just under every limit', () => {
    const ordinary = check('# Besluit\n\nHet bestuur **besluit** tot _iets_.\n\n> Citaat\n> > in citaat\n\n- punt\n  - subpunt\n')
    expect(ordinary).toMatchObject({ok: true, marked: false, messages: []})
    expect(check('>'.repeat(markdownLimits.quoteDepth) + ' diep').ok).toBe(true)
    expect(check(' '.repeat(markdownLimits.indent) + 'ver').ok).toBe(true)
    expect(check('*'.repeat(3) + ' x'.repeat(10) + '\n\n' + '_a_ '.repeat(markdownLimits.delimiters / 2)).ok).toBe(true)
    expect(check(table(90, 99)).ok).toBe(true)
  })

  it('should refuse quotes nested too deep, at the line', () => {
    const {ok, marked, messages} = check(`Eerst tekst.\n\n${'> '.repeat(40)}diep\n`)
    expect([ok, marked]).toEqual([false, true])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ruleId: 'markdown-too-complex', line: 6, fatal: true})
    expect(messages[0]!.reason).toBe('Markdown is not used: 40 quote markers (>) in front of one line, more than bundel reads')
    expect(messages[0]!.note).toBe(`quote at most ${markdownLimits.quoteDepth} levels deep`)
  })

  it('should refuse a line indented too far, counting a tab as four spaces', () => {
    const {ok, messages} = check(`- a\n${'\t'.repeat(31)}- te diep\n`)
    expect(ok).toBe(false)
    expect(messages[0]).toMatchObject({line: 5})
    expect(messages[0]!.reason).toBe('Markdown is not used: a line indented 124 spaces (a list nested too deeply), more than bundel reads')
  })

  it('should refuse a paragraph full of emphasis marks, at the paragraph\'s first line', () => {
    const {ok, messages} = check(`Intro.\n\n${'**a '.repeat(1500)}\n${'**b '.repeat(600)}\n`)
    expect(ok).toBe(false)
    expect(messages[0]).toMatchObject({line: 6})
    expect(messages[0]!.reason).toContain(`more than ${markdownLimits.delimiters} * _ \` or [ marks in one paragraph`)
    expect(messages[0]!.note).toBe('check for a paste that went wrong; split the text into paragraphs')
  })

  it('should count marks per paragraph: an empty line starts again', () => {
    const half = '[a '.repeat(1500)
    expect(check(`${half}\n\n${half}\n`).ok).toBe(true)
    expect(check(`${half}\n${half}\n`).ok).toBe(false)
  })

  it('should refuse a table of too many cells, at the table\'s first line', () => {
    const {ok, messages} = check(`Voor de tabel.\n\n${table(200, 60)}\n`)
    expect(ok).toBe(false)
    expect(messages[0]).toMatchObject({line: 6})
    expect(messages[0]!.reason).toBe('Markdown is not used: a table with more than 10,000 cells, more than bundel reads')
    expect(messages[0]!.note).toBe('split the table, or add it as a PDF appendix')
  })

  it('should count cells per table: text between two tables starts again', () => {
    expect(check(`${table(80, 60)}\n\nTussentekst.\n\n${table(80, 60)}\n`).ok).toBe(true)
  })

  it('should report only the first limit broken', () => {
    const {messages} = check(`${'> '.repeat(40)}a\n${' '.repeat(200)}b\n`)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.line).toBe(4)
  })
})
