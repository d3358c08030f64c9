/**
 * Output `pdf`: `bundel.pdf`. The page is rendered for print here (render/html), and src/pdf/
 * turns it into the bundle — print, plan pages, merge — bytes in and bytes out. Chromium and
 * pdf-lib load only when this output runs, so `check` and `--no-pdf` stay light.
 */
import {shownClosed, type NumberedMeeting} from '../number/number.js'
import {renderPrint} from '../render/html/render.js'
import type {Made, OutputContext} from './output.js'

export async function pdf(meeting: NumberedMeeting, context: OutputContext): Promise<Made | undefined> {
  const session = context.session ?? new (await import('../pdf/session.js')).PrintSession()
  try {
    const started = performance.now()
    const print = {root: context.root, templates: context.templates, itemsPerPrint: context.itemsPerPrint}
    const page = await renderPrint(meeting, print)
    const full = context.full !== undefined && context.full !== meeting ? context.full : undefined
    const samePagesAs = full && {full, fullSource: await renderPrint(full, print), render: (fillers: ReadonlyMap<string, number>) => renderPrint(meeting, {...print, fillers})}
    context.stats.markdown += performance.now() - started
    const {makePdf} = await import('../pdf/make-pdf.js')
    const stamps = {closed: closedAnchors(meeting), concept: context.concept, copyFor: context.copyFor}
    const made = await makePdf(meeting, page, {session, cache: context.cache, logger: context.logger, stats: context.stats, stamps, samePagesAs})
    return made && {files: [{path: 'bundel.pdf', data: made.bytes}], pages: made.pages}
  } finally {
    // A session made here is this call's own; one given is the caller's to close.
    if (!context.session) await session.close()
  }
}

/** The parts that show a closed document or item (the full edition's): their pages are stamped. */
function closedAnchors(meeting: NumberedMeeting): Set<string> {
  const anchors = new Set<string>()
  for (const item of meeting.items) {
    for (const document of item.documents) if (shownClosed(document)) anchors.add(document.anchor)
    if (item.closed && item.documents.some((document) => document.kind !== 'closed')) anchors.add(item.anchor)
  }
  return anchors
}
