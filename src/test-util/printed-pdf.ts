/**
 * Inputs of stage 5 without a browser: a numbered meeting made by the real load → validate →
 * number stages, the bundle as Chromium prints it, and appendix PDFs of the shapes found in
 * the wild (turned, cropped, landscape, several content streams, named links).
 *
 * The print is made the way Chromium writes it, because that is what src/pdf/ reads: one content
 * stream per page, text in an embedded font, a catalog `/Dests` with a destination per anchor
 * an `<a href>` points to, and on the table of contents a link annotation per entry whose
 * `/Dest` is the anchor's name and whose rectangle is the entry's line.
 */
import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import {PDFDocument, PDFHexString, PDFName, PDFString, degrees, type PDFFont, type PDFPage, type PDFRef} from 'pdf-lib'
import {fontFolder} from '../fonts.js'
import {load} from '../load/load.js'
import {validate} from '../validate/validate.js'
import {number, type NumberedMeeting} from '../number/number.js'
import {fixtureMeeting} from './fixture.js'

const a4: [number, number] = [595.28, 841.89]
/** Text column of the print (templates/bundel.css: @page margins 20 mm). */
const left = 56.69
const right = a4[0] - left
/** Table-of-contents font size and line height (bundel.css: 10.5pt, line-height 1.5). */
const tocSize = 10.5
const tocLine = tocSize * 1.5
/** Chromium's baseline below the top of a line box of DejaVu Sans at line-height 1.5 (see toc-numbers.ts). */
const tocBaseline = tocSize * 1.071

async function embedDejaVu(pdf: PDFDocument, customName: string): Promise<PDFFont> {
  pdf.registerFontkit(fontkit)
  return pdf.embedFont(await readFile(path.join(fontFolder(), 'DejaVuSans.ttf')), {subset: true, customName})
}

// ---------------------------------------------------------------------------------------------
// The numbered meeting

/** A valid memo.md with a one-line Toelichting, for meetings made in tests. */
export const memoMarkdown = `---
portefeuillehouder: B. Bestuurder
voorstel: Kennisnemen van de lobbyagenda
consequenties:
  financieel: geen
  personeel: n.v.t.
---
De toelichting.
`

/**
 * Write a meeting folder (`files`: path inside the meeting folder → contents) to a temporary
 * content folder and run the real first stages on it. `vergadering.md` is the minimal fixture's
 * unless given. Throws with the messages when the meeting does not validate.
 */
export async function numberedMeeting(files: Readonly<Record<string, string | Uint8Array>>): Promise<NumberedMeeting> {
  const project = await mkdtemp(path.join(tmpdir(), 'bundel-printed-'))
  const content = path.join(project, 'content')
  const meeting = path.join(content, fixtureMeeting)
  const fixture = path.join(import.meta.dirname, '..', '__fixtures__', 'minimal', fixtureMeeting, 'vergadering.md')
  const all = {'vergadering.md': await readFile(fixture, 'utf8'), ...files}
  for (const [name, value] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(meeting, name)), {recursive: true})
    await writeFile(path.join(meeting, name), value)
  }
  const [raw] = await load({cwd: project, content})
  const validated = raw ? await validate(raw) : undefined
  if (!raw || !validated) throw new Error(`The test meeting does not validate:\n${raw?.files.flatMap((file) => file.messages.map(String)).join('\n')}`)
  return number(validated)
}

// ---------------------------------------------------------------------------------------------
// The print

/** What Chromium prints, and what the test needs to know of it. */
export interface Printed {
  readonly bytes: Uint8Array
  readonly ownPages: number
  /** Anchor → 0-based page of its destination, as written into `/Dests`. */
  readonly destinations: ReadonlyMap<string, number>
}

/** How long the printed parts are. */
export interface PrintOptions {
  /** Pages per own part by anchor (`agenda`, `document-2-1`, an item without documents): default 1. */
  readonly pages?: Readonly<Record<string, number>>
  /** Table-of-contents entries per page: more entries run on to the next page (default: all on one). */
  readonly tocEntriesPerPage?: number
  /** Anchors whose table-of-contents entry wraps onto a second line (two link rectangles). */
  readonly wrap?: readonly string[]
  /** A line of the memo with a soft hyphen Chromium did not break at (written as Chromium does). */
  readonly softHyphen?: string
}

