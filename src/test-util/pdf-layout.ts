/**
 * A PDF read back as positioned text and annotations (pdf.js), for tests that judge where things
 * landed: in the page's user space (where annotation rectangles live) and as displayed (after
 * `/Rotate` and the crop box, origin bottom-left, where the footer band is).
 */
import {getDocument, Util} from 'pdfjs-dist/legacy/build/pdf.mjs'

/** One run of text. */
export interface TextItem {
  readonly text: string
  /** Baseline start in user space. */
  readonly x: number
  readonly y: number
  /** Width in user space along the baseline (pdf.js' measure). */
  readonly width: number
  /** Baseline start as displayed, from the bottom-left of the visible page. */
  readonly displayX: number
  readonly displayY: number
  /** Font size as displayed. */
  readonly size: number
}

/** One annotation. */
export interface Annotation {
  readonly subtype: string
  /** Rectangle in user space [x1, y1, x2, y2]. */
  readonly rect: readonly number[]
  /** 1-based target page of an internal link. */
  readonly target?: number | undefined
  readonly url?: string | undefined
}

/** One page. */
export interface LaidOutPage {
  /** Visible size, as displayed. */
  readonly width: number
  readonly height: number
  readonly items: readonly TextItem[]
  readonly annotations: readonly Annotation[]
}

/** Read every page of `bytes`. */
export async function readLayout(bytes: Uint8Array, password?: string): Promise<LaidOutPage[]> {
  const doc = await getDocument({data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, ...(password ? {password} : {})}).promise
  const pages: LaidOutPage[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number)
    const viewport = page.getViewport({scale: 1})
    const items: TextItem[] = []
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const m = item.transform as number[]
      const shown = Util.transform(viewport.transform, m) as number[]
      items.push({
        text: item.str,
        x: m[4]!,
        y: m[5]!,
        width: item.width,
        displayX: shown[4]!,
        displayY: viewport.height - shown[5]!,
        size: Math.hypot(shown[0]!, shown[1]!)
      })
    }
    const annotations: Annotation[] = []
    for (const annotation of (await page.getAnnotations()) as Array<{subtype: string; rect: number[]; dest?: unknown; url?: string}>) {
      let target: number | undefined
      if (annotation.dest) {
        const explicit = typeof annotation.dest === 'string' ? await doc.getDestination(annotation.dest) : (annotation.dest as unknown[])
        target = explicit ? (await doc.getPageIndex(explicit[0] as {num: number; gen: number})) + 1 : -1
      }
      annotations.push({subtype: annotation.subtype, rect: annotation.rect, target, url: annotation.url})
    }
    pages.push({width: viewport.width, height: viewport.height, items, annotations})
  }
  await doc.destroy()
  return pages
}

/** The text whose baseline lies inside `rect` (user space), in reading order, spaces squeezed. */
export function textUnder(page: LaidOutPage, rect: readonly number[], tolerance = 1.5): string {
  const [x1, y1, x2, y2] = [Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)]
  return page.items
    .filter((item) => item.y >= y1 - tolerance && item.y <= y2 + tolerance && item.x + item.width >= x1 - tolerance && item.x <= x2 + tolerance)
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .map((item) => item.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Words of a page's text, for comparing a page before and after merging (runs that touch are one word). */
export function words(page: LaidOutPage): string[] {
  const out: string[] = []
  let previous: TextItem | undefined
  for (const item of page.items) {
    const touches = previous && Math.abs(previous.y - item.y) < 0.5 && Math.abs(previous.x + previous.width - item.x) < 0.5
    const parts = item.text.split(/\s+/)
    if (touches && out.length > 0 && !/^\s/.test(item.text) && !/\s$/.test(previous!.text)) out[out.length - 1] += parts.shift() ?? ''
    out.push(...parts)
    previous = item
  }
  return out.filter(Boolean)
}
