/**
 * Stage 5b without a browser: the bundle as Chromium prints it (made with pdf-lib, see
 * test-util/printed-pdf.ts) merged with appendix PDFs of every awkward shape — turned 90/180/270,
 * cropped off the origin, landscape, one content stream or an array — and read back with pdf.js,
 * as a reader sees it. The expected pages are worked out by hand from the plan in the comments.
 */
import {ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, type PDFNumber} from 'pdf-lib'
import {beforeAll, describe, expect, it} from 'vitest'
import type {NumberedMeeting} from '../../number/number.js'
import {appendixBox, appendixMarks, appendixPdf, displaySize, displayToUser, memoMarkdown as memo, numberedMeeting, printBundle, type AppendixOptions, type Printed} from '../../test-util/printed-pdf.js'
import {readLayout, textUnder, words, type LaidOutPage} from '../../test-util/pdf-layout.js'
import {readPdf, type ReadPdf} from '../../test-util/read-pdf.js'
import {readDestinations} from '../destinations.js'
import {planLayout, type Layout} from '../layout.js'
import {merge} from './merge.js'
import {softenPrint} from './soft-hyphens.js'

interface Appendix {
  readonly file: string
  readonly label: string
  readonly options: AppendixOptions
  /** Final 1-based page of its first page (worked out below). */
  readonly first: number
  readonly section: string
}

/**
 * Printed (0-based): cover 0, contents 1–2, agenda 3–4, item 1 on 5, item 2 with its memo on 6
 * (the markers of 2.2 and 2.3 too), 2.4 on 7, item 3 with its minutes on 8–9 (markers of
 * 3.2–3.4 on 9): 10 own pages. 2.2 and 2.3 go before own page 7, 3.2–3.4 after the last one.
 */
const appendices: readonly Appendix[] = [
  // A named link to its page 3, named like a destination of the bundle: it must not lead there.
  {file: '02-lobby/bijlagen/01-brief.pdf', label: 'Brief', options: {pages: 3, link: {name: 'agenda', tree: 'dests'}}, first: 8, section: '2.2 Brief van de minister'},
  {file: '02-lobby/bijlagen/02-kaart.pdf', label: 'Kaart', options: {pages: 2, landscape: true, cropBox: [40, 30, 760, 540], contents: 'array'}, first: 11, section: '2.3 Kaart'},
  {file: '03-verslag/bijlagen/02-scan.pdf', label: 'Scan', options: {pages: 3, rotate: 90, cropBox: [30, 40, 520, 760], link: {name: 'p3', tree: 'names'}}, first: 16, section: '3.2 Scan'},
  {file: '03-verslag/bijlagen/03-tekening.pdf', label: 'Tekening', options: {pages: 2, rotate: 180, cropBox: [20, 30, 540, 780], contents: 'array'}, first: 19, section: '3.3 Tekening'},
  {file: '03-verslag/bijlagen/04-plattegrond.pdf', label: 'Plattegrond', options: {pages: 1, rotate: 270, landscape: true, cropBox: [25, 35, 800, 540]}, first: 21, section: '3.4 Plattegrond'}
]
const total = 10 + 3 + 2 + 3 + 2 + 1
const title = 'Algemeen Bestuur 19 maart 2025'
/** The footer band of a shrunk appendix page (footer.ts), and the footer's baseline and size. */
const band = 46
const footerBaseline = 24
const footerSize = 7.5

async function meeting(): Promise<NumberedMeeting> {
  const files: Record<string, string | Uint8Array> = {
    '01-opening/agendapunt.md': '---\ntitel: Opening en mededelingen\n---\n',
    '02-lobby/agendapunt.md': '---\ntitel: Lobby\nbijlagen:\n  - bestand: 01-brief.pdf\n    titel: Brief van de minister\n---\n',
    '02-lobby/memo.md': memo,
    '02-lobby/bijlagen/03-notitie.md': '---\ntitel: Notitie\n---\nTekst.\n',
    '03-verslag/agendapunt.md': '---\ntitel: Verslag\n---\n',
    '03-verslag/bijlagen/01-verslag.md': '---\ntitel: Verslag vorige vergadering\n---\nTekst.\n'
  }
  for (const appendix of appendices) files[appendix.file] = await appendixPdf({...appendix.options, label: appendix.label})
  return numberedMeeting(files)
}

