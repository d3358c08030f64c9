/**
 * The footer band on every page, appendix pages included:
 * `Algemeen Bestuur 29 januari 2025 · 2.3 Kamerbrief · pagina 17 van 64`.
 * Appendix pages are shrunk a little towards the top so the band never covers their own text.
 * The stamp is marked as an artifact, so screen readers skip it and the tag tree stays valid.
 *
 * Written with stamp.ts rather than pdf-lib's drawText, which shapes every string with fontkit
 * and deflates every stream in JavaScript: 1.8 s of a 1,200-page merge (`npm run bench`).
 */
import {PDFArray, PDFContentStream, PDFDict, PDFName, PDFNumber, PDFOperator, PDFOperatorNames as Op, type PDFDocument, type PDFPage} from 'pdf-lib'
import {sectionOf, type Layout} from '../render/pdf/layout.js'
import type {Glyphs} from './glyphs.js'
import {stamp} from './stamp.js'
import {apply, compose, frameOf, type Frame, type Matrix} from './frame.js'

/** Height of the band kept free at the bottom of a shrunk appendix page, in points (~16 mm). */
const band = 46
const fontSize = 7.5
const baseline = 24

/** Stamp every page; `inserted` holds the final indices of appendix pages. */
export function stampFooters(pdf: PDFDocument, layout: Layout, title: string, glyphs: Glyphs, inserted: ReadonlySet<number>): void {
  const pages = pdf.getPages()
  pages.forEach((page, index) => {
    const frame = frameOf(page)
    if (inserted.has(index)) shrinkTowardsTop(pdf, page, frame)
    const counter = `pagina ${index + 1} van ${pages.length}`
    const width = frame.width
    const margin = Math.min(56, width * 0.09)
    const text = footerText(title, sectionOf(layout, index).label, counter, width - 2 * margin, glyphs)
    stamp(pdf, page, glyphs, frame, [
      {line: [margin, baseline + 10, width - margin, baseline + 10], width: 0.4, rgb: [0.6, 0.62, 0.66]},
      {text, x: margin, y: baseline, size: fontSize, gray: 0.2}
    ])
  })
}

/**
 * "title · section · counter" within `room` points: the counter always stays whole; the title
 * gives up to half of what is left and the section takes the rest, each shortened with "…".
 */
function footerText(title: string, section: string, counter: string, room: number, glyphs: Glyphs): string {
  const separator = glyphs.width(' · ', fontSize)
  let left = room - glyphs.width(counter, fontSize)
  if (left < separator * 2 + glyphs.width('A…', fontSize)) return fit(counter, room, glyphs)
  left -= separator
  const titleWidth = Math.min(glyphs.width(title, fontSize), section ? Math.max(left / 2, left - glyphs.width(section, fontSize) - separator) : left)
  const shortTitle = fit(title, titleWidth, glyphs)
  left -= glyphs.width(shortTitle, fontSize)
  const shortSection = section ? fit(section, left - separator, glyphs) : ''
  return [shortTitle, shortSection, counter].filter((part) => part !== '' && part !== '…').join(' · ')
}

function fit(text: string, room: number, glyphs: Glyphs): string {
  if (glyphs.width(text, fontSize) <= room) return text
  let cut = text
  while (cut.length > 1 && glyphs.width(`${cut}…`, fontSize) > room) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/** Scale the page's content (and link areas) so that `band` points stay free at its visible bottom. */
function shrinkTowardsTop(pdf: PDFDocument, page: PDFPage, frame: Frame): void {
  const scale = (frame.height - band) / frame.height
  // In display space: scale, centre horizontally, lift by the band; then back to user space.
  const shrink: Matrix = [scale, 0, 0, scale, (frame.width * (1 - scale)) / 2, band]
  const cm = compose(frame.toUser, compose(shrink, frame.toDisplay))
  const stream = (operators: PDFOperator[]) => pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false))
  const start = stream([PDFOperator.of(Op.PushGraphicsState), PDFOperator.of(Op.ConcatTransformationMatrix, cm.map((v) => PDFNumber.of(v)))])
  const end = stream([PDFOperator.of(Op.PopGraphicsState)])
  page.node.wrapContentStreams(start, end)
  const annots = page.node.Annots()
  if (!annots) return
  for (let index = 0; index < annots.size(); index++) {
    const annot = annots.lookup(index)
    if (!(annot instanceof PDFDict)) continue
    const rect = annot.lookup(PDFName.of('Rect'))
    if (!(rect instanceof PDFArray) || rect.size() !== 4) continue
    const [x1, y1, x2, y2] = rect.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber() : 0)) as [number, number, number, number]
    const corners = [apply(cm, x1, y1), apply(cm, x2, y2)]
    const xs = corners.map(([x]) => x)
    const ys = corners.map(([, y]) => y)
    annot.set(PDFName.of('Rect'), pdf.context.obj([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]))
  }
}
