/**
 * Glyph codes and widths per character of an embedded font, so each character is looked up once.
 * pdf-lib's drawText runs fontkit's full layout on every string, which dominated the merge of a
 * 1,200-page bundle; stamped texts here are short labels where kerning does not matter.
 *
 * Each character is its glyph in the font's character map. pdf-lib asks fontkit's layout even for
 * one character, and the first layout decodes the font's substitution and positioning tables
 * (DejaVu Sans has large ones) with fontkit's code still cold: ~30 ms of every merge, for tables
 * that change nothing in a single character. The glyph then joins the subset exactly as pdf-lib's
 * own `encodeText` adds it (pdf-lib 1.17's subset embedder, read below); a font embedded some
 * other way keeps pdf-lib's path.
 */
import {PDFDict, PDFName, type PDFFont, type PDFPage} from 'pdf-lib'

/** A fontkit glyph, as far as the subset needs it. */
interface FontkitGlyph {
  readonly id: number
  readonly advanceWidth: number
}

/** What pdf-lib's subset embedder holds, and fills in for each glyph its `encodeText` meets. */
interface SubsetEmbedder {
  readonly font: {glyphForCodePoint(codePoint: number): FontkitGlyph}
  readonly subset: {includeGlyph(glyph: FontkitGlyph): number}
  readonly glyphs: FontkitGlyph[]
  readonly glyphIdMap: Map<number, number>
  readonly glyphCache: {invalidate(): void}
  readonly scale: number
}

/** The subset embedder behind `font`, when it has that shape. */
function subsetEmbedder(font: PDFFont): SubsetEmbedder | undefined {
  const embedder = (font as unknown as {embedder?: Partial<SubsetEmbedder>}).embedder
  return embedder &&
    typeof embedder.font?.glyphForCodePoint === 'function' &&
    typeof embedder.subset?.includeGlyph === 'function' &&
    Array.isArray(embedder.glyphs) &&
    embedder.glyphIdMap instanceof Map &&
    typeof embedder.glyphCache?.invalidate === 'function' &&
    typeof embedder.scale === 'number'
    ? (embedder as SubsetEmbedder)
    : undefined
}

/** A per-character cache over one embedded (subset) font. */
export class Glyphs {
  readonly #hex = new Map<string, string>()
  readonly #width = new Map<string, number>()
  readonly #embedder: SubsetEmbedder | undefined

  constructor(readonly font: PDFFont) {
    this.#embedder = subsetEmbedder(font)
  }

  /** The text as hex glyph codes for a `Tj` operator (marks the glyphs for the subset). */
  hex(text: string): string {
    let out = ''
    for (const char of text) {
      let code = this.#hex.get(char)
      if (code === undefined) {
        code = this.#code(char)
        this.#hex.set(char, code)
      }
      out += code
    }
    return out
  }

  #code(char: string): string {
    const embedder = this.#embedder
    if (!embedder) return this.font.encodeText(char).toString().slice(1, -1)
    const glyph = embedder.font.glyphForCodePoint(char.codePointAt(0)!)
    const id = embedder.subset.includeGlyph(glyph)
    embedder.glyphs[id - 1] = glyph
    embedder.glyphIdMap.set(glyph.id, id)
    embedder.glyphCache.invalidate()
    return id.toString(16).padStart(4, '0').toUpperCase()
  }

  /** Width of the text at `size` points. */
  width(text: string, size: number): number {
    let total = 0
    for (const char of text) {
      let width = this.#width.get(char)
      if (width === undefined) {
        width = this.#embedder ? this.#embedder.font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth * this.#embedder.scale : this.font.widthOfTextAtSize(char, 1000)
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
