/**
 * A PDF appendix is read once and judged (#2, #3, #7, #8, #14): real files from the corpus (made by
 * Chromium, LibreOffice, Ghostscript, pdf-lib, qpdf) and damaged ones, each with the messages a
 * secretary sees; a reading is kept per file content, so the same bytes under another name are
 * not parsed again.
 */
import {createHash} from 'node:crypto'
import {readFileSync, readdirSync} from 'node:fs'
import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PDFDocument} from 'pdf-lib'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {localize, type BundelMessage} from '../messages.js'
import {makePdf} from '../test-util/fixture.js'
import {checkPdf, keepPdfChecks, loadPdf, pdfOf, preloadPdfs} from './check-pdf.js'

const corpus = path.join(import.meta.dirname, '..', '__fixtures__', 'corpus')
const corpusFile = (name: string) => new Uint8Array(readFileSync(path.join(corpus, name)))
const text = (source: string) => new TextEncoder().encode(source)

/** Check `bytes` as appendix `fileName`; the appendix and the messages as [rule, params, severity]. */
async function check(bytes: Uint8Array, fileName = 'bijlage.pdf', title = 'Bijlage') {
  const file = new VFile({path: `content/m/01-a/bijlagen/${fileName}`})
  const appendix = await checkPdf({fileName, file, kind: 'pdf', bytes}, title)
  const messages = (file.messages as BundelMessage[]).map((message) => [message.ruleId, message.params, message.fatal ? 'error' : 'warning'] as const)
  return {appendix, file, messages}
}

/** A minimal PDF written by hand: `objects` numbered from 1, catalog first, with a trailer and EOF. */
function handMade(objects: string[], trailer = '/Root 1 0 R'): Uint8Array {
  const body = objects.map((object, index) => `${index + 1} 0 obj ${object} endobj`).join('\n')
  return text(`%PDF-1.7\n${body}\ntrailer << ${trailer} >>\n%%EOF\n`)
}

describe('checkPdf on well-made and flawed real files', () => {
  it('should accept a tagged PDF with embedded fonts without a word', async () => {
    const bytes = corpusFile('chromium-tagged.pdf')
    const {appendix, messages, file} = await check(bytes, '01-brief.pdf', 'Brief van de minister')
    expect(messages).toEqual([])
    expect(appendix).toMatchObject({kind: 'pdf', pageCount: 4, fileName: '01-brief.pdf', title: 'Brief van de minister', hash: createHash('sha256').update(bytes).digest('hex')})
    expect(appendix!.file).toBe(file)
    expect(appendix!.pdf!.getPageCount()).toBe(4)
  })

  it('should warn that an untagged letter cannot be read out, and still use it', async () => {
    const {appendix, messages} = await check(corpusFile('chromium-brief.pdf'))
    expect(messages).toEqual([['pdf-untagged', {}, 'warning']])
    expect(appendix?.pageCount).toBe(2)
  })

  it('should warn about form fields and fonts that are not embedded', async () => {
    const {appendix, messages} = await check(corpusFile('libreoffice-form.pdf'))
    expect(messages).toEqual([
      ['pdf-fonts', {actual: 'Helvetica'}, 'warning'],
      ['pdf-untagged', {}, 'warning'],
      ['pdf-form', {actual: '3'}, 'warning']
    ])
    expect(appendix?.pageCount).toBe(1)
  })

  it('should warn that a scan has no text at all', async () => {
    const {messages} = await check(corpusFile('scan.pdf'))
    expect(messages).toContainEqual(['pdf-no-text', {pages: 'all'}, 'warning'])
  })

  it('should name the pages without text when only some have none', async () => {
    // Two pages of text, then a page that only shows a picture, as a scanned page does.
    const pdf = await PDFDocument.load(await makePdf(2))
    const picture = await pdf.embedPng(readFileSync(path.join(import.meta.dirname, '..', '__fixtures__', 'images', 'gradient.png')))
    pdf.addPage([595.28, 841.89]).drawImage(picture, {x: 50, y: 50, width: 301, height: 17})
    const {messages, appendix} = await check(await pdf.save())
    expect(messages).toContainEqual(['pdf-no-text', {pages: '3'}, 'warning'])
    expect(appendix?.pageCount).toBe(3)
    const {file} = await check(await pdf.save(), 'kopie.pdf')
    localize([file], 'en')
    expect(file.messages.map((message) => message.reason)).toContainEqual(expect.stringContaining('page 3'))
  })

  it('should name pages too small for the footer, with their sizes', async () => {
    const {messages, appendix} = await check(corpusFile('degenerate-boxes.pdf'))
    expect(messages).toContainEqual(['pdf-page-small', {pages: '1,2', sizes: '0 × 0 pt, 595.3 × 9.4 pt'}, 'warning'])
    expect(appendix?.pageCount).toBe(3)
  })

  it('should remove active content and say what went from which pages', async () => {
    const {messages, appendix} = await check(corpusFile('hostile.pdf'))
    const removed = messages.filter(([rule]) => rule === 'pdf-active-content').map(([, params]) => params!.kind)
    expect(removed).toEqual(expect.arrayContaining(['javascript', 'launch', 'attachment']))
    expect(messages).toContainEqual(['pdf-active-content', {kind: 'javascript', count: '6', pages: '1,2'}, 'warning'])
    expect(appendix?.pageCount).toBe(2)
  })

  it('should open a file with only an owner password, as every reader does', async () => {
    const {appendix, messages} = await check(corpusFile('owner-password.pdf'))
    expect(appendix?.pageCount).toBe(1)
    expect(messages.map(([rule]) => rule)).not.toContain('pdf-encrypted')
  })

  it('should refuse a file that needs a password to open', async () => {
    const {appendix, messages} = await check(corpusFile('user-password.pdf'))
    expect(appendix).toBeUndefined()
    expect(messages).toEqual([['pdf-encrypted', {}, 'error']])
  })
})

