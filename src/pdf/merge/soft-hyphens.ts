/**
 * Soft hyphens out of the text layer (#8). The bundle's long Dutch words carry soft hyphens
 * (render/html/hyphenate.ts), so Chromium breaks them properly. Where it does not break a word,
 * it paints a space glyph marked `/Span <</ActualText <FEFF00AD>>> BDC <0003> Tj EMC`, and search,
 * copy and screen readers then meet "Tech\u00ADno\u00ADlo\u00ADgie", or "Tech no lo gie". When the next
 * operator places the text again (a `Td`, as Chromium writes it), that span draws nothing visible
 * and is removed; otherwise its ActualText is made empty. The page looks the same either way.
 */
import {deflateSync} from 'node:zlib'
import {PDFName, PDFRawStream, type PDFDocument} from 'pdf-lib'
import {contentStreams, decodeContent} from './content.js'

const actual = String.raw`\/ActualText\s*(?:<\s*feff\s*00ad\s*>|\(\\376\\377\\000\\255\))`
/** A whole soft-hyphen span whose glyph is followed by a new text position. */
const span = new RegExp(String.raw`\/Span\s*<<\s*${actual}\s*>>\s*BDC\s*<[0-9a-fA-F\s]*>\s*Tj\s*EMC(?=\s*(?:[-\d.]+\s+[-\d.]+\s+T[dD]\b|(?:[-\d.]+\s+){6}Tm\b|T\*|ET\b))`, 'gi')
const rest = new RegExp(actual, 'gi')

/** `text` without soft-hyphen spans (or with their ActualText empty). */
export function stripSoftHyphens(text: string): string {
  return text.replace(span, '').replace(rest, '/ActualText ()')
}

/** Take the soft hyphens out of the text of the given (printed) pages, in place; returns how many streams changed. */
export function removeSoftHyphens(pdf: PDFDocument, pages: readonly number[]): number {
  let changed = 0
  for (const index of pages) {
    for (const {ref, stream} of contentStreams(pdf, pdf.getPage(index))) {
      if (!ref || !(stream instanceof PDFRawStream)) continue
      const text = Buffer.from(decodeContent(stream)).toString('latin1')
      const stripped = stripSoftHyphens(text)
      if (stripped === text) continue
      const dict = stream.dict.clone(pdf.context)
      dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'))
      dict.delete(PDFName.of('DecodeParms'))
      pdf.context.assign(ref, PDFRawStream.of(dict, deflateSync(Buffer.from(stripped, 'latin1'))))
      changed++
    }
  }
  return changed
}
