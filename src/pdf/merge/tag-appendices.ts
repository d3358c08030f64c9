/**
 * Merged appendix pages in the bundle's tag tree (#12, PDF/UA-1 7.1): without this a screen
 * reader skips every merged page, and the documents have no heading.
 *
 * Each PDF appendix becomes a `Sect` at its place in the reading order (right before the part
 * Chromium printed after it), starting with an `H3` — the level of the memo's own documents in
 * the HTML — that holds its label and title as real, invisible text on its first page. Then:
 * - a tagged appendix brings its own tree (grafted by graft-tree.ts, at insertion);
 * - an untagged one gets each page's content as one `P` in content-stream order, or a `Figure`
 *   with alternative text for a page that is only an image (a scan without text layer);
 * - links and other annotations get their `Link`/`Annot` element, and every page `/Tabs /S`.
 */
import {PDFArray, PDFContentStream, PDFDict, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames as Op, PDFRef, PDFString, type PDFDocument, type PDFObject, type PDFObjectCopier, type PDFPage} from 'pdf-lib'
import type {Insertion, Layout} from '../layout.js'
import type {Balance} from './content.js'
import {frameOf} from './frame.js'
import type {Glyphs} from './glyphs.js'
import {beginTagged, stamp, type Tagged} from './stamp.js'
import {elementOf, kidsOf, StructTree} from './struct-tree.js'
import {graftTree, type CopiedPage} from './graft-tree.js'
import {clearStructure} from './insert-appendices.js'
import {appendixOutline, type OutlineEntry} from './appendix-outline.js'
import {markUntagged, sharedStreams} from './artifacts.js'
import {pdfOf} from '../../validate/check-pdf.js'

/** What the tagging did, for tests, the bench and the PDF/UA declaration. */
export interface AppendixTagging {
  /** Appendices whose own tag tree was grafted in. */
  readonly grafted: number
  /** Pages tagged here as `P` or `Figure`. */
  readonly pages: number
  readonly figures: number
  /** Annotations given a structure element. */
  readonly annotations: number
}

/** One appendix, as inserted: its section in the tree, and whether it brought its own tags. */
export interface TaggedInsertion {
  readonly insertion: Insertion
  readonly section: PDFRef
  readonly grafted: boolean
}

/** Where each appendix section goes: before the first element whose content all follows it. */
export function placeSections(pdf: PDFDocument, tree: StructTree, layout: Layout, lang: string): Map<Insertion, PDFRef> {
  const index = new Map(pdf.getPages().map((page, at) => [page.ref, at]))
  const spans = new Map<PDFDict, readonly [number, number] | undefined>()
  const span = (node: PDFDict, page: PDFRef | undefined, depth = 0): readonly [number, number] | undefined => {
    if (spans.has(node)) return spans.get(node)
    spans.set(node, undefined) // a cycle gives no span
    const own = node.get(PDFName.of('Pg'))
    const pg = own instanceof PDFRef ? own : page
    let low = Infinity
    let high = -Infinity
    const add = (at: number | undefined) => {
      if (at === undefined) return
      low = Math.min(low, at)
      high = Math.max(high, at)
    }
    for (const kid of kidsOf(node)) {
      if (kid instanceof PDFNumber) add(pg && index.get(pg))
      const child = elementOf(pdf.context, kid)
      if (child && depth < 256) {
        const inner = span(child, pg, depth + 1)
        if (inner) [inner[0], inner[1]].forEach(add)
      } else if (!child) {
        const reference = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid
        const kidPage = reference instanceof PDFDict ? reference.get(PDFName.of('Pg')) : undefined
        if (reference instanceof PDFDict) add(index.get(kidPage instanceof PDFRef ? kidPage : pg!))
      }
    }
    const result = low === Infinity ? undefined : ([low, high] as const)
    spans.set(node, result)
    return result
  }
  const placeIn = (parent: PDFRef, start: number, depth = 0): {parent: PDFRef; before?: PDFRef} => {
    const node = pdf.context.lookup(parent) as PDFDict
    const kids = kidsOf(node)
    for (const kid of kids) {
      if (!(kid instanceof PDFRef)) continue
      const child = elementOf(pdf.context, kid)
      const range = child && span(child, undefined)
      if (!range) continue
      if (range[0] >= start) return {parent, before: kid}
      if (range[1] >= start && depth < 256) return placeIn(kid, start, depth + 1)
    }
    return {parent}
  }
  const placed = new Map<Insertion, PDFRef>()
  for (const insertion of layout.insertions) {
    // Spans are of Chromium's elements only: sections placed earlier are not looked at again.
    const where = placeIn(tree.document, insertion.start)
    const title = labelOf(layout, insertion.anchor)
    const sourceLang = pdfOf(insertion.appendix).catalog.lookup(PDFName.of('Lang'))
    const extra: Record<string, PDFHexString | PDFString> = {T: PDFHexString.fromText(title)}
    const theirs = sourceLang instanceof PDFString || sourceLang instanceof PDFHexString ? sourceLang.decodeText().trim() : ''
    if (theirs && theirs.toLowerCase() !== lang.toLowerCase()) extra.Lang = PDFHexString.fromText(theirs)
    placed.set(insertion, tree.element('Sect', where.parent, extra, where.before))
  }
  return placed
}

