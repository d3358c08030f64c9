/**
 * Soft hyphens out of the text layer (#8). The bundle's long Dutch words carry soft hyphens
 * (render/html/hyphenate.ts), so Chromium breaks them properly. Where it does not break a word,
 * it paints a space glyph marked `/Span <</ActualText <FEFF00AD>>> BDC <0003> Tj EMC`, and search,
 * copy and screen readers then meet "Tech\u00ADno\u00ADlo\u00ADgie", or "Tech no lo gie". When the next
 * operator places the text again (a `Td`, as Chromium writes it), that span draws nothing visible
 * and is removed; otherwise its ActualText is made empty. The page looks the same either way.
 */
import {deflateSync} from 'node:zlib'
import {PDFName, PDFRawStream, PDFRef, type PDFDocument} from 'pdf-lib'
import {contentStreams, decodeContent} from './content.js'

const actual = String.raw`\/ActualText\s*(?:<\s*feff\s*00ad\s*>|\(\\376\\377\\000\\255\))`
/** A whole soft-hyphen span whose glyph is followed by a new text position. */
const span = new RegExp(String.raw`\/Span\s*<<\s*${actual}\s*>>\s*BDC\s*<[0-9a-fA-F\s]*>\s*Tj\s*EMC(?=\s*(?:[-\d.]+\s+[-\d.]+\s+T[dD]\b|(?:[-\d.]+\s+){6}Tm\b|T\*|ET\b))`, 'gi')
const rest = new RegExp(actual, 'gi')

/** `text` without soft-hyphen spans (or with their ActualText empty). */
export function stripSoftHyphens(text: string): string {
  return text.replace(span, '').replace(rest, '/ActualText ()')
}

/** The content streams of a print that lost soft hyphens: each by its object, with its new (deflated) contents. */
export type Softened = ReadonlyArray<{readonly number: number; readonly generation: number; readonly contents: Uint8Array}>

/**
 * Take the soft hyphens out of every page of a print (a document Chromium made), in place, and
 * say which streams changed. `kept` is what the same print's bytes gave before (#13): its streams
 * are put in without decoding, searching and deflating every page again (the large meeting's
 * unchanged parts: ~30 ms of a rebuild). A `kept` that does not fit this document is not used.
 */
export function softenPrint(pdf: PDFDocument, kept?: Softened): Softened {
  if (kept && kept.every(({number, generation}) => pdf.context.lookup(PDFRef.of(number, generation)) instanceof PDFRawStream)) {
    for (const {number, generation, contents} of kept) replace(pdf, PDFRef.of(number, generation), contents)
    return kept
  }
  const changed: Array<Softened[number]> = []
  for (const page of pdf.getPages()) {
    for (const {ref, stream} of contentStreams(pdf, page)) {
      if (!ref || !(stream instanceof PDFRawStream)) continue
      const text = Buffer.from(decodeContent(stream)).toString('latin1')
      const stripped = stripSoftHyphens(text)
      if (stripped === text) continue
      const deflated = deflateSync(Buffer.from(stripped, 'latin1'))
      const contents = new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength)
      replace(pdf, ref, contents)
      changed.push({number: ref.objectNumber, generation: ref.generationNumber, contents})
    }
  }
  return changed
}

/** Put `contents` (deflated) in place of the stream at `ref`, with its dictionary saying so. */
function replace(pdf: PDFDocument, ref: PDFRef, contents: Uint8Array): void {
  const stream = pdf.context.lookup(ref) as PDFRawStream
  const dict = stream.dict.clone(pdf.context)
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'))
  dict.delete(PDFName.of('DecodeParms'))
  pdf.context.assign(ref, PDFRawStream.of(dict, contents))
}

/** `softened` as bytes for the cache: a line of JSON (object, generation, length per stream), then the contents. */
export function encodeSoftened(softened: Softened): Uint8Array {
  const head = Buffer.from(JSON.stringify(softened.map(({number, generation, contents}) => [number, generation, contents.byteLength])) + '\n')
  return Buffer.concat([head, ...softened.map(({contents}) => contents)])
}

/** What `encodeSoftened` wrote, or undefined for anything else. */
export function decodeSoftened(bytes: Uint8Array): Softened | undefined {
  const end = bytes.indexOf(0x0a)
  if (end < 0) return undefined
  try {
    const head: unknown = JSON.parse(Buffer.from(bytes.subarray(0, end)).toString('utf8'))
    if (!Array.isArray(head)) return undefined
    const out: Array<Softened[number]> = []
    let at = end + 1
    for (const entry of head) {
      if (!Array.isArray(entry) || entry.length !== 3 || !entry.every((value) => Number.isSafeInteger(value) && value >= 0)) return undefined
      const [number, generation, length] = entry as [number, number, number]
      if (at + length > bytes.byteLength) return undefined
      out.push({number, generation, contents: new Uint8Array(bytes.subarray(at, at + length))})
      at += length
    }
    return at === bytes.byteLength ? out : undefined
  } catch {
    return undefined
  }
}
