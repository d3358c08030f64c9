/** `memo.md`: the proposal memo ("AB memo"). */
import {z} from 'zod'
import {text, textList, textOrList} from './fields.js'

const procedureStep = z
  .strictObject({
    orgaan: text('Body that handles the proposal', 'Dagelijks Bestuur'),
    datum: text('When, as free text', 'december 2024')
  })
  .transform((d) => ({body: d.orgaan, date: d.datum}))

export const memo = z
  .strictObject({
    portefeuillehouder: text('Board member responsible for the subject', 'Naam'),
    voorstel: textOrList('The proposed decision (a list is shown numbered)', 'Kennisnemen van …'),
    consequenties: z
      .strictObject({
        financieel: text('Financial consequences ("n.v.t." or "geen" when none)', 'geen'),
        personeel: text('Staff consequences ("n.v.t." or "geen" when none)', 'geen')
      })
      .meta({description: 'Consequences of the proposal'})
      .transform((d) => ({financial: d.financieel, staff: d.personeel})),
    onderwerp: text('Subject; defaults to the item\'s titel', 'Lobbyagenda 2025').optional(),
    procedure: z.array(procedureStep).meta({description: 'Route of the proposal'}).optional(),
    vervolgactie: text('What happens after the decision', 'Uitvoering lobbyagenda').optional(),
    communicatie: text('How the decision is communicated', 'Nieuwsbrief februari').optional(),
    mededeling_aan: text('Who is informed of the decision', 'Gemeenteraden').optional(),
    bijlagen: z
      .strictObject({
        meegezonden: textList('Appendices sent with the memo', 'Brief minister').optional(),
        ter_inzage: textList('Documents available for inspection', 'Projectplan').optional(),
        plaats_van_inzage: text('Where to inspect them', 'Secretariaat').optional()
      })
      .meta({description: 'Appendices of the memo'})
      .transform((d) => ({sent: d.meegezonden ?? [], forInspection: d.ter_inzage ?? [], inspectionPlace: d.plaats_van_inzage}))
      .optional(),
    nadere_informatie: z
      .strictObject({
        naam: text('Contact person', 'Naam'),
        telefoon: text('Telephone number', '0488 123 456').optional(),
        email: text('E-mail address', 'naam@example.nl').optional()
      })
      .meta({description: 'Who answers questions'})
      .transform((d) => ({name: d.naam, phone: d.telefoon, email: d.email}))
      .optional()
  })
  .transform((d) => ({
    portfolioHolder: d.portefeuillehouder,
    proposal: d.voorstel,
    consequences: d.consequenties,
    subject: d.onderwerp,
    procedure: d.procedure ?? [],
    followUp: d.vervolgactie,
    communication: d.communicatie,
    notify: d.mededeling_aan,
    appendices: d.bijlagen,
    contact: d.nadere_informatie
  }))

/** Front matter of `memo.md` as written. */
export type MemoInput = z.input<typeof memo>
/** A memo's details. */
export type MemoInfo = z.output<typeof memo>
