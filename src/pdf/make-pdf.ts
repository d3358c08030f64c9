/**
 * Stage 5, paginate/merge: the print page of the numbered meeting → `bundel.pdf`, bytes in and
 * bytes out (the page comes from render/html, made by outputs/pdf.ts; nothing here renders).
 *
 * Print the bundle once (Chromium), read on which page each part starts from the named
 * destinations Chromium writes, plan where the PDF appendices go, and merge: the table-of-contents
 * numbers, footers and bookmarks all come from that one plan. The print does not depend on page
 * numbers, so it is cached by the hash of its HTML and reused while the text is unchanged (#3).
 *
 * The public edition (#10) is measured against the full one: both are printed, and the public
 * page is printed again with empty pages where it falls short, until every part starts on the
 * page it starts on in the full edition.
 */
import {PDFDocument} from 'pdf-lib'
import {printLoadOptions} from './pdf-lib-options.js'
import type {PrintSource} from '../print-source.js'
import {joinPrints, JoinError} from './join-prints.js'
import {renumberIds} from './element-ids.js'
import type {NumberedMeeting} from '../number/number.js'
import type {BuildStats, Logger} from '../options.js'
import {report} from '../messages.js'
import {version} from '../version.js'
import {merge, pdfsToMerge, type Stamps} from './merge/merge.js'
import {buildDate} from './merge/metadata.js'
import {BrowserNotFoundError} from './browser.js'
import {readDestinations} from './destinations.js'
import {planLayout, type Layout} from './layout.js'
import {RenderCache} from './cache.js'
import {PrintSession} from './session.js'
import {mapLimit} from '../map-limit.js'
import {addFillers, matchPages, samePages} from './same-pages.js'
import {preloadPdfs} from '../validate/check-pdf.js'
import {decodeSoftened, encodeSoftened, softenPrint} from './merge/soft-hyphens.js'

/** The full edition to keep the page numbers of, and how to print this one with empty pages added. */
export interface SamePagesAs {
  readonly full: NumberedMeeting
  /** The full edition's print page. */
  readonly fullSource: PrintSource
  /** This edition's print page with `fillers` empty pages before parts. */
  readonly render: (fillers: ReadonlyMap<string, number>) => Promise<PrintSource>
}

/** What `makePdf` needs. */
export interface MakePdfOptions {
  readonly session: PrintSession
  readonly cache: string | false
  readonly logger: Logger
  /** Where the time goes, added to per stage (ms). */
  readonly stats: BuildStats
  /** Marks on the pages: closed documents, a draft, a personal copy. */
  readonly stamps?: Stamps | undefined
  /** Keep the page numbers of the full edition (the public edition, #10). */
  readonly samePagesAs?: SamePagesAs | undefined
}

/** A made bundle: its bytes and page count. */
export interface MadePdf {
  readonly bytes: Uint8Array
  readonly pages: number
}

/** The public edition could not be given the full edition's page numbers. */
class EditionPagesError extends Error {
  constructor(readonly anchor: string) {
    super(`Expected the public edition's part \`${anchor}\` to be no longer than in the full edition`)
  }
}

/** Make the bundle PDF; on failure a message lands on the meeting file and undefined is returned. */
export async function makePdf(numbered: NumberedMeeting, source: PrintSource, options: MakePdfOptions): Promise<MadePdf | undefined> {
  try {
    return await makePdfOrThrow(numbered, source, options)
  } catch (error) {
    if (error instanceof EditionPagesError) {
      report(numbered.meeting.intro.file, 'edition-pages', {params: {actual: labelOf(numbered, error.anchor)}})
      return undefined
    }
    // puppeteer's own "Increase the 'protocolTimeout' setting" names a setting users cannot reach:
    // it is a time-out like any other, and BUNDEL_TIMEOUT is what they can raise (#13).
    const protocolTimeout = error instanceof Error && /protocolTimeout|timed out/i.test(error.message)
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    const fix = error instanceof BrowserNotFoundError ? 'browser' : error instanceof Error && (error.name === 'TimeoutError' || protocolTimeout) ? 'timeout' : undefined
    const params = error instanceof BrowserNotFoundError ? {detail: error.code, path: error.path, fix} : protocolTimeout ? {detail: 'no-answer', fix} : {text: detail, fix}
    report(numbered.meeting.intro.file, 'render-failed', {params, cause: error instanceof Error ? error : undefined})
    return undefined
  }
}

/** "agenda", "agendapunt 4" or "4.2 Besloten stuk", for the message. */
function labelOf(numbered: NumberedMeeting, anchor: string): string {
  for (const item of numbered.items) {
    if (item.anchor === anchor) return `${item.number} ${item.item.info.title}`
    for (const document of item.documents) if (document.anchor === anchor) return `${document.label} ${document.title}`
  }
  return anchor
}

/** The anchors of the parts, in bundle order. */
function partOrder(numbered: NumberedMeeting): string[] {
  return ['inhoud', 'agenda', ...numbered.items.flatMap((item) => [item.anchor, ...item.documents.map((document) => document.anchor)])]
}

/**
 * Print one document (or take it from this session, or from the cache) and parse it, its soft
 * hyphens taken out of its text (merge/soft-hyphens.ts): for a print from the cache, as the cache
 * says its streams came out the first time.
 */
