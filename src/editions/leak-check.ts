/**
 * The leak check (#10), always run for the public edition, after its files are made and before
 * any is written: no distinctive text of a closed document may be in any of them.
 *
 * Distinctive is what only the closed documents say: every run of six words, every number of
 * five digits or more (a BSN, an amount, a case number) and, where a neutral title hides the
 * real one, that real title — each unless it also occurs in an open part of the meeting (what
 * is open may be shown, wherever it is also written). The public files are read as a reader
 * would: the page's text and attributes, every string of bundel.json, the PDF's text, outline,
 * metadata and annotations (pdf.js), and every file name; a copied PDF is compared by its hash.
 * A hit is an error on the closed document's file that names the public file, and the build
 * writes nothing. The message never repeats the closed text itself: CI logs may be public.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import type {NumberedMeeting} from '../number/number.js'
import type {OutputFile} from '../write/write.js'
import {pdfText} from './pdf-text.js'
import {closedDocumentTitle, publicTitleOf} from './openbaar.js'

/** How many words make a distinctive run. */
const shingle = 6

/** A closed document as the check knows it: where to report, and what it says. */
interface ClosedSource {
  readonly file: VFile
  /** "2.1 Memo" */
  readonly label: string
  readonly texts: string[]
  /** Real titles hidden behind a neutral one: distinctive however short. */
  readonly titles: string[]
  /** sha256 of its bytes, for a PDF. */
  readonly hash?: string | undefined
  readonly pdf?: Uint8Array | undefined
}

