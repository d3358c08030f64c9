/**
 * What a secretary cannot see in an appendix PDF but its readers will notice (#8): pages without
 * a text layer (a scan: screen readers and search find nothing), fonts that are not embedded
 * (readers substitute their own letters), and no tags (a screen reader cannot tell headings,
 * lists and tables apart). Found from the file's own objects and content streams.
 */
import {PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFDocument, type PDFObject} from 'pdf-lib'
import {contentStreams, decodeContent, measureBalance, type Balance} from '../pdf/merge/content.js'

/** What the appendix lacks. */
export interface PdfQuality {
  /** 1-based pages that paint an image but show no text; all pages when none has text. */
  readonly pagesWithoutText: readonly number[]
  readonly noTextAtAll: boolean
  /** Names of fonts used but not embedded (subset prefixes removed). */
  readonly unembeddedFonts: readonly string[]
  /** Names of fonts whose text cannot be mapped to Unicode (no /ToUnicode, no standard encoding). */
  readonly unmappedFonts: readonly string[]
  readonly tagged: boolean
  /** How each page's content leaves the graphics state, measured once here for the merge. */
  readonly balances: readonly Balance[]
}

const resolve = (pdf: PDFDocument, value: PDFObject | undefined) => (value instanceof PDFRef ? pdf.context.lookup(value) : value)

/** The text and images a page's forms paint (the page's own content is measured by the caller). */
function formPaints(pdf: PDFDocument, resources: PDFDict | undefined, seen: Set<PDFObject>, depth = 0): {text: number; images: number} {
  let text = 0
  let images = 0
  const xobjects = resources?.lookup(PDFName.of('XObject'))
  if (!(xobjects instanceof PDFDict) || depth > 8) return {text, images}
  // Which XObject each Do draws is not tracked: every one the resources name is looked at.
  for (const [, ref] of xobjects.entries()) {
    const object = resolve(pdf, ref)
    if (!(object instanceof PDFStream) || seen.has(object)) continue
    seen.add(object)
    const subtype = object.dict.lookup(PDFName.of('Subtype'))?.toString()
    if (subtype === '/Image') images++
    else if (subtype === '/Form') {
      const own = measureBalance([decodeContent(object)])
      const inner = formPaints(pdf, (object.dict.lookup(PDFName.of('Resources')) as PDFDict | undefined) ?? resources, seen, depth + 1)
      text += own.textOperators + inner.text
      images += own.inlineImages + inner.images
    }
  }
  return {text, images}
}

/**
 * What a font lacks for its readers: a font file (readers substitute their own letters) and a way
 * to Unicode (`/ToUnicode`, or a simple font's standard encoding: else a screen reader and search
 * read glyph codes, #12). Type 3 fonts are drawn by the file's own procedures: always embedded.
 */
export function fontFlaws(font: PDFDict): {name: string; embedded: boolean; mapped: boolean} {
  const subtype = font.lookup(PDFName.of('Subtype'))?.toString()
  const base = (font.lookup(PDFName.of('BaseFont'))?.toString() ?? '/?').slice(1).replace(/^[A-Z]{6}\+/, '')
  const name = base === '?' ? String(subtype ?? '/?').slice(1) : base
  const encoding = font.lookup(PDFName.of('Encoding'))
  // A dictionary's /Differences name glyphs, which map to Unicode when they are standard names
  // (not checked here: taken as mapping, as most producers write them).
  const standard = ['/WinAnsiEncoding', '/MacRomanEncoding', '/StandardEncoding'].includes(encoding?.toString() ?? '') || encoding instanceof PDFDict
  const mapped = font.has(PDFName.of('ToUnicode')) || (subtype !== '/Type0' && subtype !== '/Type3' && standard)
  if (subtype === '/Type3') return {name, embedded: true, mapped}
  const descendant = subtype === '/Type0' ? (font.lookup(PDFName.of('DescendantFonts')) as PDFArray | undefined)?.lookup(0) : font
  const descriptor = descendant instanceof PDFDict ? descendant.lookup(PDFName.of('FontDescriptor')) : undefined
  const embedded = descriptor instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)))
  return {name, embedded, mapped}
}

/** Fonts named in `resources` (and in its form XObjects) that carry no font file. */
function collectFonts(pdf: PDFDocument, resources: PDFDict | undefined, unembedded: Set<string>, seen: Set<PDFObject>, depth = 0, unmapped = new Set<string>()): void {
  if (!resources || seen.has(resources) || depth > 8) return
  seen.add(resources)
  const fonts = resources.lookup(PDFName.of('Font'))
  if (fonts instanceof PDFDict) {
    for (const [, ref] of fonts.entries()) {
      const font = resolve(pdf, ref)
      if (!(font instanceof PDFDict) || seen.has(font)) continue
      seen.add(font)
      const flaws = fontFlaws(font)
      if (!flaws.mapped) unmapped.add(flaws.name)
      if (!flaws.embedded) unembedded.add(flaws.name)
    }
  }
  const xobjects = resources.lookup(PDFName.of('XObject'))
  if (xobjects instanceof PDFDict) {
    for (const [, ref] of xobjects.entries()) {
      const object = resolve(pdf, ref)
      if (object instanceof PDFStream && object.dict.lookup(PDFName.of('Subtype'))?.toString() === '/Form') {
        collectFonts(pdf, object.dict.lookup(PDFName.of('Resources')) as PDFDict | undefined, unembedded, seen, depth + 1, unmapped)
      }
    }
  }
}

/** Judge an appendix. */
export function pdfQuality(pdf: PDFDocument): PdfQuality {
  const pagesWithoutText: number[] = []
  const unembedded = new Set<string>()
  const unmapped = new Set<string>()
  let anyText = false
  const fontSeen = new Set<PDFObject>()
  const balances: Balance[] = []
  pdf.getPages().forEach((page, index) => {
    const balance = measureBalance(contentStreams(pdf, page).map(({stream}) => decodeContent(stream)))
    balances.push(balance)
    const resources = page.node.Resources()
    const forms = balance.draws > 0 ? formPaints(pdf, resources, new Set()) : {text: 0, images: 0}
    if (balance.textOperators + forms.text > 0) anyText = true
    else if (balance.inlineImages + forms.images > 0) pagesWithoutText.push(index + 1)
    collectFonts(pdf, resources, unembedded, fontSeen, 0, unmapped)
  })
  const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'))
  const tagged = pdf.catalog.has(PDFName.of('StructTreeRoot')) && markInfo instanceof PDFDict && markInfo.lookup(PDFName.of('Marked'))?.toString() === 'true'
  return {pagesWithoutText, noTextAtAll: !anyText, unembeddedFonts: [...unembedded].sort(), unmappedFonts: [...unmapped].sort(), tagged, balances}
}
