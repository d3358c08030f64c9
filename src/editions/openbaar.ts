/**
 * The public edition (`openbaar`, #10): what the website may show. Every closed document becomes
 * a placeholder with its number, a title and its ground — nothing else of it is kept, so no
 * output can show it, whatever it reads. The numbers stay those of the full bundle, and the PDF
 * output gives each placeholder as many pages as the document has there (pdf/same-pages.ts).
 *
 * An item with `titel_openbaar` has a secret subject: its title, proposal and agenda text give
 * way too, and its documents are named "Besloten stuk" unless they have a neutral title of
 * their own. Without it the item's title, proposal and text stay public, as its agenda is.
 */
import type {AgendaItem, MarkdownPart} from '../model.js'
import type {NumberedDocument, NumberedItem, NumberedMeeting} from '../number/number.js'
import type {Edition} from './edition.js'

/** The title of a closed document of an item whose subject is secret. */
export const closedDocumentTitle = 'Besloten stuk'

/** The title the public edition shows for a closed document. */
export function publicTitleOf(document: NumberedDocument, item: NumberedItem): string {
  const secretSubject = item.closed?.publicTitle !== undefined
  // "Memo" says nothing about the subject; an appendix's own title may.
  return document.closed?.publicTitle ?? (secretSubject && document.kind !== 'memo' ? closedDocumentTitle : document.title)
}

function publicDocument(document: NumberedDocument, item: NumberedItem): NumberedDocument {
  if (!document.closed) return document
  return {kind: 'closed', label: document.label, anchor: document.anchor, title: publicTitleOf(document, item), closed: document.closed}
}

/** An empty text in the same file, so messages and anchors still have a place. */
function emptied(part: MarkdownPart): MarkdownPart {
  return {markdown: '', file: part.file, line: part.line}
}

function publicItem(item: NumberedItem): NumberedItem {
  const documents = item.documents.map((document) => publicDocument(document, item))
  const kept = (appendix: AgendaItem['appendices'][number]) =>
    item.documents.some((document) => document.kind === 'appendix' && document.appendix === appendix && !document.closed)
  const memoClosed = item.documents.some((document) => document.kind === 'memo' && document.closed)
  const source = item.item
  const publicTitle = item.closed?.publicTitle
  const agendaItem: AgendaItem = {
    ...source,
    info: publicTitle === undefined ? source.info : {...source.info, title: publicTitle, proposal: undefined},
    notes: publicTitle === undefined ? source.notes : emptied(source.notes),
    memo: memoClosed ? undefined : source.memo,
    appendices: source.appendices.filter(kept)
  }
  return {...item, item: agendaItem, documents}
}

export const openbaar: Edition = {
  name: 'openbaar',
  select(meeting: NumberedMeeting): NumberedMeeting {
    const items = meeting.items.map(publicItem)
    return {...meeting, meeting: {...meeting.meeting, items: items.map((item) => item.item)}, items}
  }
}
