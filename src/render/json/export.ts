/**
 * `bundel.json`: the numbered meeting as data, for the organisation's website and other tools.
 * Only what the bundle shows; no file-system paths outside the output folder. Which fields go in
 * comes from their declarations (#9): a new field is exported unless it says it is not.
 */
import type {NumberedMeeting} from '../../number/number.js'
import {version} from '../../version.js'
import type {AnyField} from '../../schema/field.js'
import {agendapuntType} from '../../schema/agendapunt.js'
import {memoType} from '../../schema/memo.js'
import {vergaderingType} from '../../schema/vergadering.js'

/** The exported fields of a model, in their declared order; `absent` stands for a field left out. */
function exported(fields: Readonly<Record<string, AnyField>>, model: object, absent: null | undefined = undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const field of Object.values(fields)) {
    if (field.info.exported === false) continue
    out[field.name] = (model as Record<string, unknown>)[field.name] ?? absent
  }
  return out
}

/** Serialise a numbered meeting; `hrefs` maps PDF appendix anchors to their copies. */
export function exportJson(numbered: NumberedMeeting, hrefs: ReadonlyMap<string, string>): string {
  const {meeting} = numbered
  const data = {
    generator: `bundel ${version}`,
    id: meeting.id,
    title: numbered.title,
    meeting: exported(vergaderingType.fields, meeting.info),
    items: numbered.items.map((item) => ({
      number: item.number,
      anchor: item.anchor,
      // Items list every field, `null` when left out, so a site can rely on the keys.
      ...exported(agendapuntType.fields, item.item.info, null),
      documents: item.documents.map((document) => ({
        label: document.label,
        anchor: document.anchor,
        title: document.title,
        kind: document.kind === 'appendix' ? (document.appendix.kind === 'pdf' ? 'pdf' : document.appendix.info.minutes ? 'verslag' : 'markdown') : document.kind === 'memo' ? 'memo' : 'besloten',
        // Closed (#10): in the full edition the document follows; in the public one only this is left.
        closed: document.closed !== undefined,
        ...(document.closed ? {ground: document.closed.ground ?? null} : {}),
        ...(document.kind === 'memo' ? {memo: exported(memoType.fields, document.memo.info)} : {}),
        ...(document.kind === 'appendix' && document.appendix.kind === 'pdf'
          ? {pages: document.appendix.pageCount, href: hrefs.get(document.anchor) ?? null}
          : {})
      }))
    }))
  }
  return JSON.stringify(data, null, 2) + '\n'
}
