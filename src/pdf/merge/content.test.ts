/**
 * Content streams as operators (#8, #14): decoded whatever their filter (or damage), found on a
 * page however /Contents is written, and tokenised so that strings, names, hex, comments and
 * inline image data never pass for operators.
 */
import {deflateSync} from 'node:zlib'
import {PDFDocument, PDFName, PDFRawStream} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {contentStreams, decodeContent, forEachOperator, measureBalance} from './content.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const decoded = (data: Uint8Array) => new TextDecoder('latin1').decode(data)

function operators(text: string | Uint8Array): string[] {
  const found: string[] = []
  forEachOperator(typeof text === 'string' ? bytes(text) : text, (operator) => found.push(operator))
  return found
}

/** A raw stream as a parsed file holds it: encoded bytes and a dictionary naming the filter. */
async function rawStream(data: Uint8Array, dict: Record<string, string | string[]>): Promise<PDFRawStream> {
  const pdf = await PDFDocument.create()
  return PDFRawStream.of(pdf.context.obj(dict), data)
}

describe('decodeContent', () => {
  const text = 'q 1 0 0 1 72 720 cm BT /F1 12 Tf (Agenda) Tj ET Q'

  it('should inflate a Flate stream, with or without an array of one filter', async () => {
    expect(decoded(decodeContent(await rawStream(deflateSync(bytes(text)), {Filter: 'FlateDecode'})))).toBe(text)
    expect(decoded(decodeContent(await rawStream(deflateSync(bytes(text)), {Filter: ['FlateDecode']})))).toBe(text)
  })

  it('should take an unfiltered stream as it is, and let pdf-lib decode other filters', async () => {
    expect(decoded(decodeContent(await rawStream(bytes(text), {})))).toBe(text)
    const hex = Buffer.from(text).toString('hex') + '>'
    expect(decoded(decodeContent(await rawStream(bytes(hex), {Filter: 'ASCIIHexDecode'})))).toBe(text)
    const chain = Buffer.from(deflateSync(bytes(text))).toString('hex') + '>'
    expect(decoded(decodeContent(await rawStream(bytes(chain), {Filter: ['ASCIIHexDecode', 'FlateDecode']})))).toBe(text)
  })

  it('should read a Flate stream that was cut off as far as it goes', async () => {
    const lines = Array.from({length: 400}, (_, index) => `BT 72 ${(index * 7919) % 800} Td (${((index * 104729) % 99991).toString(36)}) Tj ET`).join('\n')
    const whole = deflateSync(bytes(lines))
    const part = decoded(decodeContent(await rawStream(whole.subarray(0, Math.floor(whole.length / 2)), {Filter: 'FlateDecode'})))
    expect(part.length).toBeGreaterThan(lines.length / 4)
    expect(lines.startsWith(part)).toBe(true)
  })

  it('should draw nothing for a stream that cannot be decoded, as readers do', async () => {
    expect(decodeContent(await rawStream(bytes('dit is geen zlib'), {Filter: 'FlateDecode'}))).toEqual(new Uint8Array(0))
    expect(decodeContent(await rawStream(bytes('x'), {Filter: 'JBIG3Decode'}))).toEqual(new Uint8Array(0))
  })

  it('should give the operators of a stream made in this process unencoded', async () => {
    const pdf = await PDFDocument.create()
    const stream = pdf.context.flateStream(text)
    expect(decoded(decodeContent(stream))).toBe(text)
  })
})

