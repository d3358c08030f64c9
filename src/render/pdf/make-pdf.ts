/**
 * Stage 5, paginate/merge: the numbered meeting → `bundel.pdf`.
 *
 * Print the bundle once (Chromium), read on which page each part starts from the named
 * destinations, fill the table of contents with the final page numbers (own pages plus the
 * appendix pages merged before them) and print again only if those numbers changed. The numbers
 * sit in fixed-width slots, so filling them in never moves a page break. The page numbers of the
 * last build are the first guess, so an unchanged layout needs one print, or none when cached.
 */
import {ParseSpeeds, PDFDocument} from 'pdf-lib'
import type {VFile} from 'vfile'
import type {NumberedMeeting} from '../../number/number.js'
import type {BuildStats, Logger} from '../../options.js'
import {report} from '../../messages.js'
import {renderHtml} from '../html/render.js'
import {version} from '../../version.js'
import {merge} from '../../merge/merge.js'
import {buildDate} from '../../merge/metadata.js'
import {BrowserNotFoundError} from './browser.js'
import {readDestinations} from './destinations.js'
import {planLayout} from './layout.js'
import {RenderCache} from './cache.js'
import type {PrintSession} from './session.js'

/** What `makePdf` needs. */
export interface MakePdfOptions {
  readonly session: PrintSession
  readonly root: string
  readonly templates: string | undefined
  readonly cache: string | false
  readonly logger: Logger
  /** Where the time goes, added to per stage (ms). */
  readonly stats: BuildStats
}

/** Make the bundle PDF; on failure a message lands on the meeting file and undefined is returned. */
export async function makePdf(numbered: NumberedMeeting, options: MakePdfOptions): Promise<Uint8Array | undefined> {
  const file: VFile = numbered.meeting.intro.file
  try {
    return await makePdfOrThrow(numbered, options)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    const fix = error instanceof BrowserNotFoundError ? 'see the message; "bundel build --no-pdf" makes only the HTML' : undefined
    report(file, 'render-failed', {params: {detail, fix}, cause: error instanceof Error ? error : undefined})
    return undefined
  }
}

async function makePdfOrThrow(numbered: NumberedMeeting, options: MakePdfOptions): Promise<Uint8Array> {
  const cache = options.cache ? new RenderCache(options.cache) : undefined
  const id = numbered.meeting.id
  let pages: ReadonlyMap<string, number> | undefined = await cache?.getPages(id)
  for (let attempt = 0; attempt < 4; attempt++) {
    let started = performance.now()
    const html = await renderHtml(numbered, {mode: 'print', root: options.root, pages, templates: options.templates})
    options.stats.markdown += performance.now() - started
    started = performance.now()
    const key = RenderCache.key('print', version, html)
    let printed = await cache?.get(key)
    if (!printed) {
      printed = await options.session.print(html)
      options.stats.prints++
      await cache?.put(key, printed)
    }
    options.stats.chromium += performance.now() - started
    started = performance.now()
    const pdf = await PDFDocument.load(printed, {parseSpeed: ParseSpeeds.Fastest, updateMetadata: false})
    const layout = planLayout(numbered, readDestinations(pdf), pdf.getPageCount())
    if (pages && sameNumbers(layout.pages, pages)) {
      const info = numbered.meeting.info
      const bytes = await merge(pdf, numbered, layout, {
        title: `Bundel ${numbered.title}`,
        author: info.organisation ?? info.body,
        subject: `Vergaderbundel ${info.body}, ${numbered.longDate}`,
        creator: `bundel ${version}`,
        date: buildDate(info.date)
      })
      await cache?.putPages(id, layout.pages)
      options.stats.pages += layout.total
      options.stats.merge += performance.now() - started
      options.logger.info(`${id}: bundel.pdf, ${layout.total} pages (${layout.insertions.length} PDF appendices merged)`)
      return bytes
    }
    options.stats.merge += performance.now() - started
    pages = layout.pages
  }
  throw new Error('the table of contents did not settle on stable page numbers after 4 prints')
}

function sameNumbers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false
  for (const [key, value] of a) if (b.get(key) !== value) return false
  return true
}
