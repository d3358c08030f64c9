/**
 * A PDF with every kind of active content an appendix can carry (#7), made with pdf-lib's
 * low-level objects the way attack PDFs are written, plus the links that must survive.
 */
import {PDFDocument, PDFName, PDFString, StandardFonts, type PDFRef} from 'pdf-lib'

/** Page by page: what is on it. */
export const hostileLayout = {
  1: ['page /AA JavaScript', 'link /S /JavaScript', 'link /Launch evil.exe', 'https link (kept)', 'mailto link (kept)', 'GoTo page 3 (kept)'],
  2: ['FileAttachment annotation', 'widget with /AA /K JavaScript', 'SubmitForm button', 'GoToR to \\\\host\\share'],
  3: ['javascript: URI', 'Link with GoTo then /Next JavaScript']
} as const

/** Build the hostile PDF; returns its bytes. */
export async function hostilePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({updateMetadata: false})
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const pages = [1, 2, 3].map((n) => {
    const page = pdf.addPage([595.28, 841.89])
    page.drawText(`Vijandige bijlage pagina ${n}`, {x: 72, y: 760, size: 14, font})
    return page
  })
  const c = pdf.context
  const js = (code: string) => c.obj({S: 'JavaScript', JS: PDFString.of(code)})
  const link = (y: number, action: unknown) => c.register(c.obj({Type: 'Annot', Subtype: 'Link', Rect: [72, y, 300, y + 20], Border: [0, 0, 0], A: action as never}))
  const [p1, p2, p3] = pages as [typeof pages[0], typeof pages[0], typeof pages[0]]
  p1.node.set(PDFName.of('AA'), c.obj({O: js('app.alert("open")')}))
  p1.node.set(
    PDFName.of('Annots'),
    c.obj([
      link(700, js('app.alert(1)')),
      link(660, c.obj({S: 'Launch', F: PDFString.of('evil.exe')})),
      link(620, c.obj({S: 'URI', URI: PDFString.of('https://www.tiel.nl/')})),
      link(580, c.obj({S: 'URI', URI: PDFString.of('mailto:griffie@tiel.nl')})),
      link(540, c.obj({S: 'GoTo', D: [p3.ref, PDFName.of('XYZ'), null, null, null] as never}))
    ])
  )
  const embedded = c.register(c.stream('MZ dit is geen echt programma', {Type: 'EmbeddedFile'}))
  const fileSpec = c.register(c.obj({Type: 'Filespec', F: PDFString.of('virus.exe'), EF: {F: embedded}}))
  const attachment = c.register(c.obj({Type: 'Annot', Subtype: 'FileAttachment', Rect: [72, 700, 92, 720], FS: fileSpec, Contents: PDFString.of('bijlage')}))
  const field = c.register(c.obj({FT: 'Tx', T: PDFString.of('bedrag'), AA: {K: js('event.value = 1')}, Kids: []}))
  const widget = c.register(c.obj({Type: 'Annot', Subtype: 'Widget', Rect: [72, 640, 300, 660], Parent: field, AA: {Fo: js('app.alert(2)')}}))
  ;(c.lookup(field) as unknown as {set: (k: PDFName, v: unknown) => void}).set(PDFName.of('Kids'), c.obj([widget]))
  const submit = c.register(c.obj({Type: 'Annot', Subtype: 'Widget', FT: 'Btn', Ff: 65536, T: PDFString.of('verstuur'), Rect: [72, 600, 300, 620], A: {S: 'SubmitForm', F: PDFString.of('https://example.com/collect')}}))
  const remote = link(560, c.obj({S: 'GoToR', F: PDFString.of('\\\\host\\share\\x.pdf'), D: [0, PDFName.of('Fit')] as never}))
  p2.node.set(PDFName.of('Annots'), c.obj([attachment, widget, submit, remote]))
  p3.node.set(
    PDFName.of('Annots'),
    c.obj([
      link(700, c.obj({S: 'URI', URI: PDFString.of('javascript:alert(3)')})),
      link(660, c.obj({S: 'GoTo', D: [p1.ref, PDFName.of('Fit')] as never, Next: js('app.alert(4)')}))
    ])
  )
  pdf.catalog.set(PDFName.of('OpenAction'), js('app.alert("document")'))
  pdf.catalog.set(PDFName.of('Names'), c.obj({JavaScript: {Names: [PDFString.of('start'), js('app.alert(5)')]}, EmbeddedFiles: {Names: [PDFString.of('virus.exe'), fileSpec]}}))
  pdf.catalog.set(PDFName.of('AcroForm'), c.obj({Fields: [field as PDFRef, submit], XFA: c.register(c.stream('<xdp:xdp/>'))}))
  pdf.setCreationDate(new Date(0))
  pdf.setModificationDate(new Date(0))
  return pdf.save({useObjectStreams: false})
}