/** Lower case words, the same way for source and output (NFKC folds ligatures and wide forms). */
export function words(text: string): string[] {
  return text.normalize('NFKC').replace(/\u00ad/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Numbers of five digits or more, with their separators (`1.250.000`, `123,456`) removed. */
export function longNumbers(text: string): string[] {
  return (text.normalize('NFKC').match(/\d[\d.,]*\d/g) ?? []).map((number) => number.replace(/[.,]/g, '')).filter((digits) => digits.length >= 5)
}

function shingles(list: readonly string[], size = shingle): string[] {
  const out: string[] = []
  for (let index = 0; index + size <= list.length; index++) out.push(list.slice(index, index + size).join(' '))
  return out
}

/** Every string inside a value (front-matter models are nested: consequences, contact, procedure). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const entry of value) strings(entry, out)
  else if (value && typeof value === 'object') for (const entry of Object.values(value)) strings(entry, out)
  return out
}

/** What the full meeting says, split into closed documents and the open rest. */
async function sources(full: NumberedMeeting): Promise<{closed: ClosedSource[]; open: string[]}> {
  const {meeting} = full
  const open: string[] = [meeting.id, ...strings(meeting.info), meeting.intro.markdown, full.title, full.longDate, closedDocumentTitle]
  const closed: ClosedSource[] = []
  for (const item of full.items) {
    const info = item.item.info
    const secretSubject = item.closed?.publicTitle !== undefined
    if (secretSubject) {
      const {publicTitle, ground, ...rest} = info
      open.push(publicTitle ?? '', ground ?? '')
      closed.push({file: item.item.notes.file, label: `${item.number} ${info.title}`, texts: [...strings(rest), item.item.notes.markdown], titles: [info.title]})
    } else {
      open.push(...strings(info), item.item.notes.markdown)
    }
    for (const document of item.documents) {
      const texts: string[] = []
      let file: VFile = item.item.notes.file
      let pdf: Uint8Array | undefined
      if (document.kind === 'memo') {
        texts.push(...strings(document.memo.info), document.memo.body.markdown)
        file = document.memo.body.file
      } else if (document.kind === 'appendix') {
        const appendix = document.appendix
        if (appendix.kind === 'md') {
          texts.push(...strings(appendix.info), appendix.body.markdown)
          file = appendix.body.file
        } else {
          pdf = appendix.bytes
          file = appendix.file
          texts.push(appendix.fileName)
        }
      }
      if (!document.closed) {
        if (pdf) texts.push(...(await pdfText(pdf)).parts)
        open.push(document.title, ...texts)
        continue
      }
      const shownTitle = publicTitleOf(document, item)
      const hidden = shownTitle !== document.title
      open.push(shownTitle)
      open.push(document.closed.publicTitle ?? '', document.closed.ground ?? '')
      if (pdf) texts.push(...(await pdfText(pdf)).parts)
      closed.push({
        file,
        label: `${document.label} ${shownTitle}`,
        texts,
        titles: hidden ? [document.title] : [],
        hash: pdf ? createHash('sha256').update(pdf).digest('hex') : undefined,
        pdf
      })
    }
  }
  return {closed, open}
}

/** A public file's text, as a reader gets it out. */
async function readable(file: OutputFile): Promise<string[]> {
  const name = file.path.replace(/[/_.-]+/g, ' ')
  const data = file.data
  if (file.path.endsWith('.pdf')) return [name, ...(typeof data === 'string' ? [data] : (await pdfText(data)).parts)]
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data)
  if (file.path.endsWith('.json')) {
    try {
      return [name, ...strings(JSON.parse(text))]
    } catch {
      return [name, text]
    }
  }
  if (file.path.endsWith('.html')) return [name, ...htmlText(text)]
  return [name, text]
}

/** The page's text (tags out, entities decoded) and, apart, every attribute value. */
function htmlText(html: string): string[] {
  const attributes = [...html.matchAll(/\s[\w:-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => decodeEntities(match[1] ?? match[2] ?? ''))
  const text = decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
  return [text, ...attributes]
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad'}
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return named[entity.toLowerCase()] ?? whole
  })
}

/**
 * Check the public edition's files against the full meeting; reports on the closed documents'
 * files and returns how many leaks were found.
 */
export async function checkLeaks(full: NumberedMeeting | readonly NumberedMeeting[], files: readonly OutputFile[], shown: (path: string) => string = (path) => path, alsoOpen: readonly string[] = []): Promise<number> {
  // Several meetings at once (a site's own files): what any of them shows openly is open.
  const closed: ClosedSource[] = []
  const open: string[] = []
  for (const meeting of Array.isArray(full) ? full : [full as NumberedMeeting]) {
    const found = await sources(meeting)
    closed.push(...found.closed)
    open.push(...found.open)
  }
  // What else is public by its author's choice (the site's own introduction, #11).
  open.push(...alsoOpen)
  if (closed.length === 0) return 0
  const openShingles = new Set<string>()
  const openNumbers = new Set<string>()
  const openPhrases = new Set<string>()
  for (const text of open) {
    const list = words(text)
    for (const run of shingles(list)) openShingles.add(run)
    for (const number of longNumbers(text)) openNumbers.add(number)
    openPhrases.add(list.join(' '))
  }
  // What only the closed documents say, and who says it.
  const distinctive = new Map<string, ClosedSource>()
  const phrases: Array<{phrase: string; source: ClosedSource}> = []
  for (const source of closed) {
    for (const text of source.texts) {
      for (const run of shingles(words(text))) if (!openShingles.has(run) && !distinctive.has(run)) distinctive.set(run, source)
      for (const number of longNumbers(text)) if (!openNumbers.has(number) && !distinctive.has(`#${number}`)) distinctive.set(`#${number}`, source)
    }
    for (const title of source.titles) {
      const phrase = words(title).join(' ')
      // One word is too common to judge by ("Ontslag"); two or more are a title.
      if (phrase.includes(' ') && ![...openPhrases].some((text) => ` ${text} `.includes(` ${phrase} `))) phrases.push({phrase, source})
    }
  }
  const hashes = new Map(closed.filter((source) => source.hash).map((source) => [source.hash!, source]))
  const found = new Set<string>()
  const hit = (source: ClosedSource, file: OutputFile, what: 'text' | 'number' | 'title' | 'file') => {
    const key = `${source.label}\0${file.path}`
    if (found.has(key)) return
    found.add(key)
    report(source.file, 'edition-leak', {params: {label: source.label, path: shown(file.path), detail: what}})
  }
  for (const file of files) {
    if (typeof file.data !== 'string') {
      const source = hashes.get(createHash('sha256').update(file.data).digest('hex'))
      if (source) hit(source, file, 'file')
    }
    for (const text of await readable(file)) {
      const list = words(text)
      for (const run of shingles(list)) {
        const source = distinctive.get(run)
        if (source) hit(source, file, 'text')
      }
      for (const number of longNumbers(text)) {
        const source = distinctive.get(`#${number}`)
        if (source) hit(source, file, 'number')
      }
      if (phrases.length > 0) {
        const joined = ` ${list.join(' ')} `
        for (const {phrase, source} of phrases) if (joined.includes(` ${phrase} `)) hit(source, file, 'title')
      }
    }
  }
  return found.size
}
