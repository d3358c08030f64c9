/**
 * The texts `bundel new` writes, from the field declarations (#9): every field with a
 * placeholder is written, with its comment. Whatever the secretary still has to decide is a
 * «placeholder»: `bundel check` reports each one (rule `placeholder`), so a half-filled bundle
 * cannot go out. Placeholder hints are plain YAML scalars, so they must never contain ": " or " #".
 */
import {Scalar, stringify} from 'yaml'
import {BlockField, type AnyField} from '../schema/field.js'
import {agendapuntType} from '../schema/agendapunt.js'
import {memoType} from '../schema/memo.js'
import {vergaderingType, type VergaderingInput} from '../schema/vergadering.js'

/** Fields of `vergadering.md` that `bundel new vergadering` can fill in: the schema's, as text. */
export type MeetingFields = Readonly<Pick<VergaderingInput, 'orgaan' | 'datum'>> & {
  readonly [K in Exclude<keyof VergaderingInput, 'orgaan' | 'datum'>]?: string | undefined
}

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
  for (const [key, field] of Object.entries(vergaderingType.fields) as Array<[keyof MeetingFields, AnyField]>) {
    if (field.presence === 'required') continue
    const value = fields[key]
    if (value === undefined) missing.push(`# ${key}: ${field.info.placeholder ?? '…'}`)
    else lines.push(`${key}: ${yamlScalar(value, key === 'tijd')}`)
  }
  if (missing.length > 0) lines.push('# optioneel: haal het #-teken weg en vul in', ...missing)
  return document(lines)
}

/** The lines of the fields that have a placeholder, in `order` (default: as declared). */
function fieldLines(fields: Readonly<Record<string, AnyField>>, order: readonly string[] = Object.keys(fields), indent = ''): string[] {
  const lines: string[] = []
  for (const key of order) {
    const field = fields[key]
    if (!field) throw new TypeError(`Expected a field \`${key}\`, not none`)
    const inner = field instanceof BlockField ? fieldLines(field.fields) : []
    if (field.info.placeholder === undefined && inner.length === 0) continue
    if (field.info.comment) lines.push(`${indent}# ${field.info.comment}`)
    if (field instanceof BlockField && field.list) {
      lines.push(`${indent}${key}:`, ...inner.map((line, index) => `${indent}  ${index === 0 ? '- ' : '  '}${line}`))
    } else if (field instanceof BlockField) {
      lines.push(`${indent}${key}:`, ...inner.map((line) => `${indent}  ${line}`))
    } else if (isList(field)) {
      lines.push(`${indent}${key}:`, `${indent}  - «${field.info.placeholder}»`)
    } else lines.push(`${indent}${key}: «${field.info.placeholder}»`)
  }
  return lines
}

/** A list of texts (written as `- «…»` below its key). */
function isList(field: AnyField): boolean {
  return (field.schema as {type?: string}).type === 'array' || (field.schema as {def?: {type?: string}}).def?.type === 'array'
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

/** `agendapunt.md` of a new item: its title, then every field with a placeholder. */
export function itemText(titel: string): string {
  return document([`titel: ${yamlScalar(titel)}`, ...fieldLines(agendapuntType.fields)])
}

/**
 * `memo.md` with every field of the memo, so nobody has to look up what a memo holds, in the
 * order of the paper memo (subject and procedure before the consequences).
 */
export const memoText = document(
  fieldLines(memoType.fields, ['portefeuillehouder', 'onderwerp', 'voorstel', 'procedure', 'consequenties', 'vervolgactie', 'communicatie', 'mededeling_aan', 'bijlagen', 'nadere_informatie']),
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
