/**
 * A bundle printed in parts (#13) is read back like one printed whole: the same pages, text,
 * table of contents, links, bookmarks, tag tree and PDF/UA result. The example is small and
 * prints whole by default, so it is printed one item per part here and compared with itself
 * printed whole; the bench's large meeting (1,186 pages) is printed in parts by default and read
 * back on its own.
 */
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFString} from 'pdf-lib'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../pipeline.js'
import type {BuildOptions} from '../options.js'
import {readPdf, type ReadPdf} from '../test-util/read-pdf.js'
import {checkPdfUa} from '../pdfua/check-pdfua.js'
import {findBrowser} from './browser.js'
import {readDestinations} from './destinations.js'

const repo = path.resolve(import.meta.dirname, '../..')
const meeting = '2025-01-29-algemeen-bestuur'
const browserPath = await findBrowser().catch(() => undefined)

async function copyExample(): Promise<string> {
  const project = await mkdtemp(path.join(tmpdir(), 'bundel-parts-'))
  await cp(path.join(repo, 'content'), path.join(project, 'content'), {recursive: true})
  return project
}

async function buildIn(project: string, id: string, options: BuildOptions): Promise<{bytes: Uint8Array; prints: number}> {
  const out = await mkdtemp(path.join(tmpdir(), 'bundel-parts-out-'))
  const result = await build({cwd: project, out, meetings: [id], ...options})
  expect(result.failed, result.files.flatMap((file) => file.messages.map(String)).join('\n')).toBe(false)
  return {bytes: new Uint8Array(await readFile(path.join(out, id, 'bundel.pdf'))), prints: result.stats.prints}
}

/** The tag tree as its element types in reading order, with depth: `2 H2`, `3 P`, … */
function tagOutline(pdf: PDFDocument): string[] {
  const lines: string[] = []
  const seen = new Set<PDFDict>()
  const walk = (value: unknown, depth: number) => {
    const node = value instanceof PDFRef ? pdf.context.lookup(value) : value
    if (!(node instanceof PDFDict) || seen.has(node)) return
    seen.add(node)
    const type = node.lookup(PDFName.of('S'))
    if (type instanceof PDFName) lines.push(`${depth} ${type.decodeText()}`)
    const kids = node.lookup(PDFName.of('K'))
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) walk(kid, depth + 1)
  }
  walk(pdf.catalog.lookup(PDFName.of('StructTreeRoot')), 0)
  return lines
}

/** Every link annotation: page, rectangle, and where it leads (a name, or a page). */
function linkAnnotations(pdf: PDFDocument): string[] {
  const pageOf = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const named = readDestinations(pdf)
  return pdf.getPages().flatMap((page, index) => {
    const annots = page.node.Annots()
    return Array.from({length: annots?.size() ?? 0}, (_, at) => {
      const annot = annots!.lookup(at, PDFDict)
      const dest = annot.lookup(PDFName.of('Dest'))
      const target = dest instanceof PDFName ? `page ${(named.get(dest.decodeText()) ?? -2) + 1}` : dest instanceof PDFArray ? `page ${pageOf.get(String(dest.get(0)))}` : String(annot.lookup(PDFName.of('A')))
      const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(String(n)).toFixed(1)).join(' ')
      return `${index + 1} [${rect}] → ${target}`
    })
  })
}

