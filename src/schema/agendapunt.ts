/** `agendapunt.md`: one agenda item. */
import {contentType, type InputOf, type ModelOf} from './content-type.js'
import {code, listOf, text, textOrList, yesNo} from './field.js'
import {closureNeedsClosed, groundField, publicTitleField} from './closure.js'

/** One entry of `bijlagen`: a PDF appendix's file, the title it is shown with, and whether it is closed. */
export const appendixTitleType = contentType('bijlagen', {nl: 'Titel van een PDF-bijlage', en: 'Title of a PDF appendix'}, {
  bestand: text('file', {description: {nl: 'Bestandsnaam in de map bijlagen/ van het agendapunt, nooit een pad', en: "file name in the item's bijlagen/, never a path"}, example: '01-brief.pdf'}).required(),
  titel: text('title', {description: {nl: 'Titel waaronder de bijlage in de bundel staat (zonder: uit de bestandsnaam)', en: 'title shown for that appendix (without: from the file name)'}, example: 'Brief van de minister'}),
  besloten: yesNo('closed', {description: {nl: 'Alleen deze bijlage is besloten: de openbare editie toont er een plaatshouder voor', en: 'only this appendix is closed: the public edition shows a placeholder instead'}}).otherwise(false),
  grond: groundField(),
  titel_openbaar: publicTitleField({nl: 'Neutrale titel van de besloten bijlage in de openbare editie', en: 'neutral title of the closed appendix in the public edition'})
}, closureNeedsClosed)

export const agendapuntType = contentType(
  'agendapunt.md',
  {nl: 'Een agendapunt (elke agendapuntmap heeft er een)', en: 'An agenda item (every item folder needs one)', body: {nl: 'Tekst onder het punt in de agenda (bijv. de belangrijke data onder Rondvraag)', en: 'text shown under the item in the agenda (e.g. the important dates under "Rondvraag")'}},
  {
    titel: text('title', {description: {nl: 'Titel van het agendapunt', en: 'title of the item'}}).required(),
    voorstel: textOrList('proposal', {
      description: {nl: 'Besluittekst in de agenda ("Vaststellen van het verslag"); een tekst, of een lijst die genummerd wordt', en: 'decision text shown in the agenda ("Vaststellen van het verslag"); a text, or a list shown numbered'},
      example: 'Kennisnemen van …',
      placeholder: 'Besluittekst, bijv. Kennisnemen van …',
      comment: 'optioneel: vul in of verwijder deze regel'
    }),
    nummer: code('number', {
      description: {nl: 'Getoond nummer als het niet de plaats is, bijv. `3a`; de punten erna tellen ervandaan door (3, 3a, 4)', en: 'shown number when it is not the position, e.g. `3a`; following items continue from it (3, 3a, 4)'},
      example: '3a',
      exported: false
    }),
    hamerstuk: yesNo('gavel', {description: {nl: 'Hamerstuk: besluit zonder bespreking (`ja`/`nee`)', en: 'decided without discussion (`ja`/`nee`, `true`/`false`)'}}).otherwise(false),
    besloten: yesNo('closed', {
      description: {
        nl: 'Besloten (`ja`/`nee`): memo en bijlagen zijn geheim; de openbare editie toont plaatshouders met evenveel pagina\'s',
        en: 'closed (`ja`/`nee`): memo and appendices are secret; the public edition shows placeholders of as many pages'
      }
    }).otherwise(false),
    grond: groundField(),
    titel_openbaar: publicTitleField({
      nl: 'Neutrale titel in de openbare editie, als het onderwerp zelf geheim is; dan vallen ook voorstel en tekst weg',
      en: 'neutral title in the public edition when the subject itself is secret; proposal and text are then left out too'
    }),
    bijlagen: listOf('appendixTitles', appendixTitleType, {
      description: {
        nl: 'Lijst van `{bestand, titel}` die PDF-bijlagen een titel geeft (zonder komt de titel uit de bestandsnaam: `01-brief-minister.pdf` → "Brief minister"), of er één besloten maakt met `besloten: ja`',
        en: 'list of `{bestand, titel}` giving PDF appendices a title (without an entry the title comes from the file name: `01-brief-minister.pdf` → "Brief minister"), or closing one with `besloten: ja`'
      },
      exported: false
    }).otherwise([])
  },
  closureNeedsClosed
)

/** The schema of `agendapunt.md`. */
export const agendapunt = agendapuntType.schema
/** Front matter of `agendapunt.md` as written. */
export type AgendapuntInput = InputOf<typeof agendapuntType.fields>
/** An agenda item's details. */
export type ItemInfo = ModelOf<typeof agendapuntType.fields>
