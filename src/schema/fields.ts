/**
 * Field types shared by the content schemas. Front matter arrives as YAML failsafe data (every
 * scalar a string, see load/front-matter.ts) with empty values already removed, so these schemas
 * decide what a text means: a date, a yes/no, a list.
 */
import {z} from 'zod'

/** A required or optional text; `example` feeds the hint "add `field: example`". */
export function text(description: string, example: string) {
  return z.string().trim().min(1).meta({description, examples: [example]})
}

/** A calendar date written as YYYY-MM-DD, kept as written (no time zone can shift it). */
export function isoDate(description: string) {
  return z
    .string()
    .trim()
    .refine(isRealDate, {params: {rule: 'invalid-date'}, abort: true})
    .meta({description, examples: ['2025-01-29']})
}

/** `true` or `false`. */
export function yesNo(description: string) {
  return z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .meta({description, examples: ['true']})
}

/** A text, or a list of texts shown numbered. */
export function textOrList(description: string, example: string) {
  return z
    .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .meta({description, examples: [example]})
}

/** A list of texts. */
export function textList(description: string, example: string) {
  return z.array(z.string().trim().min(1)).meta({description, examples: [[example]]})
}

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
