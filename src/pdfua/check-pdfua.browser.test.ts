/**
 * The PDF/UA-1 checks (#12): the example meeting, built by Chromium and merged with its appendix
 * PDFs, passes every rule and says so in its XMP; each rule then fails on a copy of that PDF
 * broken in exactly the way the rule is about, and names the page.
 */
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, StandardFonts, beginMarkedContent, endMarkedContent, type PDFObject} from 'pdf-lib'
import {beforeAll, describe, expect, it} from 'vitest'
import {findBrowser} from '../pdf/browser.js'
import {fixtureMeeting, makeProject, meetingPath, run, runIn} from '../test-util/fixture.js'
import {checkPdfUa, type Finding} from './check-pdfua.js'
import {elementOf, kidsOf} from '../pdf/merge/struct-tree.js'

const browserPath = await findBrowser().catch(() => undefined)
const example = path.resolve(import.meta.dirname, '../../content')
const meeting = '2025-01-29-algemeen-bestuur'

/** Every structure element of the tree, with its ref, in reading order. */
function elements(pdf: PDFDocument): Array<{ref: PDFRef; element: PDFDict}> {
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot')) as PDFDict
  const out: Array<{ref: PDFRef; element: PDFDict}> = []
  const visit = (kid: PDFObject) => {
    const element = elementOf(pdf.context, kid)
    if (!element || !(kid instanceof PDFRef)) return
    out.push({ref: kid, element})
    kidsOf(element).forEach(visit)
  }
  kidsOf(root).forEach(visit)
  return out
}
const ofType = (pdf: PDFDocument, type: string) => elements(pdf).filter(({element}) => element.lookup(PDFName.of('S')) === PDFName.of(type))

