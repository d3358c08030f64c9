/**
 * Every merge guarantee, on the appendix PDFs secretaries really receive (#8, #14): made by
 * Chromium, LibreOffice, Ghostscript, qpdf and by hand (scripts/make-corpus.js, committed in
 * src/__fixtures__/corpus/). One bundle holds them all; each is judged by reading the bundle
 * back with pdf.js and comparing it with the source file:
 * - every page once, in order, with its words;
 * - no glyph of the appendix inside the footer band, and the band names the document and page;
 * - links (and the text they cover) moved with the content; internal links land on their page;
 * - form values that were filled in are printed, and no widget is left;
 * - nothing drawn outside the visible page; the band at its normal size whatever the page did.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {readFile, writeFile, mkdir} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {findBrowser} from '../browser.js'
import {fixtureMeeting, makeProject, meetingPath, run} from '../../test-util/fixture.js'
import {readLayout, textUnder, words, type LaidOutPage} from '../../test-util/pdf-layout.js'
import {readPdf, type OutlineEntry} from '../../test-util/read-pdf.js'
import {checkPdfUa} from '../../pdfua/check-pdfua.js'

const browserPath = await findBrowser().catch(() => undefined)
const pdftoppm = spawnSync('pdftoppm', ['-v']).status === 0

/** Width, height and gray pixels of a binary PGM (P5) image. */
function parsePgm(data: Buffer): [number, number, Uint8Array] {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!
  return [Number(header[1]), Number(header[2]), data.subarray(header[0].length)]
}
const corpus = path.resolve(import.meta.dirname, '../../__fixtures__/corpus')

interface Entry {
  readonly file: string
  readonly pages: number
  readonly encrypted: 'none' | 'owner' | 'user'
  readonly pageBoxes: ReadonlyArray<{width: number; height: number}>
  readonly expect: {formValues?: string[]; hiddenText?: string; visibleText?: string; mustRefuse?: boolean; noText?: boolean; revisions?: number}
}

const manifest = JSON.parse(await readFile(path.join(corpus, 'manifest.json'), 'utf8')) as Entry[]
// BUNDEL_CORPUS=a.pdf,b.pdf narrows the run (to see a single case fail before a fix).
const only = process.env.BUNDEL_CORPUS?.split(',')
const merged = manifest.filter((entry) => !entry.expect.mustRefuse && (!only || only.includes(entry.file)))
/** The footer band kept free at the bottom of each appendix page (merge/footer.ts). */
const band = 46

/** Whether a text run starts inside the visible page. */
const visible = (page: LaidOutPage, item: LaidOutPage['items'][number]) =>
  item.displayX >= -0.5 && item.displayX <= page.width + 0.5 && item.displayY >= -0.5 && item.displayY <= page.height + 0.5

