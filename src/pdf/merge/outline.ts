/**
 * PDF bookmarks (outline), nested item → documents and named with the shown numbers:
 * "2 Lobby" → "2.1 Memo", "2.2 Brief minister" (#3).
 */
import {PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDict, type PDFDocument, type PDFRef} from 'pdf-lib'
import type {NumberedMeeting} from '../../number/number.js'
import type {Layout} from '../layout.js'
import {appendixOutline, type OutlineEntry} from './appendix-outline.js'
import {pdfOf} from '../../validate/check-pdf.js'

type Entry = OutlineEntry

/** The bookmark tree: Inhoud, Agenda, then every item with its documents (and a PDF's own bookmarks). */
export function outlineEntries(numbered: NumberedMeeting, layout: Layout): Entry[] {
  const page = (anchor: string) => (layout.pages.get(anchor) ?? 1) - 1
  return [
    {title: 'Inhoud', page: page('inhoud'), children: []},
    {title: 'Agenda', page: page('agenda'), children: []},
    ...numbered.items.map((item) => ({
      title: `${item.number} ${item.item.info.title}`,
      page: page(item.anchor),
      open: true,
      children: item.documents.map((document) => ({
        title: `${document.label} ${document.title}`,
        page: page(document.anchor),
        children: document.kind === 'appendix' && document.appendix.kind === 'pdf' ? appendixOutline(pdfOf(document.appendix), page(document.anchor)) : []
      }))
    }))
  ]
}

/** Write `entries` as the document outline and open the bookmarks panel. */
export function writeOutline(pdf: PDFDocument, entries: readonly Entry[]): void {
  const context = pdf.context
  const pages = pdf.getPages()
  const rootRef = context.nextRef()
  const build = (list: readonly Entry[], parent: PDFRef): {first?: PDFRef; last?: PDFRef; count: number} => {
    const refs = list.map(() => context.nextRef())
    let count = 0
    list.forEach((entry, index) => {
      const dict: PDFDict = context.obj({
        Title: PDFHexString.fromText(entry.title),
        Parent: parent,
        Dest: [pages[entry.page]!.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]
      })
      if (index > 0) dict.set(PDFName.of('Prev'), refs[index - 1]!)
      if (index < list.length - 1) dict.set(PDFName.of('Next'), refs[index + 1]!)
      const children = build(entry.children, refs[index]!)
      if (children.first && children.last) {
        dict.set(PDFName.of('First'), children.first)
        dict.set(PDFName.of('Last'), children.last)
        // Positive: open (items show their documents); negative: closed (an appendix's own bookmarks).
        dict.set(PDFName.of('Count'), PDFNumber.of(entry.open ? children.count : -children.count))
      }
      context.assign(refs[index]!, dict)
      count += 1 + (entry.open ? children.count : 0)
    })
    return {...(refs[0] ? {first: refs[0]} : {}), ...(refs.at(-1) ? {last: refs.at(-1)!} : {}), count}
  }
  const top = build(entries, rootRef)
  const root = context.obj({Type: 'Outlines', Count: top.count})
  if (top.first && top.last) {
    root.set(PDFName.of('First'), top.first)
    root.set(PDFName.of('Last'), top.last)
  }
  context.assign(rootRef, root)
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
