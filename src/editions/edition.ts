/**
 * Editions (#9): an edition is a plain filter on the numbered meeting, applied before the outputs
 * run. It works on the numbered meeting, not on the content, so whatever it leaves out, the
 * numbers of what remains stay those of the full bundle (item 5 stays item 5 when item 4 is left
 * out). `volledig`, the full bundle, keeps everything.
 */
import type {NumberedMeeting} from '../number/number.js'

export interface Edition {
  /** Its name, as users write it (`volledig`). */
  readonly name: string
  /** The meeting as this edition shows it. */
  select(meeting: NumberedMeeting): NumberedMeeting
}

/** The full bundle, as the board receives it. */
export const volledig: Edition = {name: 'volledig', select: (meeting) => meeting}
