/** Output `html`: `index.html`, the bundle as one accessible page, linking to the PDF when one was made. */
import type {NumberedMeeting} from '../number/number.js'
import {renderHtml} from '../render/html/render.js'
import {appendixHrefs} from './copies.js'
import type {Made, OutputContext} from './output.js'

export async function html(meeting: NumberedMeeting, context: OutputContext): Promise<Made> {
  const started = performance.now()
  const hrefs = appendixHrefs(meeting)
  const pdf = context.made.get('pdf')
  const bytes = pdf?.files.find((file) => file.path === 'bundel.pdf')?.data
  const page = await renderHtml(meeting, {
    root: context.root,
    templates: context.templates,
    appendixHref: (anchor) => hrefs.get(anchor) ?? `#${anchor}`,
    pdf: bytes !== undefined && pdf?.pages !== undefined ? {href: 'bundel.pdf', pages: pdf.pages, bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength} : undefined
  })
  context.stats.markdown += performance.now() - started
  return {files: [{path: 'index.html', data: page}]}
}
