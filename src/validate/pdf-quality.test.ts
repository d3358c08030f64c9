/**
 * What an appendix lacks for its readers (#8), judged from real PDFs made with pdf-lib: text and
 * pictures painted through form XObjects (how Word, LibreOffice and "print to PDF" often draw a
 * page), fonts not embedded at any depth, and whether the file is tagged.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import {PDFDict, PDFName, PDFDocument, StandardFonts} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {fontFolder} from '../fonts.js'
import {makePdf} from '../test-util/fixture.js'
import {pdfQuality} from './pdf-quality.js'

const png = readFileSync(path.join(import.meta.dirname, '..', '__fixtures__', 'images', 'gradient.png'))

/** A one-page PDF with text in `font` (a standard font is not embedded). */
async function textPage(font: 'standard' | 'embedded'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const face = font === 'standard' ? await pdf.embedFont(StandardFonts.TimesRoman) : await pdf.embedFont(readFileSync(path.join(fontFolder(), 'DejaVuSans.ttf')), {subset: true})
  pdf.addPage([300, 300]).drawText('Vergaderstuk', {x: 20, y: 250, size: 12, font: face})
  return pdf.save()
}

/** A one-page PDF that only shows a picture, as a scanned page does. */
async function picturePage(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const image = await pdf.embedPng(png)
  pdf.addPage([300, 300]).drawImage(image, {x: 0, y: 0, width: 301, height: 17})
  return pdf.save()
}

/** A PDF whose pages each draw one of `sources` as a form XObject (nothing else on the page). */
async function throughForms(sources: Uint8Array[]): Promise<PDFDocument> {
  const pdf = await PDFDocument.create()
  for (const source of sources) {
    const [form] = await pdf.embedPdf(source)
    pdf.addPage([300, 300]).drawPage(form!)
  }
  return PDFDocument.load(await pdf.save())
}

describe('pdfQuality', () => {
  it('should find text and pictures painted through form XObjects', async () => {
    const pdf = await throughForms([await textPage('embedded'), await picturePage(), await textPage('embedded')])
    const quality = pdfQuality(pdf)
    expect(quality.pagesWithoutText).toEqual([2])
    expect(quality.noTextAtAll).toBe(false)
    expect(quality.unembeddedFonts).toEqual([])
    expect(quality.balances).toHaveLength(3)
  })

  it('should call a file of pictures only a file without text', async () => {
    const quality = pdfQuality(await throughForms([await picturePage(), await picturePage()]))
    expect(quality.noTextAtAll).toBe(true)
    expect(quality.pagesWithoutText).toEqual([1, 2])
  })

  it('should find a font that is not embedded inside a form XObject', async () => {
    const quality = pdfQuality(await throughForms([await textPage('embedded'), await textPage('standard')]))
    expect(quality.unembeddedFonts).toEqual(['Times-Roman'])
  })

  it('should name each unembedded font once, in order, and not count embedded subsets', async () => {
    const pdf = await PDFDocument.create()
    const helvetica = await pdf.embedFont(StandardFonts.Helvetica)
    const courier = await pdf.embedFont(StandardFonts.Courier)
    for (const font of [courier, helvetica, courier]) pdf.addPage([300, 300]).drawText('Tekst', {x: 20, y: 250, font})
    const quality = pdfQuality(await PDFDocument.load(await pdf.save()))
    expect(quality.unembeddedFonts).toEqual(['Courier', 'Helvetica'])
    expect(pdfQuality(await PDFDocument.load(await makePdf(2))).unembeddedFonts).toEqual([])
  })

  it('should name an embedded font that cannot be mapped to Unicode, and not a standard-encoded one (#12)', async () => {
    const embedded = await PDFDocument.load(await textPage('embedded'))
    expect(pdfQuality(embedded).unmappedFonts).toEqual([])
    // Without its /ToUnicode, an Identity-encoded subset's glyph codes mean nothing to a reader.
    const fonts = embedded.getPage(0).node.Resources()!.lookup(PDFName.of('Font')) as PDFDict
    for (const [, ref] of fonts.entries()) (embedded.context.lookup(ref) as PDFDict).delete(PDFName.of('ToUnicode'))
    expect(pdfQuality(await PDFDocument.load(await embedded.save())).unmappedFonts).toEqual([expect.stringMatching(/^DejaVuSans/)])
    // Times-Roman in WinAnsiEncoding maps by its encoding (it is only not embedded).
    expect(pdfQuality(await PDFDocument.load(await textPage('standard'))).unmappedFonts).toEqual([])
  })

  it('should see the tags of a tagged file, and their absence in an untagged one', async () => {
    expect(pdfQuality(await PDFDocument.load(await makePdf(1))).tagged).toBe(true)
    expect(pdfQuality(await PDFDocument.load(await textPage('embedded'))).tagged).toBe(false)
  })

  it('should not call a blank page a scan', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([300, 300])
    const quality = pdfQuality(await PDFDocument.load(await pdf.save()))
    expect(quality.pagesWithoutText).toEqual([])
  })
})
