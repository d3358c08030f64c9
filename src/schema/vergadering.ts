/** `vergadering.md`: the meeting. */
import {contentType, type InputOf, type ModelOf} from './content-type.js'
import {date, text} from './field.js'

export const vergaderingType = contentType(
  'vergadering.md',
  {nl: 'De vergadering', en: 'The meeting', body: {nl: 'Een inleiding op het omslag (optioneel)', en: 'optional introduction on the cover'}},
  {
    orgaan: text('body', {description: {nl: 'Het bestuursorgaan dat vergadert', en: 'the governing body, e.g. `Algemeen Bestuur`'}, example: 'Algemeen Bestuur'}).required(),
    datum: date('date', {description: {nl: 'Datum van de vergadering (JJJJ-MM-DD)', en: 'date of the meeting, `YYYY-MM-DD`'}}).required(),
    organisatie: text('organisation', {description: {nl: 'De organisatie, op het omslag en als auteur van de PDF', en: 'organisation, on the cover and as PDF author'}, example: 'Regio …', placeholder: 'Naam van de organisatie'}),
    tijd: text('time', {description: {nl: 'Aanvangstijd, zoals geschreven', en: 'start time, as written (`"19:30"`)'}, example: '"19:30"', placeholder: '"19:30"'}),
    locatie: text('location', {description: {nl: 'Waar de vergadering is', en: 'where the meeting is held'}, example: 'Gemeentehuis, raadzaal', placeholder: 'Gemeentehuis, raadzaal'}),
    voorzitter: text('chair', {description: {nl: 'Wie de vergadering voorzit; ondertekent het verslag', en: 'who chairs the meeting; signs the minutes'}, example: 'Naam van de voorzitter', placeholder: 'Naam van de voorzitter'}),
    secretaris: text('secretary', {description: {nl: 'De secretaris; ondertekent het verslag', en: 'the secretary; signs the minutes'}, example: 'Naam van de secretaris', placeholder: 'Naam van de secretaris'})
  }
)

/** The schema of `vergadering.md`. */
export const vergadering = vergaderingType.schema
/** Front matter of `vergadering.md` as written. */
export type VergaderingInput = InputOf<typeof vergaderingType.fields>
/** The meeting's details. */
export type MeetingInfo = ModelOf<typeof vergaderingType.fields>