interface Line {
  readonly text: string
  readonly size?: number
  /** A link over the line to this anchor. */
  readonly link?: string
  /** Top of the line box; lines without one are set one under the other. */
  readonly top?: number
}

interface PlannedPage {
  readonly lines: Line[]
  readonly anchors: string[]
}

/**
 * Print `numbered` as Chromium does with bundel.css: cover, contents, agenda, then every item on a
 * new page, its first document on the heading's page, every further document on a new page. A PDF
 * appendix is an empty marker: its destination lies on the last page of what precedes it.
 */
export async function printBundle(numbered: NumberedMeeting, options: PrintOptions = {}): Promise<Printed> {
  const count = (anchor: string) => options.pages?.[anchor] ?? 1
  const planned: PlannedPage[] = []
  const newPage = () => {
    const page: PlannedPage = {lines: [], anchors: []}
    planned.push(page)
    return page
  }
  const part = (anchor: string, heading: string, pages: number, onCurrentPage = false) => {
    const first = onCurrentPage ? planned.at(-1)! : newPage()
    first.anchors.push(anchor)
    first.lines.push({text: heading, size: 16})
    for (let page = 2; page <= pages; page++) newPage().lines.push({text: `${heading} (blad ${page})`})
  }
  newPage().lines.push({text: 'Vergaderbundel', size: 24}, {text: numbered.meeting.info.body, size: 24})
  // The contents: Agenda, then every item with its documents.
  const entries: Array<{anchor: string; text: string}> = [{anchor: 'agenda', text: 'Agenda'}]
  for (const item of numbered.items) {
    entries.push({anchor: item.anchor, text: `${item.number} ${item.item.info.title}`})
    for (const document of item.documents) entries.push({anchor: document.anchor, text: `${document.label} ${document.title}`})
  }
  const perPage = options.tocEntriesPerPage ?? entries.length
  for (let start = 0; start < entries.length; start += perPage) {
    const page = newPage()
    if (start === 0) {
      page.anchors.push('inhoud')
      page.lines.push({text: 'Inhoud', size: 16})
    }
    let top = 700
    for (const entry of entries.slice(start, start + perPage)) {
      const wraps = options.wrap?.includes(entry.anchor)
      const words = entry.text.split(' ')
      const cut = wraps ? Math.ceil(words.length / 2) : words.length
      page.lines.push({text: words.slice(0, cut).join(' '), link: entry.anchor, top})
      top -= tocLine
      if (wraps) {
        page.lines.push({text: words.slice(cut).join(' '), link: entry.anchor, top})
        top -= tocLine
      }
    }
  }
  // The agenda links to every item, as the HTML does: links that are not the contents'.
  part('agenda', 'Agenda', count('agenda'))
  const agendaPage = planned.at(-count('agenda'))!
  for (const item of numbered.items) agendaPage.lines.push({text: `${item.number} ${item.item.info.title}`, link: item.anchor})
  for (const item of numbered.items) {
    part(item.anchor, `Agendapunt ${item.number} ${item.item.info.title}`, item.documents.length > 0 ? 1 : count(item.anchor))
    item.documents.forEach((document, index) => {
      const isPdf = document.kind === 'appendix' && document.appendix.kind === 'pdf'
      if (isPdf) planned.at(-1)!.anchors.push(document.anchor)
      else part(document.anchor, `${document.label} ${document.title}`, count(document.anchor), index === 0)
      if (document.kind === 'memo' && options.softHyphen) planned.at(-1)!.lines.push({text: options.softHyphen})
    })
  }
  return {bytes: await writePrint(planned), ownPages: planned.length, destinations: new Map(planned.flatMap((page, index) => page.anchors.map((anchor) => [anchor, index] as const)))}
}

