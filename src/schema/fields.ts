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
    .superRefine((value, context) => {
      if (!isRealDate(value)) context.addIssue({code: 'custom', input: value, params: {rule: 'invalid-date', ...dateHints(value)}, abort: true})
    })
    .meta({description, examples: ['JJJJ-MM-DD']})
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

/** `true` or `false`, or in Dutch `ja` or `nee`, in any capitals (#8). */
export function yesNo(description: string) {
  return z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(['true', 'false', 'ja', 'nee']))
    .transform((value) => value === 'true' || value === 'ja')
    .meta({description, examples: ['ja']})
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