/**
 * Graft the appendix's tree, or tell that it could not be: a tree too broken to copy (a type that
 * is no name, a kid that is no object) leaves its section empty, and its pages are then tagged as
 * an untagged file's are — never a failed build for a letter whose tags are damaged.
 */
function graftOrNot(pdf: PDFDocument, tree: StructTree, source: PDFDocument, copier: PDFObjectCopier, section: PDFRef, pages: readonly CopiedPage[]): boolean {
  try {
    return graftTree(pdf, tree, source, copier, section, pages)
  } catch {
    ;(pdf.context.lookup(section) as PDFDict).delete(PDFName.of('K'))
    return false
  }
}

/** "2.3 Kamerbrief regiodeals": how the footer and the outline name the part with `anchor`. */
function labelOf(layout: Layout, anchor: string): string {
  return layout.sections.find((candidate) => candidate.anchor === anchor)?.label ?? anchor
}

/** The `H3` of each appendix, first in its section: label and title, invisible, at the foot of its first page. */
export function addHeadings(pdf: PDFDocument, tree: StructTree, layout: Layout, sections: readonly TaggedInsertion[], glyphs: Glyphs): void {
  for (const {insertion, section} of sections) {
    const page = pdf.getPage(insertion.start)
    const label = labelOf(layout, insertion.anchor)
    const first = kidsOf(pdf.context.lookup(section) as PDFDict)[0]
    const heading = tree.element('H3', section, {Pg: page.ref}, first instanceof PDFRef ? first : undefined)
    const mcid = tree.mcid(page, heading)
    ;(pdf.context.lookup(heading) as PDFDict).set(PDFName.of('K'), PDFNumber.of(mcid))
    invisibleHeading(pdf, page, glyphs, label, {tag: 'H3', mcid})
  }
}

/** A heading's text, invisible, as tagged content in the footer band of `page`. */
function invisibleHeading(pdf: PDFDocument, page: PDFPage, glyphs: Glyphs, text: string, tagged: Tagged): void {
  const frame = frameOf(page)
  // In the footer band, below its line: text extraction and search read it after the page's own
  // text, so "Bijlagepagina 1" still starts the page for them.
  stamp(pdf, page, glyphs, frame, [{text, x: Math.min(56, frame.width * 0.09), y: Math.min(8, frame.height / 2), size: 7.5, gray: 0, invisible: true}], tagged)
}

/** A bookmark of an untagged appendix as a heading: H4 for its top level, never skipping one. */
interface Bookmark {
  readonly title: string
  readonly level: number
}

/** Final page index → the headings its bookmarks become there, in outline order. */
function bookmarkHeadings(entries: readonly OutlineEntry[]): Map<number, Bookmark[]> {
  const byPage = new Map<number, Bookmark[]>()
  let previous = 3
  const walk = (list: readonly OutlineEntry[], depth: number) => {
    for (const entry of list) {
      const level = Math.min(6, 4 + depth, previous + 1)
      previous = level
      byPage.set(entry.page, [...(byPage.get(entry.page) ?? []), {title: entry.title, level}])
      walk(entry.children, depth + 1)
    }
  }
  walk(entries, 0)
  return byPage
}

