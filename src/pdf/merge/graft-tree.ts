/**
 * A tagged appendix keeps its tags in the bundle (#12): its structure elements are copied under
 * the appendix's `Sect`, its marked-content ids are kept, and the parent-tree keys of its pages,
 * annotations and forms are renumbered into the bundle's parent tree.
 *
 * Role maps are resolved rather than merged: the bundle has one role map, and two appendices may
 * map the same name differently (Word's "Kop 1" in one, a custom "Heading" in another), so each
 * grafted element gets the standard type its own document meant. Headings move down so that the
 * appendix's highest one comes right under its `H3` (its H1 becomes H4, and so on, at most H6,
 * and never more than one level below the heading before it);
 * its `Document` becomes a `Div`, so the bundle keeps one document root. Classes are dropped:
 * they are names in the appendix's own class map, which is not copied. IDs are kept under a
 * prefix of the appendix's own, with the table headers that name them (element-ids.ts).
 */
import {PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRef, PDFStream, type PDFDocument, type PDFObject, type PDFObjectCopier, type PDFPage} from 'pdf-lib'
import {elementOf, kidsOf, readNumberTree, type StructTree} from './struct-tree.js'
import {highestId} from './artifacts.js'
import {scopeIds} from '../element-ids.js'

/** The standard structure types of PDF 1.7 (ISO 32000-1 14.8.4). */
const standard = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' ')
)
/** PDF 2.0 types that a 1.7 reader does not know, as their nearest 1.7 type. */
const fromPdf2: Record<string, string> = {Title: 'P', FENote: 'Note', Em: 'Span', Strong: 'Span', Sub: 'Span', Aside: 'Div', DocumentFragment: 'Div', Artifact: 'Div'}

/** A page of the appendix as copied: its ref in the source, and the page in the bundle. */
export interface CopiedPage {
  readonly source: PDFRef
  readonly page: PDFPage
}

