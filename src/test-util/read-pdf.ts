/**
 * Read a PDF back the way a reader does (pdf.js): text per page, outline, link targets, metadata.
 * Tests judge the bundle by this, not by what bundel meant to write.
 */
import {getDocument, Util} from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface ReadPdf {
  /** Text of each page, lines joined by "\n" (top to bottom). */
  readonly pages: string[]
  /** Outline entries with their 1-based target page, nested. */
  readonly outline: OutlineEntry[]
  /** Per 1-based page: the 1-based targets of its internal links, in order. */
  readonly links: Map<number, Array<{target: number; rect: number[]}>>
  readonly info: Record<string, unknown>
  readonly language: string | null
  readonly hasStructTree: boolean
  /** Per page: text lying in the bottom 42 pt *as displayed* (after /Rotate), upright, left to right. */
  readonly bottomText: string[]
}

export interface OutlineEntry {
  readonly title: string
  readonly page: number
  readonly children: OutlineEntry[]
}

type Doc = Awaited<ReturnType<typeof getDocument>['promise']>

async function pageOf(doc: Doc, dest: unknown): Promise<number> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null)
  if (!explicit) return -1
  return (await doc.getPageIndex(explicit[0] as {num: number; gen: number})) + 1
}

/**
 * The runs of one line as text: a space between runs that are apart, none between runs that
 * touch (Chromium splits a word where it marked a soft hyphen).
 */
function joinRuns(items: ReadonlyArray<{x: number; width: number; text: string}>): string {
  let out = ''
  let end = -Infinity
  for (const item of items) {
    out += (out && item.x - end > 0.5 ? ' ' : '') + item.text
    end = item.x + item.width
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** Parse `bytes` with pdf.js. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0}).promise
  const pages: string[] = []
  const links = new Map<number, Array<{target: number; rect: number[]}>>()
  let hasStructTree = false
  const bottomText: string[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number)
    const content = await page.getTextContent()
    const viewport = page.getViewport({scale: 1})
    const lines = new Map<number, Array<{x: number; width: number; text: string}>>()
    const bottom: string[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue
      // In viewport space y grows downwards; upright text has a positive a and no b.
      const [a, b, , , , f] = Util.transform(viewport.transform, item.transform as number[]) as number[]
      if (f! > viewport.height - 42 && a! > 0 && Math.abs(b!) < 0.01) bottom.push(item.str)
      // Text on one line may sit a fraction of a point apart (stamped page numbers): snap to 2 pt.
      const raw = item.transform[5] as number
      const y = [...lines.keys()].find((key) => Math.abs(key - raw) < 2) ?? raw
      const line = lines.get(y) ?? []
      line.push({x: item.transform[4] as number, width: item.width, text: item.str})
      lines.set(y, line)
    }
    bottomText.push(bottom.join('').replace(/\s+/g, ' ').trim())
    pages.push(
      [...lines.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, items]) => joinRuns(items.sort((a, b) => a.x - b.x)))
        .join('\n')
    )
    const annotations = (await page.getAnnotations()) as Array<{subtype: string; dest?: unknown; rect: number[]}>
    const targets: Array<{target: number; rect: number[]}> = []
    for (const annotation of annotations) {
      if (annotation.subtype === 'Link' && annotation.dest) targets.push({target: await pageOf(doc, annotation.dest), rect: annotation.rect})
    }
    links.set(number, targets)
    if (!hasStructTree && (await page.getStructTree())) hasStructTree = true
  }
  const convert = async (items: Array<{title: string; dest: unknown; items: unknown[]}> | null): Promise<OutlineEntry[]> =>
    Promise.all(
      (items ?? []).map(async (item) => ({
        title: item.title,
        page: await pageOf(doc, item.dest),
        children: await convert(item.items as Array<{title: string; dest: unknown; items: unknown[]}>)
      }))
    )
  const outline = await convert((await doc.getOutline()) as Array<{title: string; dest: unknown; items: unknown[]}> | null)
  const metadata = await doc.getMetadata()
  const info = metadata.info as Record<string, unknown>
  const language = (info.Language as string | undefined) ?? null
  await doc.destroy()
  return {pages, outline, links, info, language, hasStructTree, bottomText}
}
