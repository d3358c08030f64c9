/**
 * Editions (#9, #10): an edition is a plain filter on the numbered meeting, applied before the
 * outputs run. It works on the numbered meeting, not on the content, so whatever it leaves out,
 * the numbers of what remains stay those of the full bundle (item 5 stays item 5 when item 4 is
 * closed). `volledig`, the full bundle for the board, keeps everything; `openbaar` (openbaar.ts)
 * replaces every closed document by a placeholder.
 */
import type {NumberedMeeting} from '../number/number.js'

export interface Edition {
  /** Its name, as users write it (`volledig`, `openbaar`). */
  readonly name: EditionName
  /** The meeting as this edition shows it. */
  select(meeting: NumberedMeeting): NumberedMeeting
}

/** The editions there are. */
export type EditionName = 'volledig' | 'openbaar'

/** The full bundle, as the board receives it. */
export const volledig: Edition = {name: 'volledig', select: (meeting) => meeting}
