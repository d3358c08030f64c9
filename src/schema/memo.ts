/** `memo.md`: the proposal memo ("AB memo"). */
import {contentType, type InputOf, type ModelOf} from './content-type.js'
import {block, listOf, text, textList, textOrList} from './field.js'

export const procedureStepType = contentType('procedure', {nl: 'Een stap van de procedure', en: 'A step of the procedure'}, {
  orgaan: text('body', {description: {nl: 'Orgaan dat het voorstel behandelt', en: 'body that handles the proposal'}, example: 'Dagelijks Bestuur', placeholder: 'Orgaan, bijv. Dagelijks Bestuur'}).required(),
  datum: text('date', {description: {nl: 'Wanneer, als vrije tekst', en: 'when, as free text ("december 2024")'}, example: 'maart 2026', placeholder: 'Wanneer, bijv. 14 januari 2025'}).required()
})

export const consequencesType = contentType('consequenties', {nl: 'Consequenties van het voorstel', en: 'Consequences of the proposal'}, {
  financieel: text('financial', {description: {nl: 'Financiële gevolgen ("n.v.t." of "geen" als er geen zijn)', en: 'financial consequences ("n.v.t." or "geen" when none)'}, example: 'geen', placeholder: 'Financiële gevolgen, of n.v.t.'}).required(),
  personeel: text('staff', {description: {nl: 'Gevolgen voor het personeel ("n.v.t." of "geen" als er geen zijn)', en: 'staff consequences ("n.v.t." or "geen" when none)'}, example: 'geen', placeholder: 'Gevolgen voor het personeel, of n.v.t.'}).required()
})

export const memoAppendicesType = contentType('bijlagen', {nl: 'Bijlagen bij het memo', en: 'Appendices of the memo'}, {
  meegezonden: textList('sent', {description: {nl: 'Bijlagen die met het memo worden meegezonden', en: 'appendices sent with the memo'}, placeholder: 'Titel van een meegezonden bijlage'}).otherwise([]),
  ter_inzage: textList('forInspection', {description: {nl: 'Stukken die ter inzage liggen', en: 'documents available for inspection'}, placeholder: 'Titel van een stuk dat ter inzage ligt'}).otherwise([]),
  plaats_van_inzage: text('inspectionPlace', {description: {nl: 'Waar de stukken ter inzage liggen', en: 'where to inspect them'}, example: 'Secretariaat', placeholder: 'Waar de stukken ter inzage liggen'})
})

export const contactType = contentType('nadere_informatie', {nl: 'Wie vragen beantwoordt', en: 'Who answers questions'}, {
  naam: text('name', {description: {nl: 'Contactpersoon', en: 'contact person'}, example: 'Naam', placeholder: 'Naam van de contactpersoon'}).required(),
  telefoon: text('phone', {description: {nl: 'Telefoonnummer', en: 'telephone number'}, example: '0488 123 456', placeholder: 'Telefoonnummer, bijv. 0488 123 456'}),
  email: text('email', {description: {nl: 'E-mailadres', en: 'e-mail address'}, example: 'naam@example.nl', placeholder: 'E-mailadres'})
})

export const memoType = contentType(
  'memo.md',
  {nl: 'Het memo bij een voorstel', en: 'The proposal memo ("AB memo")', body: {nl: 'De toelichting (Markdown met tabellen en lijsten)', en: 'the *Toelichting* (Markdown with GFM tables and lists)'}},
  {
    portefeuillehouder: text('portfolioHolder', {description: {nl: 'Bestuurder die verantwoordelijk is voor het onderwerp', en: 'responsible board member'}, example: 'Naam', placeholder: 'Naam van de portefeuillehouder'}).required(),
    voorstel: textOrList('proposal', {
      description: {nl: 'Het voorgestelde besluit: een tekst, of een lijst die genummerd wordt', en: 'the proposed decision: a text, or a list shown numbered'},
      example: 'Kennisnemen van …',
      placeholder: 'Voorgesteld besluit, bijv. Kennisnemen van …',
      comment: 'meerdere besluiten: schrijf ze als lijst, elk op een regel die begint met "  - "'
    }).required(),
    consequenties: block('consequences', consequencesType, {
      description: {nl: 'Consequenties, met `financieel` en `personeel` (schrijf "n.v.t." of "geen" als er geen zijn)', en: 'with `financieel`* and `personeel`* (write "n.v.t." or "geen" when there are none; "zie toelichting" alone is a warning)'}
    }).required(),
    onderwerp: text('subject', {
      description: {nl: 'Onderwerp (standaard: de titel van het agendapunt)', en: "subject (default: the item's `titel`)"},
      placeholder: 'Onderwerp van de memo',
      comment: 'optioneel: zonder onderwerp geldt de titel van het agendapunt; vul in of verwijder deze regel'
    }),
    procedure: listOf('procedure', procedureStepType, {
      description: {nl: 'De weg van het voorstel langs de organen: een lijst van `{orgaan, datum}`', en: 'list of `{orgaan, datum}`; `datum` is free text such as "december 2024"'},
      comment: 'optioneel: vul in of verwijder dit blok (de weg van het voorstel langs de organen)'
    }).otherwise([]),
    vervolgactie: text('followUp', {description: {nl: 'Wat er na het besluit gebeurt', en: 'what happens after the decision'}, placeholder: 'Wat er na het besluit gebeurt', comment: 'optioneel: vul in of verwijder deze regel'}),
    communicatie: text('communication', {description: {nl: 'Hoe het besluit bekend wordt gemaakt', en: 'how the decision is communicated'}, placeholder: 'Hoe het besluit bekend wordt gemaakt', comment: 'optioneel: vul in of verwijder deze regel'}),
    mededeling_aan: text('notify', {description: {nl: 'Wie over het besluit wordt geïnformeerd', en: 'who is informed of the decision'}, placeholder: 'Wie over het besluit wordt geïnformeerd', comment: 'optioneel: vul in of verwijder deze regel'}),
    bijlagen: block('appendices', memoAppendicesType, {
      description: {nl: 'Bijlagen: `meegezonden` en `ter_inzage` (lijsten) en `plaats_van_inzage`', en: 'with `meegezonden` and `ter_inzage` (lists) and `plaats_van_inzage`'},
      comment: 'optioneel: vul in of verwijder dit blok, of de regels die niet nodig zijn'
    }),
    nadere_informatie: block('contact', contactType, {
      description: {nl: 'Nadere informatie bij: `naam` (verplicht als het blok er is), `telefoon`, `email`', en: 'with `naam`* (when the block is there), `telefoon`, `email`'},
      comment: 'optioneel: vul in of verwijder dit blok; naam is verplicht als het blok blijft'
    })
  }
)

/** The schema of `memo.md`. */
export const memo = memoType.schema
/** Front matter of `memo.md` as written. */
export type MemoInput = InputOf<typeof memoType.fields>
/** A memo's details. */
export type MemoInfo = ModelOf<typeof memoType.fields>
