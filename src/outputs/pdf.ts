/**
 * Output `pdf`: `bundel.pdf`. The page is rendered for print here (render/html), and src/pdf/
 * turns it into the bundle — print, plan pages, merge — bytes in and bytes out. Chromium and
 * pdf-lib load only when this output runs, so `check` and `--no-pdf` stay light.
 */
import type {NumberedMeeting} from '../number/number.js'
import {renderHtml} from '../render/html/render.js'
import type {Made, OutputContext} from './output.js'

export async function pdf(meeting: NumberedMeeting, context: OutputContext): Promise<Made | undefined> {
  const session = context.session ?? new (await import('../pdf/session.js')).PrintSession()
  try {
    const started = performance.now()
    const page = await renderHtml(meeting, {mode: 'print', root: context.root, templates: context.templates})
    context.stats.markdown += performance.now() - started
    const {makePdf} = await import('../pdf/make-pdf.js')
    const made = await makePdf(meeting, page, {session, cache: context.cache, logger: context.logger, stats: context.stats})
    return made && {files: [{path: 'bundel.pdf', data: made.bytes}], pages: made.pages}
  } finally {
    // A session made here is this call's own; one given is the caller's to close.
    if (!context.session) await session.close()
  }
}
