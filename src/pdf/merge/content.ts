/**
 * Page content streams as operators: decoded once, tokenised without building a tree. Used to
 * learn how an appendix page leaves the graphics state (an unclosed `q`, a text object left open),
 * so bundel's own stamps can always start from a clean state (#14), and whether a page has a text
 * layer at all (#8).
 */
import {inflateSync, constants} from 'node:zlib'
import {PDFArray, PDFName, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFDocument, type PDFObject, type PDFPage} from 'pdf-lib'

/** The decoded bytes of a content stream (Flate by zlib, other filters by pdf-lib). */
export function decodeContent(stream: PDFStream): Uint8Array {
  // Streams made in this process (pdf-lib's own, bundel's stamps) hold their operators unencoded.
  if (!(stream instanceof PDFRawStream)) return (stream as PDFStream & {getUnencodedContents(): Uint8Array}).getUnencodedContents()
  const filter = stream.dict.lookup(PDFName.of('Filter'))
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter
  if (filter === undefined) return stream.contents
  if (only === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return inflateSync(stream.contents, {finishFlush: constants.Z_SYNC_FLUSH})
    } catch {
      return new Uint8Array(0) // damaged: draws nothing, as readers do
    }
  }
  try {
    return decodePDFRawStream(stream).decode()
  } catch {
    return new Uint8Array(0)
  }
}

/** The content streams of a page, in order (a single stream, an array, or none). */
export function contentStreams(pdf: PDFDocument, page: PDFPage): Array<{ref?: PDFRef; stream: PDFStream}> {
  const raw = page.node.get(PDFName.of('Contents'))
  const resolved = raw instanceof PDFRef ? pdf.context.lookup(raw) : raw
  // `/Contents` may also be a reference to an array of references.
  const list: PDFObject[] = resolved instanceof PDFArray ? resolved.asArray() : raw ? [raw] : []
  const out: Array<{ref?: PDFRef; stream: PDFStream}> = []
  for (const item of list) {
    const stream = item instanceof PDFRef ? pdf.context.lookup(item) : item
    if (stream instanceof PDFStream) out.push(item instanceof PDFRef ? {ref: item, stream} : {stream})
  }
  return out
}

const isWhite = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00
const isDelimiter = (byte: number) => byte === 0x28 || byte === 0x29 || byte === 0x3c || byte === 0x3e || byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d || byte === 0x2f || byte === 0x25

/**
 * Call `onOperator` with every operator of `bytes` and where its token starts and ends (operands
 * are skipped, not parsed: strings, names, numbers, arrays and dictionaries are stepped over,
 * inline image data too).
 */
export function forEachOperator(bytes: Uint8Array, onOperator: (operator: string, start: number, end: number) => void): void {
  const length = bytes.length
  let index = 0
  while (index < length) {
    const byte = bytes[index]!
    if (isWhite(byte)) {
      index++
    } else if (byte === 0x25) {
      // % comment to the end of the line
      while (index < length && bytes[index] !== 0x0a && bytes[index] !== 0x0d) index++
    } else if (byte === 0x28) {
      // (string) with nesting and escapes
      let depth = 1
      index++
      while (index < length && depth > 0) {
        const c = bytes[index]!
        if (c === 0x5c) index += 2
        else {
          if (c === 0x28) depth++
          else if (c === 0x29) depth--
          index++
        }
      }
    } else if (byte === 0x3c && bytes[index + 1] !== 0x3c) {
      // <hex string>
      while (index < length && bytes[index] !== 0x3e) index++
      index++
    } else if (isDelimiter(byte)) {
      index++
      if (byte === 0x2f) while (index < length && !isWhite(bytes[index]!) && !isDelimiter(bytes[index]!)) index++ // /Name
      else if ((byte === 0x3c || byte === 0x3e) && bytes[index] === byte) index++ // << >>
    } else {
      const start = index
      while (index < length && !isWhite(bytes[index]!) && !isDelimiter(bytes[index]!)) index++
      const first = bytes[start]!
      // Numbers are operands; so are `true`, `false` and `null`, the only words longer than three
      // letters: every content-stream operator has one to three.
      if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2d || first === 0x2e) continue
      const size = index - start
      if (size > 3) continue
      const operator = size === 1 ? String.fromCharCode(first) : size === 2 ? String.fromCharCode(first, bytes[start + 1]!) : String.fromCharCode(first, bytes[start + 1]!, bytes[start + 2]!)
      onOperator(operator, start, index)
      if (operator === 'ID') {
        // Inline image data: binary up to whitespace + "EI" + whitespace (or the end).
        index++
        while (index < length) {
          if (isWhite(bytes[index]!) && bytes[index + 1] === 0x45 && bytes[index + 2] === 0x49 && (index + 3 >= length || isWhite(bytes[index + 3]!) || isDelimiter(bytes[index + 3]!))) {
            index += 3
            onOperator('EI', index - 2, index)
            break
          }
          index++
        }
      }
    }
  }
}

/** How a page's content leaves the graphics state. */
export interface Balance {
  /** Lowest `q` depth reached (negative: more `Q` than `q` at some point). */
  readonly lowest: number
  /** Depth at the end (positive: unclosed `q`). */
  readonly end: number
  /** Ends inside a text object (`BT` without `ET`). */
  readonly inText: boolean
  /** Marked-content sequences left open (`BMC`/`BDC` without `EMC`). */
  readonly openMarked: number
  /** Text-showing operators (a text layer exists when > 0). */
  readonly textOperators: number
  /** Inline images (`BI`) and XObjects drawn (`Do`). */
  readonly inlineImages: number
  readonly draws: number
  /** Marked-content sequences begun (`BMC`/`BDC`), closed or not: an untagged file's artifacts (#12). */
  readonly markedSequences?: number | undefined
}

/** Measure the balance of the concatenated streams. */
export function measureBalance(streams: readonly Uint8Array[]): Balance {
  let depth = 0
  let lowest = 0
  let inText = false
  let marked = 0
  let textOperators = 0
  let inlineImages = 0
  let draws = 0
  let sequences = 0
  const onOperator = (operator: string) => {
    switch (operator) {
      case 'BI':
        inlineImages++
        break
      case 'Do':
        draws++
        break
      case 'q':
        depth++
        break
      case 'Q':
        depth--
        if (depth < lowest) lowest = depth
        break
      case 'BT':
        inText = true
        break
      case 'ET':
        inText = false
        break
      case 'BMC':
      case 'BDC':
        marked++
        sequences++
        break
      case 'EMC':
        if (marked > 0) marked--
        break
      case 'Tj':
      case 'TJ':
      case "'":
      case '"':
        textOperators++
        break
    }
  }
  // A stream boundary is a token boundary: streams are joined as if by white space.
  for (const bytes of streams) forEachOperator(bytes, onOperator)
  return {lowest, end: depth, inText, openMarked: marked, textOperators, inlineImages, draws, markedSequences: sequences}
}