/**
 * Tag an untagged appendix page: its content streams become `[open, …its own, close]`, one
 * marked-content sequence. `close` first ends what the content left open (a text object, marked
 * content), so the returned balance is the page's as the footer's shrink must see it.
 */
export function tagPage(pdf: PDFDocument, tree: StructTree, section: PDFRef, page: PDFPage, balance: Balance | undefined, figure: string | undefined, shared: ReadonlySet<PDFRef> = new Set()): Balance | undefined {
  const type = figure === undefined ? 'P' : 'Figure'
  const element = tree.element(type, section, {Pg: page.ref, ...(figure === undefined ? {} : {Alt: PDFHexString.fromText(figure)})})
  // A file without tags may still mark artifacts (or other marked content): the page cannot be
  // one sequence then, as an artifact inside tagged content is no artifact (PDF/UA-1 7.1). Each
  // graphics object outside marked content gets an MCID of its own, all of the one element.
  if (balance === undefined || (balance.markedSequences ?? 1) > 0) {
    const ids: number[] = []
    markUntagged(pdf, page, shared, {type, mcid: () => ids[ids.push(tree.mcid(page, element)) - 1]!})
    ;(pdf.context.lookup(element) as PDFDict).set(PDFName.of('K'), pdf.context.obj(ids.map((id) => PDFNumber.of(id))))
    return closeLeftovers(pdf, page, balance)
  }
  const mcid = tree.mcid(page, element)
  ;(pdf.context.lookup(element) as PDFDict).set(PDFName.of('K'), PDFNumber.of(mcid))
  const raw = page.node.get(PDFName.of('Contents'))
  const resolved = raw instanceof PDFRef ? pdf.context.lookup(raw) : raw
  const own = resolved instanceof PDFArray ? resolved.asArray() : raw ? [raw] : []
  const stream = (operators: PDFOperator[]) => pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false))
  const open = stream([beginTagged(pdf, {tag: type, mcid})])
  const close = stream([
    ...Array.from({length: balance?.openMarked ?? 0}, () => PDFOperator.of(Op.EndMarkedContent)),
    ...(balance?.inText ? [PDFOperator.of(Op.EndText)] : []),
    PDFOperator.of(Op.EndMarkedContent)
  ])
  page.node.set(PDFName.of('Contents'), pdf.context.obj([open, ...own, close]))
  return balance && {...balance, openMarked: 0, inText: false}
}

/**
 * End what the page's content leaves open (marked content, a text object), so that the headings
 * and form fields drawn after it are not inside an artifact or a text object of the appendix.
 */
export function closeLeftovers(pdf: PDFDocument, page: PDFPage, balance: Balance | undefined): Balance | undefined {
  if (!balance || (balance.openMarked === 0 && !balance.inText)) return balance
  const operators = [...Array.from({length: balance.openMarked}, () => PDFOperator.of(Op.EndMarkedContent)), ...(balance.inText ? [PDFOperator.of(Op.EndText)] : [])]
  page.node.addContentStream(pdf.context.register(PDFContentStream.of(pdf.context.obj({}), operators, false)))
  return {...balance, openMarked: 0, inText: false}
}

/**
 * Every annotation of an appendix page without a structure element gets one (`Link` for links,
 * `Annot` for the rest; popups belong to their parent), in the appendix's section; links get a
 * `/Contents` when they have none. Returns how many were tagged.
 */
