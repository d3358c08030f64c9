/**
 * Stage 3, number: derive every label once — items 1..N (or their `nummer`), documents per item
 * (2.1 memo, 2.2… appendices) — so agenda, table of contents, headings, anchors, footers and PDF
 * bookmarks all show the same thing. Pure: no IO, no clock.
 */
import type {AgendaItem, Appendix, Closure, Meeting, Memo} from '../model.js'
import {dutchDate} from './dutch-date.js'
import {anchorSlug, shownNumbers} from './shown-number.js'

/** One document of an item: its memo or an appendix. */
export type NumberedDocument = {
  /** "2.1" */
  readonly label: string
  /** HTML id and PDF destination, e.g. `document-2-1`. */
  readonly anchor: string
  readonly title: string
  /** Set when the document is closed (`besloten` on it or on its item, #10). */
  readonly closed?: Closure | undefined
} & (
  | {readonly kind: 'memo'; readonly memo: Memo}
  | {readonly kind: 'appendix'; readonly appendix: Appendix}
  /** What the public edition keeps of a closed document: its number, a title and the ground. */
  | {readonly kind: 'closed'; readonly closed: Closure}
)

/** Whether a closed document is shown in full (the board's edition), not as a placeholder. */
export function shownClosed(document: NumberedDocument): document is NumberedDocument & {kind: 'memo' | 'appendix'} {
  return document.closed !== undefined && document.kind !== 'closed'
}

/** An agenda item with its labels. */
export interface NumberedItem {
  /** "2", or the item's `nummer`. */
  readonly number: string
  /** HTML id and PDF destination, e.g. `agendapunt-2`. */
  readonly anchor: string
  readonly item: AgendaItem
  readonly documents: readonly NumberedDocument[]
  /** Set when the item is closed: then all its documents are (#10). */
  readonly closed?: Closure | undefined
}

/** A meeting with every label derived. */
export interface NumberedMeeting {
  readonly meeting: Meeting
  /** "Algemeen Bestuur 29 januari 2025", used in footers and titles. */
  readonly title: string
  /** "woensdag 29 januari 2025" */
  readonly longDate: string
  readonly items: readonly NumberedItem[]
}

/** Derive the labels of a validated meeting. */
export function number(meeting: Meeting): NumberedMeeting {
  const numbers = shownNumbers(meeting.items.map((item) => item.info.number))
  const items = meeting.items.map((item, index): NumberedItem => {
    const shown = numbers[index]!
    const slug = anchorSlug(shown)
    const itemClosed: Closure | undefined = item.info.closed ? {ground: item.info.ground, publicTitle: item.info.publicTitle} : undefined
    const parts: Array<{kind: 'memo'; memo: Memo} | {kind: 'appendix'; appendix: Appendix}> = [
      ...(item.memo ? [{kind: 'memo' as const, memo: item.memo}] : []),
      ...item.appendices.map((appendix) => ({kind: 'appendix' as const, appendix}))
    ]
    const documents = parts.map((part, position): NumberedDocument => {
      const label = `${shown}.${position + 1}`
      const anchor = `document-${slug}-${position + 1}`
      const title = part.kind === 'memo' ? 'Memo' : part.appendix.title
      const own = part.kind === 'appendix' ? part.appendix.closed : undefined
      // A document of a closed item is closed; its own entry may add a ground or a neutral title.
      const closed = own || itemClosed ? {ground: own?.ground ?? itemClosed?.ground, publicTitle: own?.publicTitle} : undefined
      return {label, anchor, title, closed, ...part}
    })
    return {number: shown, anchor: `agendapunt-${slug}`, item, documents, closed: itemClosed}
  })
  const {body, date} = meeting.info
  return {meeting, title: `${body} ${dutchDate(date, false)}`, longDate: dutchDate(date, true), items}
}
