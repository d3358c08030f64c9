/**
 * The memo, laid out like the paper "AB memo": header rows, then Voorstel, Toelichting,
 * Procedure, Vervolgactie, Bijlagen, Consequenties and Nadere informatie bij.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {dutchDate} from '../../number/dutch-date.js'
import type {NumberedDocument, NumberedItem} from '../../number/number.js'
import type {Memo} from '../../model.js'
import type {RenderContext} from './context.js'
import {renderMarkdown} from './markdown.js'
import {headerTable, section} from './blocks.js'

/** Render the memo of `item`. */
export function renderMemo(context: RenderContext, item: NumberedItem, document: NumberedDocument, memo: Memo): ElementContent[] {
  const info = memo.info
  const meeting = context.numbered.meeting.info
  const anchor = document.anchor
  const out: ElementContent[] = [
    headerTable(`${anchor}-kop`, 'Gegevens van het memo', [
      ['Vergadering d.d.', `${meeting.body}, ${dutchDate(meeting.date, false)}`],
      ['Agendapunt', item.number],
      ['Onderwerp', info.subject ?? item.item.info.title],
      ['Portefeuillehouder', info.portfolioHolder]
    ]),
    section(anchor, 'voorstel', 'Voorstel', [proposalList(info.proposal)])
  ]
  const explanation = renderMarkdown(memo.body, {idPrefix: anchor, baseLevel: 5, root: context.root, name: `${document.label} ${document.title}`})
  if (explanation.length > 0) out.push(section(anchor, 'toelichting', 'Toelichting', explanation))
  if (info.procedure.length > 0) {
    out.push(
      section(anchor, 'procedure', 'Procedure', [
        h('table.procedure', [
          h('thead', h('tr', [h('th', {scope: 'col'}, 'Orgaan'), h('th', {scope: 'col'}, 'Datum')])),
          h('tbody', info.procedure.map((step) => h('tr', [h('td', step.body), h('td', step.date)])))
        ])
      ])
    )
  }
  if (info.followUp) out.push(section(anchor, 'vervolgactie', 'Vervolgactie', [h('p', info.followUp)]))
  if (info.communication) out.push(section(anchor, 'communicatie', 'Communicatie', [h('p', info.communication)]))
  if (info.notify) out.push(section(anchor, 'mededeling-aan', 'Mededeling aan', [h('p', info.notify)]))
  const appendices = info.appendices
  if (appendices && (appendices.sent.length > 0 || appendices.forInspection.length > 0 || appendices.inspectionPlace)) {
    const rows: ElementContent[] = []
    if (appendices.sent.length > 0) rows.push(h('dt', 'Meegezonden'), h('dd', h('ul', appendices.sent.map((text) => h('li', text)))))
    if (appendices.forInspection.length > 0) rows.push(h('dt', 'Ter inzage'), h('dd', h('ul', appendices.forInspection.map((text) => h('li', text)))))
    if (appendices.inspectionPlace) rows.push(h('dt', 'Plaats van inzage'), h('dd', appendices.inspectionPlace))
    out.push(section(anchor, 'bijlagen', 'Bijlagen', [h('dl', rows)]))
  }
  out.push(
    section(anchor, 'consequenties', 'Consequenties', [
      h('dl.consequences', [h('dt', 'Financieel'), h('dd', info.consequences.financial), h('dt', 'Personeel'), h('dd', info.consequences.staff)])
    ])
  )
  if (info.contact) {
    const contact = info.contact
    const lines: ElementContent[] = [h('span', contact.name)]
    if (contact.phone) lines.push(h('br'), h('span', ['telefoon ', h('a', {href: `tel:${contact.phone.replace(/[^\d+]/g, '')}`}, contact.phone)]))
    if (contact.email) lines.push(h('br'), h('span', ['e-mail ', h('a', {href: `mailto:${contact.email}`}, contact.email)]))
    out.push(section(anchor, 'nadere-informatie', 'Nadere informatie bij', [h('p', lines)]))
  }
  return out
}

/** One decision text as a paragraph, several as a numbered list. */
export function proposalList(proposal: readonly string[]): ElementContent {
  return proposal.length === 1 ? h('p', proposal[0]) : h('ol.proposal', proposal.map((text) => h('li', text)))
}
