/**
 * The footer band on every page, appendix pages included:
 * `Algemeen Bestuur 29 januari 2025 · 2.3 Kamerbrief · pagina 17 van 64`.
 * Appendix pages are shrunk a little towards the top so the band never covers their own text.
 * The stamp is marked as an artifact, so screen readers skip it and the tag tree stays valid.
 */
import {PDFArray, PDFDict, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, rgb, type PDFDocument, type PDFFont, type PDFPage} from 'pdf-lib'
import {sectionOf, type Layout} from '../render/pdf/layout.js'

/** Height of the band kept free at the bottom of a shrunk appendix page, in points (~16 mm). */
const band = 46
const fontSize = 7.5
const baseline = 24

/** Stamp every page; `inserted` holds the final indices of appendix pages. */
export function stampFooters(pdf: PDFDocument, layout: Layout, title: string, font: PDFFont, inserted: ReadonlySet<number>): void {
  const pages = pdf.getPages()
  pages.forEach((page, index) => {
    if (inserted.has(index)) shrinkTowardsTop(pdf, page)
    const section = sectionOf(layout, index).label
    const counter = `pagina ${index + 1} van ${pages.length}`
    const {x, width} = page.getMediaBox()
    const margin = Math.min(56, width * 0.09)
    const room = width - 2 * margin - font.widthOfTextAtSize(`${title} ·  · ${counter}`, fontSize)
    const parts = [title, fit(section, room, font), counter].filter((part) => part !== '')
    const text = parts.join(' · ')
    const y = page.getMediaBox().y + baseline
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]))
    page.drawLine({start: {x: x + margin, y: y + 10}, end: {x: x + width - margin, y: y + 10}, thickness: 0.4, color: rgb(0.6, 0.62, 0.66)})
    page.drawText(text, {x: x + margin, y, size: fontSize, font, color: rgb(0.2, 0.2, 0.2)})
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent))
  })
}

function fit(text: string, room: number, font: PDFFont): string {
  if (font.widthOfTextAtSize(text, fontSize) <= room) return text
  let cut = text
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, fontSize) > room) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** Scale the page's content (and link areas) so that `band` points stay free at the bottom. */
function shrinkTowardsTop(pdf: PDFDocument, page: PDFPage): void {
  const {x, y, width, height} = page.getMediaBox()
  const scale = (height - band) / height
  const dx = x + (width - width * scale) / 2 - x * scale
  const dy = y + band - y * scale
  const start = pdf.context.register(
    pdf.context.contentStream([PDFOperator.of(PDFOperatorNames.PushGraphicsState), PDFOperator.of(PDFOperatorNames.ConcatTransformationMatrix, [scale, 0, 0, scale, dx, dy].map((n) => PDFNumber.of(n)))])
  )
  const end = pdf.context.register(pdf.context.contentStream([PDFOperator.of(PDFOperatorNames.PopGraphicsState)]))
  page.node.wrapContentStreams(start, end)
  const annots = page.node.Annots()
  if (!annots) return
  for (let index = 0; index < annots.size(); index++) {
    const annot = annots.lookup(index)
    if (!(annot instanceof PDFDict)) continue
    const rect = annot.lookup(PDFName.of('Rect'))
    if (!(rect instanceof PDFArray) || rect.size() !== 4) continue
    const values = rect.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber() : 0))
    const [x1, y1, x2, y2] = values as [number, number, number, number]
    annot.set(PDFName.of('Rect'), pdf.context.obj([x1 * scale + dx, y1 * scale + dy, x2 * scale + dx, y2 * scale + dy]))
  }
}