describe.skipIf(!browserPath)('PDF/UA-1 checks (skipped: no Chromium found)', () => {
  let project: string
  let bytes: Uint8Array

  /** The findings on the bundle after `breakIt` changed it. */
  async function broken(breakIt: (pdf: PDFDocument) => void): Promise<Finding[]> {
    const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
    breakIt(pdf)
    return [...(await checkPdfUa(await pdf.save({useObjectStreams: false}))).findings]
  }
  const detail = (findings: Finding[], code: string) => findings.find((finding) => finding.rule === 'pdfua-structure' && finding.params.detail === code)

  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), 'bundel-pdfua-'))
    await cp(example, path.join(project, 'content'), {recursive: true})
    const result = await runIn(project, {LANG: 'en_US.UTF-8', SOURCE_DATE_EPOCH: '1738108800'}, 'build', '--no-cache')
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).not.toContain('PDF/UA-1')
    bytes = new Uint8Array(await readFile(path.join(project, 'dist', meeting, 'bundel.pdf')))
  }, 120_000)

  it('should pass every rule on the example, appendices included, and declare PDF/UA-1', async () => {
    const report = await checkPdfUa(bytes)
    expect(report.findings).toEqual([])
    expect(report.declared).toBe(true)
    expect(report.counts.untagged).toBe(0)
    expect(report.counts.tagged).toBeGreaterThan(10_000)
    // The appendix headers Chromium left untagged, the badge borders, the signature line: artifacts.
    expect(report.counts.artifacts).toBeGreaterThan(1000)
    const pdf = await PDFDocument.load(bytes)
    // One Sect per merged PDF appendix (four in the example), each opening with its H3.
    const sections = ofType(pdf, 'Sect')
    expect(sections.length).toBe(4)
    for (const {element} of sections) {
      const first = elementOf(pdf.context, kidsOf(element)[0])
      expect(first?.lookup(PDFName.of('S'))).toBe(PDFName.of('H3'))
    }
    expect(ofType(pdf, 'Document')).toHaveLength(1)
    // The table of contents' numbers, its footer: every stamp on a page shares one font entry.
    const fonts = pdf.getPage(1).node.Resources()!.lookup(PDFName.of('Font')) as PDFDict
    const ours = fonts.entries().filter(([, ref]) => String((pdf.context.lookup(ref) as PDFDict).lookup(PDFName.of('BaseFont'))).includes('BNDLFT'))
    expect(ours).toHaveLength(1)
  })

  it('should say so from the command line, with the counts, and exit 0', async () => {
    const result = await run(project, 'check', '--pdf', path.join('dist', meeting, 'bundel.pdf'))
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/57 pages, [\d,]+ tagged and [\d,]+ artifact items, 0 untagged; the PDF\/UA-1 rules checked hold; PDF\/UA-1 declared in the metadata/)
  })

  it('should find painted content that is neither tagged nor an artifact (7.1-3), with its page', async () => {
    const findings = await broken((pdf) => {
      const page = pdf.getPage(3)
      page.node.addContentStream(pdf.context.register(pdf.context.stream('0 0 m 10 10 l S')))
    })
    expect(findings).toContainEqual({rule: 'pdfua-content', params: {count: '1', pages: '4', pageCount: '1'}})
  })

  it('should count content whose marked-content id no element claims as untagged (a dropped tree)', async () => {
    // What merging did before #12: the appendix pages kept their MCIDs but lost their /StructParents.
    const findings = await broken((pdf) => pdf.getPage(8).node.delete(PDFName.of('StructParents')))
    const content = findings.find((finding) => finding.rule === 'pdfua-content')
    expect(content?.params.pages).toBe('9')
    expect(Number(content?.params.count)).toBeGreaterThan(100)
  })

  it('should find an artifact inside tagged content (7.1-1)', async () => {
    const findings = await broken((pdf) => {
      const page = pdf.getPage(0)
      page.node.addContentStream(pdf.context.register(pdf.context.stream('/P <</MCID 999>> BDC /Artifact BMC 0 0 m 10 10 l S EMC EMC')))
    })
    expect(findings).toContainEqual({rule: 'pdfua-nesting', params: {pages: '1', pageCount: '1'}})
  })

  it('should want one Document root and a language', async () => {
    const findings = await broken((pdf) => {
      const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot')) as PDFDict
      root.set(PDFName.of('K'), pdf.context.obj([...kidsOf(root), pdf.context.register(pdf.context.obj({Type: 'StructElem', S: 'Document', P: root}))]))
      pdf.catalog.delete(PDFName.of('Lang'))
    })
    expect(detail(findings, 'no-document')).toBeDefined()
    expect(detail(findings, 'no-lang')).toBeDefined()
  })

  it('should find a heading level skipped, and a first heading that is not H1', async () => {
    const skipped = await broken((pdf) => ofType(pdf, 'H2')[0]!.element.set(PDFName.of('S'), PDFName.of('H4')))
    expect(detail(skipped, 'heading-skip')?.params).toMatchObject({actual: 'H4', expected: 'H1'})
    const first = await broken((pdf) => ofType(pdf, 'H1')[0]!.element.set(PDFName.of('S'), PDFName.of('H2')))
    expect(detail(first, 'first-heading')?.params.actual).toBe('H2')
  })

  it('should find a bookmark that leads to no heading of its text', async () => {
    const findings = await broken((pdf) => {
      const outlines = pdf.catalog.lookup(PDFName.of('Outlines')) as PDFDict
      ;(outlines.lookup(PDFName.of('First')) as PDFDict).set(PDFName.of('Title'), PDFString.of('Nergens'))
    })
    expect(findings).toContainEqual({rule: 'pdfua-bookmarks', params: {count: '1', actual: '“Nergens”'}})
  })

  it('should want rows in a table and a scope on each header cell', async () => {
    const rows = await broken((pdf) => ofType(pdf, 'TR').forEach(({element}) => element.set(PDFName.of('S'), PDFName.of('Div'))))
    expect(detail(rows, 'table-rows')).toBeDefined()
    const scope = await broken((pdf) => ofType(pdf, 'TH').forEach(({element}) => element.delete(PDFName.of('A'))))
    expect(Number(detail(scope, 'th-scope')?.params.count)).toBe(ofType(await PDFDocument.load(bytes), 'TH').length)
    // Every data cell names its header cells by id; without the ID tree none of them resolves.
    const cells = ofType(await PDFDocument.load(bytes), 'TD').length
    expect(cells).toBeGreaterThan(10)
    const ids = await broken((pdf) => (pdf.catalog.lookup(PDFName.of('StructTreeRoot')) as PDFDict).delete(PDFName.of('IDTree')))
    expect(Number(detail(ids, 'td-headers')?.params.count)).toBeGreaterThanOrEqual(cells)
  })

  it('should want L > LI > Lbl/LBody', async () => {
    const findings = await broken((pdf) => ofType(pdf, 'LBody')[0]!.element.set(PDFName.of('S'), PDFName.of('P')))
    expect(detail(findings, 'list-items')?.params.count).toBe('1') // the LI that lost its LBody
  })

  it('should want each link tagged, described, and the page in structure tab order', async () => {
    const findings = await broken((pdf) => {
      const page = pdf.getPage(1)
      const annots = page.node.Annots()!
      const link = annots.lookup(0) as PDFDict
      link.delete(PDFName.of('StructParent'))
      link.delete(PDFName.of('Contents'))
      page.node.delete(PDFName.of('Tabs'))
    })
    expect(detail(findings, 'link-parent')?.params).toMatchObject({count: '1', pages: '2'})
    expect(detail(findings, 'link-contents')?.params).toMatchObject({count: '1', pages: '2'})
    expect(detail(findings, 'tabs')?.params).toMatchObject({count: '1', pages: '2'})
  })

  it('should want alternative text on every figure', async () => {
    const findings = await broken((pdf) => ofType(pdf, 'P')[0]!.element.set(PDFName.of('S'), PDFName.of('Figure')))
    expect(detail(findings, 'figure-alt')?.params.count).toBe('1')
  })

  it('should name fonts that are not embedded', async () => {
    const findings = await broken((pdf) => {
      const fonts = pdf.getPage(0).node.Resources()!.lookup(PDFName.of('Font')) as PDFDict
      const font = fonts.lookup(fonts.keys()[0]!) as PDFDict
      const descendant = (font.lookup(PDFName.of('DescendantFonts')) as PDFArray | undefined)?.lookup(0) as PDFDict | undefined
      const descriptor = (descendant ?? font).lookup(PDFName.of('FontDescriptor')) as PDFDict
      for (const key of ['FontFile', 'FontFile2', 'FontFile3']) descriptor.delete(PDFName.of(key))
    })
    expect(findings.find((finding) => finding.rule === 'pdfua-fonts')?.params).toMatchObject({count: '1', pages: expect.stringMatching(/^1(,|$)/)})
  })

  it('should want MarkInfo, the title shown, and dc:title; without pdfuaid it is not declared', async () => {
    const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
    pdf.catalog.delete(PDFName.of('MarkInfo'))
    pdf.catalog.delete(PDFName.of('ViewerPreferences'))
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF></x:xmpmeta>'
    pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(pdf.context.stream(xmp, {Type: 'Metadata', Subtype: 'XML'})))
    const report = await checkPdfUa(await pdf.save())
    const findings = [...report.findings]
    expect(detail(findings, 'mark-info')).toBeDefined()
    expect(detail(findings, 'display-title')).toBeDefined()
    expect(detail(findings, 'xmp-title')).toBeDefined()
    expect(report.declared).toBe(false)
  })

  it('should fail from the command line on a broken PDF, one line per rule, and refuse what is no PDF', async () => {
    const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
    pdf.catalog.delete(PDFName.of('Lang'))
    await writeFile(path.join(project, 'broken.pdf'), await pdf.save())
    const result = await run(project, 'check', '--pdf', 'broken.pdf')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('broken.pdf: the tag structure is wrong: the document language (/Lang) is missing')
    await writeFile(path.join(project, 'notes.pdf'), 'not a pdf')
    const refused = await run(project, 'check', '--pdf', 'notes.pdf')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('notes.pdf: this is not a readable PDF (no PDF header)')
    expect(refused.stderr).not.toMatch(/\n\s+at /)
  })
})