/** Graft `source`'s tree under `section`; false when it has none worth keeping (then it is tagged as untagged). */
export function graftTree(pdf: PDFDocument, tree: StructTree, source: PDFDocument, copier: PDFObjectCopier, section: PDFRef, pages: readonly CopiedPage[]): boolean {
  const root = source.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (!(root instanceof PDFDict)) return false
  const topKids = kidsOf(root).filter((kid) => elementOf(source.context, kid))
  if (topKids.length === 0) return false
  const roleMap = root.lookup(PDFName.of('RoleMap'))
  const resolve = (name: string): string => {
    let current = name
    for (let step = 0; step < 16 && !standard.has(current); step++) {
      const mapped = roleMap instanceof PDFDict ? roleMap.lookup(PDFName.of(current)) : undefined
      if (!(mapped instanceof PDFName)) break
      current = mapped.decodeText()
    }
    return standard.has(current) ? current : (fromPdf2[current] ?? 'Div')
  }
  const shift = headingShift(source, topKids, resolve)
  // In reading order, a heading is at most one level below the one before it: a level the
  // appendix skips (H1 then H3) would break the bundle's outline of headings (PDF/UA-1 7.4.2).
  let previous = 3
  const retype = (type: string): string => {
    if (type === 'Document') return 'Div'
    const level = type === 'H' ? 1 : Number(/^H([1-6])$/.exec(type)?.[1] ?? 0)
    if (level === 0) return type
    previous = Math.min(6, level + shift, previous + 1)
    return `H${previous}`
  }

  const pageMap = new Map(pages.map(({source, page}) => [source, page.ref]))
  // What an OBJR may point at: the copied pages' annotations and the XObjects they draw.
  const objects = new Set<PDFRef>()
  for (const {source: ref} of pages) {
    const node = source.context.lookup(ref)
    if (!(node instanceof PDFDict)) continue
    const annots = node.lookup(PDFName.of('Annots'))
    if (annots instanceof PDFArray) for (const annot of annots.asArray()) if (annot instanceof PDFRef) objects.add(annot)
    forEachXObject(source, node.lookup(PDFName.of('Resources')), (ref) => objects.add(ref))
  }
  const mapped = new Map<PDFRef, PDFRef>()
  const seen = new Set<PDFDict>()
  const renamedHeaders = new Set<PDFArray>()
  const copyElement = (value: PDFObject, parent: PDFRef, depth: number): PDFRef | undefined => {
    const element = elementOf(source.context, value)
    if (!element || seen.has(element) || depth > 256) return undefined
    seen.add(element)
    const ref = pdf.context.nextRef()
    if (value instanceof PDFRef) mapped.set(value, ref)
    const type = element.lookup(PDFName.of('S'))
    const copy = pdf.context.obj({Type: 'StructElem', S: retype(resolve(type instanceof PDFName ? type.decodeText() : 'Div')), P: parent})
    const page = element.get(PDFName.of('Pg'))
    const newPage = page instanceof PDFRef ? pageMap.get(page) : undefined
    if (newPage) copy.set(PDFName.of('Pg'), newPage)
    for (const key of ['A', 'Alt', 'ActualText', 'Lang', 'E', 'T']) {
      const entry = element.get(PDFName.of(key))
      if (entry !== undefined) copy.set(PDFName.of(key), copier.copy(entry))
    }
    scopeIds(pdf, copy, element, `bijlage${section.objectNumber}-`, renamedHeaders)
    const kids: PDFObject[] = []
    for (const kid of kidsOf(element)) {
      if (kid instanceof PDFNumber) {
        // Content of a page that is not copied has no place here.
        if (page === undefined || newPage) kids.push(kid)
        continue
      }
      const child = copyElement(kid, ref, depth + 1)
      if (child) {
        kids.push(child)
        continue
      }
      const reference = kid instanceof PDFRef ? source.context.lookup(kid) : kid
      if (!(reference instanceof PDFDict)) continue
      const kidPage = reference.get(PDFName.of('Pg'))
      const target = kidPage instanceof PDFRef ? pageMap.get(kidPage) : undefined
      if (kidPage !== undefined && !target) continue
      if (reference.lookup(PDFName.of('Type')) === PDFName.of('OBJR')) {
        const object = reference.get(PDFName.of('Obj'))
        if (!(object instanceof PDFRef) || !objects.has(object)) continue
        kids.push(pdf.context.obj({Type: 'OBJR', Obj: copier.copy(object), ...(target ? {Pg: target} : {})}))
      } else if (reference.has(PDFName.of('MCID'))) {
        const stm = reference.get(PDFName.of('Stm'))
        kids.push(pdf.context.obj({Type: 'MCR', MCID: reference.get(PDFName.of('MCID'))!, ...(target ? {Pg: target} : {}), ...(stm ? {Stm: copier.copy(stm)} : {})}))
      }
    }
    if (kids.length === 1) copy.set(PDFName.of('K'), kids[0]!)
    else if (kids.length > 1) copy.set(PDFName.of('K'), pdf.context.obj(kids))
    pdf.context.assign(ref, copy)
    return ref
  }
  for (const kid of topKids) {
    const copied = copyElement(kid, section, 0)
    if (copied) tree.insertKid(section, copied)
  }

  // The parent tree: the same entries, pointing at the copies, under keys of the bundle.
  const parents = readNumberTree(source.context, root.get(PDFName.of('ParentTree')))
  const remap = (value: PDFObject | undefined): PDFObject | undefined => {
    const resolved = value instanceof PDFRef && !mapped.has(value) ? source.context.lookup(value) : value
    if (resolved instanceof PDFArray) return pdf.context.register(pdf.context.obj(resolved.asArray().map((entry) => (entry instanceof PDFRef ? (mapped.get(entry) ?? PDFNull) : PDFNull))))
    return value instanceof PDFRef ? mapped.get(value) : undefined
  }
  const renumber = (holder: PDFDict, key: 'StructParents' | 'StructParent') => {
    const old = holder.lookup(PDFName.of(key))
    if (!(old instanceof PDFNumber)) return
    const value = remap(parents.get(old.asNumber()))
    if (value) holder.set(PDFName.of(key), PDFNumber.of(tree.addParent(value)))
    else holder.delete(PDFName.of(key))
  }
  const forms = new Set<PDFStream>()
  for (const {page} of pages) {
    const had = page.node.lookup(PDFName.of('StructParents')) instanceof PDFNumber
    renumber(page.node, 'StructParents')
    // A key the appendix's parent tree does not hold: its ids are still in the content, so the
    // bundle's own (the H3, a form field) must come after them.
    if (had && !page.node.has(PDFName.of('StructParents'))) tree.reserve(page, highestId(pdf, page) + 1)
    const annots = page.node.Annots()
    for (let index = 0; index < (annots?.size() ?? 0); index++) {
      const annot = annots!.lookup(index)
      if (annot instanceof PDFDict) renumber(annot, 'StructParent')
    }
    // Forms drawn by forms too: each keeps its place in the tree under a key of the bundle.
    forEachXObject(pdf, page.node.get(PDFName.of('Resources')), (ref) => {
      const form = pdf.context.lookup(ref)
      if (!(form instanceof PDFStream) || forms.has(form)) return
      forms.add(form)
      renumber(form.dict, 'StructParents')
      renumber(form.dict, 'StructParent')
    })
  }
  return true
}

/** Every XObject reachable from `resources`, through forms, at most 8 deep, each once. */
function forEachXObject(document: PDFDocument, resources: PDFObject | undefined, onXObject: (ref: PDFRef) => void, seen = new Set<PDFObject>(), depth = 0): void {
  const dict = resources instanceof PDFRef ? document.context.lookup(resources) : resources
  if (!(dict instanceof PDFDict) || seen.has(dict) || depth > 8) return
  seen.add(dict)
  const xobjects = dict.lookup(PDFName.of('XObject'))
  if (!(xobjects instanceof PDFDict)) return
  for (const [, value] of xobjects.entries()) {
    if (!(value instanceof PDFRef) || seen.has(value)) continue
    seen.add(value)
    onXObject(value)
    const object = document.context.lookup(value)
    if (object instanceof PDFStream) forEachXObject(document, object.dict.get(PDFName.of('Resources')), onXObject, seen, depth + 1)
  }
}

/** How many levels the appendix's headings move down: its highest heading becomes H4. */
function headingShift(source: PDFDocument, top: readonly PDFObject[], resolve: (name: string) => string): number {
  let highest = 7
  const seen = new Set<PDFDict>()
  const visit = (value: PDFObject, depth: number) => {
    const element = elementOf(source.context, value)
    if (!element || seen.has(element) || depth > 256) return
    seen.add(element)
    const type = element.lookup(PDFName.of('S'))
    const resolved = resolve(type instanceof PDFName ? type.decodeText() : '')
    const level = resolved === 'H' ? 1 : Number(/^H([1-6])$/.exec(resolved)?.[1] ?? 7)
    highest = Math.min(highest, level)
    for (const kid of kidsOf(element)) visit(kid, depth + 1)
  }
  for (const kid of top) visit(kid, 0)
  return highest === 7 ? 3 : 4 - highest
}
