/**
 * Chromium names tagged elements that others refer to (a table's header cells, named in each
 * data cell's `/Headers`) by their DOM node: `/ID (node00000641)`. Those numbers count every node
 * the tab has made, so the same page printed in a tab that printed another page first gets other
 * names (bytes that differ for the same content), and two prints joined into one bundle may use
 * the same name for different cells (#13). So each print's names are replaced, in reading order,
 * by numbers that run on through the bundle; a grafted appendix's names get a prefix of their
 * own (two appendices may both have a `th1`); and once merged, the bundle's names are numbered
 * in reading order again and its ID tree is written from them.
 */
import {PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject} from 'pdf-lib'
import {dropNodes, kidsOf} from './merge/struct-tree.js'

const ID = PDFName.of('ID')
const A = PDFName.of('A')
const Headers = PDFName.of('Headers')

const nameOf = (n: number) => `node${String(n).padStart(8, '0')}`

const S = PDFName.of('S')

/**
 * The structure elements of `pdf` in reading order, each once, that have an id or attributes:
 * the only ones renumbering reads (a table's cells; the bundle's other ~30,000 elements have
 * neither, and keeping them all in a list was half of each pass, #13).
 */
function elements(pdf: PDFDocument): Array<{ref: PDFRef | undefined; element: PDFDict}> {
  const found: Array<{ref: PDFRef | undefined; element: PDFDict}> = []
  const seen = new Set<PDFDict>()
  const visit = (value: PDFObject, depth: number) => {
    const node = value instanceof PDFRef ? pdf.context.lookup(value) : value
    if (!(node instanceof PDFDict) || seen.has(node) || depth > 512 || !node.has(S)) return
    seen.add(node)
    if (node.has(ID) || node.has(A)) found.push({ref: value instanceof PDFRef ? value : undefined, element: node})
    for (const kid of kidsOf(node)) visit(kid, depth + 1)
  }
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (root instanceof PDFDict) for (const kid of kidsOf(root)) visit(kid, 0)
  return found
}

/** A text string's text (an id, a header's name), or undefined for anything else. */
export const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined)

/** The `/Headers` lists in an element's attributes: the ids of the header cells a data cell names. */
export function headerLists(pdf: PDFDocument, element: PDFDict): PDFArray[] {
  const attributes = element.lookup(A)
  return (attributes instanceof PDFArray ? attributes.asArray() : [attributes]).flatMap((owner) => {
    const dict = owner instanceof PDFRef ? pdf.context.lookup(owner) : owner
    const headers = dict instanceof PDFDict ? dict.lookup(Headers) : undefined
    return headers instanceof PDFArray ? [headers] : []
  })
}

/**
 * The ids an element's attributes name (a data cell's `/Headers`), each passed through `rename`.
 * Cells may share one attribute object: `done` holds the lists renamed already, so none is twice.
 */
function renameHeaders(pdf: PDFDocument, element: PDFDict, rename: (id: string) => string | undefined, done: Set<PDFArray>): void {
  for (const headers of headerLists(pdf, element)) {
    if (done.has(headers)) continue
    done.add(headers)
    headers.asArray().forEach((header, index) => {
      const name = rename(text(header) ?? '')
      if (name !== undefined) headers.set(index, PDFString.of(name))
    })
  }
}

/**
 * A grafted element (its attributes already copied) keeps its id, and the ids it names, under
 * `scope`; `done` is one set for all the elements of one graft (they may share attributes).
 */
export function scopeIds(pdf: PDFDocument, copy: PDFDict, source: PDFDict, scope: string, done: Set<PDFArray>): void {
  const id = text(source.lookup(ID))
  if (id !== undefined) copy.set(ID, PDFString.of(`${scope}${id}`))
  renameHeaders(pdf, copy, (name) => `${scope}${name}`, done)
}

/** Rename the element ids of one print from `start` on; returns the next free number. */
export function renumberIds(pdf: PDFDocument, start: number): number {
  const renamed = new Map<string, string>()
  let next = start
  const all = elements(pdf)
  for (const {element} of all) {
    const id = text(element.lookup(ID))
    if (id === undefined) continue
    const name = nameOf(next++)
    renamed.set(id, name)
    element.set(ID, PDFString.of(name))
  }
  const done = new Set<PDFArray>()
  if (renamed.size > 0) for (const {element} of all) renameHeaders(pdf, element, (name) => renamed.get(name), done)
  return next
}

/** Write the root's ID tree from the elements' ids (one flat, sorted `/Names`), or remove it when there are none. */
export function writeIdTree(pdf: PDFDocument): void {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (!(root instanceof PDFDict)) return
  dropNodes(pdf.context, root.get(PDFName.of('IDTree')))
  const named: Array<[string, PDFRef]> = []
  for (const {ref, element} of elements(pdf)) {
    const id = text(element.lookup(ID))
    if (id !== undefined && ref) named.push([id, ref])
  }
  if (named.length === 0) {
    root.delete(PDFName.of('IDTree'))
    return
  }
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const names = named.flatMap(([id, ref]) => [PDFString.of(id), ref])
  root.set(PDFName.of('IDTree'), pdf.context.register(pdf.context.obj({Names: names})))
}
