/**
 * Insert the PDF appendices' pages into the document Chromium printed, rather than building a new
 * document: a new pdf-lib document would drop Chromium's tag tree, language, links and named
 * destinations (#3). Inserted pages belong to no structure of ours, so their stale
 * `/StructParents` (and their annotations' `/StructParent`) go.
 */
import {PDFArray, PDFDict, PDFName, PDFNull, type PDFDocument} from 'pdf-lib'
import type {Layout} from '../render/pdf/layout.js'

/** Insert every appendix at its planned place; returns the final indices of inserted pages. */
export async function insertAppendices(pdf: PDFDocument, layout: Layout): Promise<Set<number>> {
  const inserted = new Set<number>()
  for (const insertion of layout.insertions) {
    const source = insertion.appendix.pdf
    const pages = await pdf.copyPages(source, source.getPageIndices())
    pages.forEach((page, offset) => {
      const node = page.node
      node.delete(PDFName.of('StructParents'))
      const annots = node.lookup(PDFName.of('Annots'))
      if (annots instanceof PDFArray) {
        for (let index = 0; index < annots.size(); index++) {
          const annot = annots.lookup(index)
          if (annot instanceof PDFDict) {
            annot.delete(PDFName.of('StructParent'))
            annot.delete(PDFName.of('P'))
          }
        }
      }
      pdf.insertPage(insertion.start + offset, page)
      inserted.add(insertion.start + offset)
    })
  }
  return inserted
}

/** Point each appendix's named destination (the marker Chromium saw) at its first page. */
export function retargetDestinations(pdf: PDFDocument, layout: Layout): void {
  const dests = pdf.catalog.lookup(PDFName.of('Dests'))
  if (!(dests instanceof PDFDict)) return
  for (const insertion of layout.insertions) {
    const page = pdf.getPage(insertion.start)
    dests.set(PDFName.of(insertion.anchor), pdf.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]))
  }
}
