/**
 * A PDF appendix must be readable, unencrypted and have pages: its pages are merged into the
 * bundle, and dropping them silently would hide a document from the board (#2, #3).
 */
import {createHash} from 'node:crypto'
import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {PDFDocument} from 'pdf-lib'
import {version} from '../version.js'
import type {RawAppendix} from '../load/load.js'
import {VFile} from 'vfile'
import {report, type BundelMessage, type Params, type RuleId} from '../messages.js'
import type {PdfAppendix} from '../model.js'
import {checkUnpackedSize, OversizedPdf} from './pdf-limits.js'
import {touch} from '../cache-folder.js'

/** What reading one PDF gave: the document (or none) and the messages to say about it. */
interface Reading {
  readonly appendix: Omit<PdfAppendix, 'fileName' | 'title' | 'file'> | undefined
  readonly messages: ReadonlyArray<{readonly ruleId: RuleId; readonly params: Params}>
}

/**
 * Readings by the file's sha256, for the life of the process: `bundel dev` re-validates on every
 * save, and parsing a tagged 16-page letter again each time is most of a rebuild. Reading is a
 * function of the bytes alone, and merging only reads the parsed document (making named links
 * explicit and removing active content are done once and hold on reuse).
 */
const readings = new Map<string, Reading>()
const keep = 64

/**
 * Readings kept between builds too, in the render cache (#13): on a warm build of a meeting whose
 * appendices did not change, validating 50 appendix PDFs was 1.5 s of 2 s — every one parsed,
 * cleaned and measured again, only for the meeting to come whole from the cache. The stored
 * reading is what validation found (its messages, page count, balances); the document itself is
 * parsed again only when it is merged (`loadPdf`).
 */
let folder: string | undefined

/** Keep readings in `dir` too, or only in memory (`undefined`). */
export function keepPdfChecks(dir: string | false | undefined): void {
  folder = dir || undefined
}

/** Documents parsed again for readings that came from the disk, by hash. */
const parsed = new Map<string, PDFDocument>()

/** The appendix's parsed document, parsing (and cleaning) it again when validation did not keep it. */
export async function loadPdf(appendix: PdfAppendix): Promise<PDFDocument> {
  if (appendix.pdf) return appendix.pdf
  // Kept on the appendix for the rest of its build: `parsed` holds the last 64 documents only,
  // and a warm build of a meeting with more PDF appendices than that lost its first ones before
  // they were merged ("Expected … to be loaded", #13).
  appendix.pdf = parsed.get(appendix.hash) ?? (await parseAgain(appendix))
  return appendix.pdf
}

/** Parse a document whose reading came from the disk; one parse per hash, also when asked for again meanwhile (preloadPdfs). */
function parseAgain(appendix: PdfAppendix): Promise<PDFDocument> {
  let parsing = underWay.get(appendix.hash)
  if (!parsing) {
    parsing = (async () => {
      // Only the cleaned document: what validation judged (messages, balances) is in the reading.
      // Judging again decoded every page's content a second time, 0.15 s of a 2.2 s rebuild of
      // the large meeting after one memo changed (#13).
      const scratch = new VFile({path: appendix.file.path})
      // These bytes (by their hash) passed the unpacked-size check when they were read: inflating
      // every stream again to measure it was 30 ms of the same rebuild.
      const again = await openPdf({bytes: appendix.bytes, file: scratch} as RawAppendix & {bytes: Uint8Array}, {sized: true})
      if (!again) throw new Error(`Expected \`${appendix.file.path}\` to parse as it did when it was validated, not fail`)
      await cleanPdf(again.pdf, scratch)
      parsed.set(appendix.hash, again.pdf)
      if (parsed.size > keep) parsed.delete(parsed.keys().next().value!)
      return again.pdf
    })()
    underWay.set(appendix.hash, parsing)
    void parsing.finally(() => underWay.delete(appendix.hash)).catch(() => {})
  }
  return parsing
}

/** Parses that are under way, by hash. */
const underWay = new Map<string, Promise<PDFDocument>>()

/**
 * Parse the appendices that `loadPdf` would parse at merge time, one after another, each in its
 * own turn of the event loop: called while Chromium prints, when Node has nothing else to do (on
 * a warm build of the large meeting, parsing its 50 appendices was 0.6 s of a 3.0 s merge, #13).
 * A failure is not told here: merge meets it again when it asks for that document.
 */
export async function preloadPdfs(appendices: readonly PdfAppendix[]): Promise<void> {
  for (const appendix of appendices) {
    if (appendix.pdf) continue
    await new Promise((resolve) => setImmediate(resolve))
    await loadPdf(appendix).catch(() => {})
  }
}

/** The parsed document of an appendix that `loadPdf` has seen (merge loads them all first). */
export function pdfOf(appendix: PdfAppendix): PDFDocument {
  const pdf = appendix.pdf
  if (!pdf) throw new Error(`Expected \`${appendix.file.path}\` to be loaded (loadPdf) before it is merged, not unloaded`)
  return pdf
}

