/**
 * Appendix PDFs with boxes and names the spec allows but our first fixtures never had (found by
 * probing with the pdf-lib builder, #9/#14): a crop box larger than the page, a media box with
 * its corners reversed, bookmarks that name their targets in a `/Names` tree. No browser needed.
 */
import {ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFString} from 'pdf-lib'
import {beforeAll, describe, expect, it} from 'vitest'
import {appendixPdf, numberedMeeting, printBundle} from '../../test-util/printed-pdf.js'
import {readPdf, type ReadPdf} from '../../test-util/read-pdf.js'
import {readLayout, type LaidOutPage} from '../../test-util/pdf-layout.js'
import {readDestinations} from '../destinations.js'
import {planLayout} from '../layout.js'
import {merge} from './merge.js'
import type {NumberedMeeting} from '../../number/number.js'

async function tweak(bytes: Uint8Array, change: (pdf: PDFDocument) => void): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes)
  change(pdf)
  return pdf.save()
}

let numbered: NumberedMeeting
let read: ReadPdf
let pages: LaidOutPage[]

beforeAll(async () => {
  const beyond = await tweak(await appendixPdf({pages: 3, label: 'Groot'}), (pdf) => {
    for (const page of pdf.getPages()) page.node.set(PDFName.of('CropBox'), pdf.context.obj([-20, -60, 615, 900]))
  })
  const reversed = await tweak(await appendixPdf({pages: 3, label: 'Omgekeerd'}), (pdf) => {
    for (const page of pdf.getPages()) page.node.set(PDFName.of('MediaBox'), pdf.context.obj([595.28, 841.89, 0, 0]))
  })
  const outlined = await tweak(await appendixPdf({pages: 3, label: 'Hoofdstuk', link: {name: 'h3', tree: 'names'}}), (pdf) => {
    const context = pdf.context
    const root = context.nextRef()
    const item = context.nextRef()
    context.assign(item, context.obj({Title: PDFHexString.fromText('Hoofdstuk drie'), Parent: root, Dest: PDFString.of('h3')}))
    context.assign(root, context.obj({Type: 'Outlines', First: item, Last: item, Count: 1}))
    pdf.catalog.set(PDFName.of('Outlines'), root)
  })
  numbered = await numberedMeeting({
    '01-opening/agendapunt.md': '---\ntitel: Opening\n---\n',
    '01-opening/bijlagen/01-groot.pdf': beyond,
    '01-opening/bijlagen/02-omgekeerd.pdf': reversed,
    '01-opening/bijlagen/03-hoofdstuk.pdf': outlined
  })
  const printed = await printBundle(numbered)
  const pdf = await PDFDocument.load(printed.bytes, {parseSpeed: ParseSpeeds.Fastest, updateMetadata: false})
  const layout = planLayout(numbered, readDestinations(pdf), pdf.getPageCount())
  const bytes = await merge(pdf, numbered, layout, {title: 'Bundel', author: 'Regio', subject: 'S', creator: 'bundel test', date: new Date('2025-03-19T00:00:00Z')})
  read = await readPdf(bytes)
  pages = await readLayout(bytes)
})

/** Final 0-based indices of the pages of the appendix whose text says `label`. */
const pagesOf = (label: string) => pages.flatMap((page, index) => (page.items.some((item) => item.text.startsWith(`${label} pagina`)) ? [index] : []))

describe('appendix pages with unusual boxes', () => {
  it('puts the footer on the visible page when the crop box is larger than the page', () => {
    const indices = pagesOf('Groot')
    expect(indices).toHaveLength(3)
    for (const index of indices) {
      expect(read.bottomText[index], `page ${index + 1}`).toMatch(new RegExp(`pagina ${index + 1} van ${pages.length}$`))
      // The page as shown is the media box: 595 × 842, not the 635 × 960 of the crop box.
      expect(Math.round(pages[index]!.height)).toBe(842)
    }
  })

  it('treats a media box with reversed corners as the same page: footer, and no "too small" warning', () => {
    const indices = pagesOf('Omgekeerd')
    expect(indices).toHaveLength(3)
    for (const index of indices) {
      expect(read.bottomText[index], `page ${index + 1}`).toMatch(new RegExp(`pagina ${index + 1} van ${pages.length}$`))
      // The appendix's own bottom line moved up out of the band, so the band holds only the footer.
      expect(read.bottomText[index]).not.toMatch(/onderkant/)
    }
    const appendix = numbered.items[0]!.documents.find((document) => document.title.startsWith('Omgekeerd'))!
    expect(appendix.kind === 'appendix' && appendix.appendix.kind === 'pdf' ? appendix.appendix.file.messages.map((message) => message.ruleId) : ['not a PDF']).not.toContain('pdf-page-small')
  })

  it("keeps an appendix's bookmarks whose targets are named in a /Names tree", () => {
    const entry = read.outline.find((item) => item.title === '1 Opening')?.children.find((child) => child.title === '1.3 Hoofdstuk')
    expect(entry, JSON.stringify(read.outline)).toBeDefined()
    expect(entry!.children.map((child) => [child.title, child.page])).toEqual([['Hoofdstuk drie', pagesOf('Hoofdstuk')[2]! + 1]])
  })
})
