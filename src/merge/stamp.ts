/** Add text and lines to a page as one small uncompressed content stream, marked as an artifact. */
import {PDFContentStream, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames as Op, type PDFDocument, type PDFPage} from 'pdf-lib'
import type {Glyphs} from './glyphs.js'

/** One run of text, or a line. */
export type Mark =
  | {readonly text: string; readonly x: number; readonly y: number; readonly size: number; readonly gray: number}
  | {readonly line: readonly [number, number, number, number]; readonly width: number; readonly rgb: readonly [number, number, number]}

const n = (value: number) => PDFNumber.of(Math.round(value * 100) / 100)

/** Draw `marks` on `page` in the font of `glyphs`. */
export function stamp(pdf: PDFDocument, page: PDFPage, glyphs: Glyphs, marks: readonly Mark[]): void {
  const fontKey = page.node.newFontDictionary(glyphs.font.name, glyphs.font.ref)
  const operators: PDFOperator[] = [PDFOperator.of(Op.BeginMarkedContent, [PDFName.of('Artifact')]), PDFOperator.of(Op.PushGraphicsState)]
  for (const mark of marks) {
    if ('line' in mark) {
      const [x1, y1, x2, y2] = mark.line
      operators.push(
        PDFOperator.of(Op.SetLineWidth, [n(mark.width)]),
        PDFOperator.of(Op.StrokingColorRgb, mark.rgb.map(n)),
        PDFOperator.of(Op.MoveTo, [n(x1), n(y1)]),
        PDFOperator.of(Op.LineTo, [n(x2), n(y2)]),
        PDFOperator.of(Op.StrokePath)
      )
    } else {
      operators.push(
        PDFOperator.of(Op.BeginText),
        PDFOperator.of(Op.NonStrokingColorGray, [n(mark.gray)]),
        PDFOperator.of(Op.SetFontAndSize, [fontKey, n(mark.size)]),
        PDFOperator.of(Op.SetTextMatrix, [n(1), n(0), n(0), n(1), n(mark.x), n(mark.y)]),
        PDFOperator.of(Op.ShowText, [PDFHexString.of(glyphs.hex(mark.text))]),
        PDFOperator.of(Op.EndText)
      )
    }
  }
  operators.push(PDFOperator.of(Op.PopGraphicsState), PDFOperator.of(Op.EndMarkedContent))
  page.node.addContentStream(pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false)))
}
