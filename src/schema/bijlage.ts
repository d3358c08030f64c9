/** A Markdown appendix in `bijlagen/`; `soort: verslag` makes it minutes. */
import * as z from 'zod'
import {contentType, type InputOf, type ModelOf} from './content-type.js'
import {date, Field, text, yesNo} from './field.js'
import {closureNeedsClosed, groundField, publicTitleField} from './closure.js'

/** Fields only minutes take. */
const minutesOnly = ['tijd', 'locatie', 'voorzitter', 'secretaris', 'notulist', 'vastgesteld'] as const

/** `soort: verslag`: in the model, whether the appendix is minutes. */
const kind = new Field(
  'minutes',
  z.enum(['verslag']).transform(() => true).meta({description: 'verslag: het verslag (de notulen) van een eerdere vergadering'}),
  'optional',
  {description: {nl: '`verslag` maakt de bijlage een verslag van een eerdere vergadering', en: '`verslag` makes a Markdown appendix minutes'}, example: 'verslag', kind: {type: 'oneOf', words: ['verslag']}}
).otherwise(false)

export const bijlageType = contentType(
  'bijlagen/*.md',
  {nl: 'Een Markdown-bijlage; `soort: verslag` maakt er een verslag van', en: 'A Markdown appendix; `soort: verslag` makes it minutes', body: {nl: 'De tekst van de bijlage; bij een verslag de genummerde onderdelen', en: 'the text of the appendix; for minutes its numbered sections'}},
  {
    titel: text('title', {description: {nl: 'Titel van de bijlage', en: 'title of the appendix'}}).required(),
    soort: kind,
    besloten: yesNo('closed', {description: {nl: 'Besloten (`ja`/`nee`): de openbare editie toont een plaatshouder', en: 'closed (`ja`/`nee`): the public edition shows a placeholder'}}).otherwise(false),
    grond: groundField(),
    titel_openbaar: publicTitleField({nl: 'Neutrale titel in de openbare editie', en: 'neutral title in the public edition'}),
    datum: date('date', {description: {nl: 'Datum van het stuk; bij een verslag de datum van die vergadering (dan verplicht)', en: 'date of the document; for minutes the date of that meeting (then required)'}}),
    tijd: text('time', {description: {nl: 'Verslag: aanvangstijd', en: 'minutes: start time'}, example: '"19:30"'}),
    locatie: text('location', {description: {nl: 'Verslag: waar de vergadering was', en: 'minutes: where the meeting was held'}, example: 'Gemeentehuis'}),
    voorzitter: text('chair', {description: {nl: 'Verslag: wie voorzat', en: 'minutes: who chaired'}, example: 'Naam van de voorzitter'}),
    secretaris: text('secretary', {description: {nl: 'Verslag: de secretaris', en: 'minutes: the secretary'}, example: 'Naam van de secretaris'}),
    notulist: text('minuteTaker', {description: {nl: 'Verslag: wie notuleerde', en: 'minutes: who took the minutes'}, example: 'Naam van de notulist'}),
    vastgesteld: date('adopted', {description: {nl: 'Verslag: datum waarop het is vastgesteld', en: 'minutes: date they were adopted'}})
  },
  (data, context) => {
    closureNeedsClosed(data, context)
    if (data.soort === true && data.datum === undefined) context.addIssue({code: 'custom', path: ['datum'], input: undefined, params: {rule: 'missing-field'}})
    if (data.soort !== true) {
      for (const key of minutesOnly) {
        if (data[key] !== undefined) context.addIssue({code: 'custom', path: [key], params: {rule: 'minutes-only'}})
      }
    }
  }
)

/** The schema of a Markdown appendix. */
export const bijlage = bijlageType.schema
/** Front matter of a Markdown appendix as written. */
export type BijlageInput = InputOf<typeof bijlageType.fields>
/** A Markdown appendix's details. */
export type AppendixInfo = ModelOf<typeof bijlageType.fields>
