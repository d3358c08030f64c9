/** Add text and lines to a page as one small uncompressed content stream, marked as an artifact. */
import {PDFContentStream, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames as Op, type PDFDocument, type PDFPage, type PDFRef} from 'pdf-lib'
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

const n = (value: number) => PDFNumber.of(Math.round(value * 100) / 100)

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
  const fontKey = glyphs.keyOn(page)
  const open = tagged ? beginTagged(pdf, tagged) : PDFOperator.of(Op.BeginMarkedContent, [PDFName.of('Artifact')])
  const operators: PDFOperator[] = [open, PDFOperator.of(Op.PushGraphicsState)]
  for (const mark of marks) {
    if ('line' in mark) {
      const [x1, y1] = apply(m, mark.line[0], mark.line[1])
      const [x2, y2] = apply(m, mark.line[2], mark.line[3])
      operators.push(
        PDFOperator.of(Op.SetLineWidth, [n(mark.width)]),
        PDFOperator.of(Op.StrokingColorRgb, mark.rgb.map(n)),
        PDFOperator.of(Op.MoveTo, [n(x1), n(y1)]),
        PDFOperator.of(Op.LineTo, [n(x2), n(y2)]),
        PDFOperator.of(Op.StrokePath)
      )
    } else {
      const radians = ((mark.angle ?? 0) * Math.PI) / 180
      const [cos, sin] = [Math.cos(radians), Math.sin(radians)]
      const tm = compose(m, [cos, sin, -sin, cos, mark.x, mark.y])
      if (mark.multiply) operators.push(PDFOperator.of(Op.SetGraphicsStateParams, [multiplyState(pdf, page)]))
      operators.push(
        PDFOperator.of(Op.BeginText),
        // The text state is not reset by BT: spacing, scaling, rise or an invisible rendering
        // mode left by a page's own content must not reach the stamp (#14).
        PDFOperator.of(Op.SetCharacterSpacing, [n(0)]),
        PDFOperator.of(Op.SetWordSpacing, [n(0)]),
        PDFOperator.of(Op.SetTextHorizontalScaling, [n(100)]),
        PDFOperator.of(Op.SetTextRise, [n(0)]),
        PDFOperator.of(Op.SetTextRenderingMode, [n(mark.invisible ? 3 : 0)]),
        PDFOperator.of(Op.NonStrokingColorGray, [n(mark.gray)]),
        PDFOperator.of(Op.SetFontAndSize, [fontKey, n(mark.size)]),
        PDFOperator.of(Op.SetTextMatrix, tm.map((value, index) => (index < 4 ? PDFNumber.of(Math.round(value * 10000) / 10000) : n(value)))),
        PDFOperator.of(Op.ShowText, [PDFHexString.of(glyphs.hex(mark.text))]),
        PDFOperator.of(Op.EndText)
      )
    }
  }
  operators.push(PDFOperator.of(Op.PopGraphicsState), PDFOperator.of(Op.EndMarkedContent))
  page.node.addContentStream(pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false)))
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
