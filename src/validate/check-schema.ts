/**
 * Check one file's front matter against its schema and turn *every* zod issue into a message
 * with file, line, field and hint — not only the first, and never thrown (#2).
 */
import * as z from 'zod'
import type {SourceDoc} from '../load/load.js'
import {report, type Params, type RuleId} from '../messages.js'
import {suggest} from '../load/suggest.js'
import {locate} from './locate.js'
import {titleFromFileName} from './appendix-titles.js'

type JsonSchema = {
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
  examples?: unknown[]
  type?: string | string[]
}

const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>()

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = jsonSchemas.get(schema)
  if (!json) {
    json = z.toJSONSchema(schema, {io: 'input', unrepresentable: 'any'}) as JsonSchema
    jsonSchemas.set(schema, json)
  }
  return json
}

/** The JSON schema node at `path`, looking through lists and unions. */
function nodeAt(root: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root
  for (const segment of path) {
    if (!node) return undefined
    const candidates: JsonSchema[] = node.anyOf ? node.anyOf : [node]
    let next: JsonSchema | undefined
    for (const candidate of candidates) {
      if (typeof segment === 'number' && candidate.items) next ??= candidate.items
      else if (candidate.properties && typeof segment === 'string') next ??= candidate.properties[segment]
    }
    node = next
  }
  return node
}

/**
 * Remove empty values from maps (an optional field left empty counts as absent) and remember
 * where. Maps are rebuilt without a prototype, so a key `__proto__` stays a key (and is reported
 * as unknown) instead of becoming the object's prototype, from which `titel` would be read (#7).
 */
function dropEmpty(value: unknown, path: string, empties: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item, index) => dropEmpty(item, `${path}.${index}`, empties))
  if (value && typeof value === 'object') {
    const result = Object.create(null) as Record<string, unknown>
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path ? `${path}.${key}` : key
      if (typeof item === 'string' && item.trim() === '') empties.add(itemPath)
      else result[key] = dropEmpty(item, itemPath, empties)
    }
    return result
  }
  return value
}

/** What a value is, as a kind code of the catalogue (or the value itself, in backticks). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (value && typeof value === 'object') return 'block'
  if (typeof value === 'string') return `\`${value.length > 40 ? value.slice(0, 40) + '…' : value}\``
  return 'nothing'
}

function expectedOf(json: JsonSchema | undefined, fallback: string): string {
  if (!json) return fallback
  if (json.anyOf) return 'text-or-list'
  if (json.type === 'array') return 'list'
  if (json.type === 'object') return 'block'
  if (json.type === 'string') return 'text'
  return fallback
}

/** Validate `doc` with `schema`; returns the parsed model, or undefined (with messages) when invalid. */
export function checkSchema<S extends z.ZodType>(doc: SourceDoc, schema: S): z.output<S> | undefined {
  const {file, front} = doc
  if (!front.ok) return undefined
  const data = front.data ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    report(file, 'front-matter-shape', {place: {line: 2}})
    return undefined
  }
  const empties = new Set<string>()
  const cleaned = dropEmpty(data, '', empties)
  // jitless: zod compiles a parser per object shape on first use, which only pays after many
  // parses; a meeting parses each schema a few dozen times (#13: 21 -> 12 ms of `check` here).
  const result = schema.safeParse(cleaned, {reportInput: true, jitless: true})
  if (result.success) return result.data
  const json = jsonSchemaOf(schema)
  const place = (path: readonly PropertyKey[], target: 'key' | 'value' = 'value') =>
    locate(front.document, front.lineCounter, path, target)
  for (const issue of result.error.issues) {
    const path = issue.path
    const field = path.map(String).join('.')
    const key = String(path.at(-1) ?? '')
    const node = nodeAt(json, path)
    const example = node?.examples?.[0]
    // From the file's own context where it has one (its folder, its name), never a value of
    // bundel's example meeting (#8).
    const exampleText = contextExample(doc, path) ?? (typeof example === 'string' ? example : undefined)
    const params: Record<string, string | undefined> = {key, example: exampleText}
    let rule: RuleId
    const custom = (issue as {params?: Params}).params
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(nodeAt(json, path)?.properties ?? {})
      for (const unknown of issue.keys) {
        const suggestion = suggest(unknown, known)
        report(file, 'unknown-field', {
          field: [...path.map(String), unknown].join('.'),
          place: place([...path, unknown], 'key'),
          params: {key: unknown, suggestion, known: known.join(', ')}
        })
      }
      continue
    } else if (custom?.rule) {
      rule = custom.rule as RuleId
      Object.assign(params, custom, {actual: typeof issue.input === 'string' ? issue.input : describe(issue.input)})
      if (rule === 'missing-field' && empties.has(field)) rule = 'empty-field'
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      rule = empties.has(field) ? 'empty-field' : 'missing-field'
    } else if (issue.code === 'too_small') {
      rule = 'empty-field'
    } else if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      rule = 'invalid-type'
      params.expected = expectedOf(node, 'text')
      params.received = describe(issue.input)
      if (params.expected === 'text' && Array.isArray(issue.input)) params.fix = 'text-not-list'
    } else if (issue.code === 'invalid_value' && issue.values.map(String).includes('true') && issue.values.map(String).includes('ja')) {
      rule = 'invalid-boolean'
      params.actual = typeof issue.input === 'string' ? issue.input : describe(issue.input)
    } else {
      rule = 'invalid-value'
      params.expected =
        issue.code === 'invalid_value'
          ? issue.values.map((value) => `\`${String(value)}\``).join(' | ')
          : issue.code === 'invalid_format'
            ? 'number'
            : 'valid'
      params.actual = typeof issue.input === 'string' ? issue.input : describe(issue.input)
    }
    const target = rule === 'missing-field' || rule === 'empty-field' ? 'key' : 'value'
    report(file, rule, {field, place: place(path, target), params})
  }
  return undefined
}

/** Title case words from a slug: `algemeen-bestuur` → "Algemeen Bestuur". */
function words(slug: string): string {
  return slug.split(/[-_ ]+/).filter(Boolean).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ')
}

/** An example value for a field, from the file's own context, where there is one. */
function contextExample(doc: SourceDoc, path: readonly PropertyKey[]): string | undefined {
  const file = doc.file.basename ?? ''
  const folder = path.length === 1 ? String(doc.file.dirname ?? '').split(/[\\/]/).at(-1) ?? '' : ''
  const key = path.join('.')
  if (file === 'vergadering.md') {
    const match = /^(\d{4}-\d{2}-\d{2})-(.+)$/.exec(folder)
    if (key === 'datum') return match?.[1]
    if (key === 'orgaan' && match) return words(match[2]!)
  }
  if (file === 'agendapunt.md' && key === 'titel') {
    const match = /^\d+-(.+)$/.exec(folder)
    if (match) return words(match[1]!).replace(/^(\w)(.*)$/, (_, first: string, rest: string) => first + rest.toLowerCase())
  }
  if (file.endsWith('.md') && file !== 'memo.md' && file !== 'agendapunt.md' && file !== 'vergadering.md') {
    if (key === 'titel') return titleFromFileName(file)
    if (key === 'datum') return /(\d{4}-\d{2}-\d{2})/.exec(file)?.[1] ?? 'JJJJ-MM-DD'
  }
  return undefined
}
