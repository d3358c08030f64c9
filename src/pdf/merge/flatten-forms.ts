/**
 * Form fields of an appendix become part of its page (#14). The bundle has no form of its own, and
 * a field that relies on the viewer to draw its value (`/NeedAppearances true`, as LibreOffice
 * writes it, with empty appearance streams) would otherwise show nothing: "Alice" and "Bob"
 * were gone. So every visible widget is drawn into the page content — its own appearance when it
 * has a usable one, otherwise an appearance made here from the field's value, in the bundle's
 * embedded font — and the widget annotation is removed. Being content, the drawing moves with
 * the page when it is shrunk for the footer band, exactly.
 */
import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames as Op,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFDocument,
  type PDFObject,
  type PDFPage
} from 'pdf-lib'
import type {Glyphs} from './glyphs.js'
import {beginTagged, type Tagged} from './stamp.js'
import {apply, type Matrix} from './frame.js'
import {decodeContent, forEachOperator} from './content.js'

/** What the source document's form says for all its fields. */
export interface FormDefaults {
  /** `/NeedAppearances true`: the viewer was meant to draw the values. */
  readonly needAppearances: boolean
  /** The form's default appearance string (`/DA`), e.g. `/Helv 0 Tf 0 g`. */
  readonly appearance?: string | undefined
}

/** Read the form defaults of an appendix (before its pages are copied: the catalog is not). */
export function formDefaults(source: PDFDocument): FormDefaults {
  const form = source.catalog.lookup(PDFName.of('AcroForm'))
  if (!(form instanceof PDFDict)) return {needAppearances: false}
  const need = form.lookup(PDFName.of('NeedAppearances'))
  return {needAppearances: need?.toString() === 'true', appearance: text(form.lookup(PDFName.of('DA')))}
}

const text = (value: PDFObject | undefined): string | undefined => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined)
const n = (value: number) => PDFNumber.of(Math.round(value * 1000) / 1000)

/** A field attribute, inherited from the parent fields (`/FT`, `/V`, `/DA`, `/Ff`, `/Q`). */
function inherited(widget: PDFDict, key: string): PDFObject | undefined {
  let node: PDFObject | undefined = widget
  for (let depth = 0; node instanceof PDFDict && depth < 32; depth++) {
    const value = node.lookup(PDFName.of(key))
    if (value !== undefined) return value
    node = node.lookup(PDFName.of('Parent'))
  }
  return undefined
}

function numbers(value: PDFObject | undefined, count: number): number[] | undefined {
  if (!(value instanceof PDFArray) || value.size() < count) return undefined
  return value.asArray().slice(0, count).map((item) => (item instanceof PDFNumber ? item.asNumber() : 0))
}

/** The appearance stream to draw, or undefined (none, an empty one, or an off state). */
function appearanceOf(widget: PDFDict): PDFRawStream | PDFStream | undefined {
  const ap = widget.lookup(PDFName.of('AP'))
  if (!(ap instanceof PDFDict)) return undefined
  let normal = ap.lookup(PDFName.of('N'))
  if (normal instanceof PDFDict && !(normal instanceof PDFStream)) {
    const state = widget.lookup(PDFName.of('AS'))
    normal = state instanceof PDFName ? normal.lookup(state) : undefined
  }
  return normal instanceof PDFStream ? normal : undefined
}

/** Whether an appearance stream paints anything (LibreOffice writes `/Tx BMC EMC` for a filled field). */
function paints(stream: PDFRawStream | PDFStream): boolean {
  let painting = false
  forEachOperator(decodeContent(stream), (operator) => {
    if (!['BMC', 'BDC', 'EMC', 'q', 'Q', 'cm', 'w', 'g', 'G', 'rg', 'RG', 'k', 'K', 'cs', 'CS', 'sc', 'SC', 'scn', 'SCN', 'gs', 'MP', 'DP'].includes(operator)) painting = true
  })
  return painting
}

