/** Rule: two items may not show the same agenda number; the message names both files. */
import type {RawItem} from '../load/load.js'
import {report} from '../messages.js'
import {numberKey, shownNumbers} from '../number/shown-number.js'
import {locate} from './locate.js'

/** Report items whose shown number clashes with an earlier item's. */
export function checkNumbers(items: readonly RawItem[]): void {
  const explicit = items.map((item) => {
    const data = item.agendapunt?.front.data as {nummer?: unknown} | undefined
    return typeof data?.nummer === 'string' && data.nummer.trim() !== '' ? data.nummer.trim() : undefined
  })
  const numbers = shownNumbers(explicit)
  const firstUse = new Map<string, RawItem>()
  numbers.forEach((number, index) => {
    const item = items[index]!
    // Compared as anchors: "3.1" and "3-1" would share an id, "02" and "2" read as the same number.
    const key = numberKey(number)
    const first = firstUse.get(key)
    if (!first) {
      firstUse.set(key, item)
      return
    }
    const doc = item.agendapunt
    if (!doc) return
    const other = first.agendapunt?.file.path ?? first.relDir
    const cause = new Error(`first used by ${other}`)
    report(doc.file, 'duplicate-number', {
      field: 'nummer',
      place: locate(doc.front.document, doc.front.lineCounter, explicit[index] === undefined ? [] : ['nummer']),
      params: {actual: number, other},
      cause
    })
  })
}
