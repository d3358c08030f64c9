/**
 * The footer band on every page, appendix pages included:
 * `Algemeen Bestuur 29 januari 2025 · 2.3 Kamerbrief · pagina 17 van 64`.
 * Appendix pages are shrunk a little towards the top so the band never covers their own text.
 * The stamp is marked as an artifact, so screen readers skip it and the tag tree stays valid.
 *
 * Written with stamp.ts rather than pdf-lib's drawText, which shapes every string with fontkit
 * and deflates every stream in JavaScript: 1.8 s of a 1,200-page merge (`npm run bench`).
 */
import {PDFArray, PDFDict, PDFName, PDFNumber, PDFOperatorNames as Op, type PDFDocument, type PDFPage} from 'pdf-lib'
import {sectionOf, type Layout} from '../layout.js'
import type {Glyphs} from './glyphs.js'
import {contentStream, number, stamp, type Mark} from './stamp.js'
import {apply, compose, frameOf, visibleBox, type Box, type Frame, type Matrix} from './frame.js'
import {contentStreams, decodeContent, measureBalance, type Balance} from './content.js'

/** Height of the band kept free at the bottom of a shrunk appendix page, in points (~16 mm). */
const band = 46
const fontSize = 7.5
const baseline = 24
/** Smallest visible page that gets the band: 2 inches wide, four bands high. */
const minimumWidth = 144
const minimumHeight = 4 * band

/** Height kept free at the top of a shrunk closed appendix page, for its stamp (points, ~7 mm). */
const topBand = 20
/** What the full edition prints on every page of a closed document (#10). */
export const closedStamp = 'BESLOTEN — geheimhouding'

/** Marks beyond the footer (#10). */
export interface Stamps {
  /** Anchors of the closed parts (full edition): their pages say so at the top and in the band. */
  readonly closed?: ReadonlySet<string> | undefined
  /** A personal copy: "Exemplaar van …" in the band of every page, appendices included. */
  readonly copyFor?: string | undefined
}

/** "Exemplaar van J. Bengevoord". */
export function copyForText(name: string): string {
  return `Exemplaar van ${name}`
}

/**
 * Stamp every page. `inserted` maps the final indices of appendix pages to how their content
 * ends, when validation measured it (the forms drawn in since are balanced, so it still holds).
 */