/** A reading as stored on disk: everything but the bytes and the parsed document. */
interface StoredReading {
  readonly version: string
  readonly messages: Reading['messages']
  readonly appendix: Omit<PdfAppendix, 'fileName' | 'title' | 'file' | 'bytes' | 'pdf'>
}

async function storedReading(hash: string, bytes: Uint8Array): Promise<Reading | undefined> {
  if (!folder) return undefined
  try {
    const file = path.join(folder, `${hash}.json`)
    const stored = JSON.parse(await readFile(file, 'utf8')) as StoredReading
    if (stored.version !== version || stored.appendix?.hash !== hash || !Array.isArray(stored.messages)) return undefined
    touch(file)
    return {messages: stored.messages, appendix: {...stored.appendix, bytes}}
  } catch {
    return undefined // not there yet, or unreadable: read the PDF
  }
}

async function storeReading(hash: string, reading: Reading): Promise<void> {
  if (!folder || !reading.appendix) return
  const {bytes: _bytes, pdf: _pdf, ...appendix} = reading.appendix
  const file = path.join(folder, `${hash}.json`)
  const temporary = `${file}.${process.pid}.tmp`
  const stored: StoredReading = {version, messages: reading.messages, appendix}
  await mkdir(folder, {recursive: true})
    .then(() => writeFile(temporary, JSON.stringify(stored)))
    .then(() => rename(temporary, file))
    .catch(() => rm(temporary, {force: true}).catch(() => {}))
}

/** Parse a PDF appendix; returns undefined (with a message on its file) when it cannot be used. */
export async function checkPdf(raw: RawAppendix, title: string): Promise<PdfAppendix | undefined> {
  const bytes = raw.bytes
  if (!bytes || bytes.byteLength === 0) return undefined // reported as empty by load
  const hash = createHash('sha256').update(bytes).digest('hex')
  const remembered = readings.get(hash)
  // Used again: its file on disk, too, stays in the cache (cache-folder.ts).
  if (remembered && folder) touch(path.join(folder, `${hash}.json`))
  let reading = remembered ?? (await storedReading(hash, bytes))
  if (!reading) {
    const scratch = new VFile({path: raw.file.path})
    const appendix = await readPdf({...raw, bytes, file: scratch}, hash)
    reading = {appendix, messages: scratch.messages.map((message) => ({ruleId: message.ruleId as RuleId, params: (message as BundelMessage).params ?? {}}))}
    await storeReading(hash, reading)
  }
  if (!readings.has(hash)) {
    readings.set(hash, reading)
    if (readings.size > keep) readings.delete(readings.keys().next().value!)
  }
  for (const message of reading.messages) report(raw.file, message.ruleId, {params: message.params})
  return reading.appendix ? {...reading.appendix, fileName: raw.fileName, title, file: raw.file} : undefined
}

/** Read a PDF appendix and judge it: its messages land on `raw.file`. */
async function readPdf(raw: RawAppendix & {bytes: Uint8Array}, hash: string): Promise<Reading['appendix']> {
  const opened = await openPdf(raw)
  if (!opened) return undefined
  const {pdf, pageCount} = opened
  const {PDFArray, PDFDict, PDFName} = await import('pdf-lib')
  // Pages too small for the footer band are merged as they are (#14): say which.
  const {frameOf} = await import('../pdf/merge/frame.js')
  const {carriesBand} = await import('../pdf/merge/footer.js')
  const small = pdf.getPages().flatMap((page, index) => {
    const frame = frameOf(page)
    return carriesBand(frame) ? [] : [{page: index + 1, size: `${Math.round(frame.width * 10) / 10} × ${Math.round(frame.height * 10) / 10} pt`}]
  })
  if (small.length > 0) report(raw.file, 'pdf-page-small', {params: {pages: small.map((entry) => entry.page).join(','), sizes: small.map((entry) => entry.size).join(', ')}})
  await cleanPdf(pdf, raw.file)
  // What its readers will miss, said before it reaches them (#8).
  const {pdfQuality} = await import('./pdf-quality.js')
  const quality = pdfQuality(pdf)
  if (quality.noTextAtAll) report(raw.file, 'pdf-no-text', {params: {pages: 'all'}})
  else if (quality.pagesWithoutText.length > 0) report(raw.file, 'pdf-no-text', {params: {pages: quality.pagesWithoutText.join(',')}})
  if (quality.unembeddedFonts.length > 0) report(raw.file, 'pdf-fonts', {params: {actual: quality.unembeddedFonts.join(', ')}})
  if (quality.unmappedFonts.length > 0) report(raw.file, 'pdf-fonts-unicode', {params: {actual: quality.unmappedFonts.join(', ')}})
  if (!quality.tagged) report(raw.file, 'pdf-untagged')
  const form = pdf.catalog.lookup(PDFName.of('AcroForm'))
  const fields = form instanceof PDFDict ? form.lookup(PDFName.of('Fields')) : undefined
  if (fields instanceof PDFArray && fields.size() > 0) report(raw.file, 'pdf-form', {params: {actual: String(fields.size())}})
  return {kind: 'pdf', pageCount, bytes: raw.bytes, pdf, hash, balances: quality.balances, imagePages: quality.pagesWithoutText, created: creationDay(pdf)}
}

