/**
 * What render hands the PDF stage (#13): the print page whole, and the documents to print it as.
 * Its own module, as neither stage may import the other (layering.test.ts).
 */

/** One document to print, and the ids it only stands in for (their destinations are elsewhere). */
export interface PrintPart {
  readonly html: string
  readonly stubs: readonly string[]
}

/** The print page whole, and the documents to print it as (one: the whole page). */
export interface PrintSource {
  readonly whole: string
  readonly parts: readonly PrintPart[]
}
