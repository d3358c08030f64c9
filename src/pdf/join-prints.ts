/**
 * Join the documents a bundle was printed as (render/html/print-parts.ts, #13) into the one
 * document a single print would have made, in place into the first: pages in order, the named
 * destinations (each from the document that holds its id, never from a stand-in), and one tag
 * tree, as the merge expects it from Chromium.
 *
 * Chromium's tree is `Document` › the page's wrappers (`<main>`) › the parts. Each later print's
 * parts are copied into the first print's innermost wrapper with the same copier that copied
 * its pages, so their elements point at the very pages and link annotations copied; the keys of
 * its parent tree are renumbered into the first print's (the same moves as grafting an
 * appendix's tree, graft-tree.ts, without changing any element).
 */
import {PDFArray, PDFDict, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFRef, type PDFDocument, type PDFObject, type PDFPageLeaf} from 'pdf-lib'
import {elementOf, kidsOf, StructTree} from './merge/struct-tree.js'
import {decodeName} from './destinations.js'

/** A printed document, and the ids it only stood in for. */
export interface Print {
  readonly pdf: PDFDocument
  readonly stubs: readonly string[]
}

/** The prints do not have the shape one page would have had: print the page whole instead. */
export class JoinError extends Error {}

const P = PDFName.of('P')
const Dests = PDFName.of('Dests')

/** Join `rest` after `first` (changed in place); throws a JoinError when they do not fit. */
export function joinPrints(first: Print, rest: readonly Print[]): PDFDocument {
  const pdf = first.pdf
  const tree = StructTree.of(pdf)
  if (!tree) throw new JoinError('Expected the first print to be tagged')
  const wrappers = wrapperDepth(pdf, tree.document)
  const target = innermost(pdf, tree.document, wrappers)
  const dests = pdf.catalog.lookup(Dests)
  if (!(dests instanceof PDFDict)) throw new JoinError('Expected named destinations in the first print')
  // Names are compared decoded: Chromium writes `café` as the UTF-8 bytes `caf#C3#A9`.
  const stubs = new Set(first.stubs)
  for (const name of dests.keys()) if (stubs.has(decodeName(name.asString()))) dests.delete(name)
  for (const print of rest) joinOne(pdf, tree, target, dests, print, wrappers)
  tree.save()
  return pdf
}

function joinOne(pdf: PDFDocument, tree: StructTree, target: PDFRef, dests: PDFDict, print: Print, wrappers: number): void {
  const source = print.pdf
  const sourceTree = StructTree.of(source)
  if (!sourceTree) throw new JoinError('Expected every print to be tagged')
  const container = innermost(source, sourceTree.document, wrappers)
  const copier = PDFObjectCopier.for(source.context, pdf.context)
  const pages: PDFPage[] = []
  for (const sourcePage of source.getPages()) {
    const ref = copier.copy(sourcePage.ref) as PDFRef
    const page = PDFPage.of(pdf.context.lookup(ref) as PDFPageLeaf, ref, pdf)
    pdf.insertPage(pdf.getPageCount(), page)
    pages.push(page)
  }
  // The parts lose their parent before copying, so the copier does not climb to the print's own
  // wrappers and tree root (objects the joined file would carry without using).
  const containerNode = source.context.lookup(container) as PDFDict
  const moved = reachable(source, kidsOf(containerNode))
  for (const [, value] of sourceTree.parents) {
    const resolved = value instanceof PDFRef ? source.context.lookup(value) : value
    const targets = resolved instanceof PDFArray ? resolved.asArray() : [value]
    if (targets.some((target) => target instanceof PDFRef && !moved.has(target))) throw new JoinError('Expected every tagged item of a print to belong to one of its parts')
  }
  for (const kid of kidsOf(containerNode)) {
    const element = elementOf(source.context, kid)
    if (!element) throw new JoinError('Expected only elements in the wrapper of a print')
    element.delete(P)
    const copied = copier.copy(kid)
    const copiedElement = elementOf(pdf.context, copied)!
    copiedElement.set(P, target)
    tree.insertKid(target, copied)
  }
  const keys = new Map<number, number>()
  for (const [key, value] of [...sourceTree.parents].sort(([a], [b]) => a - b)) keys.set(key, tree.addParent(copier.copy(value)))
  const renumber = (holder: PDFDict, name: 'StructParents' | 'StructParent') => {
    const old = holder.lookup(PDFName.of(name))
    if (!(old instanceof PDFNumber)) return
    const key = keys.get(old.asNumber())
    if (key === undefined) holder.delete(PDFName.of(name))
    else holder.set(PDFName.of(name), PDFNumber.of(key))
  }
  for (const page of pages) {
    renumber(page.node, 'StructParents')
    const annots = page.node.Annots()
    for (let index = 0; index < (annots?.size() ?? 0); index++) {
      const annot = annots!.lookup(index)
      if (annot instanceof PDFDict) renumber(annot, 'StructParent')
    }
  }
  const sourceDests = source.catalog.lookup(Dests)
  const stubs = new Set(print.stubs)
  if (sourceDests instanceof PDFDict) {
    for (const [name, value] of sourceDests.entries()) if (!stubs.has(decodeName(name.asString()))) dests.set(name, copier.copy(value))
  }
}

/** The refs of the elements below `kids` (their own included). */
function reachable(pdf: PDFDocument, kids: readonly PDFObject[]): Set<PDFRef> {
  const found = new Set<PDFRef>()
  const visit = (value: PDFObject, depth: number) => {
    if (!(value instanceof PDFRef) || found.has(value) || depth > 512) return
    const element = elementOf(pdf.context, value)
    if (!element) return
    found.add(value)
    for (const kid of kidsOf(element)) visit(kid, depth + 1)
  }
  for (const kid of kids) visit(kid, 0)
  return found
}

/** How many wrappers (elements with one element and nothing else) lie between `Document` and the parts. */
function wrapperDepth(pdf: PDFDocument, document: PDFRef): number {
  let depth = 0
  let node = pdf.context.lookup(document) as PDFDict
  for (;;) {
    const kids = kidsOf(node)
    const only = kids.length === 1 ? elementOf(pdf.context, kids[0]) : undefined
    if (!only) return depth
    node = only
    depth++
  }
}

/** The element `depth` wrappers below `document`, each the only kid of the one above. */
function innermost(pdf: PDFDocument, document: PDFRef, depth: number): PDFRef {
  let ref: PDFObject = document
  for (let level = 0; level < depth; level++) {
    const kids = kidsOf(elementOf(pdf.context, ref)!)
    if (kids.length !== 1 || !(kids[0] instanceof PDFRef) || !elementOf(pdf.context, kids[0])) throw new JoinError('Expected the prints to share their wrappers')
    ref = kids[0]
  }
  if (!(ref instanceof PDFRef)) throw new JoinError('Expected a wrapper element')
  return ref
}
