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
}
