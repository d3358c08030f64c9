/**
 * The texts `bundel new` writes. Whatever the secretary still has to decide is a «placeholder»:
 * `bundel check` reports each one (rule `placeholder`), so a half-filled bundle cannot go out.
 * Placeholder hints are plain YAML scalars, so they must never contain ": " or " #".
 */
import {Scalar, stringify} from 'yaml'
import type {VergaderingInput} from '../schema/vergadering.js'

/** Fields of `vergadering.md` that `bundel new vergadering` can fill in: the schema's, as text. */
export type MeetingFields = Readonly<Pick<VergaderingInput, 'orgaan' | 'datum'>> & {
  readonly [K in Exclude<keyof VergaderingInput, 'orgaan' | 'datum'>]?: string | undefined
}

const optionalMeetingFields = [
  ['organisatie', 'Naam van de organisatie'],
  ['tijd', '"19:30"'],
  ['locatie', 'Gemeentehuis, raadzaal'],
  ['voorzitter', 'Naam van de voorzitter'],
  ['secretaris', 'Naam van de secretaris']
] as const

/**
 * A YAML scalar for a value typed by the user, quoted only when YAML would misread it
 * (`Raad: extra`, `#1`, `- x`). `quoted` forces double quotes: a time like 19:30 reads as a
 * number in YAML 1.1 tools, and bundel's own example writes it quoted.
 */
export function yamlScalar(value: string, quoted = false): string {
  const node = new Scalar(value)
  if (quoted) node.type = Scalar.QUOTE_DOUBLE
  return stringify(node, {lineWidth: 0}).trimEnd()
}

function document(frontMatter: readonly string[], body?: string): string {
  return ['---', ...frontMatter, '---', ...(body === undefined ? [] : ['', body.trimEnd()])].join('\n') + '\n'
}

/** `vergadering.md`; fields not given are listed as comments so the secretary sees they exist. */
export function meetingText(fields: MeetingFields): string {
  const lines = [`orgaan: ${yamlScalar(fields.orgaan)}`, `datum: ${fields.datum}`]
  const missing: string[] = []
  for (const [key, example] of optionalMeetingFields) {
    const value = fields[key]
    if (value === undefined) missing.push(`# ${key}: ${example}`)
    else lines.push(`${key}: ${yamlScalar(value, key === 'tijd')}`)
  }
  if (missing.length > 0) lines.push('# optioneel: haal het #-teken weg en vul in', ...missing)
  return document(lines)
}

/** A standing agenda item of every meeting. */
export interface StandingItem {
  readonly folder: string
  readonly text: string
}

/** The items every meeting starts with: opening, minutes, any other business. */
export const standingItems: readonly StandingItem[] = [
  {folder: '01-opening-en-mededelingen', text: document(['titel: Opening en mededelingen'])},
  {
    folder: '02-verslag-vorige-vergadering',
    text: document(['titel: Verslag van de vorige vergadering', 'voorstel: Vaststellen van het verslag'])
  },
  {
    folder: '03-rondvraag-en-belangrijke-data',
    text: document(
      ['titel: Rondvraag en belangrijke data'],
      'Belangrijke data:\n\n- «Datum en activiteit, bijv. woensdag 16 april 2025, Regiodag»'
    )
  }
]

/** `agendapunt.md` of a new item. */
export function itemText(titel: string): string {
  return document([
    `titel: ${yamlScalar(titel)}`,
    '# optioneel: vul in of verwijder deze regel',
    'voorstel: «Besluittekst, bijv. Kennisnemen van …»'
  ])
}

const optional = '# optioneel: vul in of verwijder deze regel'
const optionalBlock = '# optioneel: vul in of verwijder dit blok'

/** `memo.md` with every field of the memo schema, so nobody has to look up what a memo holds. */
export const memoText = document(
  [
    'portefeuillehouder: «Naam van de portefeuillehouder»',
    '# optioneel: zonder onderwerp geldt de titel van het agendapunt; vul in of verwijder deze regel',
    'onderwerp: «Onderwerp van de memo»',
    '# meerdere besluiten: schrijf ze als lijst, elk op een regel die begint met "  - "',
    'voorstel: «Voorgesteld besluit, bijv. Kennisnemen van …»',
    `${optionalBlock} (de weg van het voorstel langs de organen)`,
    'procedure:',
    '  - orgaan: «Orgaan, bijv. Dagelijks Bestuur»',
    '    datum: «Wanneer, bijv. 14 januari 2025»',
    'consequenties:',
    '  financieel: «Financiële gevolgen, of n.v.t.»',
    '  personeel: «Gevolgen voor het personeel, of n.v.t.»',
    optional,
    'vervolgactie: «Wat er na het besluit gebeurt»',
    optional,
    'communicatie: «Hoe het besluit bekend wordt gemaakt»',
    optional,
    'mededeling_aan: «Wie over het besluit wordt geïnformeerd»',
    `${optionalBlock}, of de regels die niet nodig zijn`,
    'bijlagen:',
    '  meegezonden:',
    '    - «Titel van een meegezonden bijlage»',
    '  ter_inzage:',
    '    - «Titel van een stuk dat ter inzage ligt»',
    '  plaats_van_inzage: «Waar de stukken ter inzage liggen»',
    `${optionalBlock}; naam is verplicht als het blok blijft`,
    'nadere_informatie:',
    '  naam: «Naam van de contactpersoon»',
    '  telefoon: «Telefoonnummer, bijv. 0488 123 456»',
    '  email: «E-mailadres»'
  ],
  [
    '## Aanleiding',
    '',
    '«Waarom dit voorstel nu aan het bestuur wordt voorgelegd»',
    '',
    '## Argumenten',
    '',
    '«Waarom het voorgestelde besluit de beste keuze is»',
    '',
    '## Kanttekeningen',
    '',
    '«Risico\'s, alternatieven en wat er gebeurt als het bestuur anders besluit»'
  ].join('\n')
)
