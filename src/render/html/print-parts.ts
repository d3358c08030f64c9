/**
 * The print page in parts (#13). One Chromium print of a whole bundle grows faster than its
 * pages (3,842 own pages: 121 s whole, 35 s in parts), and one changed memo made the whole bundle
 * print again. So a large bundle is printed as several documents — the front (cover, contents,
 * agenda), then groups of items — each cached by the hash of its own HTML; pdf/join-prints.ts
 * joins them into the document one print would have made. Every part starts on a new page, so
 * the pages come out the same.
 *
 * Chromium writes a named destination only for an id that a link in the same document points
 * to, and a link annotation only when its target is there. So each document gets, out of the
 * flow and before its parts, an empty link to each of its ids that another one links to (no annotation and no tag,
 * only the destination), and an empty target for each id it links to elsewhere (its
 * destination is a stand-in, replaced by the real one when the prints are joined).
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
export type {PrintPart, PrintSource} from '../../print-source.js'

/** Below this size a bundle is printed whole: one print is quicker than several (bytes of HTML). */
export const wholeBelow = 400_000
/** About how much HTML one group of items holds (bytes). */
const groupBytes = 96_000
/**
 * At most about this many groups: each print has its own cost (a page loaded in a tab, its fonts,
 * a PDF to parse and join), which the 1,000-item meeting paid 126 times in groups of 8 (77.5 s,
 * Chromium stage 46 s). In 63 groups of 16 it took 68.8-69.2 s, in 33 groups of 32 65.3-67.7 s,
 * but larger prints raised its peak memory from 1.41 to 1.49-1.53 GB, past the 1.5 GB of #13.
 */
const groupsAtMost = 64

/**
 * Items per print: `given` when set (0: print whole), else by size: ~96 kB of HTML per group, or
 * more when that would make over ~64 groups. The count is a power of two from the average item,
 * so that an edit to one memo does not move the groups after it (and reprint them): only a change
 * of the average (or of the whole, in a bundle of over ~64 groups) by a factor of about 1.4 does.
 */
export function itemsPerPrint(given: number | undefined, wholeBytes: number, itemBytes: readonly number[]): number {
  if (given !== undefined) return Math.max(0, Math.floor(given))
  if (wholeBytes < wholeBelow || itemBytes.length === 0) return 0
  const average = itemBytes.reduce((sum, bytes) => sum + bytes, 0) / itemBytes.length
  const bytesPerGroup = Math.max(groupBytes, wholeBytes / groupsAtMost)
  return Math.min(64, Math.max(1, 2 ** Math.round(Math.log2(bytesPerGroup / Math.max(1, average)))))
}

/** Group the front and the item parts: the front alone, then `perPrint` items at a time. */
export function groupParts<T>(parts: readonly (readonly T[])[], perPrint: number): T[][] {
  const [front = [], ...items] = parts
  const groups: T[][] = [[...front]]
  for (let start = 0; start < items.length; start += perPrint) groups.push(items.slice(start, start + perPrint).flat())
  return groups
}

/** Each group with the links and stand-in targets it needs, and the stand-ins' ids. */
export function linkGroups(groups: readonly ElementContent[][]): Array<{children: ElementContent[]; stubs: string[]}> {
  const facts = groups.map(idsAndTargets)
  const home = new Map<string, number>()
  facts.forEach(({ids}, index) => ids.forEach((id) => home.has(id) || home.set(id, index)))
  return groups.map((children, index) => {
    const {ids, targets} = facts[index]!
    const stubs = [...targets].filter((id) => !ids.has(id) && home.has(id))
    const wanted = [...ids].filter((id) => home.get(id) === index && facts.some((other, at) => at !== index && other.targets.has(id)))
    if (stubs.length === 0 && wanted.length === 0) return {children: [...children], stubs}
    // Out of the flow and empty: no page, no painting, no tag; only destinations. First, not
    // last: after the agenda's page break it would start a page of its own.
    const helper = h('div.print-links', {style: 'position:absolute;top:0;left:0'}, [
      ...wanted.map((id) => h('a', {href: `#${id}`})),
      ...stubs.map((id) => h('span', {id}))
    ])
    return {children: [helper, ...children], stubs}
  })
}

/** The ids a group defines and the `#ids` its links point to. */
function idsAndTargets(nodes: readonly ElementContent[]): {ids: Set<string>; targets: Set<string>} {
  const ids = new Set<string>()
  const targets = new Set<string>()
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return
    const {id, href} = node.properties
    if (typeof id === 'string') ids.add(id)
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) targets.add(fragment(href.slice(1)))
    for (const child of node.children) visit(child)
  }
  nodes.forEach(visit)
  return {ids, targets}
}

/** `#caf%C3%A9` names the id `café`, as the browser reads it; a broken escape stays as written. */
function fragment(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
