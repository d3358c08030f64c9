/** `vergadering.md`: the meeting. */
import {z} from 'zod'
import {isoDate, text} from './fields.js'

export const vergadering = z
  .strictObject({
    orgaan: text('The governing body that meets', 'Algemeen Bestuur'),
    datum: isoDate('Date of the meeting (YYYY-MM-DD)'),
    organisatie: text('The organisation, shown on the cover and as PDF author', 'Regio Rivierenland-Oost').optional(),
    tijd: text('Start time, as written', '19:30').optional(),
    locatie: text('Where the meeting is held', 'Gemeentehuis Zaltbommel, raadzaal').optional(),
    voorzitter: text('Who chairs the meeting', 'J. de Vries').optional(),
    secretaris: text('The secretary', 'M. Jansen').optional()
  })
  .transform((d) => ({
    body: d.orgaan,
    date: d.datum,
    organisation: d.organisatie,
    time: d.tijd,
    location: d.locatie,
    chair: d.voorzitter,
    secretary: d.secretaris
  }))

/** Front matter of `vergadering.md` as written. */
export type VergaderingInput = z.input<typeof vergadering>
/** The meeting's details. */
export type MeetingInfo = z.output<typeof vergadering>
