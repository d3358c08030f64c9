/**
 * Active content in an appendix PDF (#7): the bundle goes to every board member, so nothing that
 * runs, opens a program, sends data or carries a file may pass into it. Kept: plain links to
 * http, https and mailto addresses, and internal jumps (GoTo). Everything else on the pages that
 * are merged — page and annotation actions (`/AA`), JavaScript, Launch, SubmitForm, GoToR to
 * another file or share, file attachments and multimedia annotations — is removed from the
 * parsed document before it is merged. Document-level JavaScript, embedded files and XFA are
 * never copied (only pages are), and are removed too, so the warning can say so.
 */
import {PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject} from 'pdf-lib'

/** What was removed. */
export type ActiveKind = 'javascript' | 'launch' | 'submit' | 'remote' | 'attachment' | 'media' | 'unsafe-link' | 'other-action' | 'embedded-files' | 'xfa'

/** One kind of removal, with the 1-based pages it was on (empty for the document as a whole). */
export interface Removal {
  readonly kind: ActiveKind
  readonly count: number
  readonly pages: readonly number[]
}

const name = (value: PDFObject | undefined) => (value instanceof PDFName ? value.decodeText() : undefined)
const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined)

/** Annotation subtypes that carry a file or play media. */
const mediaSubtypes = new Set(['Sound', 'Movie', 'Screen', 'RichMedia', '3D'])

/** Whether a link address is one a reader may follow: a web page or an e-mail address. */
export function safeUri(uri: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(uri.trim())
}

/** Why an action is not allowed (its kind), or undefined for a plain link or jump. */
function judge(action: PDFDict): ActiveKind | undefined {
  const type = name(action.lookup(PDFName.of('S')))
  if (type === 'GoTo') return undefined
  if (type === 'URI') {
    const uri = text(action.lookup(PDFName.of('URI')))
    if (uri === undefined) return 'unsafe-link'
    if (/^\\\\|^file:/i.test(uri.trim())) return 'remote'
    return safeUri(uri) ? undefined : 'unsafe-link'
  }
  if (type === 'JavaScript' || type === 'Rendition') return 'javascript'
  if (type === 'Launch') return 'launch'
  if (type === 'SubmitForm' || type === 'ImportData' || type === 'ResetForm') return 'submit'
  if (type === 'GoToR' || type === 'GoToE' || type === 'Thread') return 'remote'
  if (type === 'Sound' || type === 'Movie' || type === 'RichMediaExecute' || type === 'GoTo3DView') return 'media'
  return 'other-action'
}

class Tally {
  readonly #byKind = new Map<ActiveKind, {count: number; pages: Set<number>}>()

  add(kind: ActiveKind, page?: number): void {
    const entry = this.#byKind.get(kind) ?? {count: 0, pages: new Set<number>()}
    entry.count++
    if (page !== undefined) entry.pages.add(page)
    this.#byKind.set(kind, entry)
  }

