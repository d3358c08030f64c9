/**
 * Named destinations of a PDF: in the catalog's `/Dests` dictionary (what Chromium writes) or in
 * the `/Names` tree's `/Dests` (LaTeX/hyperref, Word, InDesign). Links and bookmarks of an
 * appendix use both, so both are searched (#14).
 */
import {PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject} from 'pdf-lib'

/** The explicit destination (`[page /XYZ …]`) that `name` stands for in `source`, if any. */
export function lookupNamed(source: PDFDocument, name: string): PDFArray | undefined {
  const unwrap = (value: PDFObject | undefined): PDFArray | undefined => {
    const resolved = value instanceof PDFRef ? source.context.lookup(value) : value
    if (resolved instanceof PDFArray) return resolved
    if (resolved instanceof PDFDict) return unwrap(resolved.get(PDFName.of('D')))
    return undefined
  }
  const dests = source.catalog.lookup(PDFName.of('Dests'))
  if (dests instanceof PDFDict) {
    const found = unwrap(dests.get(PDFName.of(name)))
    if (found) return found
  }
  const names = source.catalog.lookup(PDFName.of('Names'))
  const tree = names instanceof PDFDict ? names.lookup(PDFName.of('Dests')) : undefined
  return tree instanceof PDFDict ? unwrap(searchNameTree(source, tree, name)) : undefined
}

function searchNameTree(source: PDFDocument, node: PDFDict, name: string, depth = 0): PDFObject | undefined {
  if (depth > 32) return undefined
  const pairs = node.lookup(PDFName.of('Names'))
  if (pairs instanceof PDFArray) {
    for (let index = 0; index + 1 < pairs.size(); index += 2) {
      const key = pairs.lookup(index)
      if ((key instanceof PDFString || key instanceof PDFHexString) && key.decodeText() === name) return pairs.get(index + 1)
    }
  }
  const kids = node.lookup(PDFName.of('Kids'))
  if (kids instanceof PDFArray) {
    for (let index = 0; index < kids.size(); index++) {
      const kid = kids.lookup(index)
      if (kid instanceof PDFDict) {
        const found = searchNameTree(source, kid, name, depth + 1)
        if (found) return found
      }
    }
  }
  return undefined
}
