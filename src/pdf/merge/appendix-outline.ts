/**
 * A PDF appendix's own bookmarks, kept under its entry in the bundle's outline ("2.2 Brief
 * minister" → "1. Aanleiding", …), pointing at the inserted pages. Bookmarks whose target cannot
 * be found in the appendix are left out rather than pointing somewhere else.
 */
import {PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject} from 'pdf-lib'
import {lookupNamed} from './named-destinations.js'

/** A bookmark: title, final 0-based page, children. */
export interface OutlineEntry {
  readonly title: string
  readonly page: number
  readonly children: readonly OutlineEntry[]
  /** Show the children unfolded (default: false). */
  readonly open?: boolean
}

/** The outline of `source` with pages offset to `start` (the final index of its first page). */
export function appendixOutline(source: PDFDocument, start: number): OutlineEntry[] {
  const pageIndex = new Map(source.getPages().map((page, index) => [page.ref.toString(), index]))
  const targetOf = (item: PDFDict): number | undefined => {
    let dest: PDFObject | undefined = item.lookup(PDFName.of('Dest'))
    const action = item.lookup(PDFName.of('A'))
    if (!dest && action instanceof PDFDict && action.lookup(PDFName.of('S')) === PDFName.of('GoTo')) dest = action.lookup(PDFName.of('D'))
    if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString) dest = lookupNamed(source, dest.decodeText())
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'))
    const first = dest instanceof PDFArray ? dest.get(0) : undefined
    return first instanceof PDFRef ? pageIndex.get(first.toString()) : undefined
  }
  const walk = (first: PDFObject | undefined, depth: number): OutlineEntry[] => {
    const entries: OutlineEntry[] = []
    let node = first instanceof PDFRef ? source.context.lookup(first) : first
    const seen = new Set<PDFObject>()
    while (node instanceof PDFDict && !seen.has(node) && depth < 16 && entries.length < 1000) {
      seen.add(node)
      const title = node.lookup(PDFName.of('Title'))
      const page = targetOf(node)
      const children = walk(node.get(PDFName.of('First')), depth + 1)
      if ((title instanceof PDFString || title instanceof PDFHexString) && page !== undefined) {
        entries.push({title: title.decodeText(), page: start + page, children})
      } else entries.push(...children)
      const next = node.get(PDFName.of('Next'))
      node = next instanceof PDFRef ? source.context.lookup(next) : undefined
    }
    return entries
  }
  const outlines = source.catalog.lookup(PDFName.of('Outlines'))
  return outlines instanceof PDFDict ? walk(outlines.get(PDFName.of('First')), 0) : []
}
