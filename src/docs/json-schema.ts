/**
 * A JSON Schema (draft-07) for a content type, from its fields (#9), for editors that check front
 * matter while it is typed (the YAML language server, remark-lint-frontmatter-schema).
 *
 * It describes the front matter as an editor parses it, not as bundel does: editors read YAML
 * with the 1.2 core schema, where `telefoon: 0488123456` is a number, `hamerstuk: true` a
 * boolean and an empty value null, while bundel reads every scalar as the text written (see
 * load/front-matter.ts). So a text field accepts strings, numbers and booleans, and an optional
 * field accepts null (bundel treats an empty value as absent). Descriptions are Dutch: they are
 * what the secretary sees on hover. Rules across fields or files (minutes need a `datum`, an
 * appendix title names an existing file) are `bundel check`'s alone.
 */
import type {ContentType} from '../schema/content-type.js'
import {BlockField, type AnyField} from '../schema/field.js'

type Schema = Record<string, unknown>

/** A scalar as an editor reads it; strings must hold more than white space. */
const scalar: Schema = {type: ['string', 'number', 'boolean'], pattern: '\\S'}

function value(field: AnyField): Schema {
  const kind = field.info.kind
  switch (kind?.type) {
    case 'date':
      return {type: 'string', pattern: '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$'}
    case 'yesNo':
      return {anyOf: [{type: 'boolean'}, {type: 'string', pattern: '^\\s*(?:[jJ][aA]|[nN][eE][eE]|[tT][rR][uU][eE]|[fF][aA][lL][sS][eE])\\s*$'}]}
    case 'textOrList':
      return {anyOf: [scalar, {type: 'array', items: scalar, minItems: 1}]}
    case 'textList':
      return {type: 'array', items: scalar}
    case 'code':
      return {type: ['string', 'number'], pattern: '^\\s*[^\\s:,;/]+\\s*$'}
    case 'oneOf':
      return {enum: [...kind.words]}
    case 'block':
    case 'list': {
      const block = object((field as BlockField<string, never, never>).fields)
      return kind.type === 'list' ? {type: 'array', items: block} : block
    }
    default:
      return scalar
  }
}

function property(field: AnyField): Schema {
  const bare = value(field)
  // An empty value (`vervolgactie:`) is null to an editor and absent to bundel.
  const schema = field.presence === 'required' ? bare : orNull(bare)
  const examples = field.info.example !== undefined && field.info.kind?.type !== 'block' && field.info.kind?.type !== 'list' ? {examples: [field.info.example.replace(/^"(.*)"$/, '$1')]} : {}
  return {description: field.info.description.nl, ...schema, ...examples}
}

function orNull(schema: Schema): Schema {
  if (Array.isArray(schema.anyOf)) return {...schema, anyOf: [...(schema.anyOf as Schema[]), {type: 'null'}]}
  if (Array.isArray(schema.enum)) return {...schema, enum: [...(schema.enum as unknown[]), null]}
  return {...schema, type: [...[schema.type].flat(), 'null']}
}

function object(fields: Readonly<Record<string, AnyField>>): Schema {
  const properties: Record<string, Schema> = {}
  const required: string[] = []
  for (const [key, field] of Object.entries(fields)) {
    properties[key] = property(field)
    if (field.presence === 'required') required.push(key)
  }
  return {type: 'object', properties, ...(required.length > 0 ? {required} : {}), additionalProperties: false}
}

/** The JSON Schema of `type`. */
export function jsonSchema(type: ContentType<Readonly<Record<string, AnyField>>>): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: type.key,
    description: `${type.description.nl} (bundel). Gemaakt door npm run docs uit src/schema/; niet met de hand bewerken.`,
    ...object(type.fields)
  }
}
