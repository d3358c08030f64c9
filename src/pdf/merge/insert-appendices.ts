/**
 * Insert the PDF appendices' pages into the document Chromium printed, rather than building a new
 * document: a new pdf-lib document would drop Chromium's tag tree, language, links and named
 * destinations (#3). The pages keep their `/StructParents` for the tagging that follows
 * (tag-appendices.ts): a tagged appendix's tree is grafted in with the same copier, so its
 * elements point at the very pages and annotations inserted here.
 *
 * Pages are copied by reference with one copier per appendix, so a link from its page 1 to its
 * page 3 lands on the inserted page 3 (pdf-lib's copyPages would make an orphan copy of page 3).
 * Named destinations inside an appendix are made explicit first: its `/agenda` is not ours.
 */
import {PDFArray, PDFDict, PDFName, PDFNull, PDFObjectCopier, PDFPage, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject, type PDFPageLeaf} from 'pdf-lib'
import type {Insertion, Layout} from '../layout.js'
import {formDefaults, type FormDefaults} from './flatten-forms.js'
import {lookupNamed} from './named-destinations.js'
import type {Balance} from './content.js'
import {pdfOf} from '../../validate/check-pdf.js'

/** What is known of an inserted page: its source's form defaults, and how its content ends. */
export interface InsertedPage {
  readonly defaults: FormDefaults
  readonly balance: Balance | undefined
}

/** One appendix as inserted: the copier that copied it (to graft its tags), and its pages. */
export interface InsertedAppendix {
  readonly insertion: Insertion
  readonly copier: PDFObjectCopier
  readonly pages: ReadonlyArray<{readonly source: PDFRef; readonly page: PDFPage}>
}

/** Insert every appendix at its planned place; returns final page index → what is known of it. */
export async function insertAppendices(pdf: PDFDocument, layout: Layout): Promise<{inserted: Map<number, InsertedPage>; appendices: InsertedAppendix[]}> {
  const inserted = new Map<number, InsertedPage>()
  const appendices: InsertedAppendix[] = []
  for (const insertion of layout.insertions) {
    const source = pdfOf(insertion.appendix)
    const defaults = formDefaults(source)
    const copier = PDFObjectCopier.for(source.context, pdf.context)
    const pages = source.getPages()
    // Every page first: copying page 1 copies the pages its links point to, and a link on such a
    // later page must already be explicit then, or its name dangles in the bundle (#14).
    for (const sourcePage of pages) explicitDestinations(source, sourcePage.node)
    const copied: Array<{source: PDFRef; page: PDFPage}> = []
    pages.forEach((sourcePage, offset) => {
      const ref = copier.copy(sourcePage.ref) as PDFRef
      const page = PDFPage.of(pdf.context.lookup(ref) as PDFPageLeaf, ref, pdf)
      pdf.insertPage(insertion.start + offset, page)
      inserted.set(insertion.start + offset, {defaults, balance: insertion.appendix.balances[offset]})
      copied.push({source: sourcePage.ref, page})
    })
    appendices.push({insertion, copier, pages: copied})
  }
  return {inserted, appendices}
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

/** Forget the page's place in its source's tag tree (an untagged appendix's stale keys). */
export function clearStructure(node: PDFPageLeaf): void {
  node.delete(PDFName.of('StructParents'))
  const annots = node.Annots()
  for (let index = 0; index < (annots?.size() ?? 0); index++) {
    const annot = annots!.lookup(index)
    if (annot instanceof PDFDict) {
      annot.delete(PDFName.of('StructParent'))
      annot.delete(PDFName.of('P'))
    }
  }
}

/** Replace named destinations in the page's links by the explicit ones they name (or drop them). */
function explicitDestinations(source: PDFDocument, node: PDFPageLeaf): void {
  const annots = node.Annots()
  for (let index = 0; index < (annots?.size() ?? 0); index++) {
    const annot = annots!.lookup(index)
    if (!(annot instanceof PDFDict)) continue
    const action = annot.lookup(PDFName.of('A'))
    const holder = action instanceof PDFDict && action.lookup(PDFName.of('S')) === PDFName.of('GoTo') ? action : annot
    const key = holder === annot ? PDFName.of('Dest') : PDFName.of('D')
    const dest = holder.lookup(key)
    if (!(dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString)) continue
    const name = dest instanceof PDFName ? dest.decodeText() : dest.decodeText()
    const explicit = lookupNamed(source, name)
    if (explicit) holder.set(key, explicit)
    else holder.delete(key)
  }
}
