/**
 * A phrase in another language, marked in Markdown as `[supporting partner]{lang=en}` (#12):
 * the HTML gets `<span lang="en">`, so a screen reader switches voice (WCAG 3.1.2), and
 * Chromium carries it into the PDF's tag tree as the span's `/Lang`.
 *
 * Without a link definition `[…]` is plain text in CommonMark, so the marker arrives as text and
 * is rewritten here, within one text node (emphasis inside the brackets is not supported). The
 * language must look like a BCP 47 tag (`en`, `fy`, `en-GB`); anything else stays as written.
 */
import type {PhrasingContent, Root, Text} from 'mdast'
import {visit} from 'unist-util-visit'

const marker = /\[([^[\]\n]+)\]\{lang=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\}/g

export default function remarkLang() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes(']{lang=')) return
      const parts: PhrasingContent[] = []
      let last = 0
      for (const match of node.value.matchAll(marker)) {
        if (match.index > last) parts.push({type: 'text', value: node.value.slice(last, match.index)})
        // An mdast node that remark-rehype turns into <span lang>: `data.hName` names the element.
        parts.push({type: 'emphasis', children: [{type: 'text', value: match[1]!}], data: {hName: 'span', hProperties: {lang: match[2]!}}})
        last = match.index + match[0].length
      }
      if (parts.length === 0) return
      if (last < node.value.length) parts.push({type: 'text', value: node.value.slice(last)})
      parent.children.splice(index, 1, ...parts)
      return index + parts.length
    })
  }
}
