/**
 * Fields that close a document (#10): where they are declared (an item, a `bijlagen` entry, a
 * Markdown appendix) they mean the same, so they are made here once.
 */
import type * as z from 'zod'
import {text, type Words} from './field.js'

/** The legal ground of a closed document, shown on its placeholder in the public edition (#10). */
export const groundField = () =>
  text('ground', {description: {nl: 'Grond van de geheimhouding, getoond in de openbare editie', en: 'legal ground of the secrecy, shown in the public edition'}, example: 'art. 5.1 lid 2 sub e Woo'})
/** A neutral title the public edition shows instead of the real one (#10). */
export const publicTitleField = (what: Words) => text('publicTitle', {description: what, example: 'Personele aangelegenheid'})


/**
 * `grond` or `titel_openbaar` without `besloten: ja` is an error, not a warning: whoever wrote
 * them meant the document to be closed, and a warning that CI ignores would publish it.
 */
export function closureNeedsClosed(data: Record<string, unknown>, context: z.RefinementCtx): void {
  if (data.besloten === true) return
  for (const key of ['grond', 'titel_openbaar']) {
    if (data[key] !== undefined) context.addIssue({code: 'custom', path: [key], params: {rule: 'closure-without-closed'}})
  }
}
