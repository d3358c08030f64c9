/**
 * Full-text search with Pagefind (#11), through its Node API (its binary ships in the npm
 * package for linux-x64): every meeting page, with filters for orgaan and year and Dutch
 * stemming, and the text of every published PDF appendix as a record of its own that leads to
 * the PDF — a word that is only in a ministry's letter finds that letter.
 */
import {pdfText} from '../editions/pdf-text.js'
import {publishedAppendices, type Site, type SiteMeeting} from './model.js'

/** The page as Pagefind reads it: the published page plus its title and filters (the page itself is not changed). */
function indexedPage(meeting: SiteMeeting, html: string): string {
  const info = meeting.shown.meeting.info
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const meta = [
    `<meta data-pagefind-meta="title[content]" content="${attr(`${info.body}, ${meeting.shown.longDate}`)}">`,
    `<meta data-pagefind-filter="orgaan[content]" content="${attr(info.body)}">`,
    `<meta data-pagefind-filter="jaar[content]" content="${info.date.slice(0, 4)}">`
  ].join('')
  return html.replace(/<head>/i, `$&${meta}`)
}

/** The search index's files, by path under `pagefind/`. */
export async function searchIndex(site: Site): Promise<Map<string, Uint8Array>> {
  const pagefind = await import('pagefind')
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'nl', keepIndexUrl: true})
  if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`)
  try {
    for (const meeting of site.meetings) {
      const id = meeting.shown.meeting.id
      const page = meeting.files.get(`${id}/index.html`)
      if (!page) continue
      const html = typeof page.data === 'string' ? page.data : new TextDecoder().decode(page.data)
      const added = await index.addHTMLFile({url: page.href, content: indexedPage(meeting, html)})
      if (added.errors.length > 0) throw new Error(added.errors.join('; '))
      const info = meeting.shown.meeting.info
      for (const {document, appendix, file} of publishedAppendices(meeting)) {
        const text = (await pdfText(appendix.bytes)).parts.join('\n')
        const record = await index.addCustomRecord({
          url: file.href,
          content: text,
          language: 'nl',
          meta: {title: `${document.label} ${document.title} (PDF) · ${info.body}, ${meeting.shown.longDate}`},
          filters: {orgaan: [info.body], jaar: [info.date.slice(0, 4)]}
        })
        if (record.errors.length > 0) throw new Error(record.errors.join('; '))
      }
    }
    const {files, errors: fileErrors} = await index.getFiles()
    if (fileErrors.length > 0) throw new Error(fileErrors.join('; '))
    return new Map(files.map((file) => [file.path, new Uint8Array(file.content)]))
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
}
