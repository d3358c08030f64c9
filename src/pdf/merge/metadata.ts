/**
 * Document metadata, reproducibly: the same content gives the same bytes. Dates come from
 * `SOURCE_DATE_EPOCH` when set, otherwise from the meeting date — never from the clock (#3).
 */
import {sourceDateEpoch} from '../../number/source-date.js'
import {PDFHeader, PDFName, PDFString, type PDFDocument} from 'pdf-lib'

/** What the metadata says. */
export interface Metadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly creator: string
  readonly date: Date
}

/** The fixed date of a build: SOURCE_DATE_EPOCH (seconds) or the meeting's date at 00:00 UTC. */
export function buildDate(meetingDate: string, env: NodeJS.ProcessEnv = process.env): Date {
  return sourceDateEpoch(env) ?? new Date(`${meetingDate}T00:00:00Z`)
}

/**
 * Set Info, XMP, language, viewer preferences and the PDF 1.7 header; `pdfua` adds the PDF/UA-1
 * identification (only once the rules it claims were checked, merge.ts).
 */
export function writeMetadata(pdf: PDFDocument, metadata: Metadata, pdfua = false): void {
  pdf.setTitle(metadata.title, {showInWindowTitleBar: true})
  pdf.setAuthor(metadata.author)
  pdf.setSubject(metadata.subject)
  pdf.setCreator(metadata.creator)
  pdf.setProducer(`${metadata.creator} (Chromium, pdf-lib)`)
  pdf.setLanguage('nl')
  pdf.setCreationDate(metadata.date)
  pdf.setModificationDate(metadata.date)
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('nl'))
  pdf.context.header = PDFHeader.forVersion(1, 7)
  const xmp = xmpPacket(metadata, pdfua)
  const stream = pdf.context.stream(xmp, {Type: 'Metadata', Subtype: 'XML', Length: Buffer.byteLength(xmp)})
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream))
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function xmpPacket(metadata: Metadata, pdfua: boolean): string {
  const date = metadata.date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(metadata.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(metadata.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>${escapeXml(metadata.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<pdf:Producer>${escapeXml(metadata.creator)} (Chromium, pdf-lib)</pdf:Producer>
</rdf:Description>${
    pdfua
      ? `
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>`
      : ''
  }
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}
