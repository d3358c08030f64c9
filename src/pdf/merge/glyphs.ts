/**
 * Glyph codes and widths per character of an embedded font, so each character is shaped once.
 * pdf-lib's drawText runs fontkit's full layout on every string, which dominated the merge of a
 * 1,200-page bundle; stamped texts here are short labels where kerning does not matter.
 */
import {PDFDict, PDFName, type PDFFont, type PDFPage} from 'pdf-lib'

/** A per-character cache over one embedded (subset) font. */
export class Glyphs {
  readonly #hex = new Map<string, string>()
  readonly #width = new Map<string, number>()

  constructor(readonly font: PDFFont) {}

  /** The text as hex glyph codes for a `Tj` operator (marks the glyphs for the subset). */
  hex(text: string): string {
    let out = ''
    for (const char of text) {
      let code = this.#hex.get(char)
      if (code === undefined) {
        code = this.font.encodeText(char).toString().slice(1, -1)
        this.#hex.set(char, code)
      }
      out += code
    }
    return out
  }

  /** Width of the text at `size` points. */
  width(text: string, size: number): number {
    let total = 0
    for (const char of text) {
      let width = this.#width.get(char)
      if (width === undefined) {
        width = this.font.widthOfTextAtSize(char, 1000)
        this.#width.set(char, width)
      }
      total += width
    }
    return (total * size) / 1000
  }

  /**
   * The page's resource name for this font: the one it has, or a new one. Every stamp on a page
   * (footer, heading, each table-of-contents number) uses the same entry instead of adding its own.
   */
  keyOn(page: PDFPage): PDFName {
    // Asked once per page: finding it again walked the page's resources for every stamp (100 ms
    // of the footers of a 1,186-page bundle, #13). Only the merge changes a page's fonts.
    const known = this.#keys.get(page.node)
    if (known) return known
    const key = this.#findKey(page)
    this.#keys.set(page.node, key)
    return key
  }

  readonly #keys = new WeakMap<PDFPage['node'], PDFName>()

  #findKey(page: PDFPage): PDFName {
    // The font dictionary pdf-lib writes into (the page's own, made from an inherited one if need be).
    const fonts: unknown = page.node.normalizedEntries().Font
    if (fonts instanceof PDFDict) for (const [key, value] of fonts.entries()) if (value === this.font.ref) return key
    return page.node.newFontDictionary(this.font.name, this.font.ref)
  }
}
