/** `agendapunt.md`: one agenda item. */
import {z} from 'zod'
import {text, textOrList, yesNo} from './fields.js'

const appendixTitle = z
  .strictObject({
    bestand: text('File name inside the item\'s bijlagen/ folder, never a path', '01-brief-minister.pdf'),
    titel: text('Title shown for that appendix', 'Brief minister van BZK')
  })
  .transform((d) => ({file: d.bestand, title: d.titel}))

export const agendapunt = z
  .strictObject({
    titel: text('Title of the agenda item', 'Lobby'),
    voorstel: textOrList('Decision text shown in the agenda', 'Kennisnemen van de lobbyagenda 2025').optional(),
    nummer: z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N}.-]+$/u)
      .meta({description: 'Shown number when it is not the position, e.g. 3a', examples: ['3a']})
      .optional(),
    hamerstuk: yesNo('Decided without discussion').optional(),
    besloten: yesNo('Discussed behind closed doors').optional(),
    bijlagen: z
      .array(appendixTitle)
      .meta({description: 'Titles of PDF appendices', examples: [[{bestand: '01-brief.pdf', titel: 'Brief'}]]})
      .optional()
  })
  .transform((d) => ({
    title: d.titel,
    proposal: d.voorstel,
    number: d.nummer,
    gavel: d.hamerstuk ?? false,
    closed: d.besloten ?? false,
    appendixTitles: d.bijlagen ?? []
  }))

/** Front matter of `agendapunt.md` as written. */
export type AgendapuntInput = z.input<typeof agendapunt>
/** An agenda item's details. */
export type ItemInfo = z.output<typeof agendapunt>