  list(): Removal[] {
    return [...this.#byKind].map(([kind, entry]) => ({kind, count: entry.count, pages: [...entry.pages].sort((a, b) => a - b)}))
  }
}

/** Remove `/AA` from `dict` and count the actions it held. */
function dropAdditionalActions(dict: PDFDict, tally: Tally, page: number): void {
  const additional = dict.lookup(PDFName.of('AA'))
  if (!additional) return
  let counted = 0
  if (additional instanceof PDFDict) {
    for (const [, value] of additional.entries()) {
      const action = value instanceof PDFRef ? dict.context.lookup(value) : value
      if (action instanceof PDFDict) {
        tally.add(judge(action) ?? 'other-action', page)
        counted++
      }
    }
  }
  if (counted === 0) tally.add('other-action', page)
  dict.delete(PDFName.of('AA'))
}

/**
 * Keep the action of `holder` (a link, a widget, a field) only when it is a plain link or jump,
 * and only that one action: a `/Next` chain could hide JavaScript behind a harmless first step.
 * Returns whether it had an action that was removed.
 */
function keepSafeAction(holder: PDFDict, tally: Tally, page: number): boolean {
  const action = holder.lookup(PDFName.of('A'))
  if (!(action instanceof PDFDict)) return false
  const next = action.lookup(PDFName.of('Next'))
  if (next) {
    const chained = next instanceof PDFArray ? next.asArray().map((item) => (item instanceof PDFRef ? holder.context.lookup(item) : item)) : [next]
    for (const item of chained) if (item instanceof PDFDict) tally.add(judge(item) ?? 'other-action', page)
    action.delete(PDFName.of('Next'))
  }
  const kind = judge(action)
  if (!kind) return false
  tally.add(kind, page)
  holder.delete(PDFName.of('A'))
  return true
}

/** Remove the active content of every page of `pdf` (in place); returns what was removed. */
export function removeActiveContent(pdf: PDFDocument): Removal[] {
  const tally = new Tally()
  const fields = new Set<PDFDict>()
  pdf.getPages().forEach((page, index) => {
    const number = index + 1
    dropAdditionalActions(page.node, tally, number)
    const annots = page.node.Annots()
    if (!annots) return
    const kept: PDFObject[] = []
    for (let position = 0; position < annots.size(); position++) {
      const raw = annots.get(position)
      const annot = annots.lookup(position)
      if (!(annot instanceof PDFDict)) continue
      const subtype = name(annot.lookup(PDFName.of('Subtype')))
      if (subtype === 'FileAttachment') {
        tally.add('attachment', number)
        continue
      }
      if (subtype && mediaSubtypes.has(subtype)) {
        tally.add('media', number)
        continue
      }
      dropAdditionalActions(annot, tally, number)
      const removed = keepSafeAction(annot, tally, number)
      // A link whose only action was removed would be a dead rectangle that still looks clickable.
      if (removed && subtype === 'Link' && !annot.has(PDFName.of('Dest'))) continue
      // Form fields hold their own actions on the field, above the widget.
      let parent = annot.lookup(PDFName.of('Parent'))
      for (let depth = 0; parent instanceof PDFDict && depth < 32 && !fields.has(parent); depth++) {
        fields.add(parent)
        dropAdditionalActions(parent, tally, number)
        keepSafeAction(parent, tally, number)
        parent = parent.lookup(PDFName.of('Parent'))
      }
      kept.push(raw)
    }
    if (kept.length !== annots.size()) page.node.set(PDFName.of('Annots'), pdf.context.obj(kept))
  })
  removeDocumentLevel(pdf, tally)
  return tally.list()
}

function removeDocumentLevel(pdf: PDFDocument, tally: Tally): void {
  const catalog = pdf.catalog
  const open = catalog.lookup(PDFName.of('OpenAction'))
  if (open instanceof PDFDict && judge(open)) {
    tally.add(judge(open)!)
    catalog.delete(PDFName.of('OpenAction'))
  }
  if (catalog.has(PDFName.of('AA'))) {
    tally.add('javascript')
    catalog.delete(PDFName.of('AA'))
  }
  const names = catalog.lookup(PDFName.of('Names'))
  if (names instanceof PDFDict) {
    if (names.has(PDFName.of('JavaScript'))) {
      tally.add('javascript')
      names.delete(PDFName.of('JavaScript'))
    }
    if (names.has(PDFName.of('EmbeddedFiles'))) {
      const count = countNames(pdf, names.lookup(PDFName.of('EmbeddedFiles')))
      for (let index = 0; index < Math.max(1, count); index++) tally.add('embedded-files')
      names.delete(PDFName.of('EmbeddedFiles'))
    }
  }
  const form = catalog.lookup(PDFName.of('AcroForm'))
  if (form instanceof PDFDict && form.has(PDFName.of('XFA'))) {
    tally.add('xfa')
    form.delete(PDFName.of('XFA'))
  }
}

/** Entries in a name tree (bounded: a hostile tree may loop). */
function countNames(pdf: PDFDocument, node: PDFObject | undefined, depth = 0): number {
  if (!(node instanceof PDFDict) || depth > 32) return 0
  const pairs = node.lookup(PDFName.of('Names'))
  let count = pairs instanceof PDFArray ? Math.floor(pairs.size() / 2) : 0
  const kids = node.lookup(PDFName.of('Kids'))
  if (kids instanceof PDFArray) for (let index = 0; index < kids.size(); index++) count += countNames(pdf, kids.lookup(index), depth + 1)
  return count
}
