/**
 * A front-matter field, declared once (#9): the Dutch key the secretary types, the English name
 * in the model, its type, whether it is required, what it means (Dutch and English), what to
 * write (the hint and placeholder of `bundel new`), an example. The zod schema, the model's
 * types, the rename into the model, the templates of `bundel new`, the JSON export, the JSON
 * Schema for editors and the README's tables all come from these declarations.
 *
 * Front matter arrives as YAML failsafe data (every scalar a string, see load/front-matter.ts)
 * with empty values already removed, so the value schemas here decide what a text means.
 */
import * as z from 'zod'

/** Words in both languages. */
export interface Words {
  readonly nl: string
  readonly en: string
}

/** How present a field is: required in the file, optional, or optional with a value in the model. */
export type Presence = 'required' | 'optional' | 'defaulted'

/** What kind of value a field takes, for the docs and the JSON Schema (the zod schema decides). */
export type Kind =
  | {readonly type: 'text' | 'date' | 'yesNo' | 'textOrList' | 'textList' | 'code' | 'block' | 'list'}
  | {readonly type: 'oneOf'; readonly words: readonly string[]}

/** What a field says about itself (everything but its type). */
export interface FieldInfo {
  /** The kind of value; set by the functions below. */
  readonly kind?: Kind | undefined
  /** What the field means. */
  readonly description: Words
  /** An example value, neutral (not from the example meeting): the hints and docs show it. */
  readonly example?: string | undefined
  /** What `bundel new` writes for it, between « and » (Dutch), when it writes the field at all. */
  readonly placeholder?: string | undefined
  /** A comment line `bundel new` writes above it (Dutch), e.g. how to write a list. */
  readonly comment?: string | undefined
  /** In `bundel.json` (default: true). */
  readonly exported?: boolean | undefined
}

/** A field: the English model name, the value's schema, its presence and what it says. */
export class Field<N extends string = string, S extends z.ZodType = z.ZodType, P extends Presence = Presence> {
  constructor(
    readonly name: N,
    readonly schema: S,
    readonly presence: P,
    readonly info: FieldInfo,
    /** The model's value when the file leaves the field out (`defaulted`). */
    readonly fallback?: z.output<S>
  ) {}

  /** The same field, required. */
  required(): Field<N, S, 'required'> {
    return new Field(this.name, this.schema, 'required', this.info)
  }

  /** The same field, optional, with `value` in the model when it is left out. */
  otherwise(value: z.output<S>): Field<N, S, 'defaulted'> {
    return new Field(this.name, this.schema, 'defaulted', this.info, value)
  }

  /** The same field with more to say (a placeholder, a comment, not exported). */
  with(info: Partial<FieldInfo>): Field<N, S, P> {
    return new Field(this.name, this.schema, this.presence, {...this.info, ...info}, this.fallback)
  }
}

/** Any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyField = Field<string, any, Presence>

/** The value schema's meta: the English description and the example, for the JSON Schema. */
function meta<S extends z.ZodType>(schema: S, info: FieldInfo): S {
  return schema.meta({description: info.description.nl, ...(info.example === undefined ? {} : {examples: [info.example]})}) as S
}

/** A text (trimmed, not empty). */
export function text<N extends string>(name: N, info: FieldInfo) {
  return new Field(name, meta(z.string().trim().min(1), info), 'optional', {...info, kind: {type: 'text'}})
}

/** A calendar date written as YYYY-MM-DD, kept as written (no time zone can shift it). */
export function date<N extends string>(name: N, info: FieldInfo) {
  const schema = z
    .string()
    .trim()
    .superRefine((value, context) => {
      if (!isRealDate(value)) context.addIssue({code: 'custom', input: value, params: {rule: 'invalid-date', ...dateHints(value)}, abort: true})
    })
  return new Field(name, meta(schema, {example: 'JJJJ-MM-DD', ...info}), 'optional', {example: '2026-03-12', ...info, kind: {type: 'date'}})
}

