/**
 * Soft hyphens out of a real Chromium print (#8), and what the cache keeps of it (#13): a print
 * taken from the cache gets the kept streams without being searched again, and comes out the
 * same bytes as one searched afresh; a kept entry that does not fit the print is not used.
 */
import {PDFDocument, type PDFRef} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {readPdf} from '../../test-util/read-pdf.js'
import {findBrowser, launchBrowser} from '../browser.js'
import {printPage} from '../print.js'
import {contentStreams, decodeContent} from './content.js'
import {decodeSoftened, encodeSoftened, softenPrint} from './soft-hyphens.js'

const browserPath = await findBrowser().catch(() => undefined)

const html = `<!doctype html><html lang="nl"><title>Afbreken</title><body style="font: 12pt sans-serif">${Array.from({length: 60}, (_, index) => `<p>Alinea ${index}: de be\u00ADstem\u00ADmings\u00ADplan\u00ADwij\u00ADzi\u00ADging en de Tech\u00ADno\u00ADlo\u00ADgie.</p>`).join('')}</body></html>`

const load = (bytes: Uint8Array) => PDFDocument.load(bytes, {updateMetadata: false})

/** How many `/ActualText` spans of a soft hyphen the pages' content holds (as Chromium writes them, `<FEFF00AD>`). */
function softHyphenSpans(pdf: PDFDocument): number {
  let count = 0
  for (const page of pdf.getPages()) for (const {stream} of contentStreams(pdf, page)) count += Buffer.from(decodeContent(stream)).toString('latin1').match(/ActualText\s*<\s*feff\s*00ad\s*>/gi)?.length ?? 0
  return count
}

describe.skipIf(!browserPath)('soft hyphens in a Chromium print (skipped: no Chromium found)', () => {
  it('should take them out once, and put in what the cache kept for the same print', async () => {
    const browser = await launchBrowser()
    let printed: Uint8Array
    try {
      printed = await printPage(browser, html)
    } finally {
      await browser.close()
    }
    expect(softHyphenSpans(await load(printed))).toBeGreaterThan(60)

    const searched = await load(printed)
    const softened = softenPrint(searched)
    expect(softened.length).toBeGreaterThan(0)
    expect(softHyphenSpans(searched)).toBe(0)
    const bytes = await searched.save()
    expect(softHyphenSpans(await load(bytes))).toBe(0)
    expect((await readPdf(bytes)).pages.join('\n')).toContain('Alinea 59: de bestemmingsplanwijziging en de Technologie.')

    const kept = decodeSoftened(encodeSoftened(softened))!
    expect(kept).toEqual(softened)
    const fromCache = await load(printed)
    expect(softenPrint(fromCache, kept)).toBe(kept)
    expect(Buffer.from(await fromCache.save()).equals(Buffer.from(bytes))).toBe(true)

    // Kept for other bytes (an object that is no stream here): searched again, the same result.
    const other = await load(printed)
    const root = other.context.trailerInfo.Root as PDFRef
    const misfit = [{number: root.objectNumber, generation: 0, contents: new Uint8Array([1, 2, 3])}]
    expect(softenPrint(other, misfit)).toEqual(softened)
    expect(Buffer.from(await other.save()).equals(Buffer.from(bytes))).toBe(true)

    // A damaged entry is none.
    const encoded = encodeSoftened(softened)
    expect(decodeSoftened(encoded.subarray(0, encoded.length - 1))).toBeUndefined()
    expect(decodeSoftened(new TextEncoder().encode('[[1,0]]\n'))).toBeUndefined()
    expect(decodeSoftened(new Uint8Array([0x7b]))).toBeUndefined()
  }, 120_000)
})