export function stampFooters(pdf: PDFDocument, layout: Layout, title: string, glyphs: Glyphs, inserted: ReadonlyMap<number, Balance | undefined>, stamps: Stamps = {}): void {
  const pages = pdf.getPages()
  pages.forEach((page, index) => {
    // Each box lookup climbs the page tree for inherited boxes: once per page, not three times.
    const visible = visibleBox(page)
    const frame = frameOf(page, visible)
    // Too small a page is merged as it is: no shrink (its scale would be negative), no band (#14).
    if (!carriesBand(frame)) return
    const section = sectionOf(layout, index)
    const closed = section.anchor !== undefined && stamps.closed?.has(section.anchor) === true
    if (inserted.has(index)) shrinkTowardsTop(pdf, page, frame, visible, inserted.get(index), closed ? topBand : 0)
    const counter = `pagina ${index + 1} van ${pages.length}`
    const width = frame.width
    const margin = Math.min(56, width * 0.09)
    const text = footerText(title, section.label, counter, width - 2 * margin, glyphs)
    const marks: Mark[] = [
      {line: [margin, baseline + 10, width - margin, baseline + 10], width: 0.4, rgb: [0.6, 0.62, 0.66]},
      {text, x: margin, y: baseline, size: fontSize, gray: 0.2}
    ]
    // Above the rule, inside the band: what kind of copy this page is, left and right.
    if (closed) {
      marks.push({text: closedStamp, x: margin, y: baseline + 14, size: fontSize, gray: 0})
      const top = glyphs.width(closedStamp, 8)
      marks.push({text: closedStamp, x: (width - top) / 2, y: frame.height - 14, size: 8, gray: 0})
    }
    if (stamps.copyFor) {
      const copy = fit(copyForText(stamps.copyFor), (width - 2 * margin) / 2, glyphs)
      marks.push({text: copy, x: width - margin - glyphs.width(copy, fontSize), y: baseline + 14, size: fontSize, gray: 0.2})
    }
    stamp(pdf, page, glyphs, frame, marks)
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

/** Whether a page is large enough to carry the band (a 9.4 pt strip or a 0 × 0 page is not, #14). */
export function carriesBand(frame: Frame): boolean {
  return frame.width >= minimumWidth && frame.height >= minimumHeight
}

/**
 * Scale the page's content, its annotations with it, so that `band` points stay free at its
 * visible bottom (#8, #14), and `top` points at its top (a closed page's stamp, #10). The page's content streams, whether one stream or an array, become
 * `[start, …its own streams, end]`: `start` saves the state, shrinks, and opens as many extra
 * levels as the content closes more often than it opens; `end` closes whatever the content left
 * open (marked content, a text object, `q` levels) and restores the state, so the stamps that
 * follow always draw in a clean state, at their own size.
 */
function shrinkTowardsTop(pdf: PDFDocument, page: PDFPage, frame: Frame, crop: Box, measured: Balance | undefined, top: number): void {
  const scale = (frame.height - band - top) / frame.height
  // In display space: scale, centre horizontally, lift by the band; then back to user space.
  const shrink: Matrix = [scale, 0, 0, scale, (frame.width * (1 - scale)) / 2, band]
  const cm = compose(frame.toUser, compose(shrink, frame.toDisplay))
  const streams = contentStreams(pdf, page)
  const balance = measured ?? measureBalance(streams.map(({stream}) => decodeContent(stream)))
  const extra = -balance.lowest
  const repeat = (count: number, name: string) => `${name}\n`.repeat(Math.max(0, count))
  // Shrinking pulls what lay just outside the crop box into view: clip to the box as it was, so
  // what the sender cut off stays cut off (#8): `crop` is the box as it was.
  const start = contentStream(
    pdf,
    `${Op.PushGraphicsState}\n${cm.map(number).join(' ')} ${Op.ConcatTransformationMatrix}\n` +
      `${[crop.x, crop.y, crop.width, crop.height].map(number).join(' ')} ${Op.AppendRectangle}\n${Op.ClipNonZero}\n${Op.EndPath}\n` +
      repeat(extra, Op.PushGraphicsState)
  )
  const end = contentStream(
    pdf,
    repeat(balance.openMarked, Op.EndMarkedContent) + (balance.inText ? `${Op.EndText}\n` : '') + repeat(extra + balance.end, Op.PopGraphicsState) + `${Op.PopGraphicsState}\n`
  )
  const own = streams.map(({ref, stream}) => ref ?? pdf.context.register(stream))
  page.node.set(PDFName.of('Contents'), pdf.context.obj([start, ...own, end]))
  moveAnnotations(pdf, page, cm)
}

/** Map every annotation's rectangle (and quad points) through `cm`, exactly as the content moved. */
function moveAnnotations(pdf: PDFDocument, page: PDFPage, cm: Matrix): void {
  const annots = page.node.Annots()
  if (!annots) return
  const numbers = (array: PDFArray) => array.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber() : 0))
  for (let index = 0; index < annots.size(); index++) {
    const annot = annots.lookup(index)
    if (!(annot instanceof PDFDict)) continue
    const rect = annot.lookup(PDFName.of('Rect'))
    if (rect instanceof PDFArray && rect.size() === 4) {
      const [x1, y1, x2, y2] = numbers(rect) as [number, number, number, number]
      const corners = [apply(cm, x1, y1), apply(cm, x2, y2), apply(cm, x1, y2), apply(cm, x2, y1)]
      const xs = corners.map(([x]) => x)
      const ys = corners.map(([, y]) => y)
      annot.set(PDFName.of('Rect'), pdf.context.obj([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]))
    }
    const quads = annot.lookup(PDFName.of('QuadPoints'))
    if (quads instanceof PDFArray && quads.size() % 2 === 0) {
      const values = numbers(quads)
      const moved: number[] = []
      for (let i = 0; i < values.length; i += 2) moved.push(...apply(cm, values[i]!, values[i + 1]!))
      annot.set(PDFName.of('QuadPoints'), pdf.context.obj(moved))
    }
  }
}