export function tagAnnotations(pdf: PDFDocument, tree: StructTree, section: PDFRef, page: PDFPage, pageNumber: (ref: PDFRef) => number | undefined): number {
  const annots = page.node.Annots()
  let count = 0
  for (let index = 0; index < (annots?.size() ?? 0); index++) {
    const ref = annots!.get(index)
    const annot = annots!.lookup(index)
    if (!(ref instanceof PDFRef) || !(annot instanceof PDFDict)) continue
    const subtype = annot.lookup(PDFName.of('Subtype'))
    if (subtype === PDFName.of('Popup') || subtype === PDFName.of('Widget')) continue
    const link = subtype === PDFName.of('Link')
    if (link && !annot.has(PDFName.of('Contents'))) {
      const contents = describe(pdf, annot, pageNumber)
      if (contents) annot.set(PDFName.of('Contents'), PDFHexString.fromText(contents))
    }
    if (annot.has(PDFName.of('StructParent'))) continue
    const element = tree.element(link ? 'Link' : 'Annot', section, {Pg: page.ref})
    ;(pdf.context.lookup(element) as PDFDict).set(PDFName.of('K'), pdf.context.obj({Type: 'OBJR', Obj: ref, Pg: page.ref}))
    annot.set(PDFName.of('StructParent'), PDFNumber.of(tree.addParent(element)))
    count++
  }
  return count
}

/** What a link of an appendix does, for a screen reader: its address, or "pagina N". */
function describe(pdf: PDFDocument, annot: PDFDict, pageNumber: (ref: PDFRef) => number | undefined): string | undefined {
  const action = annot.lookup(PDFName.of('A'))
  const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined
  if (uri instanceof PDFString || uri instanceof PDFHexString) return uri.decodeText()
  const dest = annot.lookup(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.lookup(PDFName.of('D')) : undefined)
  const target = dest instanceof PDFArray ? dest.get(0) : undefined
  const number = target instanceof PDFRef ? pageNumber(target) : undefined
  return number === undefined ? undefined : `pagina ${number}`
}

/** Tab order follows the structure on every page that has annotations (PDF/UA-1 7.18.3). */
export function structureTabOrder(pdf: PDFDocument): void {
  for (const page of pdf.getPages()) {
    const annots = page.node.Annots()
    if (annots && annots.size() > 0) page.node.set(PDFName.of('Tabs'), PDFName.of('S'))
  }
}

/** An inserted appendix, as insert-appendices.ts hands it over. */
export interface InsertedForTagging {
  readonly insertion: Insertion
  readonly copier: PDFObjectCopier
  readonly pages: readonly CopiedPage[]
}

/** Draws an appendix page's form fields into it, each field tagged as `mark` says (flatten-forms.ts). */
export type Flatten = (index: number, mark: ((widget: PDFObject) => Tagged | undefined) | undefined) => void

/**
 * Tag every merged appendix page (and flatten its form fields, in the same pass, so their values
 * are tagged where they stand). Returns each inserted page's balance as it now is, the tree (to
 * be saved once the merge is done with it) and what was done.
 */