describe.skipIf(!browserPath)('images in the tag tree (skipped: no Chromium found)', () => {
  const images = path.resolve(import.meta.dirname, '../__fixtures__/images')

  /** Build the fixture with three images in its memo; the figures' alternative texts and stderr. */
  async function build(...flags: string[]): Promise<{alts: string[]; stderr: string; findings: Finding[]}> {
    const project = await makeProject()
    for (const name of ['kaart.png', 'rand.png', 'foto.png']) await cp(path.join(images, 'gradient.png'), meetingPath(project, '02-lobby', name))
    const memo = meetingPath(project, '02-lobby', 'memo.md')
    await writeFile(memo, `${await readFile(memo, 'utf8')}\n\n![Kaart van de regio](kaart.png)\n\n![""](rand.png)\n\n![](foto.png)\n`)
    const result = await run(project, 'build', '--no-cache', ...flags)
    expect(result.code, result.stderr).toBe(0)
    const bytes = new Uint8Array(await readFile(path.join(project, 'dist', fixtureMeeting, 'bundel.pdf')))
    const pdf = await PDFDocument.load(bytes)
    const alts = ofType(pdf, 'Figure').map(({element}) => (element.lookup(PDFName.of('Alt')) as PDFString | undefined)?.decodeText() ?? '')
    return {alts, stderr: result.stderr, findings: [...(await checkPdfUa(bytes)).findings]}
  }

  it('should tag a described image as a Figure, and make decoration and an undescribed image artifacts, with a warning for the latter only', async () => {
    const {alts, stderr, findings} = await build()
    expect(alts).toEqual(['Kaart van de regio'])
    expect(findings.filter((finding) => finding.rule !== 'pdfua-fonts')).toEqual([])
    expect(stderr).toContain('image `foto.png` has no description (alt text)')
    expect(stderr).not.toContain('rand.png')
  }, 60_000)

  it('should describe an undescribed image by its file name with --allow-missing-alt', async () => {
    const {alts, stderr} = await build('--allow-missing-alt')
    expect(alts).toEqual(['Kaart van de regio', 'foto.png'])
    expect(stderr).toContain('image `foto.png` has no description (alt text)')
  }, 60_000)
})

