/**
 * The validated meeting: what the schemas accepted, in English names (glossary in the README).
 * Produced by validate/, numbered by number/, read by render/.
 */
import type {VFile} from 'vfile'
import type {PDFDocument} from 'pdf-lib'
import type {Balance} from './pdf/merge/content.js'
import type {MeetingInfo} from './schema/vergadering.js'
import type {ItemInfo} from './schema/agendapunt.js'
import type {MemoInfo} from './schema/memo.js'
import type {AppendixInfo} from './schema/bijlage.js'

export type {MeetingInfo, ItemInfo, MemoInfo, AppendixInfo}

/** A Markdown body and where it starts in its file, so render messages point at the right line. */
export interface MarkdownPart {
  readonly markdown: string
  readonly file: VFile
  /** 1-based line of the file where `markdown` starts. */
  readonly line: number
}

/**
 * What closes a document (`besloten`, #10) and what the public edition shows instead. The full
 * edition shows the document with a stamp; the public one a placeholder of as many pages.
 */
export interface Closure {
  /** The legal ground, e.g. "art. 5.1 lid 2 sub e Woo" (`grond`). */
  readonly ground?: string | undefined
  /** A neutral title for the public edition (`titel_openbaar`). */
  readonly publicTitle?: string | undefined
}

/** The proposal memo of an item. */
export interface Memo {
  readonly info: MemoInfo
  /** The Toelichting. */
  readonly body: MarkdownPart
}

/** A Markdown appendix (possibly minutes). */
export interface MarkdownAppendix {
  readonly kind: 'md'
  readonly fileName: string
  readonly title: string
  readonly info: AppendixInfo
  readonly body: MarkdownPart
  /** Set when this appendix itself is closed (its front matter says `besloten`). */
  readonly closed?: Closure | undefined
}

/** A PDF appendix, read and parsed once per build. */
export interface PdfAppendix {
  readonly kind: 'pdf'
  readonly fileName: string
  readonly title: string
  readonly pageCount: number
  readonly bytes: Uint8Array
  /**
   * The parsed document, reused when merging. Absent when validation was taken from the disk cache
   * (an unchanged file is not parsed again unless it is merged): `loadPdf` in validate/check-pdf.ts
   * parses it then and sets it here, for as long as this build holds the appendix (not readonly
   * for that reason).
   */
  pdf?: PDFDocument | undefined
  /** Its creation date (ISO day), when it says one: the sitemap's `lastmod`. */
  readonly created?: string | undefined
  /** sha256 of the bytes. */
  readonly hash: string
  readonly file: VFile
  /** How each page's content leaves the graphics state (measured once, at validation). */
  readonly balances: readonly Balance[]
  /** 1-based pages that paint an image but show no text (tagged as a Figure when merged, #12). */
  readonly imagePages?: readonly number[] | undefined
  /** Set when this appendix itself is closed (its `bijlagen` entry says `besloten`). */
  readonly closed?: Closure | undefined
}

/** An appendix of an agenda item. */
export type Appendix = MarkdownAppendix | PdfAppendix

/** An agenda item. */
export interface AgendaItem {
  /** Folder name, e.g. `02-lobby`. */
  readonly folder: string
  readonly info: ItemInfo
  /** Text shown under the item in the agenda. */
  readonly notes: MarkdownPart
  readonly memo?: Memo | undefined
  readonly appendices: readonly Appendix[]
}

/** A validated meeting. */
export interface Meeting {
  /** Folder name, e.g. `2025-01-29-algemeen-bestuur`. */
  readonly id: string
  readonly info: MeetingInfo
  /** Introduction on the cover. */
  readonly intro: MarkdownPart
  readonly items: readonly AgendaItem[]
  /** Absolute path of the meeting folder (for local images). */
  readonly dir: string
}