async function printOne(html: string, cache: RenderCache | undefined, options: MakePdfOptions): Promise<PDFDocument> {
  const key = RenderCache.key('print', version, html)
  let printed = options.session.remembered(key)
  if (printed) cache?.used(key)
  else printed = await cache?.get(key)
  const fresh = !printed
  if (!printed) {
    printed = await options.session.print(html)
    options.stats.prints++
    await cache?.put(key, printed)
  }
  options.session.remember(key, printed)
  const pdf = await PDFDocument.load(printed, printLoadOptions)
  const kept = fresh ? undefined : await cache?.get(key, 'soft')
  const known = kept && decodeSoftened(kept)
  const softened = softenPrint(pdf, known)
  if (cache && softened !== known) await cache.put(key, encodeSoftened(softened), 'soft')
  return pdf
}

/**
 * Print the page (each of its documents, the largest first, a few at once) and join the prints
 * into one document (#13); prints that do not join are replaced by one print of the whole page.
 */
async function printSource(source: PrintSource, options: MakePdfOptions): Promise<PDFDocument> {
  const cache = options.cache ? new RenderCache(options.cache) : undefined
  if (source.parts.length === 1) return withIds([await printOne(source.parts[0]!.html, cache, options)])
  const order = source.parts.map((_, index) => index).sort((a, b) => source.parts[b]!.html.length - source.parts[a]!.html.length)
  // The session prints a few at once (PrintSession.atOnce); once one part fails, no more start.
  const prints: PDFDocument[] = []
  await mapLimit(order, PrintSession.atOnce, async (index) => {
    prints[index] = await printOne(source.parts[index]!.html, cache, options)
  })
  withIds(prints)
  const [first, ...rest] = prints.map((pdf, index) => ({pdf, stubs: source.parts[index]!.stubs}))
  try {
    return joinPrints(first!, rest)
  } catch (error) {
    // Only a Chromium that tags pages differently gets here: the bundle is still right, and slower.
    if (!(error instanceof JoinError)) throw error
    return withIds([await printOne(source.whole, cache, options)])
  }
}

/** Element ids numbered in reading order through the prints, so none is used twice (element-ids.ts); returns the first. */
function withIds(prints: readonly PDFDocument[]): PDFDocument {
  let next = 1
  for (const pdf of prints) next = renumberIds(pdf, next)
  return prints[0]!
}

/** Print a page (or take it from the cache) and plan the bundle it makes. */
async function printAndPlan(numbered: NumberedMeeting, source: PrintSource, options: MakePdfOptions): Promise<{pdf: PDFDocument; layout: Layout}> {
  const started = performance.now()
  const pdf = await printSource(source, options)
  options.stats.chromium += performance.now() - started
  return {pdf, layout: planLayout(numbered, readDestinations(pdf), pdf.getPageCount())}
}

/** Print the public edition until its parts start where the full edition's do (two rounds at most). */
async function printMatching(numbered: NumberedMeeting, source: PrintSource, as: SamePagesAs, options: MakePdfOptions): Promise<{pdf: PDFDocument; layout: Layout}> {
  const target = (await printAndPlan(as.full, as.fullSource, options)).layout
  const order = partOrder(numbered)
  let fillers: ReadonlyMap<string, number> = new Map()
  let printed = await printAndPlan(numbered, source, options)
  for (let round = 0; round < 3; round++) {
    if (samePages(target, printed.layout)) return printed
    const matching = matchPages(order, target, printed.layout)
    if ('longer' in matching) throw new EditionPagesError(matching.longer)
    fillers = addFillers(fillers, matching.fillers)
    printed = await printAndPlan(numbered, await as.render(fillers), options)
  }
  if (samePages(target, printed.layout)) return printed
  throw new EditionPagesError(order.find((anchor) => target.pages.get(anchor) !== printed.layout.pages.get(anchor)) ?? 'inhoud')
}

async function makePdfOrThrow(numbered: NumberedMeeting, source: PrintSource, options: MakePdfOptions): Promise<MadePdf> {
  const {stats} = options
  options.logger.event({type: 'stage', stage: 'print', meeting: numbered.meeting.id})
  // While Chromium prints, Node parses the appendices that merge needs and validation took from
  // the cache (check-pdf.ts).
  const preloading = preloadPdfs(pdfsToMerge(numbered))
  const {pdf, layout} = options.samePagesAs ? await printMatching(numbered, source, options.samePagesAs, options) : await printAndPlan(numbered, source, options)
  await preloading
  options.logger.event({type: 'stage', stage: 'merge', meeting: numbered.meeting.id})
  const started = performance.now()
  const info = numbered.meeting.info
  const bytes = await merge(
    pdf,
    numbered,
    layout,
    {
      title: `Bundel ${numbered.title}`,
      author: info.organisation ?? info.body,
      subject: `Vergaderbundel ${info.body}, ${numbered.longDate}`,
      creator: `bundel ${version}`,
      date: buildDate(info.date)
    },
    {
      stamps: options.stamps,
      undeclared: (findings) => report(numbered.meeting.intro.file, 'pdfua-undeclared', {params: {...findings[0]!.params, rule: findings[0]!.rule, more: String(findings.length - 1)}}),
      timing: stats
    }
  )
  stats.merge += performance.now() - started
  stats.pages += layout.total
  return {bytes, pages: layout.total}
}