describe('contentStreams', () => {
  it('should find a single stream, an array of them, a reference to an array, or none', async () => {
    const pdf = await PDFDocument.create()
    const c = pdf.context
    const a = c.register(c.flateStream('BT (a) Tj ET'))
    const b = c.register(c.flateStream('BT (b) Tj ET'))
    const single = pdf.addPage()
    single.node.set(PDFName.of('Contents'), a)
    const array = pdf.addPage()
    array.node.set(PDFName.of('Contents'), c.obj([a, b]))
    const indirect = pdf.addPage()
    indirect.node.set(PDFName.of('Contents'), c.register(c.obj([b, a])))
    const none = pdf.addPage()
    none.node.delete(PDFName.of('Contents'))
    const direct = pdf.addPage()
    direct.node.set(PDFName.of('Contents'), c.flateStream('BT (d) Tj ET'))
    const text = (page: typeof single) => contentStreams(pdf, page).map(({stream}) => decoded(decodeContent(stream)))
    expect(text(single)).toEqual(['BT (a) Tj ET'])
    expect(contentStreams(pdf, single)[0]!.ref).toBe(a)
    expect(text(array)).toEqual(['BT (a) Tj ET', 'BT (b) Tj ET'])
    expect(text(indirect)).toEqual(['BT (b) Tj ET', 'BT (a) Tj ET'])
    expect(text(none)).toEqual([])
    expect(text(direct)).toEqual(['BT (d) Tj ET'])
    expect(contentStreams(pdf, direct)[0]!.ref).toBeUndefined()
  })

  it('should skip entries that are not streams', async () => {
    const pdf = await PDFDocument.create()
    const c = pdf.context
    const page = pdf.addPage()
    page.node.set(PDFName.of('Contents'), c.obj([c.register(c.obj({})), c.register(c.flateStream('q Q'))]))
    expect(contentStreams(pdf, page)).toHaveLength(1)
  })
})

describe('forEachOperator', () => {
  it('should find the operators and skip every kind of operand', () => {
    expect(operators('q 0.5 0 0 -1.5 +3 .25 cm /Name gs [1 (two) <0aff>] TJ << /MCID 3 >> BDC true false null Q')).toEqual(['q', 'cm', 'gs', 'TJ', 'BDC', 'Q'])
  })

  it('should not take words inside strings, comments or hex for operators', () => {
    expect(operators('BT (q Q \\) BT (nested (ET)) ET) Tj ET')).toEqual(['BT', 'Tj', 'ET'])
    expect(operators('% q Q BT\nre f\r% ET\nS')).toEqual(['re', 'f', 'S'])
    expect(operators('<51205120> Tj')).toEqual(['Tj'])
    expect(operators("T* (a) ' 1 2 (b) \" d0")).toEqual(['T*', "'", '"', 'd0'])
  })

  it('should step over inline image data, even when it holds operator letters', () => {
    const image = Buffer.concat([bytes('q BI /W 2 /H 2 /BPC 8 /CS /G ID '), Buffer.from([0x51, 0x20, 0x42, 0x54, 0xff, 0x00]), bytes('\nEI Q')])
    expect(operators(image)).toEqual(['q', 'BI', 'ID', 'EI', 'Q'])
    // Image data that runs to the end of the stream.
    expect(operators(Buffer.concat([bytes('BI ID '), Buffer.from([1, 2, 3])]))).toEqual(['BI', 'ID'])
    expect(operators('BI /W 1 ID x EI')).toEqual(['BI', 'ID', 'EI'])
  })

  it('should survive a stream that ends inside a string or a hex string', () => {
    expect(operators('BT (never closed Tj')).toEqual(['BT'])
    expect(operators('BT <0a0b Tj')).toEqual(['BT'])
  })
})

describe('measureBalance', () => {
  it('should measure a balanced page', () => {
    expect(measureBalance([bytes('q BT /F1 1 Tf (a) Tj [(b)] TJ ET Q /Im1 Do')])).toEqual({lowest: 0, end: 0, inText: false, openMarked: 0, textOperators: 2, inlineImages: 0, draws: 1, markedSequences: 0})
  })

  it('should see what a page leaves open, across its streams', () => {
    const balance = measureBalance([bytes('q q /P <</MCID 0>> BDC BT (a) Tj'), bytes("(b) ' /Span BMC EMC BI ID x EI")])
    expect(balance).toEqual({lowest: 0, end: 2, inText: true, openMarked: 1, textOperators: 2, inlineImages: 1, draws: 0, markedSequences: 2})
  })

  it('should see more Q than q, and ignore an EMC too many', () => {
    expect(measureBalance([bytes('Q Q q EMC EMC')])).toMatchObject({lowest: -2, end: -1, openMarked: 0})
  })

  it('should treat the boundary between two streams as white space', () => {
    expect(measureBalance([bytes('B'), bytes('T')]).inText).toBe(false)
    expect(measureBalance([bytes('q'), bytes('q')]).end).toBe(2)
  })
})