/** Where a point drawn at (x, y) as displayed lands once the page is shrunk above the band. */
function shrunk(appendix: Appendix): (x: number, y: number) => [number, number] {
  const [width, height] = displaySize(appendixBox(appendix.options), appendix.options.rotate ?? 0)
  const scale = (height - band) / height
  return (x, y) => [x * scale + (width * (1 - scale)) / 2, y * scale + band]
}

const footerOf = (page: LaidOutPage, number: number) => page.items.find((item) => item.text.endsWith(`pagina ${number} van ${total}`))

/** "Kaart (array, /Rotate 0, crop box)" */
const shape = (appendix: Appendix) => `${appendix.label} (${appendix.options.contents ?? 'stream'}, /Rotate ${appendix.options.rotate ?? 0}${appendix.options.cropBox ? ', crop box' : ''})`

/** The rectangle [x1, y1, x2, y2] spanned by two corners. */
const bounds = ([x1, y1]: readonly [number, number], [x2, y2]: readonly [number, number]) => [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)]

describe('merge', () => {
  let numbered: NumberedMeeting
  let layout: Layout
  let printed: Printed
  let printedDestinations: Map<string, number>
  let print: LaidOutPage[]
  let bytes: Uint8Array
  let pages: LaidOutPage[]
  let read: ReadPdf

  beforeAll(async () => {
    numbered = await meeting()
    printed = await printBundle(numbered, {pages: {agenda: 2, 'document-3-1': 2}, tocEntriesPerPage: 7, wrap: ['document-3-1'], softHyphen: 'Tech\u00ADnologie'})
    print = await readLayout(printed.bytes)
    const pdf = await PDFDocument.load(printed.bytes, {parseSpeed: ParseSpeeds.Fastest, updateMetadata: false})
    // As make-pdf.ts prepares every print before it is joined and merged.
    softenPrint(pdf)
    printedDestinations = readDestinations(pdf)
    layout = planLayout(numbered, printedDestinations, pdf.getPageCount())
    bytes = await merge(pdf, numbered, layout, {title: `Bundel ${title}`, author: 'Regio Testland', subject: 'Vergaderbundel', creator: 'bundel test', date: new Date('2025-03-19T00:00:00Z')})
    pages = await readLayout(bytes)
    read = await readPdf(bytes)
  })

  it("reads on which printed page each part starts from Chromium's named destinations", () => {
    expect(printed.ownPages).toBe(10)
    expect(Object.fromEntries(printedDestinations)).toEqual(Object.fromEntries(printed.destinations))
    expect(printedDestinations.get('document-2-4')).toBe(7)
  })

  it('holds the printed pages and every appendix page', () => {
    expect(pages).toHaveLength(total)
    expect(layout.total).toBe(total)
    expect(layout.insertions.map((insertion) => insertion.start + 1)).toEqual(appendices.map((appendix) => appendix.first))
  })

  it('puts the appendix pages at their planned place, in order, between the printed parts', () => {
    // The first text drawn on each page: a part's heading, or an appendix's "<label> pagina N".
    expect(pages.map((page) => page.items[0]?.text)).toEqual([
      'Vergaderbundel',
      'Inhoud',
      '3 Verslag',
      'Agenda',
      'Agenda (blad 2)',
      'Agendapunt 1 Opening en mededelingen',
      'Agendapunt 2 Lobby',
      'Brief pagina 1',
      'Brief pagina 2',
      'Brief pagina 3',
      'Kaart pagina 1',
      'Kaart pagina 2',
      '2.4 Notitie',
      'Agendapunt 3 Verslag',
      '3.1 Verslag vorige vergadering (blad 2)',
      'Scan pagina 1',
      'Scan pagina 2',
      'Scan pagina 3',
      'Tekening pagina 1',
      'Tekening pagina 2',
      'Plattegrond pagina 1'
    ])
  })

  it('stamps the footer on every page: meeting, section, page of total', () => {
    const sections = ['', 'Inhoud', 'Inhoud', 'Agenda', 'Agenda', '1 Opening en mededelingen', '2.1 Memo', ...Array(3).fill('2.2 Brief van de minister'), '2.3 Kaart', '2.3 Kaart', '2.4 Notitie']
    sections.push('3.1 Verslag vorige vergadering', '3.1 Verslag vorige vergadering', '3.2 Scan', '3.2 Scan', '3.2 Scan', '3.3 Tekening', '3.3 Tekening', '3.4 Plattegrond')
    // bottomText: the upright text in the bottom 42 pt as displayed, so only the footer.
    expect(read.bottomText).toEqual(sections.map((section, index) => [title, section, `pagina ${index + 1} van ${total}`].filter(Boolean).join(' · ')))
  })

  it('sets the footer at the visible bottom at its own size, whatever the rotation or crop box', () => {
    for (const [index, page] of pages.entries()) {
      const footer = footerOf(page, index + 1)
      expect(footer, `page ${index + 1}`).toBeDefined()
      expect(footer!.displayY, `page ${index + 1}`).toBeCloseTo(footerBaseline, 1)
      expect(footer!.displayX, `page ${index + 1}`).toBeCloseTo(Math.min(56, page.width * 0.09), 1)
      expect(footer!.size, `page ${index + 1}`).toBeCloseTo(footerSize, 2)
    }
    // The turned and cropped pages are shown at their visible size.
    expect(pages.map((page) => [Math.round(page.width), Math.round(page.height)]).slice(10)).toEqual([
      [760, 540],
      [760, 540],
      [595, 842],
      [595, 842],
      [595, 842],
      [760, 520],
      [760, 520],
      [760, 520],
      [540, 780],
      [540, 780],
      [540, 800]
    ])
  })

  describe.each(appendices.map((appendix) => [shape(appendix), appendix] as const))('appendix %s', (_shape, appendix) => {
    it('is shrunk towards the top, so its lowest line clears the footer band', () => {
      const {title: top, bottom} = appendixMarks
      const move = shrunk(appendix)
      for (let offset = 0; offset < (appendix.options.pages ?? 3); offset++) {
        const page = pages[appendix.first - 1 + offset]!
        const [width, height] = displaySize(appendixBox(appendix.options), appendix.options.rotate ?? 0)
        const scale = (height - band) / height
        for (const [text, x, y, size] of [
          [`${appendix.label} pagina ${offset + 1}`, top.x, height - top.fromTop, top.size],
          [`${appendix.label} onderkant ${offset + 1}`, bottom.x, bottom.y, bottom.size]
        ] as const) {
          const item = page.items.find((candidate) => candidate.text === text)
          expect(item, text).toBeDefined()
          const [wantX, wantY] = move(x, y)
          expect([item!.displayX, item!.displayY, item!.size], text).toEqual([expect.closeTo(wantX, 1), expect.closeTo(wantY, 1), expect.closeTo(size * scale, 2)])
        }
        // Nothing of the appendix in the band, nothing outside the visible page.
        for (const item of page.items.filter((candidate) => !candidate.text.includes(' van '))) {
          expect(item.displayY, item.text).toBeGreaterThanOrEqual(band)
          expect(item.displayY, item.text).toBeLessThanOrEqual(height)
          expect(item.displayX, item.text).toBeGreaterThanOrEqual(0)
          expect(item.displayX + item.width, item.text).toBeLessThanOrEqual(width)
        }
      }
    })
  })

  it('leaves the printed pages at their size', () => {
    // Printed page 6 is merged page 7: the heading of item 2 stays where Chromium put it.
    const heading = (page: LaidOutPage) => page.items.find((item) => item.text === 'Agendapunt 2 Lobby')
    expect(heading(pages[6]!)).toMatchObject({displayX: heading(print[6]!)!.displayX, displayY: heading(print[6]!)!.displayY, size: 16})
  })

  it('keeps a named link inside an appendix on its own page 3, its rectangle moved with the text', () => {
    // "agenda" is also the bundle's name for page 4: the appendix means its own page 3, page 10.
    for (const appendix of appendices.filter((candidate) => candidate.options.link)) {
      const page = pages[appendix.first - 1]!
      expect(page.annotations.map((annotation) => [annotation.subtype, annotation.target])).toEqual([['Link', appendix.first + 2]])
      // The rectangle appendixPdf drew (4 pt below the baseline, 16 high), shrunk as the page was.
      const {link} = appendixMarks
      const [, height] = displaySize(appendixBox(appendix.options), appendix.options.rotate ?? 0)
      const toUser = displayToUser(appendixBox(appendix.options), appendix.options.rotate ?? 0)
      const move = shrunk(appendix)
      const want = bounds(toUser(...move(link.x, height - link.fromTop - 4)), toUser(...move(link.x + link.width, height - link.fromTop - 4 + link.height)))
      expect(page.annotations[0]!.rect, shape(appendix)).toEqual(want.map((value) => expect.closeTo(value, 1)))
    }
    expect(textUnder(pages[7]!, pages[7]!.annotations[0]!.rect)).toBe('Naar pagina 3')
  })

  it('stamps each table-of-contents entry with the final first page of its part, on both pages', () => {
    // One link per line; 3.1 wraps, and its number goes on its first line.
    const entries = (page: LaidOutPage) => page.annotations.map((annotation) => textUnder(page, annotation.rect))
    expect(entries(pages[1]!)).toEqual(['Agenda 4', '1 Opening en mededelingen 6', '2 Lobby 7', '2.1 Memo 7', '2.2 Brief van de minister 8', '2.3 Kaart 11', '2.4 Notitie 13'])
    expect(entries(pages[2]!)).toEqual(['3 Verslag 14', '3.1 Verslag 14', 'vorige vergadering', '3.2 Scan 16', '3.3 Tekening 19', '3.4 Plattegrond 21'])
    // And each link leads to the page its number says.
    const targets = (page: LaidOutPage) => page.annotations.map((annotation) => annotation.target)
    expect([...targets(pages[1]!), ...targets(pages[2]!)]).toEqual([4, 6, 7, 7, 8, 11, 13, 14, 14, 14, 16, 19, 21])
  })

  it('takes the numbers from the plan: the number beside each link is its anchor page', async () => {
    const merged = await PDFDocument.load(bytes)
    const numbers = new Map<string, number>()
    for (const index of [1, 2]) {
      const annots = merged.getPage(index).node.Annots()!
      for (let i = 0; i < annots.size(); i++) {
        const annot = annots.lookup(i, PDFDict)
        const anchor = (annot.get(PDFName.of('Dest')) as PDFName).decodeText()
        const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((value) => (value as PDFNumber).asNumber())
        const number = /(\d+)$/.exec(textUnder(pages[index]!, rect))?.[1]
        if (number) numbers.set(anchor, Number(number))
      }
    }
    expect(Object.fromEntries(numbers)).toEqual(Object.fromEntries([...layout.pages].filter(([anchor]) => anchor !== 'inhoud')))
  })

  it('stamps no numbers on the agenda, whose links lead to the items too', () => {
    const agenda = pages[3]!
    expect(agenda.annotations.map((annotation) => textUnder(agenda, annotation.rect))).toEqual(['1 Opening en mededelingen', '2 Lobby', '3 Verslag'])
  })

  it("points every part's named destination at its final first page, an appendix's at its first page", async () => {
    const destinations = readDestinations(await PDFDocument.load(bytes))
    expect(Object.fromEntries(destinations)).toEqual(Object.fromEntries([...layout.pages].map(([anchor, page]) => [anchor, page - 1])))
    // The markers lay on the page before each appendix; now the appendices' first pages.
    expect(appendices.map((_, index) => destinations.get(layout.insertions[index]!.anchor)! + 1)).toEqual(appendices.map((appendix) => appendix.first))
  })

  it('writes a bookmark per item and per document, leading to its first page', () => {
    const entry = (title: string, page: number, children: unknown[] = []) => ({title, page, children})
    expect(read.outline).toEqual([
      entry('Inhoud', 2),
      entry('Agenda', 4),
      entry('1 Opening en mededelingen', 6),
      entry('2 Lobby', 7, [entry('2.1 Memo', 7), entry('2.2 Brief van de minister', 8), entry('2.3 Kaart', 11), entry('2.4 Notitie', 13)]),
      entry('3 Verslag', 14, [entry('3.1 Verslag vorige vergadering', 14), entry('3.2 Scan', 16), entry('3.3 Tekening', 19), entry('3.4 Plattegrond', 21)])
    ])
  })

  it('heads the second page of the agenda, and no other, "Agenda (vervolg)"', () => {
    const headed = pages.flatMap((page, index) => (page.items.some((item) => item.text === 'Agenda (vervolg)') ? [index + 1] : []))
    expect(headed).toEqual([5])
  })

  it('takes the soft hyphens Chromium did not break at out of the printed text', () => {
    // Printed page 6 (the memo) has "Tech" + the marked space + "nologie"; merged it is page 7.
    expect(words(print[6]!)).not.toContain('Technologie')
    expect(words(pages[6]!)).toContain('Technologie')
  })

  it('writes the metadata', () => {
    expect(read.info).toMatchObject({Title: `Bundel ${title}`, Author: 'Regio Testland', Subject: 'Vergaderbundel', Creator: 'bundel test', CreationDate: 'D:20250319000000Z'})
    expect(read.language).toBe('nl')
  })
})
