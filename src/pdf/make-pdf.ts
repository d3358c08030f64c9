/**
 * Stage 5, paginate/merge: the print page of the numbered meeting → `bundel.pdf`, bytes in and
 * bytes out (the page comes from render/html, made by outputs/pdf.ts; nothing here renders).
 *
 * Print the bundle once (Chromium), read on which page each part starts from the named
 * destinations Chromium writes, plan where the PDF appendices go, and merge: the table-of-contents
 * numbers, footers and bookmarks all come from that one plan. The print does not depend on page
 * numbers, so it is cached by the hash of its HTML and reused while the text is unchanged (#3).
 */
import {ParseSpeeds, PDFDocument} from 'pdf-lib'
import type {NumberedMeeting} from '../number/number.js'
import type {BuildStats, Logger} from '../options.js'
import {report} from '../messages.js'
import {version} from '../version.js'
import {merge} from './merge/merge.js'
import {buildDate} from './merge/metadata.js'
import {BrowserNotFoundError} from './browser.js'
import {readDestinations} from './destinations.js'
import {planLayout} from './layout.js'
import {RenderCache} from './cache.js'
import type {PrintSession} from './session.js'

/** What `makePdf` needs. */
export interface MakePdfOptions {
  readonly session: PrintSession
  readonly cache: string | false
  readonly logger: Logger
  /** Where the time goes, added to per stage (ms). */
  readonly stats: BuildStats
}

/** A made bundle: its bytes and page count. */
export interface MadePdf {
  readonly bytes: Uint8Array
  readonly pages: number
}

/** Make the bundle PDF; on failure a message lands on the meeting file and undefined is returned. */
export async function makePdf(numbered: NumberedMeeting, html: string, options: MakePdfOptions): Promise<MadePdf | undefined> {
  try {
    return await makePdfOrThrow(numbered, html, options)
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    const fix = error instanceof BrowserNotFoundError ? 'browser' : error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : undefined
    const params = error instanceof BrowserNotFoundError ? {detail: error.code, path: error.path, fix} : {text: detail, fix}
    report(numbered.meeting.intro.file, 'render-failed', {params, cause: error instanceof Error ? error : undefined})
    return undefined
  }
}

async function makePdfOrThrow(numbered: NumberedMeeting, html: string, options: MakePdfOptions): Promise<MadePdf> {
  const {stats} = options
  const cache = options.cache ? new RenderCache(options.cache) : undefined
  options.logger.event({type: 'stage', stage: 'print', meeting: numbered.meeting.id})
  let started = performance.now()
  const key = RenderCache.key('print', version, html)
  let printed = await cache?.get(key)
  if (!printed) {
    printed = await options.session.print(html)
    stats.prints++
    await cache?.put(key, printed)
  }
  stats.chromium += performance.now() - started
  options.logger.event({type: 'stage', stage: 'merge', meeting: numbered.meeting.id})
  started = performance.now()
  const pdf = await PDFDocument.load(printed, {parseSpeed: ParseSpeeds.Fastest, updateMetadata: false})
  const layout = planLayout(numbered, readDestinations(pdf), pdf.getPageCount())
  const info = numbered.meeting.info
  const bytes = await merge(pdf, numbered, layout, {
    title: `Bundel ${numbered.title}`,
    author: info.organisation ?? info.body,
    subject: `Vergaderbundel ${info.body}, ${numbered.longDate}`,
    creator: `bundel ${version}`,
    date: buildDate(info.date)
  })
  stats.merge += performance.now() - started
  stats.pages += layout.total
  return {bytes, pages: layout.total}
}
