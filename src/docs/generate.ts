/**
 * The documentation that comes from the registries (#9): the README's field tables, glossary and
 * rule list, and one JSON Schema per content type for editors. Pure: `scripts/docs.js` writes the
 * results, and a test fails when the committed files differ from them.
 */
import {rules} from '../catalogue/rules.js'
import {bijlageType} from '../schema/bijlage.js'
import type {ContentType} from '../schema/content-type.js'
import {BlockField, type AnyField} from '../schema/field.js'
import {agendapuntType} from '../schema/agendapunt.js'
import {memoType} from '../schema/memo.js'
import {vergaderingType} from '../schema/vergadering.js'
import {siteType} from '../schema/site.js'
import {jsonSchema} from './json-schema.js'
import {terms} from './terms.js'

type AnyType = ContentType<Readonly<Record<string, AnyField>>>

/** The content types users write, by the name of their JSON Schema. */
export const contentTypes: Readonly<Record<string, AnyType>> = {
  vergadering: vergaderingType as unknown as AnyType,
  agendapunt: agendapuntType as unknown as AnyType,
  memo: memoType as unknown as AnyType,
  bijlage: bijlageType as unknown as AnyType,
  site: siteType as unknown as AnyType
}

/** Pipes would end a table cell. */
const cell = (value: string) => value.replaceAll('|', '\\|')

/** The kind of value, as the README says it. */
function valueOf(field: AnyField): string {
  const kind = field.info.kind
  const fallback = field.presence === 'defaulted' && typeof field.fallback === 'boolean' ? ` (default \`${field.fallback ? 'ja' : 'nee'}\`)` : ''
  switch (kind?.type) {
    case 'date':
      return 'date `YYYY-MM-DD`'
    case 'yesNo':
      return `\`ja\`/\`nee\`${fallback}`
    case 'textOrList':
      return 'text or list'
    case 'textList':
      return 'list of texts'
    case 'code':
      return 'number or code (`3a`)'
    case 'block':
      return 'block'
    case 'list':
      return 'list of blocks'
    case 'oneOf':
      return kind.words.map((word) => `\`${word}\``).join(', ')
    default:
      return 'text'
  }
}

/** Table rows for `fields`, nested blocks below their field (`consequenties.financieel`). */
function rows(fields: Readonly<Record<string, AnyField>>, prefix = ''): string[] {
  const lines: string[] = []
  for (const [key, field] of Object.entries(fields)) {
    const name = `\`${prefix}${key}\`${field.presence === 'required' ? '*' : ''}`
    const example = field.info.example === undefined || field.info.kind?.type === 'yesNo' ? '' : `\`${field.info.example}\``
    lines.push(`| ${name} | ${cell(valueOf(field))} | ${cell(field.info.description.en)} | ${cell(example)} |`)
    if (field instanceof BlockField) lines.push(...rows(field.fields, `${prefix}${key}${field.list ? '[]' : ''}.`))
  }
  return lines
}

/** The README table of one content type. */
export function fieldTable(type: AnyType): string {
  const body = type.description.body ? [`| body | Markdown | ${cell(type.description.body.en)} | |`] : []
  return [`**\`${type.key}\`** — ${type.description.en}`, '', '| field | value | meaning | example |', '| --- | --- | --- | --- |', ...rows(type.fields), ...body].join('\n')
}

/** Every field of every type: Dutch key → model name, with each meaning and where it has it. */
function fieldTerms(): Array<{dutch: string; code: string; meanings: Map<string, string[]>}> {
  const found = new Map<string, {dutch: string; code: string; meanings: Map<string, string[]>}>()
  const visit = (fields: Readonly<Record<string, AnyField>>, file: string, prefix: string) => {
    for (const [key, field] of Object.entries(fields)) {
      const id = `${key}\u0000${field.name}`
      const entry = found.get(id) ?? {dutch: key, code: field.name, meanings: new Map<string, string[]>()}
      const where = entry.meanings.get(field.info.description.en) ?? []
      where.push(prefix === '' ? `\`${file}\`` : `\`${file}\` ${prefix.slice(0, -1)}`)
      entry.meanings.set(field.info.description.en, where)
      found.set(id, entry)
      if (field instanceof BlockField) visit(field.fields, file, `${prefix}${key}${field.list ? '[]' : ''}.`)
    }
  }
  for (const type of Object.values(contentTypes)) visit(type.fields, type.key, '')
  return [...found.values()].sort((a, b) => a.dutch.localeCompare(b.dutch, 'en') || a.code.localeCompare(b.code, 'en'))
}

/** The glossary: the domain words, then every field. */
export function glossary(): string {
  const lines = ['| Dutch (what users see) | code | meaning |', '| --- | --- | --- |']
  for (const term of terms) lines.push(`| ${term.dutch} | ${term.code} | ${cell(term.meaning)} |`)
  for (const term of fieldTerms()) {
    const meanings = [...term.meanings].map(([meaning, where]) => `${meaning} (${where.join(', ')})`)
    lines.push(`| \`${term.dutch}\` | \`${term.code}\` | ${cell(meanings.join('; '))} |`)
  }
  return lines.join('\n')
}

/** The rule ids by severity, in catalogue order. */
export function ruleList(): string {
  const ids = (severity: 'error' | 'warning') =>
    Object.entries(rules)
      .filter(([, rule]) => rule.severity === severity)
      .map(([id]) => `\`${id}\``)
      .join(', ')
  return `Errors: ${ids('error')}.\n\nWarnings: ${ids('warning')}.`
}

/** The generated README sections, by marker name. */
export function readmeSections(): Record<string, string> {
  const sections: Record<string, string> = {glossary: glossary(), rules: ruleList()}
  for (const [name, type] of Object.entries(contentTypes)) sections[`fields ${name}`] = fieldTable(type)
  return sections
}

/** `text` with every `<!-- bundel:NAME -->…<!-- /bundel:NAME -->` section filled in; a section without markers is an error. */
export function fillReadme(text: string, sections: Record<string, string> = readmeSections()): string {
  let result = text
  for (const [name, content] of Object.entries(sections)) {
    const open = `<!-- bundel:${name} -->`
    const close = `<!-- /bundel:${name.split(' ')[0]} -->`
    const start = result.indexOf(open)
    const end = start < 0 ? -1 : result.indexOf(close, start)
    if (start < 0 || end < 0) throw new Error(`README has no section ${open} … ${close}`)
    result = `${result.slice(0, start + open.length)}\n${content}\n${result.slice(end)}`
  }
  return result
}

/** The JSON Schema files, by path in the package. */
export function schemaFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [name, type] of Object.entries(contentTypes)) files[`schemas/${name}.schema.json`] = `${JSON.stringify(jsonSchema(type), null, 2)}\n`
  return files
}
