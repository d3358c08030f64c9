/**
 * The page as a reader sees it: origin at the bottom-left of the visible box, after `/Rotate`.
 * Stamps and the shrink are planned in this frame and mapped to the page's user space, so a
 * landscape appendix page stored as portrait + `/Rotate 90` still gets its footer at the bottom.
 */
import type {PDFPage} from 'pdf-lib'

/** An affine matrix [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Matrix = readonly [number, number, number, number, number, number]

/** The visible page: size as displayed, and the maps between display and user space. */
export interface Frame {
  readonly width: number
  readonly height: number
  /** User space → display. */
  readonly toDisplay: Matrix
  /** Display → user space. */
  readonly toUser: Matrix
}

/** `m` after `n` (apply `n` first). */
export function compose(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5]
  ]
}

/** Apply `m` to a point. */
export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2]
  const [a, b, c, d] = [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det]
  return [a, b, c, d, -(a * m[4] + c * m[5]), -(b * m[4] + d * m[5])]
}

/** A box as x, y of its lower-left corner, width and height (never negative). */
export interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Corners in either order, as the spec allows (`[595 842 0 0]` is the same page as `[0 0 595 842]`). */
function normalized(box: Box): Box {
  return {x: Math.min(box.x, box.x + box.width), y: Math.min(box.y, box.y + box.height), width: Math.abs(box.width), height: Math.abs(box.height)}
}

/**
 * What a reader shows of `page`: its crop box clipped to its media box (ISO 32000 §14.11.2), a
 * crop box larger than the page showing no more than the page. Without an overlap, the media box.
 */
export function visibleBox(page: PDFPage): Box {
  const media = normalized(page.getMediaBox())
  const crop = normalized(page.getCropBox())
  const x = Math.max(media.x, crop.x)
  const y = Math.max(media.y, crop.y)
  const width = Math.min(media.x + media.width, crop.x + crop.width) - x
  const height = Math.min(media.y + media.height, crop.y + crop.height) - y
  return width > 0 && height > 0 ? {x, y, width, height} : media
}

/** The frame of `page` (its visible box, turned by `/Rotate`); `box` when the caller has it already. */
export function frameOf(page: PDFPage, box: Box = visibleBox(page)): Frame {
  const {x, y, width: w, height: h} = box
  const rotation = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270
  // Clockwise turns, as readers display /Rotate.
  const toDisplay: Matrix =
    rotation === 90 ? [0, -1, 1, 0, -y, x + w]
    : rotation === 180 ? [-1, 0, 0, -1, x + w, y + h]
    : rotation === 270 ? [0, 1, -1, 0, y + h, -x]
    : [1, 0, 0, 1, -x, -y]
  const turned = rotation === 90 || rotation === 270
  return {width: turned ? h : w, height: turned ? w : h, toDisplay, toUser: invert(toDisplay)}
}