export function tagAppendices(
  pdf: PDFDocument,
  layout: Layout,
  appendices: readonly InsertedForTagging[],
  glyphs: Glyphs,
  lang: string,
  flatten: Flatten
): {tree: StructTree | undefined; balances: Map<number, Balance | undefined>; grafted: Set<number>; tagging: AppendixTagging} {
  const balances = new Map<number, Balance | undefined>()
  const graftedPages = new Set<number>()
  const tagging = {grafted: 0, pages: 0, figures: 0, annotations: 0}
  const tree = StructTree.of(pdf)
  if (!tree) {
    for (const {insertion, pages} of appendices) {
      pages.forEach(({page}, offset) => {
        clearStructure(page.node)
        flatten(insertion.start + offset, undefined)
        balances.set(insertion.start + offset, insertion.appendix.balances[offset])
      })
    }
    return {tree, balances, grafted: graftedPages, tagging}
  }
  const sections = placeSections(pdf, tree, layout, lang)
  const shared = sharedStreams(pdf)
  const indexOf = new Map(pdf.getPages().map((page, index) => [page.ref, index + 1]))
  const done: TaggedInsertion[] = []
  for (const {insertion, copier, pages} of appendices) {
    const section = sections.get(insertion)!
    const {appendix} = insertion
    const source = pdfOf(appendix)
    const grafted = source.catalog.has(PDFName.of('StructTreeRoot')) && graftOrNot(pdf, tree, source, copier, section, pages)
    if (grafted) tagging.grafted++
    done.push({insertion, section, grafted})
    const owners = grafted ? formOwners(pdf, section) : new Map<PDFRef, PDFRef>()
    const bookmarks = grafted ? new Map<number, Bookmark[]>() : bookmarkHeadings(appendixOutline(source, insertion.start))
    pages.forEach(({page}, offset) => {
      const index = insertion.start + offset
      let balance = appendix.balances[offset]
      if (grafted) {
        graftedPages.add(index)
        balance = closeLeftovers(pdf, page, balance)
      } else {
        clearStructure(page.node)
        // Its bookmarks, as headings before the page's text: without tags, they are the only
        // structure the appendix has, and a screen reader can then jump to them as in the outline.
        const headings = (bookmarks.get(index) ?? []).map(({title, level}) => {
          const element = tree.element(`H${level}`, section, {Pg: page.ref})
          const mcid = tree.mcid(page, element)
          ;(pdf.context.lookup(element) as PDFDict).set(PDFName.of('K'), PDFNumber.of(mcid))
          return {title, level, mcid}
        })
        const imageOnly = appendix.imagePages?.includes(offset + 1) === true
        const label = labelOf(layout, insertion.anchor)
        balance = tagPage(pdf, tree, section, page, balance, imageOnly ? imageAlt(offset + 1, appendix.pageCount, label) : undefined, shared)
        for (const heading of headings) invisibleHeading(pdf, page, glyphs, heading.title, {tag: `H${heading.level}`, mcid: heading.mcid})
        tagging.pages++
        if (imageOnly) tagging.figures++
      }
      balances.set(index, balance)
      flatten(index, (widget) => {
        const owner = widget instanceof PDFRef ? owners.get(widget) : undefined
        const element = owner ?? tree.element('P', section, {Pg: page.ref})
        const mcid = tree.mcid(page, element)
        replaceObjectKid(pdf, element, widget, pdf.context.obj({Type: 'MCR', Pg: page.ref, MCID: mcid}))
        return {tag: owner ? 'Form' : 'P', mcid}
      })
      tagging.annotations += tagAnnotations(pdf, tree, section, page, (ref) => indexOf.get(ref))
    })
  }
  addHeadings(pdf, tree, layout, done, glyphs)
  return {tree, balances, grafted: graftedPages, tagging}
}

/** "Afbeelding van pagina 3 van 5 van 2.3 Kamerbrief; de pagina heeft geen tekst die een schermlezer kan voorlezen." */
function imageAlt(page: number, pages: number, label: string): string {
  return `Afbeelding van pagina ${page} van ${pages} van ${label}; de pagina heeft geen tekst die een schermlezer kan voorlezen.`
}

/** Widget → the `Form` element (grafted) that holds it. */
function formOwners(pdf: PDFDocument, section: PDFRef): Map<PDFRef, PDFRef> {
  const owners = new Map<PDFRef, PDFRef>()
  const seen = new Set<PDFRef>()
  const visit = (ref: PDFRef, depth: number) => {
    if (seen.has(ref) || depth > 256) return
    seen.add(ref)
    const element = elementOf(pdf.context, ref)
    if (!element) return
    for (const kid of kidsOf(element)) {
      if (kid instanceof PDFRef && elementOf(pdf.context, kid)) visit(kid, depth + 1)
      else if (kid instanceof PDFDict && kid.lookup(PDFName.of('Type')) === PDFName.of('OBJR')) {
        const object = kid.get(PDFName.of('Obj'))
        if (object instanceof PDFRef) owners.set(object, ref)
      }
    }
  }
  visit(section, 0)
  return owners
}

/** In `element`'s kids, the object reference to `object` becomes `replacement` (or it is added). */
function replaceObjectKid(pdf: PDFDocument, element: PDFRef, object: PDFObject, replacement: PDFDict): void {
  const node = pdf.context.lookup(element) as PDFDict
  const kids = kidsOf(node)
  const at = kids.findIndex((kid) => kid instanceof PDFDict && kid.get(PDFName.of('Obj')) === object)
  if (at >= 0) kids[at] = replacement
  else kids.push(replacement)
  node.set(PDFName.of('K'), pdf.context.obj(kids))
}
