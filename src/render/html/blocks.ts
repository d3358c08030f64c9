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

/** A titled section of a document (level 4 heading). */
export function section(anchor: string, key: string, title: string, children: ElementContent[]): Element {
  const id = `${anchor}-${key}`
  return h(`section.memo-${key}`, {ariaLabelledBy: `${id}-titel`}, [h('h4', {id: `${id}-titel`}, title), ...children])
}
