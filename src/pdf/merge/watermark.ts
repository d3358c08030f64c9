/**
 * `--concept` (#10): "CONCEPT" once across every own page of a draft bundle, diagonal, light and
 * multiplied into the page, so the text under it stays as dark and as readable as it was. It is
 * an artifact, like the footer: a screen reader does not read it out in the middle of a memo.
 * Appendix pages are someone else's document and are left as they are.
 */
import type {PDFDocument} from 'pdf-lib'
import {frameOf} from './frame.js'
import type {Glyphs} from './glyphs.js'
import {stamp} from './stamp.js'

export const conceptText = 'CONCEPT'

/** Stamp the pages for which `own(index)` holds. */
export function stampConcept(pdf: PDFDocument, glyphs: Glyphs, own: (index: number) => boolean): void {
  pdf.getPages().forEach((page, index) => {
    if (!own(index)) return
    const frame = frameOf(page)
    const angle = (Math.atan2(frame.height, frame.width) * 180) / Math.PI
    // As large as fits along the diagonal, with a tenth left on either end.
    const diagonal = Math.hypot(frame.width, frame.height)
    const size = Math.min(120, (diagonal * 0.8) / (glyphs.width(conceptText, 1) || 1))
    const length = glyphs.width(conceptText, size)
    // Centre the text's baseline on the page's centre, then move down by a third of the size so
    // the letters (not their baseline) sit in the middle.
    const radians = (angle * Math.PI) / 180
    const x = frame.width / 2 - (Math.cos(radians) * length) / 2 + Math.sin(radians) * size * 0.35
    const y = frame.height / 2 - (Math.sin(radians) * length) / 2 - Math.cos(radians) * size * 0.35
    stamp(pdf, page, glyphs, frame, [{text: conceptText, x, y, size, gray: 0.88, angle, multiply: true}])
  })
}