/** Yes or no: `true`/`false`, or in Dutch `ja`/`nee`, in any capitals (#8). */
export function yesNo<N extends string>(name: N, info: FieldInfo) {
  const schema = z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(['true', 'false', 'ja', 'nee']))
    .transform((value) => value === 'true' || value === 'ja')
  return new Field(name, meta(schema, {example: 'ja', ...info}), 'optional', {example: 'ja', ...info, kind: {type: 'yesNo'}})
}

/** A text, or a list of texts shown numbered; the model always holds a list. */
export function textOrList<N extends string>(name: N, info: FieldInfo) {
  const schema = z
    .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
    .transform((value) => (typeof value === 'string' ? [value] : value))
  return new Field(name, meta(schema, info), 'optional', {...info, kind: {type: 'textOrList'}})
}

/** A list of texts. */
export function textList<N extends string>(name: N, info: FieldInfo) {
  return new Field(name, meta(z.array(z.string().trim().min(1)), {...info, example: undefined}), 'optional', {...info, kind: {type: 'textList'}})
}

/** One of some words (`soort: verslag`). */
export function oneOf<N extends string, const W extends readonly [string, ...string[]]>(name: N, words: W, info: FieldInfo) {
  return new Field(name, meta(z.enum(words), info), 'optional', {...info, kind: {type: 'oneOf', words}})
}

/** A short code: a number or a word without spaces (`nummer: 3a`). */
export function code<N extends string>(name: N, info: FieldInfo) {
  return new Field(name, meta(z.string().trim().regex(/^[\p{L}\p{N}.-]+$/u), info), 'optional', {...info, kind: {type: 'code'}})
}

/** A block of fields of its own (`consequenties:` with `financieel` and `personeel` below it). */
export function block<N extends string, S extends z.ZodType>(name: N, content: {readonly schema: S; readonly fields: Readonly<Record<string, AnyField>>}, info: FieldInfo) {
  return new BlockField(name, meta(content.schema, info), 'optional', {...info, kind: {type: 'block'}}, content.fields)
}

/** A list of blocks (`procedure:` with `- orgaan: … datum: …` entries). */
export function listOf<N extends string, S extends z.ZodType>(name: N, content: {readonly schema: S; readonly fields: Readonly<Record<string, AnyField>>}, info: FieldInfo) {
  return new BlockField(name, meta(z.array(content.schema), info), 'optional', {...info, kind: {type: 'list'}}, content.fields, true)
}

/** A field whose value is a block (or a list of blocks) of fields declared the same way. */
export class BlockField<N extends string, S extends z.ZodType, P extends Presence> extends Field<N, S, P> {
  constructor(name: N, schema: S, presence: P, info: FieldInfo, readonly fields: Readonly<Record<string, AnyField>>, readonly list = false, fallback?: z.output<S>) {
    super(name, schema, presence, info, fallback)
  }

  override required(): BlockField<N, S, 'required'> {
    return new BlockField(this.name, this.schema, 'required', this.info, this.fields, this.list)
  }

  override otherwise(value: z.output<S>): BlockField<N, S, 'defaulted'> {
    return new BlockField(this.name, this.schema, 'defaulted', this.info, this.fields, this.list, value)
  }

  override with(info: Partial<FieldInfo>): BlockField<N, S, P> {
    return new BlockField(this.name, this.schema, this.presence, {...this.info, ...info}, this.fields, this.list, this.fallback)
  }
}

/** Whether YYYY-MM-DD is a day of the calendar. */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const when = new Date(Date.UTC(year, month - 1, day))
  return when.getUTCFullYear() === year && when.getUTCMonth() === month - 1 && when.getUTCDate() === day
}

/** What a wrongly written date probably means: `28-01-2026` → 2026-01-28; `2026-02-30` → the month's length. */
export function dateHints(value: string): Record<string, string> {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
  if (dutch) {
    const iso = `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`
    if (isRealDate(iso)) return {suggestion: iso}
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value)
  if (iso) {
    const [year, month] = [Number(iso[1]), Number(iso[2])]
    if (month >= 1 && month <= 12) {
      const padded = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`
      if (isRealDate(padded)) return {suggestion: padded}
      return {year: String(year), month: String(month), days: String(new Date(Date.UTC(year, month, 0)).getUTCDate())}
    }
  }
  return {}
}
