/**
 * `sitemap.xml` (#11): each meeting page and each published PDF, and for the Woo index (KOOP's
 * harvest of "actief openbaar gemaakte" documents) the DiWoo metadata per document: publisher,
 * official title, the information category "vergaderstukken decentrale overheden", what was done
 * with it (vaststelling on the meeting date), creation date, language and format.
 */
import {absolute, publishedAppendices, type Site} from './model.js'

const category = 'https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3'
/** TOOI "vaststelling". */
const adoption = 'https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76'
const dutch = 'http://publications.europa.eu/resource/authority/language/NLD'
const formats: Record<string, string> = {pdf: 'http://publications.europa.eu/resource/authority/file-type/PDF', html: 'http://publications.europa.eu/resource/authority/file-type/HTML'}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function sitemap(site: Site): string {
  const entries: string[] = []
  const publisher = site.info.publisherUri ? `<diwoo:publisher resource="${xml(site.info.publisherUri)}">${xml(site.publisher)}</diwoo:publisher>` : `<diwoo:publisher>${xml(site.publisher)}</diwoo:publisher>`
  const add = (sitePath: string, title: string, date: string, created: string, format: 'pdf' | 'html') => {
    entries.push(
      [
        '  <url>',
        `    <loc>${xml(absolute(site.info, sitePath))}</loc>`,
        `    <lastmod>${date}</lastmod>`,
        '    <diwoo:Document>',
        '      <diwoo:DiWoo>',
        `        ${publisher}`,
        `        <diwoo:titelcollectie><diwoo:officieleTitel>${xml(title)}</diwoo:officieleTitel></diwoo:titelcollectie>`,
        `        <diwoo:classificatiecollectie><diwoo:informatiecategorieen><diwoo:informatiecategorie resource="${category}">vergaderstukken decentrale overheden</diwoo:informatiecategorie></diwoo:informatiecategorieen></diwoo:classificatiecollectie>`,
        `        <diwoo:documenthandelingen><diwoo:documenthandeling><diwoo:soortHandeling resource="${adoption}">vaststelling</diwoo:soortHandeling><diwoo:atTime>${date}T00:00:00</diwoo:atTime></diwoo:documenthandeling></diwoo:documenthandelingen>`,
        `        <diwoo:creatiedatum>${created}</diwoo:creatiedatum>`,
        `        <diwoo:language resource="${dutch}">Nederlands</diwoo:language>`,
        `        <diwoo:format resource="${formats[format]}">${format}</diwoo:format>`,
        '      </diwoo:DiWoo>',
        '    </diwoo:Document>',
        '  </url>'
      ].join('\n')
    )
  }
  for (const meeting of site.meetings) {
    const {shown} = meeting
    const id = shown.meeting.id
    const date = shown.meeting.info.date
    add(`${id}/index.html`, `Vergaderbundel ${shown.title}`, date, date, 'html')
    if (meeting.files.has(`${id}/bundel.pdf`)) add(`${id}/bundel.pdf`, `Vergaderbundel ${shown.title}`, date, date, 'pdf')
    for (const {item, document, appendix, file} of publishedAppendices(meeting)) {
      add(file.path, `${document.title} (${shown.title}, agendapunt ${item.number})`, date, appendix.created ?? date, 'pdf')
    }
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/">', ...entries, '</urlset>', ''].join('\n')
}