async function writePrint(planned: readonly PlannedPage[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({updateMetadata: false})
  const font = await embedDejaVu(pdf, 'CHRMFT+DejaVuSans')
  const c = pdf.context
  const dests = c.obj({})
  for (const plan of planned) {
    const page = pdf.addPage(a4)
    const key = page.node.newFontDictionary(font.name, font.ref).toString()
    const operators: string[] = ['q']
    const annots: PDFRef[] = []
    let top = a4[1] - 70
    for (const line of plan.lines) {
      const size = line.link ? tocSize : (line.size ?? 10.5)
      const lineTop = line.top ?? top
      const baseline = lineTop - (line.link ? tocBaseline : size)
      operators.push(...showText(font, key, line.text, left, baseline, size))
      if (line.link) {
        annots.push(c.register(c.obj({Type: 'Annot', Subtype: 'Link', Rect: [left, lineTop - tocLine, right, lineTop], Border: [0, 0, 0], Dest: PDFName.of(line.link)})))
      }
      top = Math.min(top, lineTop) - size * 1.5
    }
    operators.push('Q')
    // One stream per page, compressed, as Chromium writes it.
    page.node.set(PDFName.of('Contents'), c.register(c.flateStream(operators.join('\n'))))
    if (annots.length > 0) page.node.set(PDFName.of('Annots'), c.obj(annots))
    for (const anchor of plan.anchors) dests.set(PDFName.of(anchor), c.obj([page.ref, PDFName.of('XYZ'), left, a4[1] - 60, 0]))
  }
  pdf.catalog.set(PDFName.of('Dests'), c.register(dests))
  return pdf.save({useObjectStreams: false})
}

/**
 * Operators that show `text` at a baseline. A soft hyphen is written as Chromium does where it
 * did not break the word: a space glyph in a span whose ActualText is U+00AD, then a new `Td`.
 */
function showText(font: PDFFont, key: string, text: string, x: number, y: number, size: number): string[] {
  const pieces = text.split('\u00AD')
  const out = ['BT', `${key} ${size} Tf`, `${x} ${y} Td`]
  pieces.forEach((piece, index) => {
    out.push(`${font.encodeText(piece).toString()} Tj`)
    if (index < pieces.length - 1) {
      out.push(`/Span <</ActualText <FEFF00AD>>> BDC ${font.encodeText(' ').toString()} Tj EMC`)
      out.push(`${font.widthOfTextAtSize(piece, size)} 0 Td`)
    }
  })
  out.push('ET')
  return out
}

// ---------------------------------------------------------------------------------------------
// Appendix PDFs

/** The shape of an appendix PDF. */
export interface AppendixOptions {
  /** Default 3. */
  readonly pages?: number
  /** Text on each page: "<label> pagina N", "<label> onderkant N" (default "Bijlage"). */
  readonly label?: string
  /** A4 portrait (default) or landscape, as the MediaBox. */
  readonly landscape?: boolean
  readonly rotate?: 0 | 90 | 180 | 270
  /** A CropBox [x, y, width, height] inside the MediaBox. */
  readonly cropBox?: readonly [number, number, number, number]
  /**
   * One content stream per page (default), or an array of three: the first opens a `q` and a text
   * object that the second closes (legal: the array is one logical stream), the third stands alone.
   */
  readonly contents?: 'stream' | 'array'
  /**
   * A link on page 1 to page 3 through a named destination: `/Dest /name` with the catalog's
   * `/Dests`, or a GoTo action with `(name)` from the `/Names` tree.
   */
  readonly link?: {readonly name: string; readonly tree: 'dests' | 'names'}
}

/**
 * Where appendixPdf draws, as displayed (from the bottom-left of the visible page, after
 * `/Rotate`), so tests can compute where the merge must have moved it.
 */
export const appendixMarks = {
  /** "<label> pagina N", its baseline `fromTop` below the visible top. */
  title: {x: 60, fromTop: 80, size: 14},
  /** "<label> onderkant N": content that reaches the visible bottom, where the footer goes. */
  bottom: {x: 60, y: 8, size: 10},
  /** "Naar pagina 3" on page 1, under the link's rectangle. */
  link: {x: 60, fromTop: 130, width: 200, height: 16, size: 12}
} as const

type Point = readonly [number, number]

/** Display → user space of a page with crop box `box` and `rotate` (clockwise, as readers turn it). */
export function displayToUser(box: readonly [number, number, number, number], rotate: 0 | 90 | 180 | 270): (x: number, y: number) => Point {
  const [bx, by, w, h] = box
  if (rotate === 90) return (x, y) => [bx + w - y, by + x]
  if (rotate === 180) return (x, y) => [bx + w - x, by + h - y]
  if (rotate === 270) return (x, y) => [bx + y, by + h - x]
  return (x, y) => [bx + x, by + y]
}

/** Visible width and height of such a page. */
export function displaySize(box: readonly [number, number, number, number], rotate: 0 | 90 | 180 | 270): [number, number] {
  return rotate === 90 || rotate === 270 ? [box[3], box[2]] : [box[2], box[3]]
}

/** The visible box of an appendix page in user space, [x, y, width, height]: its crop box, else its MediaBox. */
export function appendixBox(options: AppendixOptions): readonly [number, number, number, number] {
  return options.cropBox ?? (options.landscape ? [0, 0, a4[1], a4[0]] : [0, 0, a4[0], a4[1]])
}

/** An appendix PDF of the given shape; text upright as displayed, in an embedded font. */
export async function appendixPdf(options: AppendixOptions = {}): Promise<Uint8Array> {
  const pages = options.pages ?? 3
  const label = options.label ?? 'Bijlage'
  const rotate = options.rotate ?? 0
  if (options.link && pages < 3) throw new Error('A link to page 3 needs three pages')
  const pdf = await PDFDocument.create({updateMetadata: false})
  const font = await embedDejaVu(pdf, 'APNDXF+DejaVuSans')
  const c = pdf.context
  const size: [number, number] = options.landscape ? [a4[1], a4[0]] : a4
  const box = appendixBox(options)
  const toUser = displayToUser(box, rotate)
  const [, height] = displaySize(box, rotate)
  const made: PDFPage[] = []
  for (let index = 1; index <= pages; index++) {
    const page = pdf.addPage(size)
    if (options.cropBox) page.setCropBox(...options.cropBox)
    if (rotate) page.setRotation(degrees(rotate))
    const key = page.node.newFontDictionary(font.name, font.ref).toString()
    const text = (value: string, x: number, y: number, points: number) => {
      const [ox, oy] = toUser(x, y)
      const [ax, ay] = toUser(x + 1, y)
      const [bx, by] = toUser(x, y + 1)
      // The text matrix maps text space onto the displayed upright axes.
      return `BT ${key} ${points} Tf ${ax - ox} ${ay - oy} ${bx - ox} ${by - oy} ${ox} ${oy} Tm ${font.encodeText(value).toString()} Tj ET`
    }
    const {title, bottom, link} = appendixMarks
    // The title's text object is cut after its Tm, so a stream ends inside `q BT` as Word's may.
    const [opening, closing] = text(`${label} pagina ${index}`, title.x, height - title.fromTop, title.size).split(/(?<= Tm) /) as [string, string]
    const first = ['q', opening]
    const second = [closing, ...(index === 1 && options.link ? [text('Naar pagina 3', link.x, height - link.fromTop, link.size)] : []), 'Q']
    const third = ['q', text(`${label} onderkant ${index}`, bottom.x, bottom.y, bottom.size), 'Q']
    const streams = options.contents === 'array' ? [first, second, third] : [[...first, ...second, ...third]]
    const refs = streams.map((operators) => c.register(c.flateStream(operators.join('\n'))))
    page.node.set(PDFName.of('Contents'), refs.length === 1 ? refs[0]! : c.obj(refs))
    made.push(page)
  }
  if (options.link) {
    const {link} = appendixMarks
    const [x1, y1] = toUser(link.x, height - link.fromTop - 4)
    const [x2, y2] = toUser(link.x + link.width, height - link.fromTop - 4 + link.height)
    const rect = [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)]
    const target = c.obj([made[2]!.ref, PDFName.of('XYZ'), null, null, null])
    const name = options.link.name
    const annot =
      options.link.tree === 'dests'
        ? c.obj({Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], Dest: PDFName.of(name)})
        : c.obj({Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: {S: 'GoTo', D: PDFString.of(name)}})
    made[0]!.node.set(PDFName.of('Annots'), c.obj([c.register(annot)]))
    if (options.link.tree === 'dests') pdf.catalog.set(PDFName.of('Dests'), c.obj({[name]: target}))
    else pdf.catalog.set(PDFName.of('Names'), c.obj({Dests: c.obj({Names: [PDFHexString.fromText(name), target]})}))
  }
  pdf.setCreationDate(new Date(0))
  pdf.setModificationDate(new Date(0))
  return pdf.save({useObjectStreams: false})
}
