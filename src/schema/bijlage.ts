/** A Markdown appendix in `bijlagen/`; `soort: verslag` makes it minutes. */
import {z} from 'zod'
import {isoDate, text} from './fields.js'

const minutesOnly = ['tijd', 'locatie', 'voorzitter', 'secretaris', 'notulist', 'vastgesteld'] as const

export const bijlage = z
  .strictObject({
    titel: text('Title of the appendix', 'Lobbyagenda 2025'),
    soort: z
      .enum(['verslag'])
      .meta({description: 'verslag: minutes of an earlier meeting'})
      .optional(),
    datum: isoDate('Date of the document; for minutes the date of the meeting').optional(),
    tijd: text('Minutes: start time', '19:30').optional(),
    locatie: text('Minutes: where the meeting was held', 'Gemeentehuis').optional(),
    voorzitter: text('Minutes: who chaired', 'Naam van de voorzitter').optional(),
    secretaris: text('Minutes: the secretary, who signs with the chair', 'Naam van de secretaris').optional(),
    notulist: text('Minutes: who took the minutes', 'Naam van de notulist').optional(),
    vastgesteld: isoDate('Minutes: date they were adopted').optional()
  })
  .superRefine((d, context) => {
    if (d.soort === 'verslag' && d.datum === undefined) {
      context.addIssue({code: 'custom', path: ['datum'], input: undefined, params: {rule: 'missing-field'}})
    }
    if (d.soort !== 'verslag') {
      for (const key of minutesOnly) {
        if (d[key] !== undefined) {
          context.addIssue({code: 'custom', path: [key], params: {rule: 'minutes-only'}})
        }
      }
    }
  })
  .transform((d) => ({
    title: d.titel,
    minutes: d.soort === 'verslag',
    date: d.datum,
    time: d.tijd,
    location: d.locatie,
    chair: d.voorzitter,
    secretary: d.secretaris,
    minuteTaker: d.notulist,
    adopted: d.vastgesteld
  }))

/** Front matter of a Markdown appendix as written. */
export type BijlageInput = z.input<typeof bijlage>
/** A Markdown appendix's details. */
export type AppendixInfo = z.output<typeof bijlage>
