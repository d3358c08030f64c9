/**
 * The bundle's tag tree as Chromium wrote it, with what the merge needs to add to it (#12): new
 * structure elements, entries in the parent tree (the map from a page's marked content, or an
 * annotation, back to its element), and the next free marked-content id of each page.
 */
import {PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRef, type PDFContext, type PDFDocument, type PDFObject, type PDFPage} from 'pdf-lib'

const K = PDFName.of('K')
const S = PDFName.of('S')

/** The kids of a structure element (or root) as stored: element refs, MCIDs, MCR/OBJR dictionaries. */
export function kidsOf(node: PDFDict): PDFObject[] {
  const value = node.get(K)
  const resolved = value instanceof PDFRef ? node.context.lookup(value) : value
  if (resolved instanceof PDFArray) return resolved.asArray()
  return value === undefined ? [] : [value]
}

/** A structure element behind `value` (a ref or a direct dictionary with `/S`). */
export function elementOf(context: PDFContext, value: PDFObject | undefined): PDFDict | undefined {
  const found = value instanceof PDFRef ? context.lookup(value) : value
  return found instanceof PDFDict && found.has(S) && !found.has(PDFName.of('MCID')) && !found.has(PDFName.of('Obj')) ? found : undefined
}

/** Every entry of a number tree (`/Nums`, `/Kids`), at most 64 levels deep. */
export function readNumberTree(context: PDFContext, node: PDFObject | undefined, into = new Map<number, PDFObject>(), depth = 0): Map<number, PDFObject> {
  const tree = node instanceof PDFRef ? context.lookup(node) : node
  if (!(tree instanceof PDFDict) || depth > 64) return into
  const nums = tree.lookup(PDFName.of('Nums'))
  if (nums instanceof PDFArray) {
    for (let index = 0; index + 1 < nums.size(); index += 2) {
      const key = nums.lookup(index)
      if (key instanceof PDFNumber) into.set(key.asNumber(), nums.get(index + 1))
    }
  }
  const kids = tree.lookup(PDFName.of('Kids'))
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) readNumberTree(context, kid, into, depth + 1)
  return into
}

/** The tag tree of the bundle, open for additions; `save()` writes the parent tree back. */
export class StructTree {
  /** Chromium's tree, or undefined when the printed PDF has none. */
  static of(pdf: PDFDocument): StructTree | undefined {
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
    if (!(root instanceof PDFDict)) return undefined
    const rootKids = kidsOf(root)
    const document = rootKids.find((kid) => kid instanceof PDFRef && elementOf(pdf.context, kid)?.lookup(S) === PDFName.of('Document'))
    if (!(document instanceof PDFRef)) return undefined
    return new StructTree(pdf, root, document)
  }

  readonly parents: Map<number, PDFObject>
  private nextKey: number
  /** Page ref → next free MCID on that page. */
  private readonly nextMcid = new Map<PDFRef, number>()

  private constructor(
    readonly pdf: PDFDocument,
    readonly root: PDFDict,
    readonly document: PDFRef
  ) {
    this.parents = readNumberTree(pdf.context, root.get(PDFName.of('ParentTree')))
    const next = root.lookup(PDFName.of('ParentTreeNextKey'))
    this.nextKey = Math.max(next instanceof PDFNumber ? next.asNumber() : 0, ...[...this.parents.keys()].map((key) => key + 1))
  }

  /** Add a parent-tree entry; returns its key. */
  addParent(value: PDFObject): number {
    const key = this.nextKey++
    this.parents.set(key, value)
    return key
  }

  /** A new element of type `type` (registered), appended to `parent`'s kids unless `before` says where. */
  element(type: string, parent: PDFRef, extra: Record<string, PDFObject> = {}, before?: PDFRef): PDFRef {
    const ref = this.pdf.context.register(this.pdf.context.obj({Type: 'StructElem', S: type, P: parent, ...extra}))
    this.insertKid(parent, ref, before)
    return ref
  }

  /** Put `kid` among `parent`'s kids, before `before` when it is one of them, else last. */
  insertKid(parent: PDFRef, kid: PDFObject, before?: PDFRef): void {
    const node = this.pdf.context.lookup(parent) as PDFDict
    const kids = kidsOf(node)
    const at = before ? kids.indexOf(before) : -1
    if (at < 0) kids.push(kid)
    else kids.splice(at, 0, kid)
    node.set(K, this.pdf.context.obj(kids))
  }

  /** Ids below `next` on `page` are taken already (by content no parent-tree entry describes). */
  reserve(page: PDFPage, next: number): void {
    this.nextMcid.set(page.ref, Math.max(next, this.nextMcid.get(page.ref) ?? 0))
  }

  /** The next free marked-content id on `page` (its parent-tree array grows with it). */
  mcid(page: PDFPage, element: PDFRef): number {
    const array = this.pageArray(page)
    const next = Math.max(this.nextMcid.get(page.ref) ?? 0, array.size())
    while (array.size() < next) array.push(PDFNull)
    array.set(next, element)
    this.nextMcid.set(page.ref, next + 1)
    return next
  }

  /** The parent-tree array of `page`, made (with a new key) when the page has none yet. */
  private pageArray(page: PDFPage): PDFArray {
    const key = page.node.lookup(PDFName.of('StructParents'))
    if (key instanceof PDFNumber) {
      const value = this.parents.get(key.asNumber())
      const array = value instanceof PDFRef ? this.pdf.context.lookup(value) : value
      if (array instanceof PDFArray) return array
    }
    const array = this.pdf.context.obj([])
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(this.addParent(this.pdf.context.register(array))))
    return array
  }

  /** Write the parent tree as one flat `/Nums` (keys in order) and the next key; the old tree's nodes go. */
  save(): void {
    dropNodes(this.pdf.context, this.root.get(PDFName.of('ParentTree')))
    const entries = [...this.parents].sort(([a], [b]) => a - b).flatMap(([key, value]) => [PDFNumber.of(key), value])
    this.root.set(PDFName.of('ParentTree'), this.pdf.context.register(this.pdf.context.obj({Nums: entries})))
    this.root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(this.nextKey))
  }
}

/** Delete a number or name tree's own nodes (not the values it holds), so the file does not carry them unused. */
export function dropNodes(context: PDFContext, node: PDFObject | undefined, depth = 0): void {
  if (!(node instanceof PDFRef) || depth > 64) return
  const dict = context.lookup(node)
  const kids = dict instanceof PDFDict ? dict.lookup(PDFName.of('Kids')) : undefined
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) dropNodes(context, kid, depth + 1)
  context.delete(node)
}
