/**
 * Every link annotation of our own pages says where it goes in `/Contents` (PDF/UA-1 7.18.5,
 * #12): a screen reader announces "2.3 Kamerbrief regiodeals, pagina 27" instead of "link".
 * Internal links are named by the part they lead to and its page in the merged bundle (so the
 * table of contents' links carry their page numbers too); web links by their address. Links that
 * already have a description, and the appendices' own links, are left as they are.
 */
import {PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument} from 'pdf-lib'
import {lookupNamed} from './named-destinations.js'
import type {Layout} from '../layout.js'

function text(value: unknown): string | undefined {
  if (value instanceof PDFName) return value.decodeText()
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText()
  return undefined
}

/** Describe the links of the pages for which `own(index)` holds. */
export function describeLinks(pdf: PDFDocument, layout: Layout, own: (index: number) => boolean): void {
  const labels = new Map(layout.sections.flatMap((section) => (section.anchor ? [[section.anchor, section.label]] : [])))
  labels.set('inhoud', 'Inhoud')
  const pages = new Map(pdf.getPages().map((page, index) => [page.ref, index + 1]))
  const pageOf = (dest: unknown) => {
    const target = dest instanceof PDFArray ? dest.get(0) : undefined
    return target instanceof PDFRef ? pages.get(target) : undefined
  }
  pdf.getPages().forEach((page, index) => {
    if (!own(index)) return
    const annots = page.node.Annots()
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i)
      if (!(annot instanceof PDFDict) || annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link') || annot.has(PDFName.of('Contents'))) continue
      const action = annot.lookup(PDFName.of('A'))
      const uri = action instanceof PDFDict ? text(action.lookup(PDFName.of('URI'))) : undefined
      const dest = annot.lookup(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.lookup(PDFName.of('D')) : undefined)
      const anchor = dest instanceof PDFArray ? undefined : text(dest)
      // A heading or paragraph of a memo (a link to `#toelichting`) is not a part of the layout:
      // its page is where the named destination points.
      const page = anchor === undefined ? pageOf(dest) : (layout.pages.get(anchor) ?? pageOf(lookupNamed(pdf, anchor)))
      const label = anchor === undefined ? undefined : labels.get(anchor)
      const contents = uri ?? (page === undefined ? undefined : `${label ? `${label}, ` : ''}pagina ${page}`)
      if (contents) annot.set(PDFName.of('Contents'), PDFHexString.fromText(contents))
    }
  })
}
