import {describe, expect, it} from 'vitest'
import {PDFDocument, PDFName} from 'pdf-lib'
import {markUntagged, untaggedRanges} from './artifacts.js'
import {contentStreams, decodeContent} from './content.js'

const bytes = (text: string) => new TextEncoder().encode(text)
const pieces = (text: string) => untaggedRanges(bytes(text)).map(([start, end]) => text.slice(start, end).trim())

describe('untaggedRanges', () => {
  it('should find each graphics object painted outside marked content, and nothing inside tags or artifacts', () => {
    const content = 'q 0 0 m 10 10 l S Q /Artifact BMC BT (x) Tj ET EMC BT /F1 9 Tf (a) Tj ET /P <</MCID 0>> BDC BT (c) Tj ET EMC 0 0 5 5 re W n /Im1 Do'
    expect(pieces(content)).toEqual(['0 0 m 10 10 l S', 'BT /F1 9 Tf (a) Tj ET', '/Im1 Do'])
  })

  it('should take a sequence that is neither an artifact nor tagged as one object, when it paints', () => {
    const content = '/Span <</ActualText (y)>> BDC BT (b) Tj ET EMC /OC /oc1 BDC EMC'
    expect(pieces(content)).toEqual(['/Span <</ActualText (y)>> BDC BT (b) Tj ET EMC'])
  })

  it('should take single runs of a text object that also holds tagged runs, in stream order', () => {
    const content = 'BT (a) Tj /Span <</MCID 1>> BDC (b) Tj EMC (c) Tj ET'
    expect(pieces(content)).toEqual(['(a) Tj', '(c) Tj'])
  })

  it('should find nothing on a page whose painting is all tagged', () => {
    expect(untaggedRanges(bytes('/P <</MCID 0>> BDC q BT (a) Tj ET Q EMC /Artifact BMC 0 0 m 1 1 l S EMC'))).toEqual([])
  })

  it('should leave a layer that holds tagged content as it is, rather than nest the tags wrongly', () => {
    expect(pieces('/OC /L1 BDC /P <</MCID 0>> BDC BT (x) Tj ET EMC EMC')).toEqual([])
  })
})

describe('markUntagged, tagging an untagged page', () => {
  it('should give every sequence an id of its own, the stale ids of a dropped tree included', async () => {
    const pdf = await PDFDocument.create()
    const page = pdf.addPage([200, 200])
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream('/P <</MCID 0>> BDC BT (Hi) Tj ET EMC 0 0 100 1 re f /Artifact BMC 0 0 1 1 re f EMC')))
    let next = 0
    expect(markUntagged(pdf, page, new Set(), {type: 'P', mcid: () => next++})).toBe(2)
    const text = new TextDecoder('latin1').decode(decodeContent(contentStreams(pdf, page)[0]!.stream))
    expect([...text.matchAll(/\/MCID (\d+)/g)].map((match) => match[1])).toEqual(['0', '1'])
    // The artifact stays an artifact, outside both.
    expect(text).toMatch(/EMC\s+\/Artifact BMC 0 0 1 1 re f EMC/)
  })
})