describe.skipIf(!browserPath)('merging the corpus of real-world appendices (skipped: no Chromium found)', () => {
  const sources = new Map<string, LaidOutPage[]>()
  let bundle: LaidOutPage[]
  let outline: OutlineEntry[]
  let stderr: string
  let bundlePath: string
  const starts = new Map<string, {start: number; label: string}>()

  beforeAll(async () => {
    const project = await makeProject()
    // One item per corpus file, numbered from 4 on (the fixture has items 1–3).
    for (const [index, entry] of merged.entries()) {
      const folder = `${String(index + 4).padStart(2, '0')}-corpus`
      await mkdir(meetingPath(project, folder, 'bijlagen'), {recursive: true})
      await writeFile(meetingPath(project, folder, 'agendapunt.md'), `---\ntitel: Corpus ${index + 4}\nbijlagen:\n  - bestand: 01-${entry.file}\n    titel: Bijlage ${entry.file}\n---\n`)
      await writeFile(meetingPath(project, folder, 'bijlagen', `01-${entry.file}`), await readFile(path.join(corpus, entry.file)))
      sources.set(entry.file, await readLayout(new Uint8Array(await readFile(path.join(corpus, entry.file)))))
    }
    const result = await run(project, 'build', '--no-cache')
    stderr = result.stderr
    expect(result.code, result.stderr).toBe(0)
    bundlePath = path.join(project, 'dist', fixtureMeeting, 'bundel.pdf')
    const bytes = new Uint8Array(await readFile(bundlePath))
    bundle = await readLayout(bytes)
    outline = (await readPdf(bytes)).outline
    for (const [index, entry] of merged.entries()) {
      const item = outline.find((e) => e.title === `${index + 4} Corpus ${index + 4}`)!
      const document = item.children[0]!
      starts.set(entry.file, {start: document.page, label: document.title})
    }
  }, 120_000)

  /** The bundle pages of an appendix, with its source pages. */
  const pagesOf = (entry: Entry) => {
    const {start, label} = starts.get(entry.file)!
    const source = sources.get(entry.file)!
    return source.map((page, offset) => ({source: page, merged: bundle[start - 1 + offset]!, number: start + offset, label}))
  }
  const small = (entry: Entry, offset: number) => {
    const box = entry.pageBoxes[offset]!
    return box.width < 144 || box.height < 4 * band
  }

  it.each(merged.map((entry) => [entry.file, entry] as const))('%s: every page once, in order, with its words', (_file, entry) => {
    expect(pagesOf(entry)).toHaveLength(entry.pages)
    for (const {source, merged: page, number} of pagesOf(entry)) {
      const have = new Set(words(page))
      const want = words(source)
      const missing = want.filter((word) => !have.has(word))
      expect(missing.length, `page ${number}: missing ${missing.slice(0, 5).join(' ')}`).toBeLessThanOrEqual(Math.floor(want.length * 0.02))
    }
    // An earlier revision of an incrementally updated file is not what a reader sees.
    if (entry.expect.revisions) {
      const text = pagesOf(entry).map(({merged: page}) => words(page).join(' ')).join(' ')
      expect(text).toContain(entry.expect.visibleText)
      expect(text).not.toContain(entry.expect.hiddenText)
    }
  })

  it.each(merged.map((entry) => [entry.file, entry] as const))('%s: nothing of the appendix in the footer band, which names the page', (_file, entry) => {
    const total = bundle.length
    pagesOf(entry).forEach(({merged: page, number, label}, offset) => {
      if (small(entry, offset)) return
      // Text outside the crop box is not shown, wherever it lies (cropbox-offset.pdf has some).
      const footer = page.items.filter((item) => visible(page, item) && item.displayY < band - 6)
      const footerText = footer.sort((a, b) => a.displayX - b.displayX).map((item) => item.text).join('')
      expect(footerText.replace(/\s+/g, ' '), `page ${number}`).toMatch(new RegExp(`^Algemeen Bestuur 19 maart 2025 · ${label.split(' ')[0]!.replace('.', '\\.')} .* · pagina ${number} van ${total}$`))
      // The band is drawn at its own size, whatever state the page's content left behind.
      for (const item of footer) expect(item.size, `page ${number} footer size`).toBeCloseTo(7.5, 1)
      for (const item of page.items.filter((candidate) => !footer.includes(candidate) && visible(page, candidate))) {
        expect(item.displayY - 0.3 * item.size, `page ${number}: "${item.text}" reaches into the band`).toBeGreaterThanOrEqual(band - 0.5)
      }
    })
  })

  it.each(merged.map((entry) => [entry.file, entry] as const))('%s: what was visible stays inside the page', (_file, entry) => {
    pagesOf(entry).forEach(({source, merged: page, number}, offset) => {
      if (small(entry, offset)) return
      // pdf.js leaves out what lies outside the page; whatever it reports of the source must
      // still be on the page after merging.
      const shown = new Set(words(source))
      for (const item of page.items.filter((candidate) => candidate.text.split(/\s+/).every((word) => shown.has(word)))) {
        expect(visible(page, item), `page ${number}: "${item.text}"`).toBe(true)
      }
    })
  })

  it.skipIf(!pdftoppm)('should keep what lay outside the crop box out of view (rendered by poppler)', async () => {
    // pdf.js text positions ignore clipping, so this one is judged by pixels: render the page
    // and look where the text outside the crop box would land after the shrink.
    const entry = merged.find((candidate) => candidate.file === 'cropbox-offset.pdf')!
    const [{merged: page, number}] = pagesOf(entry) as [ReturnType<typeof pagesOf>[number]]
    const hidden = page.items.filter((item) => entry.expect.hiddenText!.includes(item.text.trim().split(' ').at(-1)!))
    expect(hidden.length).toBeGreaterThan(0)
    const image = execFileSync('pdftoppm', ['-f', String(number), '-l', String(number), '-r', '72', '-gray', bundlePath], {maxBuffer: 1 << 26})
    const [width, height, pixels] = parsePgm(image)
    for (const item of hidden) {
      const left = Math.max(0, Math.floor(item.displayX))
      const right = Math.min(width - 1, Math.ceil(item.displayX + item.text.length * item.size * 0.6))
      const top = Math.max(0, Math.floor(height - item.displayY - item.size))
      const bottom = Math.min(height - 1, Math.ceil(height - item.displayY + 1))
      let dark = 0
      for (let y = top; y <= bottom; y++) for (let x = left; x <= right; x++) if (pixels[y * width + x]! < 128) dark++
      expect(dark, `"${item.text}" is visible on page ${number}`).toBe(0)
    }
  })

  it.each(merged.map((entry) => [entry.file, entry] as const))('%s: links cover the same text as before, and land on the same page', (_file, entry) => {
    const pages = pagesOf(entry)
    const offsetOf = (target: number) => target - pages[0]!.number + 1
    for (const {source, merged: page, number} of pages) {
      const before = source.annotations.filter((a) => a.subtype === 'Link' && (a.target !== undefined || a.url)).map((a) => ({text: textUnder(source, a.rect), target: a.target, url: a.url}))
      const after = page.annotations.filter((a) => a.subtype === 'Link').map((a) => ({text: textUnder(page, a.rect), target: a.target === undefined ? undefined : offsetOf(a.target), url: a.url}))
      const sort = (list: typeof before) => [...list].sort((a, b) => `${a.text}${a.target}${a.url}`.localeCompare(`${b.text}${b.target}${b.url}`))
      expect(sort(after), `page ${number}`).toEqual(sort(before))
    }
  })

  it.each(merged.filter((entry) => entry.expect.formValues).map((entry) => [entry.file, entry] as const))('%s: what was filled in is printed, and no widget is left', (_file, entry) => {
    const text = pagesOf(entry).flatMap(({merged: page}) => words(page)).join(' ')
    for (const value of entry.expect.formValues!) expect(text, value).toContain(value)
    for (const {merged: page} of pagesOf(entry)) expect(page.annotations.filter((a) => a.subtype === 'Widget')).toEqual([])
  })

  it('should put every merged page in the tag tree: the PDF/UA-1 rules that can be checked hold (#12)', async () => {
    const report = await checkPdfUa(new Uint8Array(await readFile(bundlePath)))
    // Fonts an appendix did not embed stay a warning: bundel cannot embed them for the sender.
    expect(report.findings.filter((finding) => finding.rule !== 'pdfua-fonts')).toEqual([])
    expect(report.counts.untagged).toBe(0)
    expect(report.counts.tagged).toBeGreaterThan(1000)
    // The scan without a text layer is a Figure with alternative text.
    expect(report.counts.figures).toBeGreaterThanOrEqual(1)
    // pdf-lib's and hand-made files use Helvetica without embedding it: so the bundle does not
    // claim PDF/UA-1, and the build says why.
    expect(report.findings.find((finding) => finding.rule === 'pdfua-fonts')?.params.actual).toContain('Helvetica')
    expect(report.declared).toBe(false)
    expect(stderr).toContain('bundel.pdf is not declared PDF/UA-1, as not every rule that can be checked holds: fonts not embedded or without ToUnicode (Helvetica')
  })

  it('should say where pages are too small for the footer band', () => {
    expect(stderr).toMatch(/01-degenerate-boxes\.pdf: warning: pages? 1(, | and )2/)
  })
})

describe('an appendix that needs a password to open', () => {
  it('should be refused with what to do', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'), await readFile(path.join(corpus, 'user-password.pdf')))
    const result = await run(project, 'check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`content/${fixtureMeeting}/02-lobby/bijlagen/02-brief.pdf: appendix PDF opens only with a password, so its pages cannot be merged (ask the sender for an unprotected copy)`)
  })
})