/** The parsed document is what gets merged: clean it, once, and say what went (#7). */
async function cleanPdf(pdf: PDFDocument, file: VFile): Promise<void> {
  const {removeActiveContent} = await import('./active-content.js')
  for (const removal of removeActiveContent(pdf)) {
    report(file, 'pdf-active-content', {params: {kind: removal.kind, count: String(removal.count), pages: removal.pages.join(',')}})
  }
}

/** Parse (and decrypt) a PDF and find its pages; undefined, with a message on `raw.file`, when it cannot be used. */
async function openPdf(raw: RawAppendix & {bytes: Uint8Array}, {sized = false} = {}): Promise<{pdf: PDFDocument; pageCount: number} | undefined> {
  const bytes = raw.bytes
  // pdf-lib is only needed once there is a PDF to read, so `check` on a Markdown-only meeting stays light.
  const {PDFDocument, ParseSpeeds} = await import('pdf-lib')
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (!header.includes('%PDF-')) {
    report(raw.file, 'pdf-unreadable', {params: {detail: 'no-header'}})
    return undefined
  }
  if (!new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 2048))).includes('%%EOF')) {
    report(raw.file, 'pdf-unreadable', {params: {detail: 'cut-off'}})
    return undefined
  }
  // Before pdf-lib inflates anything: a few kilobytes can unpack to gigabytes (#7).
  const oversized = sized ? undefined : checkUnpackedSize(bytes)
  if (oversized) {
    report(raw.file, 'pdf-oversized', {params: {...oversized}})
    return undefined
  }
  let pdf: PDFDocument
  const warn = console.warn
  try {
    // Not strict: readers repair a damaged cross-reference table, and pdf-lib reads objects in
    // file order without it, so such a file merges (#14). pdf-lib says so on the console per
    // object; the result is judged below instead (pages that cannot be found are an error).
    console.warn = () => {}
    pdf = await PDFDocument.load(bytes, {
      parseSpeed: ParseSpeeds.Fastest,
      throwOnInvalidObject: false,
      updateMetadata: false,
      // Loaded anyway so that `isEncrypted` tells; pdf-lib's EncryptedPDFError is ES5-compiled and
      // cannot be recognised with `instanceof`.
      ignoreEncryption: true
    })
  } catch (error) {
    report(raw.file, 'pdf-unreadable', {params: parserDetail(error)})
    return undefined
  } finally {
    console.warn = warn
  }
  if (pdf.isEncrypted) {
    // An owner password only restricts; every reader opens such a file, and so does bundel (#14).
    const {loadDecrypted, PasswordRequired, UnsupportedEncryption} = await import('./decrypt.js')
    try {
      pdf = await loadDecrypted(bytes)
    } catch (error) {
      if (error instanceof PasswordRequired) report(raw.file, 'pdf-encrypted')
      else if (error instanceof OversizedPdf) report(raw.file, 'pdf-oversized', {params: {...error.oversize}})
      else if (error instanceof UnsupportedEncryption) report(raw.file, 'pdf-unreadable', {params: {detail: 'encryption-unknown', text: error.method}})
      else report(raw.file, 'pdf-unreadable', {params: parserDetail(error)})
      return undefined
    }
  }
  let pageCount: number
  try {
    pageCount = pdf.getPages().length
  } catch (error) {
    // The parser's own words ("Cannot read properties of undefined") mean nothing to a secretary.
    report(raw.file, 'pdf-unreadable', {params: {detail: 'page-tree'}, cause: error instanceof Error ? error : undefined})
    return undefined
  }
  if (pageCount === 0) {
    report(raw.file, 'pdf-no-pages')
    return undefined
  }
  return {pdf, pageCount}
}

function creationDay(pdf: {getCreationDate(): Date | undefined}): string | undefined {
  try {
    return pdf.getCreationDate()?.toISOString().slice(0, 10)
  } catch {
    return undefined // an unreadable date is no date
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? text).replace(/\.$/, '')
}

/** pdf-lib's parse errors as a detail: no offsets as JSON, no stray brackets (#14). */
function parserDetail(error: unknown): {detail: string; text?: string} {
  const text = firstLine(error)
  if (/invalid object|Failed to parse|Expected .* but found|PDFInvalidObject|MissingKeyword|MissingPDFHeader|StalledParser/i.test(text)) return {detail: 'damaged'}
  if (/catalog|Pages|trailer/i.test(text)) return {detail: 'no-page-table'}
  return {detail: 'text', text: text.replace(/\s*\{[^}]*\}\)?/g, '').trim()}
}