/** The matrix that fits a form's bounding box (after its own `/Matrix`) onto the widget rectangle. */
function fitMatrix(stream: PDFRawStream | PDFStream, rect: number[]): Matrix {
  const bbox = numbers(stream.dict.lookup(PDFName.of('BBox')), 4) ?? [0, 0, rect[2]! - rect[0]!, rect[3]! - rect[1]!]
  const matrix = (numbers(stream.dict.lookup(PDFName.of('Matrix')), 6) ?? [1, 0, 0, 1, 0, 0]) as unknown as Matrix
  const corners = [apply(matrix, bbox[0]!, bbox[1]!), apply(matrix, bbox[2]!, bbox[3]!), apply(matrix, bbox[0]!, bbox[3]!), apply(matrix, bbox[2]!, bbox[1]!)]
  const xs = corners.map(([x]) => x)
  const ys = corners.map(([, y]) => y)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const sx = maxX > minX ? (rect[2]! - rect[0]!) / (maxX - minX) : 1
  const sy = maxY > minY ? (rect[3]! - rect[1]!) / (maxY - minY) : 1
  return [sx, 0, 0, sy, rect[0]! - minX * sx, rect[1]! - minY * sy]
}

/** The value a field shows: its text, the chosen option(s), or undefined. */
function shownValue(widget: PDFDict): string | undefined {
  const value = inherited(widget, 'V')
  if (value instanceof PDFArray) return value.asArray().map((item) => text(item) ?? '').filter(Boolean).join(', ')
  return text(value) ?? (value instanceof PDFName ? value.decodeText() : undefined)
}

