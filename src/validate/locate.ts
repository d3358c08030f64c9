/**
 * Find the line of a front-matter field from its path, using the YAML document's ranges.
 * A field that is present points at itself; a missing one at its parent block's key, or at the
 * opening `---` (line 1) when the parent is the top level (#2).
 */
import {isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node} from 'yaml'
import type {Place} from '../messages.js'

/** What to point at. */
export type Target = 'key' | 'value'

/** The place of `path` in `document`, falling back to the nearest ancestor that exists. */
export function locate(
  document: Document.Parsed | undefined,
  lineCounter: LineCounter | undefined,
  path: readonly PropertyKey[],
  target: Target = 'value'
): Place {
  if (!document || !lineCounter) return {line: 1}
  let node: unknown = document.contents
  let keyNode: Node | undefined
  for (const segment of path) {
    let next: unknown
    let nextKey: Node | undefined
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
      if (pair) {
        next = pair.value
        nextKey = pair.key as Node
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment]
      nextKey = next as Node | undefined
    }
    if (next === undefined && nextKey === undefined) return at(lineCounter, keyNode) ?? {line: 1}
    node = next
    keyNode = nextKey ?? keyNode
  }
  const chosen = target === 'key' ? keyNode : (node as Node | null) ?? keyNode
  return at(lineCounter, chosen as Node | undefined) ?? at(lineCounter, keyNode) ?? {line: 1}
}

function at(lineCounter: LineCounter, node: Node | undefined): Place | undefined {
  const range = node?.range
  if (!range) return undefined
  const pos = lineCounter.linePos(range[0])
  return {line: pos.line, column: pos.col}
}
