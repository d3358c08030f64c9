/**
 * A content type (vergadering, agendapunt, memo, bijlage, and the blocks inside them) from its
 * fields (#9): the zod schema checks the Dutch keys the secretary wrote — strictly, so a typo is
 * an unknown field — and turns them into the English model, every field by its own name, so no
 * list of renames is written by hand.
 */
import * as z from 'zod'
import type {AnyField, Field, Presence, Words} from './field.js'

/** The model a set of fields gives: each field under its English name. */
export type ModelOf<F extends Readonly<Record<string, AnyField>>> = {
  [K in keyof F as F[K]['name']]: F[K] extends Field<string, infer S, infer P extends Presence> ? (P extends 'optional' ? z.output<S> | undefined : z.output<S>) : never
}

/** The front matter a set of fields takes: each field under its Dutch key. */
export type InputOf<F extends Readonly<Record<string, AnyField>>> = {
  [K in keyof F as F[K] extends Field<string, z.ZodType, 'required'> ? K : never]: F[K] extends Field<string, infer S, Presence> ? z.input<S> : never
} & {
  [K in keyof F as F[K] extends Field<string, z.ZodType, 'required'> ? never : K]?: F[K] extends Field<string, infer S, Presence> ? z.input<S> : never
}

/** A content type: its fields, in the model's order, and the schema made from them. */
export interface ContentType<F extends Readonly<Record<string, AnyField>>> {
  /** The file or block, as users know it (`agendapunt.md`, or `consequenties` for a block). */
  readonly key: string
  /** What it is; `body` says what the Markdown below the front matter is, for files that have one. */
  readonly description: About
  readonly fields: F
  readonly schema: z.ZodType<ModelOf<F>, InputOf<F>>
}

/** What a content type is, and what its body holds. */
export type About = Words & {readonly body?: Words}

/** Cross-field rules of a content type (e.g. minutes need a date), on the Dutch keys. */
export type Refinement = (data: Record<string, unknown>, context: z.RefinementCtx) => void

/** Declare a content type; `refine` adds rules that involve more than one field. */
export function contentType<const F extends Readonly<Record<string, AnyField>>>(key: string, description: About, fields: F, refine?: Refinement): ContentType<F> {
  const shape: Record<string, z.ZodType> = {}
  for (const [dutch, field] of Object.entries(fields)) shape[dutch] = field.presence === 'required' ? field.schema : field.schema.optional()
  const checked = refine ? z.strictObject(shape).superRefine((data, context) => refine(data, context)) : z.strictObject(shape)
  const schema = checked.transform((data) => {
    const model: Record<string, unknown> = {}
    for (const [dutch, field] of Object.entries(fields)) {
      const value = (data as Record<string, unknown>)[dutch]
      model[field.name] = value === undefined && field.presence === 'defaulted' ? field.fallback : value
    }
    return model
  })
  return {key, description, fields, schema: schema as unknown as z.ZodType<ModelOf<F>, InputOf<F>>}
}