describe.skipIf(!browserPath)('a bundle printed in parts (skipped: no Chromium found)', () => {
  let project: string
  let whole: {bytes: Uint8Array; prints: number}
  let parts: {bytes: Uint8Array; prints: number}
  let wholeRead: ReadPdf
  let partsRead: ReadPdf

  beforeAll(async () => {
    project = await copyExample()
    whole = await buildIn(project, meeting, {cache: false, itemsPerPrint: 0})
    parts = await buildIn(project, meeting, {cache: false, itemsPerPrint: 1})
    wholeRead = await readPdf(whole.bytes)
    partsRead = await readPdf(parts.bytes)
  }, 180_000)

  it('should print the example in eight parts (the front and its seven items) and once whole', () => {
    expect(whole.prints).toBe(1)
    expect(parts.prints).toBe(8)
  })

  it('should read back with the same pages, text, footers, contents numbers, bookmarks and links as the whole print', () => {
    expect(partsRead.pages).toHaveLength(57)
    expect(partsRead.pages).toEqual(wholeRead.pages)
    expect(partsRead.bottomText).toEqual(wholeRead.bottomText)
    expect(partsRead.outline).toEqual(wholeRead.outline)
    expect([...partsRead.links]).toEqual([...wholeRead.links])
    expect(partsRead.language).toBe('nl')
    expect(partsRead.info).toEqual(wholeRead.info)
  })

  it('should have the same tag tree, named destinations and link annotations as the whole print', async () => {
    const [a, b] = await Promise.all([PDFDocument.load(whole.bytes, {updateMetadata: false}), PDFDocument.load(parts.bytes, {updateMetadata: false})])
    expect(tagOutline(b).length).toBeGreaterThan(2000)
    expect(tagOutline(b)).toEqual(tagOutline(a))
    expect([...readDestinations(b)].sort()).toEqual([...readDestinations(a)].sort())
    expect(linkAnnotations(b)).toEqual(linkAnnotations(a))
    // One document root and one tree: no part brought its own.
    expect(tagOutline(b).filter((line) => line.endsWith(' Document'))).toEqual(['1 Document'])
  })

  it('should name each table header once, in an ID tree that every data cell’s /Headers resolves through (#13)', async () => {
    for (const bytes of [parts.bytes, whole.bytes]) {
      const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
      const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)
      const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray()
      const ids = new Map<string, PDFDict>()
      for (let index = 0; index < names.length; index += 2) ids.set((names[index] as PDFString).decodeText(), pdf.context.lookup(names[index + 1]) as PDFDict)
      expect(ids.size).toBe(names.length / 2)
      expect(ids.size).toBeGreaterThan(10)
      for (const [id, element] of ids) expect((element.lookup(PDFName.of('ID')) as PDFString).decodeText()).toBe(id)
      let headers = 0
      const seen = new Set<PDFDict>()
      const walk = (value: unknown) => {
        const node = value instanceof PDFRef ? pdf.context.lookup(value) : value
        if (!(node instanceof PDFDict) || seen.has(node)) return
        seen.add(node)
        const attributes = node.lookup(PDFName.of('A'))
        for (const owner of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
          const dict = owner instanceof PDFRef ? pdf.context.lookup(owner) : owner
          const named = dict instanceof PDFDict ? dict.lookup(PDFName.of('Headers')) : undefined
          if (!(named instanceof PDFArray)) continue
          for (const header of named.asArray()) {
            headers++
            expect(ids.get((header as PDFString).decodeText())?.lookup(PDFName.of('S'))).toBe(PDFName.of('TH'))
          }
        }
        const kids = node.lookup(PDFName.of('K'))
        for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) walk(kid)
      }
      walk(root)
      expect(headers).toBeGreaterThan(10)
    }
  })

  it('should pass the PDF/UA-1 check and declare it, as the whole print does', async () => {
    const report = await checkPdfUa(parts.bytes)
    expect(report.findings).toEqual([])
    expect(report.declared).toBe(true)
    expect(report.counts.untagged).toBe(0)
    expect(report.counts).toEqual((await checkPdfUa(whole.bytes)).counts)
  })

  it('should be reproducible, and reprint only the part of a changed memo', async () => {
    expect(Buffer.from((await buildIn(project, meeting, {cache: false, itemsPerPrint: 1})).bytes).equals(Buffer.from(parts.bytes))).toBe(true)
    const cache = await mkdtemp(path.join(tmpdir(), 'bundel-parts-cache-'))
    expect((await buildIn(project, meeting, {cache, itemsPerPrint: 1})).prints).toBe(8)
    const memo = path.join(project, 'content', meeting, '03-energiehubs-bedrijventerreinen', 'memo.md')
    const text = await readFile(memo, 'utf8')
    expect(text).toContain('## Begroting')
    await writeFile(memo, text.replace('## Begroting', 'Een zin die er bij de herdruk bij kwam.\n\n## Begroting'))
    const warm = await buildIn(project, meeting, {cache, itemsPerPrint: 1})
    expect(warm.prints).toBe(1)
    // Taken from the cache or printed now, the bundle is the same.
    expect(Buffer.from(warm.bytes).equals(Buffer.from((await buildIn(project, meeting, {cache: false, itemsPerPrint: 1})).bytes))).toBe(true)
    expect((await readPdf(warm.bytes)).pages.join('\n')).toContain('Een zin die er bij de herdruk bij kwam.')
  }, 180_000)
})

