/**
 * Domain words that are not front-matter fields, for the README's glossary (#9). The fields
 * themselves come from the registries in `src/schema/`, so they are never listed here.
 */
export interface Term {
  /** What users see (Dutch). */
  readonly dutch: string
  /** What the code calls it. */
  readonly code: string
  /** What it means (English). */
  readonly meaning: string
}

export const terms: readonly Term[] = [
  {dutch: 'vergadering', code: '`Meeting`', meaning: 'the meeting (`vergadering.md`)'},
  {dutch: 'vergaderbundel, bundel', code: 'bundle', meaning: 'everything the board receives for one meeting'},
  {dutch: 'agendapunt', code: '`AgendaItem`', meaning: 'an agenda item (`agendapunt.md`)'},
  {dutch: 'memo (AB memo)', code: '`Memo`', meaning: 'the proposal memo of an item (`memo.md`)'},
  {dutch: 'toelichting', code: 'memo body', meaning: 'the explanation in a memo'},
  {dutch: 'bijlage(n)', code: '`Appendix`', meaning: 'appendix / appendices (`bijlagen/`)'},
  {dutch: 'verslag', code: 'minutes', meaning: 'minutes of an earlier meeting (`soort: verslag`)'},
  {dutch: 'rondvraag', code: '—', meaning: 'any other business'},
  {dutch: 'omslag', code: 'cover', meaning: 'the first page of the bundle'},
  {dutch: 'inhoudsopgave', code: 'table of contents', meaning: 'the contents, with page numbers in the PDF'}
]