/** Font size and colour operators from a `/DA` string such as `/Helv 12 Tf 0 0.5 0 rg`. */
function parseAppearance(da: string | undefined): {size: number; color: number[]} {
  const size = Number(/([\d.]+)\s+Tf/.exec(da ?? '')?.[1] ?? 0)
  const gray = /([\d.]+)\s+g\b/.exec(da ?? '')
  const rgb = /([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+rg\b/.exec(da ?? '')
  const color = rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : gray ? [Number(gray[1])] : [0]
  return {size: Number.isFinite(size) ? size : 0, color}
}

/** Drawing of a text value inside `rect` (user space), single or multi-line, clipped to the box. */
function textOperators(fontKey: PDFName, glyphs: Glyphs, value: string, rect: number[], appearance: {size: number; color: number[]}, multiline: boolean, align: number): PDFOperator[] {
  const [x1, y1, x2, y2] = rect as [number, number, number, number]
  const width = x2 - x1
  const height = y2 - y1
  const padding = 2
  let size = appearance.size > 0 ? appearance.size : Math.max(4, Math.min(12, (height - 2 * padding) * 0.75))
  const lines = multiline ? wrapLines(value, glyphs, size, width - 2 * padding) : [value.replace(/\s*\n\s*/g, ' ')]
  if (!multiline) {
    // Auto size (0) shrinks a long value to fit, as viewers do.
    while (appearance.size === 0 && size > 4 && glyphs.width(lines[0]!, size) > width - 2 * padding) size -= 0.5
  }
  const color = appearance.color.length === 3 ? PDFOperator.of(Op.NonStrokingColorRgb, appearance.color.map(n)) : PDFOperator.of(Op.NonStrokingColorGray, [n(appearance.color[0] ?? 0)])
  const operators: PDFOperator[] = [
    PDFOperator.of(Op.PushGraphicsState),
    PDFOperator.of(Op.AppendRectangle, [n(x1), n(y1), n(width), n(height)]),
    PDFOperator.of(Op.ClipNonZero),
    PDFOperator.of(Op.EndPath),
    PDFOperator.of(Op.BeginText),
    color,
    PDFOperator.of(Op.SetFontAndSize, [fontKey, n(size)])
  ]
  const leading = size * 1.15
  lines.forEach((line, index) => {
    const lineWidth = glyphs.width(line, size)
    const x = align === 1 ? x1 + (width - lineWidth) / 2 : align === 2 ? x2 - padding - lineWidth : x1 + padding
    // Single line: centred vertically; several: from the top.
    const y = multiline ? y2 - padding - size * 0.9 - index * leading : y1 + (height - size * 0.7) / 2
    operators.push(PDFOperator.of(Op.SetTextMatrix, [n(1), n(0), n(0), n(1), n(x), n(y)]), PDFOperator.of(Op.ShowText, [PDFHexString.of(glyphs.hex(line))]))
  })
  operators.push(PDFOperator.of(Op.EndText), PDFOperator.of(Op.PopGraphicsState))
  return operators
}

function wrapLines(value: string, glyphs: Glyphs, size: number, room: number): string[] {
  const lines: string[] = []
  for (const paragraph of value.split(/\r\n?|\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word
      if (line && glyphs.width(candidate, size) > room) {
        lines.push(line)
        line = word
      } else line = candidate
    }
    lines.push(line)
  }
  return lines
}

/** How many widgets were drawn into the page, and how many got an appearance made by bundel. */
export interface FlattenResult {
  readonly drawn: number
  readonly generated: number
}

/** Draw the visible widgets of `page` into its content and remove them (in place). */
export function flattenWidgets(pdf: PDFDocument, page: PDFPage, defaults: FormDefaults, glyphs: Glyphs, mark?: (widget: PDFObject) => Tagged | undefined): FlattenResult {
  const annots = page.node.Annots()
  if (!annots) return {drawn: 0, generated: 0}
  const kept: PDFObject[] = []
  const operators: PDFOperator[] = []
  let drawn = 0
  let generated = 0
  let fontKey: PDFName | undefined
  for (let index = 0; index < annots.size(); index++) {
    const raw = annots.get(index)
    const widget = annots.lookup(index)
    if (!(widget instanceof PDFDict) || widget.lookup(PDFName.of('Subtype'))?.toString() !== '/Widget') {
      kept.push(raw)
      continue
    }
    const rect = numbers(widget.lookup(PDFName.of('Rect')), 4)
    const flags = (widget.lookup(PDFName.of('F')) as PDFNumber | undefined)?.asNumber?.() ?? 0
    // Hidden (2) or NoView (32): not shown by a viewer, so not drawn here either.
    if (!rect || flags & 2 || flags & 32) continue
    const box = [Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)]
    const type = (inherited(widget, 'FT') as PDFName | undefined)?.decodeText?.()
    const fieldFlags = (inherited(widget, 'Ff') as PDFNumber | undefined)?.asNumber?.() ?? 0
    const appearance = appearanceOf(widget)
    const isText = type === 'Tx' || type === 'Ch'
    const password = type === 'Tx' && (fieldFlags & 8192) !== 0
    const regenerate = isText && !password && (defaults.needAppearances || !appearance || !paints(appearance))
    if (regenerate) {
      const value = shownValue(widget)
      if (value) {
        fontKey ??= glyphs.keyOn(page)
        const da = text(inherited(widget, 'DA')) ?? defaults.appearance
        const align = (inherited(widget, 'Q') as PDFNumber | undefined)?.asNumber?.() ?? 0
        operators.push(...marked(pdf, mark?.(raw), textOperators(fontKey, glyphs, value, box, parseAppearance(da), type === 'Tx' && (fieldFlags & 4096) !== 0, align)))
        generated++
      }
      drawn++
      continue
    }
    if (appearance && !password) {
      const ref = appearanceRef(pdf, widget, appearance)
      const name = page.node.newXObject('BndlFm', ref)
      operators.push(
        ...marked(pdf, mark?.(raw), [
          PDFOperator.of(Op.PushGraphicsState),
          PDFOperator.of(Op.ConcatTransformationMatrix, fitMatrix(appearance, box).map(n)),
          PDFOperator.of(Op.DrawObject, [name]),
          PDFOperator.of(Op.PopGraphicsState)
        ])
      )
    }
    drawn++
  }
  if (drawn === 0) return {drawn: 0, generated: 0}
  page.node.set(PDFName.of('Annots'), pdf.context.obj(kept))
  if (operators.length > 0) page.node.addContentStream(pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false)))
  return {drawn, generated}
}

/** A field's drawing as tagged content (#12): it is the field's value, which a reader must hear. */
function marked(pdf: PDFDocument, tagged: Tagged | undefined, operators: PDFOperator[]): PDFOperator[] {
  if (!tagged) return operators
  return [beginTagged(pdf, tagged), ...operators, PDFOperator.of(Op.EndMarkedContent)]
}

/** A reference to the appearance stream, so it can be named in the page's resources. */
function appearanceRef(pdf: PDFDocument, widget: PDFDict, appearance: PDFRawStream | PDFStream): PDFRef {
  const ap = widget.lookup(PDFName.of('AP')) as PDFDict
  const normal = ap.get(PDFName.of('N'))
  if (normal instanceof PDFRef && pdf.context.lookup(normal) === appearance) return normal
  const states = ap.lookup(PDFName.of('N'))
  const state = widget.lookup(PDFName.of('AS'))
  if (states instanceof PDFDict && state instanceof PDFName) {
    const ref = states.get(state)
    if (ref instanceof PDFRef) return ref
  }
  return pdf.context.register(appearance)
}
