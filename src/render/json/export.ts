/**
 * `bundel.json`: the numbered meeting as data, for the organisation's website and other tools.
 * Only what the bundle shows; no file-system paths outside the output folder.
 */
import type {NumberedMeeting} from '../../number/number.js'
import {version} from '../../version.js'

/** Serialise a numbered meeting; `hrefs` maps PDF appendix anchors to their copies. */
export function exportJson(numbered: NumberedMeeting, hrefs: ReadonlyMap<string, string>): string {
  const {meeting} = numbered
  const data = {
    generator: `bundel ${version}`,
    id: meeting.id,
    title: numbered.title,
    meeting: meeting.info,
    items: numbered.items.map((item) => ({
      number: item.number,
      anchor: item.anchor,
      title: item.item.info.title,
      proposal: item.item.info.proposal ?? null,
      gavel: item.item.info.gavel,
      closed: item.item.info.closed,
      documents: item.documents.map((document) => ({
        label: document.label,
        anchor: document.anchor,
        title: document.title,
        kind: document.kind === 'memo' ? 'memo' : document.appendix.kind === 'pdf' ? 'pdf' : document.appendix.info.minutes ? 'verslag' : 'markdown',
        ...(document.kind === 'memo' ? {memo: document.memo.info} : {}),
        ...(document.kind === 'appendix' && document.appendix.kind === 'pdf'
          ? {pages: document.appendix.pageCount, href: hrefs.get(document.anchor) ?? null}
          : {})
      }))
    }))
  }
  return JSON.stringify(data, null, 2) + '\n'
}
