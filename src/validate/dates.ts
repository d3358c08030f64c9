/**
 * Rules (warnings) on dates a secretary gets wrong without noticing (#8): a meeting folder named
 * for another day than its `datum` (copied from the last meeting), and minutes dated on or after
 * the meeting they are attached to (the minutes of *this* meeting, or a typo in the year).
 */
import type {RawMeeting, SourceDoc} from '../load/load.js'
import {report} from '../messages.js'
import type {AgendaItem} from '../model.js'
import {locate} from './locate.js'

/** Check the meeting date against its folder, and every minutes' date against the meeting. */
export function checkDates(raw: RawMeeting, vergadering: SourceDoc, date: string, items: readonly AgendaItem[]): void {
  const folderDate = /^(\d{4}-\d{2}-\d{2})-/.exec(raw.id)?.[1]
  if (folderDate && folderDate !== date) {
    report(vergadering.file, 'meeting-date', {
      field: 'datum',
      place: locate(vergadering.front.document, vergadering.front.lineCounter, ['datum']),
      params: {actual: date, folder: folderDate}
    })
  }
  for (const item of items) {
    for (const appendix of item.appendices) {
      if (appendix.kind !== 'md' || !appendix.info.minutes || !appendix.info.date || appendix.info.date < date) continue
      const doc = raw.items.find((candidate) => candidate.folder === item.folder)?.appendices.find((candidate) => candidate.fileName === appendix.fileName)?.doc
      report(appendix.body.file, 'minutes-date', {
        field: 'datum',
        place: locate(doc?.front.document, doc?.front.lineCounter, ['datum']),
        params: {actual: appendix.info.date, meeting: date, same: appendix.info.date === date ? 'yes' : undefined}
      })
    }
  }
}
