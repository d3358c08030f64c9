/** Add text and lines to a page as one small uncompressed content stream, marked as an artifact. */
import {PDFName, PDFNumber, PDFOperator, PDFOperatorNames as Op, PDFRawStream, type PDFDocument, type PDFPage, type PDFRef} from 'pdf-lib'
import type {Glyphs} from './glyphs.js'
import {apply, compose, type Frame} from './frame.js'

/** One run of text, or a line, in display coordinates (see frame.ts). */
export type Mark =
  | {
      readonly text: string
      readonly x: number
      readonly y: number
      readonly size: number
      readonly gray: number
      /** Turned counter-clockwise by this many degrees about (x, y). */
      readonly angle?: number | undefined
      /** Multiplied into what lies below, so text under it stays as dark as it was (a watermark). */
      readonly multiply?: boolean | undefined
      /** Not painted, but there for a screen reader and for search (text rendering mode 3). */
      readonly invisible?: boolean | undefined
    }
  | {readonly line: readonly [number, number, number, number]; readonly width: number; readonly rgb: readonly [number, number, number]}

/** A number as pdf-lib writes it (its own text, unless that has an exponent). */
export const number = (value: number): string => {
  const text = String(value)
  return text.includes('e') ? PDFNumber.of(value).toString() : text
}

/** A coordinate or size, to the hundredth. */
const n = (value: number): string => number(Math.round(value * 100) / 100)

/** Real content in the tag tree rather than an artifact: its tag and marked-content id (#12). */
export interface Tagged {
  readonly tag: string
  readonly mcid: number
}

/** `/P <</MCID 3>> BDC`: the start of tagged content. */
export function beginTagged(pdf: PDFDocument, tagged: Tagged): PDFOperator {
  // pdf-lib's operator type has no dictionary operand, but writes one as it writes any object.
  const properties = pdf.context.obj({MCID: tagged.mcid}) as unknown as PDFName
  return PDFOperator.of(Op.BeginMarkedContentSequence, [PDFName.of(tagged.tag), properties])
}

/**
 * Draw `marks` on `page` in the font of `glyphs`, placed in the page's displayed `frame`; marked
 * as an artifact, or as the tagged content `tagged` says.
 */
export function stamp(pdf: PDFDocument, page: PDFPage, glyphs: Glyphs, frame: Frame, marks: readonly Mark[], tagged?: Tagged): void {
  const m = frame.toUser
  const font = glyphs.keyOn(page).toString()
  // Written as the text pdf-lib would write for these operators (`arguments operator`, a line
  // each): building an operator object and a number object for every argument of every footer
  // was ~40 ms, and its garbage, of the large meeting's merge (#13). The bytes are the same.
  const open = tagged ? beginTagged(pdf, tagged).toString() : `${PDFName.of('Artifact')} ${Op.BeginMarkedContent}`
  let text = `${open}\n${Op.PushGraphicsState}\n`
  for (const mark of marks) {
    if ('line' in mark) {
      const [x1, y1] = apply(m, mark.line[0], mark.line[1])
      const [x2, y2] = apply(m, mark.line[2], mark.line[3])
      text += `${n(mark.width)} ${Op.SetLineWidth}\n${mark.rgb.map(n).join(' ')} ${Op.StrokingColorRgb}\n${n(x1)} ${n(y1)} ${Op.MoveTo}\n${n(x2)} ${n(y2)} ${Op.LineTo}\n${Op.StrokePath}\n`
    } else {
      const radians = ((mark.angle ?? 0) * Math.PI) / 180
      const [cos, sin] = [Math.cos(radians), Math.sin(radians)]
      const tm = compose(m, [cos, sin, -sin, cos, mark.x, mark.y])
      if (mark.multiply) text += `${multiplyState(pdf, page)} ${Op.SetGraphicsStateParams}\n`
      text +=
        `${Op.BeginText}\n` +
        // The text state is not reset by BT: spacing, scaling, rise or an invisible rendering
        // mode left by a page's own content must not reach the stamp (#14).
        `0 ${Op.SetCharacterSpacing}\n0 ${Op.SetWordSpacing}\n100 ${Op.SetTextHorizontalScaling}\n0 ${Op.SetTextRise}\n` +
        `${mark.invisible ? 3 : 0} ${Op.SetTextRenderingMode}\n${n(mark.gray)} ${Op.NonStrokingColorGray}\n${font} ${n(mark.size)} ${Op.SetFontAndSize}\n` +
        `${tm.map((value, index) => (index < 4 ? number(Math.round(value * 10000) / 10000) : n(value))).join(' ')} ${Op.SetTextMatrix}\n` +
        `<${glyphs.hex(mark.text)}> ${Op.ShowText}\n${Op.EndText}\n`
    }
  }
  text += `${Op.PopGraphicsState}\n${Op.EndMarkedContent}\n`
  page.node.addContentStream(contentStream(pdf, text))
}

/** Register an uncompressed content stream of `text` (operators as pdf-lib writes them, a line each). */
export function contentStream(pdf: PDFDocument, text: string): PDFRef {
  // Copied into plain bytes: a Buffer's slice would share memory with a copy pdf-lib makes.
  return pdf.context.register(PDFRawStream.of(pdf.context.obj({}), new Uint8Array(Buffer.from(text, 'latin1'))))
}

/** The page's name for a graphics state that multiplies (one object per document). */
function multiplyState(pdf: PDFDocument, page: PDFPage): PDFName {
  let ref = multiplyStates.get(pdf)
  if (!ref) {
    ref = pdf.context.register(pdf.context.obj({Type: 'ExtGState', BM: 'Multiply'}))
    multiplyStates.set(pdf, ref)
  }
  return page.node.newExtGState('BndlMultiply', ref)
}

const multiplyStates = new WeakMap<PDFDocument, PDFRef>()