describe('checkPdf on files it cannot use', () => {
  it('should give nothing, and say nothing, for an empty file (load reports it)', async () => {
    expect(await check(new Uint8Array())).toMatchObject({appendix: undefined, messages: []})
  })

  it.each([
    ['no PDF header', text('Dit is een Word-bestand'), {detail: 'no-header'}],
    ['a file cut off before its end', corpusFile('chromium-brief.pdf').subarray(0, 4000), {detail: 'cut-off'}],
    ['a dictionary that is never closed', text('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R \n%%EOF\n'), {detail: 'damaged'}],
    ['a stream longer than the file', text('%PDF-1.7\n1 0 obj << /Length 999999 >> stream\nabc\n%%EOF\n'), {detail: 'damaged'}],
    ['an encryption bundel does not know', handMade(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Filter /FancyCrypt /V 1 >>'], '/Root 1 0 R /Encrypt 3 0 R'), {detail: 'encryption-unknown', text: '/FancyCrypt'}]
  ])('should call a PDF with %s unreadable', async (_name, bytes, params) => {
    const {appendix, messages} = await check(bytes)
    expect(appendix).toBeUndefined()
    expect(messages).toEqual([['pdf-unreadable', params, 'error']])
  })

  it('should say in the user\'s language which encryption it is', async () => {
    const {file} = await check(handMade(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Filter /OtherCrypt /V 1 >>'], '/Root 1 0 R /Encrypt 3 0 R'))
    localize([file], 'en')
    expect(file.messages[0]!.reason).toBe('appendix is not a readable PDF (it is encrypted with /OtherCrypt (a certificate or a special program)); its pages would be lost')
  })

  it('should call a broken page tree unreadable, in words, not the parser\'s', async () => {
    const {appendix, messages} = await check(handMade(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids 7 /Count 1 >>']))
    expect(appendix).toBeUndefined()
    expect(messages).toHaveLength(1)
    expect(messages[0]![0]).toBe('pdf-unreadable')
    expect(messages[0]![1]).toMatchObject({detail: 'page-tree'})
    // Not "Expected instance of PDFArray, but got instance of PDFNumber".
    expect(messages[0]![1]!.text).toBeUndefined()
  })

  it('should refuse a PDF without pages', async () => {
    const empty = await PDFDocument.create()
    const {appendix, messages} = await check(await empty.save({addDefaultPage: false}))
    expect(appendix).toBeUndefined()
    expect(messages).toEqual([['pdf-no-pages', {}, 'error']])
  })
})

describe('readings kept per file content', () => {
  it('should give the same bytes under another name the same messages, without reading them again', async () => {
    const bytes = corpusFile('pdflib-form.pdf')
    const first = await check(bytes, '01-aanvraag.pdf', 'Aanvraag')
    const second = await check(bytes.slice(), '03-kopie.pdf', 'Kopie van de aanvraag')
    expect(second.messages).toEqual(first.messages)
    expect(second.messages.map(([rule]) => rule)).toEqual(['pdf-fonts', 'pdf-untagged', 'pdf-form'])
    // Each file gets messages of its own.
    expect(second.file.messages[0]).not.toBe(first.file.messages[0])
    expect(second.appendix).toMatchObject({fileName: '03-kopie.pdf', title: 'Kopie van de aanvraag', file: second.file})
    expect(first.appendix).toMatchObject({fileName: '01-aanvraag.pdf', title: 'Aanvraag'})
    expect(second.appendix!.pdf).toBe(first.appendix!.pdf)
  })

  it('should remember a file it could not use, too', async () => {
    const bytes = corpusFile('user-password.pdf')
    const first = await check(bytes)
    const second = await check(bytes, 'nog-eens.pdf')
    expect(second.messages).toEqual(first.messages)
    expect(second.appendix).toBeUndefined()
  })

  it('should forget the oldest readings once it holds many', async () => {
    const first = await makePdf(1, 'Eerste')
    const kept = (await check(first)).appendix!.pdf
    expect((await check(first)).appendix!.pdf).toBe(kept)
    for (let index = 0; index < 70; index++) await check(await makePdf(1, `Document ${index}`))
    const again = (await check(first)).appendix!
    expect(again.pdf).not.toBe(kept)
    expect(again.pageCount).toBe(1)
  })

  /** Run `work` with readings kept in a new folder on disk, as builds with a cache do. */
  async function withReadingsOnDisk(work: (folder: string) => Promise<void>): Promise<void> {
    const folder = await mkdtemp(path.join(tmpdir(), 'bundel-readings-'))
    keepPdfChecks(folder)
    try {
      await work(folder)
    } finally {
      keepPdfChecks(undefined)
    }
  }

  /** Push the readings of this process out of memory, as a new process would not have them either. */
  async function forgetReadings(label: string): Promise<void> {
    for (let index = 0; index < 70; index++) await check(await makePdf(1, `Verdringer ${label} ${index}`))
  }

  it('should keep readings on disk, and parse a document again only when it is asked for (#13)', async () => {
    await withReadingsOnDisk(async (folder) => {
      const bytes = corpusFile('pdflib-form.pdf')
      const first = await check(bytes.slice(), '01-aanvraag.pdf', 'Aanvraag')
      expect(readdirSync(folder)).toEqual([`${first.appendix!.hash}.json`])
      await forgetReadings('aanvraag')
      const again = await check(bytes.slice(), '01-aanvraag.pdf', 'Aanvraag')
      expect(again.messages).toEqual(first.messages)
      expect(again.appendix).toMatchObject({pageCount: first.appendix!.pageCount, balances: first.appendix!.balances, hash: first.appendix!.hash})
      expect(again.appendix!.pdf).toBeUndefined()
      expect(() => pdfOf(again.appendix!)).toThrow(/loadPdf/)
      const pdf = await loadPdf(again.appendix!)
      expect(pdf.getPageCount()).toBe(first.appendix!.pageCount)
      expect(pdfOf(again.appendix!)).toBe(pdf)
    })
  })

  it('should keep every document of a build, also past the 64 it keeps between builds (#13)', async () => {
    await withReadingsOnDisk(async () => {
      const files: Uint8Array[] = []
      for (let index = 0; index < 70; index++) {
        files.push(await makePdf(1, `Bijlage ${index}`))
        await check(files[index]!)
      }
      // A new process: the readings come from the disk, and the documents are not parsed.
      await forgetReadings('bijlagen')
      const appendices = []
      for (const bytes of files) appendices.push((await check(bytes)).appendix!)
      expect(appendices.filter((appendix) => appendix.pdf === undefined)).toHaveLength(70)
      // What merge does: load them all, then use each (a warm build of such a meeting failed here).
      await preloadPdfs(appendices)
      for (const appendix of appendices) await loadPdf(appendix)
      for (const appendix of appendices) expect(pdfOf(appendix).getPageCount()).toBe(1)
    })
  })

  it('should parse ahead while Chromium prints, once per document however often it is asked for (#13)', async () => {
    await withReadingsOnDisk(async () => {
      const stored = async (name: string) => {
        const bytes = await makePdf(2, name)
        await check(bytes)
        await forgetReadings(name)
        return (await check(bytes)).appendix!
      }
      const [a, b] = [await stored('Brief'), await stored('Kaart')]
      expect([a.pdf, b.pdf]).toEqual([undefined, undefined])
      // Merge asks for one while the preload is still under way: both get the one parse.
      const preloading = preloadPdfs([a, b, a])
      const asked = loadPdf(b)
      await preloading
      expect(await asked).toBe(pdfOf(b))
      expect(await loadPdf(a)).toBe(pdfOf(a))
      expect(pdfOf(a).getPageCount()).toBe(2)
      expect(pdfOf(a)).not.toBe(pdfOf(b))
    })
  })
})
