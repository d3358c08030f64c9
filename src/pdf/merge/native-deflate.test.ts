/**
 * pdf-lib's streams are deflated by zlib once merge has run (native-deflate.ts): the object
 * stream of a saved document is exactly zlib's deflate of its own contents, which pako's is not.
 */
import {inflateSync, deflateSync} from 'node:zlib'
import pako from 'pako'
import {PDFDocument, StandardFonts} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {useNativeDeflate} from './native-deflate.js'

/** The raw bytes of the first object stream in a saved PDF. */
function objectStream(bytes: Uint8Array): Buffer {
  const text = Buffer.from(bytes).toString('latin1')
  const at = text.indexOf('/Type /ObjStm')
  expect(at).toBeGreaterThan(0)
  const start = text.indexOf('stream\n', at) + 'stream\n'.length
  const length = Number(/\/Length (\d+)/.exec(text.slice(text.lastIndexOf('<<', at), start))![1])
  return Buffer.from(bytes.subarray(start, start + length))
}

/** Content-stream text that varies (a repeated line deflates to the same bytes in both). */
function operators(): string {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
  return Array.from({length: 2000}, () => `${next() % 600} ${next() % 840} Td (${next().toString(36)}) Tj`).join('\n')
}

async function saved(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({updateMetadata: false})
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let page = 1; page <= 30; page++) pdf.addPage().drawText(`pagina ${page} van 30 — ${'bundel '.repeat(page)}`, {x: 50, y: 50, size: 9, font})
  return pdf.save({useObjectStreams: true})
}

describe('native deflate', () => {
  it('makes pdf-lib write zlib streams that read back, the same bytes every time', async () => {
    const sample = new TextEncoder().encode(operators())
    // pako's own deflate gives other bytes than zlib's for this input, so the check below can fail.
    const before = pako.deflate(sample)
    useNativeDeflate()
    useNativeDeflate()
    const after = pako.deflate(sample)
    expect(Buffer.from(after).equals(deflateSync(sample))).toBe(true)
    expect(Buffer.from(before).equals(Buffer.from(after))).toBe(false)
    expect(pako.inflate(after)).toEqual(sample)
    // Options keep pako's own deflate.
    expect(Buffer.from(pako.deflate(sample, {level: 9})).equals(deflateSync(sample))).toBe(false)

    const first = await saved()
    const stream = objectStream(first)
    expect(stream.equals(deflateSync(inflateSync(stream)))).toBe(true)
    expect(Buffer.from(await saved()).equals(Buffer.from(first))).toBe(true)
    const back = await PDFDocument.load(first)
    expect(back.getPageCount()).toBe(30)
  })
})
