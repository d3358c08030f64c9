/**
 * What a tagged page paints outside its tags becomes an artifact (PDF/UA-1 7.1, #12). Chromium
 * leaves some painting untagged: the borders of inline boxes (the "besloten" badge), a rule drawn
 * as a filled box (a signature line), and the running header and footer of a PDF printed with
 * `displayHeaderFooter` (ministries' letters are). These are decoration and pagination — what
 * PDF calls artifacts — and a screen reader must skip them rather than stumble over them, while a
 * checker must find every painted item either tagged or an artifact.
 *
 * Only content outside any marked content is touched, one graphics object at a time: a path up
 * to its painting operator, a text object (or, when it holds tagged runs, each untagged run in
 * it), an XObject, an inline image or a shading. A page with nothing untagged keeps its streams.
 */
import {deflateSync} from 'node:zlib'
import {PDFName, PDFRawStream, type PDFDocument, type PDFPage, type PDFRef} from 'pdf-lib'
import {contentStreams, decodeContent, forEachOperator} from './content.js'

const pathConstruction = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're'])
const pathPainting = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*'])
const textShowing = new Set(['Tj', 'TJ', "'", '"'])
const open = new TextEncoder().encode('\n/Artifact BMC\n')
const close = new TextEncoder().encode('\nEMC\n')

/** Ranges `[start, end)` of `bytes` that paint outside any marked content. */
export function untaggedRanges(bytes: Uint8Array): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = []
  let depth = 0
  let operandStart = 0
  let pathStart: number | undefined
  let text: {start: number; marked: boolean; runs: Array<readonly [number, number]>} | undefined
  let imageStart: number | undefined
  // A sequence at the top that is neither an artifact nor tagged (Chromium's `/Span <</ActualText>>`
  // in an untagged file, optional content): what it paints is untagged too, so it is one object.
  let other: {start: number; paints: boolean; nested: boolean} | undefined
  forEachOperator(bytes, (operator, start, end) => {
    const from = operandStart
    operandStart = end
    if (operator === 'BMC' || operator === 'BDC') {
      if (depth === 0) {
        const operands = new TextDecoder('latin1').decode(bytes.subarray(from, start))
        if (!operands.includes('/Artifact') && !operands.includes('/MCID')) other = {start: from, paints: false, nested: false}
      } else if (other) other.nested = true
      depth++
      if (text) text.marked = true
      return
    }
    if (operator === 'EMC') {
      if (depth > 0) depth--
      if (depth === 0 && other) {
        // With tags or artifacts inside (a layer holding tagged text) it is no single object: left
        // as it is, rather than nesting what is inside it wrongly.
        if (other.paints && !other.nested) ranges.push([other.start, end])
        other = undefined
      }
      return
    }
    if (depth > 0) {
      if (other && (textShowing.has(operator) || pathPainting.has(operator) || operator === 'Do' || operator === 'sh' || operator === 'EI')) other.paints = true
      if (pathPainting.has(operator) || operator === 'n') pathStart = undefined
      return
    }
    if (operator === 'BT') text = {start: from, marked: false, runs: []}
    else if (operator === 'ET' && text) {
      if (!text.marked && text.runs.length > 0) ranges.push([text.start, end])
      else ranges.push(...text.runs)
      text = undefined
    } else if (textShowing.has(operator) && text) text.runs.push([from, end])
    else if (pathConstruction.has(operator)) pathStart ??= from
    else if (pathPainting.has(operator)) {
      if (!text) ranges.push([pathStart ?? from, end])
      pathStart = undefined
    } else if (operator === 'n') pathStart = undefined
    else if ((operator === 'Do' || operator === 'sh') && !text) ranges.push([from, end])
    else if (operator === 'BI' && !text) imageStart = from
    else if (operator === 'EI' && imageStart !== undefined) {
      ranges.push([imageStart, end])
      imageStart = undefined
    }
  })
  // A text object's runs are known at its end, after a sequence inside it: back in stream order.
  return ranges.sort((a, b) => a[0] - b[0])
}

/**
 * Mark the untagged painting of `page` as artifacts — or, given `tag`, as tagged content, each
 * object with the marked-content id `tag` gives it — and return how many objects were marked.
 * The page's old streams are dropped from the file unless `shared` says another page draws them
 * too (pdf-lib writes every object it holds, used or not).
 */
export function markUntagged(pdf: PDFDocument, page: PDFPage, shared: ReadonlySet<PDFRef> = new Set(), tag?: {type: string; mcid: () => number}): number {
  const streams = contentStreams(pdf, page)
  const parts = streams.map(({stream}) => decodeContent(stream))
  // A stream boundary is a token boundary: joined with a line feed, the streams read as one.
  const size = parts.reduce((sum, part) => sum + part.length + 1, 0)
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    bytes[offset + part.length] = 0x0a
    offset += part.length + 1
  }
  // An untagged page's own marked-content ids belong to no element (its tree is gone): blanked,
  // byte for byte, so its sequences read as plain marked content and get ids of the bundle.
  if (tag) blankIds(bytes)
  const ranges = untaggedRanges(bytes)
  if (ranges.length === 0) return 0
  const opens = ranges.map(() => (tag ? new TextEncoder().encode(`\n/${tag.type} <</MCID ${tag.mcid()}>> BDC\n`) : open))
  const out = new Uint8Array(size + opens.reduce((sum, bytes) => sum + bytes.length + close.length, 0))
  let read = 0
  let write = 0
  for (const [at, [start, end]] of ranges.entries()) {
    out.set(bytes.subarray(read, start), write)
    write += start - read
    out.set(opens[at]!, write)
    write += opens[at]!.length
    out.set(bytes.subarray(start, end), write)
    write += end - start
    out.set(close, write)
    write += close.length
    read = end
  }
  out.set(bytes.subarray(read), write)
  write += size - read
  const deflated = deflateSync(out.subarray(0, write))
  const stream = PDFRawStream.of(pdf.context.obj({Filter: 'FlateDecode', Length: deflated.length}), deflated)
  page.node.set(PDFName.of('Contents'), pdf.context.register(stream))
  for (const {ref} of streams) if (ref && !shared.has(ref)) pdf.context.delete(ref)
  return ranges.length
}

/** Overwrite every `/MCID n` in `bytes` with spaces (offsets stay as they were). */
function blankIds(bytes: Uint8Array): void {
  const text = new TextDecoder('latin1').decode(bytes)
  for (const match of text.matchAll(/\/MCID\s+\d+/g)) bytes.fill(0x20, match.index, match.index + match[0].length)
}

/** The highest marked-content id the page's own streams use, or -1. */
export function highestId(pdf: PDFDocument, page: PDFPage): number {
  let highest = -1
  for (const {stream} of contentStreams(pdf, page)) {
    for (const match of new TextDecoder('latin1').decode(decodeContent(stream)).matchAll(/\/MCID\s+(\d+)/g)) highest = Math.max(highest, Number(match[1]))
  }
  return highest
}

/** Content streams that more than one page draws (they must stay when one page is rewritten). */
export function sharedStreams(pdf: PDFDocument): Set<PDFRef> {
  const seen = new Set<PDFRef>()
  const shared = new Set<PDFRef>()
  for (const page of pdf.getPages()) {
    for (const {ref} of contentStreams(pdf, page)) {
      if (!ref) continue
      if (seen.has(ref)) shared.add(ref)
      seen.add(ref)
    }
  }
  return shared
}
