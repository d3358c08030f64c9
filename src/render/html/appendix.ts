/** Appendices: Markdown (minutes get their own header) and PDF cards. */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {dutchDate} from '../../number/dutch-date.js'
import type {NumberedDocument} from '../../number/number.js'
import type {MarkdownAppendix, PdfAppendix} from '../../model.js'
import type {RenderContext} from './context.js'
import {renderMarkdown} from './markdown.js'
import {headerTable} from './blocks.js'

/** A Markdown appendix; minutes add Datum/Tijd/Locatie/Voorzitter and "Vastgesteld d.d.". */
export function renderMarkdownAppendix(context: RenderContext, document: NumberedDocument, appendix: MarkdownAppendix): ElementContent[] {
  const info = appendix.info
  const out: ElementContent[] = []
  if (info.minutes) {
    out.push(
      headerTable(`${document.anchor}-kop`, 'Gegevens van de vergadering', [
        ['Datum', info.date ? dutchDate(info.date) : undefined],
        ['Tijd', info.time],
        ['Locatie', info.location],
        ['Voorzitter', info.chair],
        ['Secretaris', info.secretary],
        ['Notulist', info.minuteTaker]
      ])
    )
  } else if (info.date) {
    out.push(h('p.document-date', `Datum: ${dutchDate(info.date)}`))
  }
  out.push(...renderMarkdown(appendix.body, {idPrefix: document.anchor, baseLevel: 4, root: context.root, name: `${document.label} ${document.title}`}))
  // Minutes are signed by the chair and secretary of the meeting that adopts them: this one's.
  const meeting = context.numbered.meeting.info
  if (info.minutes) out.push(signatures(context, document, info.adopted, meeting.chair ?? info.chair, meeting.secretary ?? info.secretary))
  return out
}

/**
 * The end of minutes as they are signed (#8): adopted in the meeting the bundle is for (or on the
 * date given), with room for the chair and the secretary to sign.
 */
function signatures(context: RenderContext, document: NumberedDocument, adopted: string | undefined, chair: string | undefined, secretary: string | undefined): ElementContent {
  const date = dutchDate(adopted ?? context.numbered.meeting.info.date, false)
  const blank = '……………………………'
  const signer = (role: string, name: string | undefined) => h('div.signer', [h('p.signer-role', role), h('p.signer-line', {ariaHidden: 'true'}, ''), h('p.signer-name', name ?? blank)])
  return h('section.signatures', {ariaLabel: `Ondertekening ${document.label} ${document.title}`}, [
    h('p.adopted', `Vastgesteld in de vergadering van ${date}.`),
    h('div.signers', [signer('De voorzitter,', chair), signer('De secretaris,', secretary)])
  ])
}

/** A PDF appendix on the web: a card with title, page count and a link to the copy. */
export function renderPdfCard(context: RenderContext, document: NumberedDocument, appendix: PdfAppendix): ElementContent[] {
  const pages = appendix.pageCount === 1 ? '1 pagina' : `${appendix.pageCount} pagina's`
  const size = `${Math.max(1, Math.round(appendix.bytes.byteLength / 1024))} kB`
  return [
    h('p.pdf-card', [
      h('span.pdf-meta', `PDF, ${pages}, ${size}`),
      ' ',
      h('a', {href: context.appendixHref(document.anchor), type: 'application/pdf'}, [`Open ${document.label} ${appendix.title} (PDF)`])
    ])
  ]
}