describe.skipIf(!browserPath)('the public edition printed in parts (skipped: no Chromium found)', () => {
  it('should read back as the public edition printed whole: the same pages, with the closed parts left out', async () => {
    const project = await copyExample()
    const editions = async (itemsPerPrint: number) => {
      const out = await mkdtemp(path.join(tmpdir(), 'bundel-parts-editions-'))
      const result = await build({cwd: project, out, cache: false, meetings: [meeting], editions: ['volledig', 'openbaar'], itemsPerPrint})
      expect(result.failed, result.files.flatMap((file) => file.messages.map(String)).join('\n')).toBe(false)
      return {prints: result.stats.prints, pub: await readPdf(new Uint8Array(await readFile(path.join(out, meeting, 'openbaar', 'bundel.pdf'))))}
    }
    const whole = await editions(0)
    const parts = await editions(1)
    // The full edition in 8 parts, the public one in 8 more (its closed item and document differ).
    expect(parts.prints).toBeGreaterThan(whole.prints)
    expect(parts.pub.pages).toEqual(whole.pub.pages)
    expect(parts.pub.outline).toEqual(whole.pub.outline)
    expect([...parts.pub.links]).toEqual([...whole.pub.links])
    expect(parts.pub.pages.join('\n')).toContain('Dit document is besloten')
  }, 240_000)
})

describe.skipIf(!browserPath)('the large meeting, printed in parts by default (skipped: no Chromium found)', () => {
  let bytes: Uint8Array
  let prints: number
  let read: ReadPdf

  beforeAll(async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-large-'))
    const {writeMeeting} = (await import(path.join(repo, 'scripts', 'bench-content.js'))) as {writeMeeting: (dir: string, kind: string) => Promise<string>}
    const id = await writeMeeting(project, 'large')
    ;({bytes, prints} = await buildIn(project, id, {cache: false}))
    read = await readPdf(bytes)
  }, 300_000)

  it('should print the front and the 50 items in 8 parts, and join them into 1,186 pages', () => {
    expect(prints).toBe(8)
    expect(read.pages).toHaveLength(1186)
  })

  it('should number every page in its footer and start each item and document on the page the contents say', () => {
    read.pages.forEach((text, index) => expect(text.split('\n').at(-1), `page ${index + 1}`).toMatch(new RegExp(`pagina ${index + 1} van 1186$`)))
    const entries = read.pages.slice(1, 5).flatMap((page) => [...page.matchAll(/^(\d+(?:\.\d+)?) (.+?) (\d+)$/gm)].map((match) => ({label: match[1]!, page: Number(match[3])})))
    expect(entries.filter((entry) => !entry.label.includes('.'))).toHaveLength(50)
    for (const entry of entries) {
      const text = read.pages[entry.page - 1]!
      if (entry.label.includes('.')) expect(text.split('\n').at(-1), entry.label).toContain(`· ${entry.label} `)
      else expect(text, entry.label).toContain(`Agendapunt ${entry.label} Agendapunt nummer ${entry.label}`)
    }
    // The contents' links lead to the same pages as its numbers, item 50 included (the last part).
    const targets = [2, 3, 4, 5].flatMap((page) => [...(read.links.get(page) ?? [])].sort((a, b) => b.rect[1]! - a.rect[1]!).map((link) => link.target))
    expect(targets.slice(1)).toEqual(entries.map((entry) => entry.page))
  })

  it('should lead the bookmarks to every item and document', () => {
    expect(read.outline.map((entry) => entry.title)).toEqual(['Inhoud', 'Agenda', ...Array.from({length: 50}, (_, index) => `${index + 1} Agendapunt nummer ${index + 1}`)])
    for (const entry of read.outline.slice(2)) {
      expect(entry.children.map((child) => child.title)).toEqual([`${entry.title.split(' ')[0]}.1 Memo`, `${entry.title.split(' ')[0]}.2 Bijlage`])
      expect(read.pages[entry.page - 1]).toContain(`Agendapunt ${entry.title}`)
    }
  })

  it('should tag every painted item, with one document root and every heading in the tree', async () => {
    const report = await checkPdfUa(bytes)
    expect(report.counts.untagged).toBe(0)
    expect(report.counts.pages).toBe(1186)
    // The appendices are pdf-lib files with Helvetica, not embedded: that rule is the only one
    // that fails, and it is the appendices' (their own warning says so).
    expect(report.findings.map((finding) => finding.rule)).toEqual(['pdfua-fonts'])
    const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
    const tags = tagOutline(pdf)
    expect(tags.filter((line) => line.endsWith(' Document'))).toEqual(['1 Document'])
    expect(tags.filter((line) => / H2$/.test(line))).toHaveLength(52)
    expect(tags.filter((line) => / Sect$/.test(line))).toHaveLength(50)
  })
})
