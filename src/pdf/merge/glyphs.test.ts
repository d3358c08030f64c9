/**
 * Stamp text takes each character's glyph from the font's character map (glyphs.ts), not from
 * fontkit's layout: the codes, the widths and the embedded subset must be what pdf-lib's own
 * encodeText and widthOfTextAtSize give, character by character.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import {PDFDocument, type PDFFont} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {fontFolder} from '../../fonts.js'
import {Glyphs} from './glyphs.js'

const sample = 'pagina 12 van 1.186 · Bundel Algemeen Bestuur, 29 januari 2025 — Vervolgactie… ÉéëïöüÀçß ĳ ﬁ € “quotes” 漢'

async function embedded(): Promise<{pdf: PDFDocument; font: PDFFont}> {
  const pdf = await PDFDocument.create({updateMetadata: false})
  pdf.registerFontkit(fontkit)
  const font = await pdf.embedFont(await readFile(path.join(fontFolder(), 'DejaVuSans.ttf')), {subset: true, customName: 'BNDLFT+DejaVuSans'})
  pdf.addPage()
  return {pdf, font}
}

describe('Glyphs', () => {
  it("should give pdf-lib's glyph codes, widths and subset without fontkit's layout", async () => {
    const fast = await embedded()
    const layouts: string[] = []
    const embedder = (fast.font as unknown as {embedder: {font: {layout: (text: string) => unknown}}}).embedder
    const layout = embedder.font.layout.bind(embedder.font)
    embedder.font.layout = (text: string) => (layouts.push(text), layout(text))
    const glyphs = new Glyphs(fast.font)
    const codes = [...sample].map((char) => glyphs.hex(char))
    const widths = [...sample].map((char) => glyphs.width(char, 10))
    expect(layouts).toEqual([])

    const own = await embedded()
    expect(codes).toEqual([...sample].map((char) => own.font.encodeText(char).toString().slice(1, -1)))
    expect(widths).toEqual([...sample].map((char) => own.font.widthOfTextAtSize(char, 10)))
    expect(glyphs.hex(sample)).toBe(codes.join(''))
    expect(Buffer.from(await fast.pdf.save()).equals(Buffer.from(await own.pdf.save()))).toBe(true)
  })
})
