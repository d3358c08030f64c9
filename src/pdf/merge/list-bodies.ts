/**
 * Every list item in the tag tree gets its body (PDF/UA-1 via ISO 32000-1 14.8.4.3.3, #12):
 * Chromium writes `LI` with a `Lbl` and the text as `NonStruct`, or only a `Link` (the table of
 * contents), or its marker as marked content right under the `LI`, so a screen reader finds list
 * items without content. Here a marker in marked content becomes a `Lbl` (its parent-tree entry
 * moved to it), a lone `NonStruct` becomes the `LBody`, and other content elements are wrapped in
 * a new `LBody`.
 */
import {PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject} from 'pdf-lib'
import {elementOf, kidsOf, readNumberTree} from './struct-tree.js'

/** What happened, for tests and the bench. */
export interface ListBodies {
  readonly items: number
  readonly renamed: number
  readonly wrapped: number
}

export function addListBodies(pdf: PDFDocument): ListBodies {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  const result = {items: 0, renamed: 0, wrapped: 0}
  if (!(root instanceof PDFDict)) return result
  const S = PDFName.of('S')
  const K = PDFName.of('K')
  const P = PDFName.of('P')
  const seen = new Set<PDFDict>()
  const element = (value: PDFObject | undefined) => elementOf(pdf.context, value)
  const parents = readNumberTree(pdf.context, root.get(PDFName.of('ParentTree')))
  const visit = (node: PDFDict, ref: PDFRef | undefined) => {
    if (seen.has(node)) return
    seen.add(node)
    if (node.lookup(S) === PDFName.of('LI') && ref) labelMarkers(pdf, parents, node, ref)
    const kids = kidsOf(node)
    if (node.lookup(S) === PDFName.of('LI') && ref) {
      result.items++
      const named = kids.map((kid) => element(kid)?.lookup(S))
      if (!named.includes(PDFName.of('LBody'))) {
        const body = kids.filter((_, index) => named[index] !== PDFName.of('Lbl'))
        const marked = body.some((kid) => element(kid) === undefined)
        if (body.length === 1 && named[kids.indexOf(body[0]!)] === PDFName.of('NonStruct')) {
          element(body[0])!.set(S, PDFName.of('LBody'))
          result.renamed++
        } else if (body.length > 0 && !marked) {
          const lbody = pdf.context.obj({Type: 'StructElem', S: 'LBody', P: ref, K: body})
          const lbodyRef = pdf.context.register(lbody)
          for (const kid of body) element(kid)!.set(P, lbodyRef)
          node.set(K, pdf.context.obj([...kids.filter((_, index) => named[index] === PDFName.of('Lbl')), lbodyRef]))
          result.wrapped++
        }
      }
    }
    for (const kid of kidsOf(node)) {
      if (kid instanceof PDFNumber) continue
      const child = element(kid)
      if (child) visit(child, kid instanceof PDFRef ? kid : undefined)
    }
  }
  for (const kid of kidsOf(root)) {
    const child = element(kid)
    if (child) visit(child, kid instanceof PDFRef ? kid : undefined)
  }
  return result
}

/** Marked content right under an `LI` (Chromium's list marker) becomes a `Lbl` element of its own. */
function labelMarkers(pdf: PDFDocument, parents: ReadonlyMap<number, PDFObject>, li: PDFDict, liRef: PDFRef): void {
  const K = PDFName.of('K')
  const kids = kidsOf(li)
  if (!kids.some((kid) => kid instanceof PDFNumber)) return
  const pageRef = li.get(PDFName.of('Pg'))
  const page = pageRef instanceof PDFRef ? pdf.context.lookup(pageRef) : undefined
  const key = page instanceof PDFDict ? page.lookup(PDFName.of('StructParents')) : undefined
  const entry = key instanceof PDFNumber ? parents.get(key.asNumber()) : undefined
  const resolved = entry instanceof PDFRef ? pdf.context.lookup(entry) : entry
  const array = resolved instanceof PDFArray ? resolved : undefined
  if (!array || !(pageRef instanceof PDFRef)) return
  const replaced = kids.map((kid) => {
    if (!(kid instanceof PDFNumber)) return kid
    const mcid = kid.asNumber()
    const label = pdf.context.register(pdf.context.obj({Type: 'StructElem', S: 'Lbl', P: liRef, Pg: pageRef, K: mcid}))
    if (mcid < array.size()) array.set(mcid, label)
    return label
  })
  li.set(K, pdf.context.obj(replaced))
}
