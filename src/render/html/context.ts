/** What every part renderer gets. */
import type {NumberedMeeting} from '../../number/number.js'

/** Web page or print source for the PDF. */
export type RenderMode = 'web' | 'print'

/** Shared state of one render. */
export interface RenderContext {
  readonly numbered: NumberedMeeting
  readonly mode: RenderMode
  /** Content folder (real path): images must lie inside it. */
  readonly root: string
  /** Web only: anchor → href of the copied PDF appendix. */
  readonly appendixHref: (anchor: string) => string
  /** Web only: the bundle as PDF, to link to (absent without PDF). */
  readonly pdf?: PdfLink | undefined
  /** Print only: empty pages before the part with an anchor ('' for the end), see pdf/same-pages.ts. */
  readonly fillers?: ReadonlyMap<string, number> | undefined
}

/** The bundle's PDF as the web page links to it. */
export interface PdfLink {
  readonly href: string
  /** Pages and bytes, when known (dev makes the PDF only on request). */
  readonly pages?: number | undefined
  readonly bytes?: number | undefined
}
