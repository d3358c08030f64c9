/** Small building blocks shared by the part renderers. */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'

/** A table of label/value rows with header cells, e.g. the memo's "Vergadering d.d." block. */
export function headerTable(id: string, caption: string, rows: ReadonlyArray<readonly [string, string | undefined]>): Element {
  return h(
    'table.header',
    {id},
    h('caption.visually-hidden', caption),
    h(
      'tbody',
      rows
        .filter((row): row is readonly [string, string] => row[1] !== undefined)
        .map(([label, value]) => h('tr', [h('th', {scope: 'row'}, label), h('td', value)]))
    )
  )
}

/**
 * A titled section of a document (level 4 heading). Its region is named by its heading and its
 * document's ("Voorstel 2.1 Memo lobbyagenda"): every memo has a "Voorstel", and a screen
 * reader's list of regions must tell them apart (axe landmark-unique, #12).
 */
export function section(anchor: string, key: string, title: string, children: ElementContent[]): Element {
  const id = `${anchor}-${key}`
  return h(`section.memo-${key}`, {ariaLabelledBy: `${id}-titel ${anchor}-titel`}, [h('h4', {id: `${id}-titel`}, title), ...children])
}
