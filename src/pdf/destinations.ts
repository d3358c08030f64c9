/**
 * Chromium has no CSS `target-counter()`, but it writes a named destination for every id that an
 * `<a href="#id">` points to. Reading them back tells on which page each part starts (#3).
 */
import {PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument} from 'pdf-lib'

/** Anchor → 0-based page index, from the catalog's `/Dests`: where Chromium writes them (a `/Names` tree is never ours). */
export function readDestinations(pdf: PDFDocument): Map<string, number> {
  const pageIndex = new Map<string, number>()
  pdf.getPages().forEach((page, index) => pageIndex.set(page.ref.toString(), index))
  const result = new Map<string, number>()
  const add = (name: string, value: unknown) => {
    const array = value instanceof PDFDict ? value.lookup(PDFName.of('D')) : value
    if (!(array instanceof PDFArray)) return
    const target = array.get(0)
    if (target instanceof PDFRef) {
      const index = pageIndex.get(target.toString())
      if (index !== undefined) result.set(name, index)
    }
  }
  const dests = pdf.catalog.lookup(PDFName.of('Dests'))
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) add(decodeName(key.asString()), pdf.context.lookup(value))
  }
  return result
}

/** `/document-2-1` → `document-2-1` (PDF names escape bytes as #xx; the bytes are UTF-8). */
export function decodeName(raw: string): string {
  const bytes: number[] = []
  const text = raw.replace(/^\//, '')
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '#' && /^[0-9a-fA-F]{2}$/.test(text.slice(index + 1, index + 3))) {
      bytes.push(parseInt(text.slice(index + 1, index + 3), 16))
      index += 2
    } else bytes.push(text.charCodeAt(index))
  }
  return new TextDecoder().decode(new Uint8Array(bytes))
}
