/**
 * Rule (warning): `consequenties` that only refer elsewhere. The board reads this block to see
 * the cost of a decision; "zie toelichting" makes them hunt for it.
 */
import type {SourceDoc} from '../load/load.js'
import {report} from '../messages.js'
import type {MemoInfo} from '../schema/memo.js'
import {locate} from './locate.js'

const vague = /^(zie|vide)\b.*(toelichting|bijlage|memo|hierboven|boven)\W*$/i

/** Warn about consequences that say only "zie toelichting". */
export function checkConsequences(doc: SourceDoc, info: MemoInfo): void {
  const fields = [
    ['financieel', info.consequences.financial],
    ['personeel', info.consequences.staff]
  ] as const
  for (const [key, value] of fields) {
    if (!vague.test(value.trim())) continue
    report(doc.file, 'vague-consequences', {
      field: `consequenties.${key}`,
      place: locate(doc.front.document, doc.front.lineCounter, ['consequenties', key]),
      params: {actual: value}
    })
  }
}
