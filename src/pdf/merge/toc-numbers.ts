/**
 * The page numbers of the table of contents, stamped into the slots the print left free.
 *
 * Chromium has no `target-counter()`, and the numbers are only known after the appendices are
 * counted. Chromium writes a link annotation per table-of-contents entry, named after the anchor it
 * points to; its rectangle is the entry's line. So each number is set right-aligned at the end of
 * its entry's first line, in the bundle's font and size. This replaces the second print of the
 * whole bundle (1.2 s for 1,200 pages) and keeps the print independent of the page numbers, so a
 * longer appendix does not invalidate the cached print (#3).
 */
import {PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFPage} from 'pdf-lib'
import {elementOf, kidsOf, type StructTree} from './struct-tree.js'
import type {Layout} from '../layout.js'
import type {Glyphs} from './glyphs.js'
import {stamp, type Mark} from './stamp.js'
import {frameOf} from './frame.js'

/** Font size of the table of contents in print (templates/bundel.css: html 10.5pt). */
const size = 10.5

interface Slot {
  readonly number: number
  readonly top: number
  readonly right: number
  /** The link annotation of the entry's first line. */
  readonly annot: PDFDict
}

/** Stamp the numbers on the table-of-contents pages (final indices `pages`); returns how many. */
export function stampTocNumbers(pdf: PDFDocument, layout: Layout, glyphs: Glyphs, pages: readonly number[], tree?: StructTree): number {
  let count = 0
  // An entry split over a page break has links on both pages: its number goes on the first.
  const done = new Set<string>()
  for (const index of pages) {
    const page = pdf.getPage(index)
    const slots = new Map<string, Slot>()
    const annots = page.node.Annots()
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i)
      if (!(annot instanceof PDFDict)) continue
      const dest = annot.get(PDFName.of('Dest'))
      const rect = annot.lookup(PDFName.of('Rect'))
      if (!(dest instanceof PDFName) || !(rect instanceof PDFArray)) continue
      const anchor = dest.decodeText()
      const number = layout.pages.get(anchor)
      if (number === undefined || done.has(anchor) || anchor === 'inhoud') continue
      const [, , x2, y2] = rect.asArray().map((value) => (value instanceof PDFNumber ? value.asNumber() : 0)) as [number, number, number, number]
      const known = slots.get(anchor)
      // An entry that wraps has one rectangle per line: the number goes on the first (top) one.
      if (!known || y2 > known.top) slots.set(anchor, {number, top: y2, right: Math.max(x2, known?.right ?? 0), annot})
    }
    if (slots.size === 0) continue
    for (const anchor of slots.keys()) done.add(anchor)
    const right = Math.max(...[...slots.values()].map((slot) => slot.right))
    const frame = frameOf(page)
    const artifacts: Mark[] = []
    for (const slot of slots.values()) {
      // A space before the number (drawn as nothing) keeps "Agenda 3" two words when read out.
      const text = tree ? ` ${slot.number}` : String(slot.number)
      // Baseline of the entry's first line: half the leading of line-height 1.5 plus DejaVu Sans'
      // ascent below the top, i.e. 1.071 × the font size (matches Chromium's glyphs to 0.01 pt).
      const baseline = slot.top - size * 1.071
      const mark: Mark = {text, x: right - glyphs.width(text, size), y: baseline, size, gray: 0.106}
      // The number is part of its link in the tag tree, so a screen reader reads the entry with
      // its page, as a sighted reader sees it (#12); without a tree it is an artifact.
      const link = tree && linkElement(pdf, tree, slot.annot)
      if (tree && link) stamp(pdf, page, glyphs, frame, [mark], {tag: 'Span', mcid: addContent(pdf, tree, page, link)})
      else artifacts.push(mark)
    }
    // Own pages: Chromium prints them upright, so display and user space are the same.
    if (artifacts.length > 0) stamp(pdf, page, glyphs, frame, artifacts)
    count += slots.size
  }
  return count
}

/** The `Link` element of a link annotation, through the parent tree. */
function linkElement(pdf: PDFDocument, tree: StructTree, annot: PDFDict): PDFRef | undefined {
  const key = annot.lookup(PDFName.of('StructParent'))
  const value = key instanceof PDFNumber ? tree.parents.get(key.asNumber()) : undefined
  return value instanceof PDFRef && elementOf(pdf.context, value)?.lookup(PDFName.of('S')) === PDFName.of('Link') ? value : undefined
}

/** A new marked-content id on `page`, as the last content of `element`. */
function addContent(pdf: PDFDocument, tree: StructTree, page: PDFPage, element: PDFRef): number {
  const mcid = tree.mcid(page, element)
  const node = pdf.context.lookup(element) as PDFDict
  const kids = kidsOf(node)
  const pg = node.get(PDFName.of('Pg'))
  kids.push(pg === page.ref ? PDFNumber.of(mcid) : pdf.context.obj({Type: 'MCR', Pg: page.ref, MCID: mcid}))
  node.set(PDFName.of('K'), pdf.context.obj(kids))
  return mcid
}
