/**
 * Pure: where each part of the bundle lands once the PDF appendices are merged. Input is the
 * printed own pages (first page per anchor); output is the final page of every table-of-contents
 * entry, where to insert each appendix, and the section each page belongs to (for the footer).
 */
import type {NumberedMeeting} from '../number/number.js'
import type {PdfAppendix} from '../model.js'

/** An appendix to insert before own page `at` (0-based index in the printed PDF). */
export interface Insertion {
  readonly anchor: string
  readonly appendix: PdfAppendix
  readonly at: number
  /** Final 0-based index of its first page. */
  readonly start: number
}

/** A stretch of pages that the footer names, from `start` (final, 0-based). */
export interface Section {
  readonly start: number
  /** "2.3 Kamerbrief", "Agenda", or "" on the cover. */
  readonly label: string
  /** The TOC/bookmark anchor it belongs to (optional). */
  readonly anchor?: string | undefined
}

/** The merged bundle's page plan. */
export interface Layout {
  /** Total pages: own plus appendix pages. */
  readonly total: number
  readonly insertions: readonly Insertion[]
  /** Anchor → final 1-based first page (agenda, items, documents). */
  readonly pages: ReadonlyMap<string, number>
  /** Sections in page order. */
  readonly sections: readonly Section[]
  /** Final 0-based index of own page `index`. */
  readonly ownToFinal: (index: number) => number
}

/** A part printed by Chromium, or an appendix merged afterwards, in bundle order. */
type Part = {anchor: string; label: string} & ({kind: 'own'} | {kind: 'pdf'; appendix: PdfAppendix})

/** Plan the merged bundle; throws when a destination is missing (a renderer bug, not a content problem). */
export function planLayout(numbered: NumberedMeeting, destinations: ReadonlyMap<string, number>, ownPages: number): Layout {
  const parts: Part[] = [
    {anchor: 'inhoud', label: 'Inhoud', kind: 'own'},
    {anchor: 'agenda', label: 'Agenda', kind: 'own'}
  ]
  for (const item of numbered.items) {
    parts.push({anchor: item.anchor, label: `${item.number} ${item.item.info.title}`, kind: 'own'})
    for (const document of item.documents) {
      const label = `${document.label} ${document.title}`
      if (document.kind === 'appendix' && document.appendix.kind === 'pdf') parts.push({anchor: document.anchor, label, kind: 'pdf', appendix: document.appendix})
      else parts.push({anchor: document.anchor, label, kind: 'own'})
    }
  }
  const ownStart = (anchor: string): number => {
    const page = destinations.get(anchor)
    if (page === undefined) throw new Error(`Expected a PDF destination for \`${anchor}\`, not none`)
    return page
  }
  // An appendix goes right before the next part that Chromium printed: every own part starts on a
  // new page, so that is exactly after the last page of whatever precedes the appendix.
  const insertionsAt: Array<{part: Part & {kind: 'pdf'}; at: number}> = []
  parts.forEach((part, index) => {
    if (part.kind !== 'pdf') return
    const next = parts.slice(index + 1).find((candidate) => candidate.kind === 'own')
    insertionsAt.push({part, at: next ? ownStart(next.anchor) : ownPages})
  })
  const insertedBefore = (ownIndex: number) =>
    insertionsAt.filter((insertion) => insertion.at <= ownIndex).reduce((sum, insertion) => sum + insertion.part.appendix.pageCount, 0)
  const ownToFinal = (index: number) => index + insertedBefore(index)
  let previousAt = -1
  let runningExtra = 0
  const insertions: Insertion[] = insertionsAt.map(({part, at}) => {
    if (at !== previousAt) {
      runningExtra = insertionsAt.filter((other) => other.at < at).reduce((sum, other) => sum + other.part.appendix.pageCount, 0)
      previousAt = at
    }
    const start = at + runningExtra
    runningExtra += part.appendix.pageCount
    return {anchor: part.anchor, appendix: part.appendix, at, start}
  })
  const starts = new Map<string, number>()
  for (const part of parts) if (part.kind === 'own') starts.set(part.anchor, ownToFinal(ownStart(part.anchor)))
  for (const insertion of insertions) starts.set(insertion.anchor, insertion.start)
  const sections: Section[] = [
    {start: 0, label: ''},
    ...parts.map((part) => ({start: starts.get(part.anchor)!, label: part.label, anchor: part.anchor}))
  ]
  // Stable sort keeps bundle order among sections that start on the same page.
  sections.sort((a, b) => a.start - b.start)
  const pages = new Map([...starts].map(([anchor, start]) => [anchor, start + 1]))
  const total = ownPages + insertions.reduce((sum, insertion) => sum + insertion.appendix.pageCount, 0)
  return {total, insertions, pages, sections, ownToFinal}
}

/** The section a final page belongs to: the last one starting at or before it. */
export function sectionOf(layout: Layout, page: number): Section {
  let found = layout.sections[0]!
  for (const section of layout.sections) if (section.start <= page) found = section
  return found
}

/** Final indices of the table-of-contents pages: from its first page up to the agenda. */
export function tocPages(layout: Layout): number[] {
  const start = (layout.pages.get('inhoud') ?? 2) - 1
  const agenda = (layout.pages.get('agenda') ?? start + 2) - 1
  return Array.from({length: Math.max(1, agenda - start)}, (_, index) => start + index)
}