describe.skipIf(!browserPath)('an untagged appendix that marks artifacts (skipped: no Chromium found)', () => {
  it('should tag its content around its artifacts, never an artifact inside the tagged page', async () => {
    const appendix = await PDFDocument.create()
    const font = await appendix.embedFont(StandardFonts.Helvetica)
    for (let n = 1; n <= 2; n++) {
      const page = appendix.addPage([595.28, 841.89])
      // A running header marked as an artifact by its producer, in a file without a tag tree.
      page.pushOperators(beginMarkedContent('Artifact'))
      page.drawText(`Gemeente Testland · kop ${n}`, {x: 72, y: 800, size: 9, font})
      page.pushOperators(endMarkedContent())
      page.drawText(`De tekst van pagina ${n}.`, {x: 72, y: 700, size: 12, font})
    }
    const project = await makeProject()
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'), await appendix.save())
    const result = await run(project, 'build', '--no-cache')
    expect(result.code, result.stderr).toBe(0)
    const bytes = new Uint8Array(await readFile(path.join(project, 'dist', fixtureMeeting, 'bundel.pdf')))
    const report = await checkPdfUa(bytes)
    expect(report.findings.filter((finding) => finding.rule !== 'pdfua-fonts')).toEqual([])
    expect(report.counts.untagged).toBe(0)
  }, 60_000)
})
