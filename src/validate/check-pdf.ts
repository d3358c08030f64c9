/**
 * A PDF appendix must be readable, unencrypted and have pages: its pages are merged into the
 * bundle, and dropping them silently would hide a document from the board (#2, #3).
 */
import {createHash} from 'node:crypto'
import type {RawAppendix} from '../load/load.js'
import {report} from '../messages.js'
import type {PdfAppendix} from '../model.js'
import {checkUnpackedSize} from './pdf-limits.js'

/** Parse a PDF appendix; returns undefined (with a message on its file) when it cannot be used. */
export async function checkPdf(raw: RawAppendix, title: string): Promise<PdfAppendix | undefined> {
  const bytes = raw.bytes
  if (!bytes || bytes.byteLength === 0) return undefined // reported as empty by load
  // pdf-lib is only needed once there is a PDF to read, so `check` on a Markdown-only meeting stays light.
  const {PDFArray, PDFDict, PDFDocument, PDFName, ParseSpeeds} = await import('pdf-lib')
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  if (!header.includes('%PDF-')) {
    report(raw.file, 'pdf-unreadable', {params: {detail: 'no PDF header'}})
    return undefined
  }
  if (!new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - 2048))).includes('%%EOF')) {
    report(raw.file, 'pdf-unreadable', {params: {detail: 'the file is cut off: no end-of-file marker'}})
    return undefined
  }
  // Before pdf-lib inflates anything: a few kilobytes can unpack to gigabytes (#7).
  const oversized = checkUnpackedSize(bytes)
  if (oversized) {
    report(raw.file, 'pdf-oversized', {params: {detail: oversized}})
    return undefined
  }
  let pdf
  try {
    pdf = await PDFDocument.load(bytes, {
      parseSpeed: ParseSpeeds.Fastest,
      throwOnInvalidObject: true,
      updateMetadata: false,
      // Loaded anyway so that `isEncrypted` tells; pdf-lib's EncryptedPDFError is ES5-compiled and
      // cannot be recognised with `instanceof`.
      ignoreEncryption: true
    })
  } catch (error) {
    report(raw.file, 'pdf-unreadable', {params: {detail: firstLine(error)}})
    return undefined
  }
  if (pdf.isEncrypted) {
    report(raw.file, 'pdf-encrypted')
    return undefined
  }
  let pageCount: number
  try {
    pageCount = pdf.getPages().length
  } catch (error) {
    report(raw.file, 'pdf-unreadable', {params: {detail: `its page tree is broken: ${firstLine(error)}`}})
    return undefined
  }
  if (pageCount === 0) {
    report(raw.file, 'pdf-no-pages')
    return undefined
  }
  // The parsed document is what gets merged: clean it here, once, and say what went (#7).
  const {removeActiveContent} = await import('./active-content.js')
  for (const removal of removeActiveContent(pdf)) {
    report(raw.file, 'pdf-active-content', {params: {kind: removal.kind, count: String(removal.count), pages: removal.pages.join(',')}})
  }
  const form = pdf.catalog.lookup(PDFName.of('AcroForm'))
  const fields = form instanceof PDFDict ? form.lookup(PDFName.of('Fields')) : undefined
  if (fields instanceof PDFArray && fields.size() > 0) report(raw.file, 'pdf-form', {params: {actual: String(fields.size())}})
  const hash = createHash('sha256').update(bytes).digest('hex')
  return {kind: 'pdf', fileName: raw.fileName, title, pageCount, bytes, pdf, hash, file: raw.file}
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? text).replace(/\.$/, '')
}
