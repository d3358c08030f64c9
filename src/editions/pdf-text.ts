/**
 * Everything a reader can get out of a PDF as text, read with pdf.js (#10): each page's text as
 * it reads (runs that touch are one word: Chromium splits words where it placed a soft hyphen;
 * a word hyphenated at a line end is joined again), the outline's titles, the document
 * information and XMP metadata, and the annotations' texts and addresses. The leak check reads
 * the public PDF this way, and the closed PDF appendices, to know what must not be in it.
 */

import {createHash} from 'node:crypto'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {touch} from '../cache-folder.js'

export interface PdfText {
  /** Page text, then outline, metadata and annotations, as one string per source. */
  readonly parts: readonly string[]
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | undefined

/**
 * Texts by the sha256 of their PDF, for the life of the process and, when a cache folder is set,
 * between builds: a site reads every appendix for its search index and its leak check, and an
 * unchanged letter is read once (#11, #13).
 */
const known = new Map<string, PdfText>()
let folder: string | undefined

/** Keep texts in `dir` too (the render cache), or only in memory (`undefined`). */
export function keepPdfTexts(dir: string | false | undefined): void {
  folder = dir || undefined
}

/** Read all text of a PDF; an unreadable file gives no text (validation has reported it). */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const hash = createHash('sha256').update(bytes).digest('hex')
  const remembered = known.get(hash)
  const file = folder ? path.join(folder, `${hash}.text.json`) : undefined
  if (remembered) {
    // Used again: its file, too, stays in the cache (cache-folder.ts).
    if (file) touch(file)
    return remembered
  }
  if (file) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as PdfText
      if (Array.isArray(stored.parts)) {
        touch(file)
        known.set(hash, stored)
        return stored
      }
    } catch {
      // Not there yet, or unreadable: read the PDF.
    }
  }
  const text = await readText(bytes)
  known.set(hash, text)
  if (known.size > 512) known.delete(known.keys().next().value!)
  if (file) {
    const temporary = `${file}.${process.pid}.tmp`
    await mkdir(path.dirname(file), {recursive: true})
      .then(() => writeFile(temporary, JSON.stringify(text)))
      .then(() => rename(temporary, file))
      .catch(() => rm(temporary, {force: true}).catch(() => {}))
  }
  return text
}

async function readText(bytes: Uint8Array): Promise<PdfText> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  const {getDocument} = await pdfjs
  const parts: string[] = []
  // pdf.js needs its standard fonts only to draw, never to read text: no font data, no network.
  const task = getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0, stopAtErrors: false})
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch {
    return {parts}
  }
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      const content = await page.getTextContent()
      parts.push(joinLines(content.items.flatMap((item) => ('str' in item ? [{text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width}] : []))))
      for (const annotation of await page.getAnnotations()) {
        parts.push([annotation.contentsObj?.str, annotation.url, annotation.unsafeUrl, annotation.fieldValue, annotation.alternativeText, annotation.fieldName].filter((value) => typeof value === 'string').join('\n'))
      }
      page.cleanup()
    }
    const outline = await doc.getOutline().catch(() => null)
    const titles: string[] = []
    const walk = (entries: ReadonlyArray<{title: string; items: unknown[]}> | null) => {
      for (const entry of entries ?? []) {
        titles.push(entry.title)
        walk(entry.items as Array<{title: string; items: unknown[]}>)
      }
    }
    walk(outline)
    parts.push(titles.join('\n'))
    const metadata = await doc.getMetadata().catch(() => undefined)
    if (metadata) {
      parts.push(Object.values(metadata.info as Record<string, unknown>).filter((value) => typeof value === 'string').join('\n'))
      const xmp = metadata.metadata as {getAll?: () => Record<string, unknown>} | null
      if (xmp?.getAll) parts.push(Object.values(xmp.getAll()).flat().filter((value) => typeof value === 'string').join('\n'))
    }
  } finally {
    await doc.destroy()
  }
  return {parts}
}

/** Runs into lines by their baseline, top to bottom; a space only between runs that are apart. */
function joinLines(runs: ReadonlyArray<{text: string; x: number; y: number; width: number}>): string {
  const lines = new Map<number, Array<{text: string; x: number; width: number}>>()
  for (const run of runs) {
    if (run.text === '') continue
    const y = [...lines.keys()].find((key) => Math.abs(key - run.y) < 2) ?? run.y
    const line = lines.get(y) ?? []
    line.push(run)
    lines.set(y, line)
  }
  const text = [...lines.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, line]) => {
      let out = ''
      let end = -Infinity
      for (const run of line.sort((a, b) => a.x - b.x)) {
        out += (out && run.x - end > 0.5 ? ' ' : '') + run.text
        end = run.x + run.width
      }
      return out
    })
    .join('\n')
  // A word hyphenated at the end of a line is one word.
  return text.replace(/(\p{L})[-\u00ad\u2010]\n(\p{Ll})/gu, '$1$2')
}

