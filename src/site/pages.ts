/**
 * The site's own pages (#11): the home page (meetings by orgaan and year, newest first), a page
 * per orgaan, and the search page. Plain HTML with relative links only, so the site works from
 * any sub-path and, search aside, from `file://`. The only script on the site is Pagefind's, on
 * the search page (zoeken.js only starts it); the bundle pages stay script-free.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {formatNumber} from '../catalogue/lang.js'
import {toHtml} from 'hast-util-to-html'
import {renderMarkdown} from '../render/html/markdown.js'
import {readTemplate} from '../render/html/render.js'
import {publishedAppendices, type Site, type SiteMeeting} from './model.js'
import {version} from '../version.js'

const kB = (bytes: number) => `${formatNumber('nl', Math.max(1, Math.round(bytes / 1024)))} kB`
const pagesText = (pages: number) => (pages === 1 ? '1 pagina' : `${pages} pagina's`)

/** The site's name. */
export function siteName(site: Site): string {
  return site.info.name ?? `Vergaderingen ${site.publisher}`
}

async function page(site: Site, title: string, prefix: string, main: ElementContent[], head: ElementContent[] = []): Promise<string> {
  const css = await readTemplate('site.css')
  const tree = h(null, [
    {type: 'doctype'},
    h('html', {lang: 'nl'}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('meta', {name: 'generator', content: `bundel ${version}`}),
        h('title', title),
        h('style', css),
        ...head
      ]),
      h('body', [
        h('a.skip-link', {href: '#inhoud'}, 'Naar de inhoud'),
        h('header.site-header', [
          h('p.site-name', h('a', {href: `${prefix}index.html`}, siteName(site))),
          h('nav', {ariaLabel: 'Site'}, h('ul', [h('li', h('a', {href: `${prefix}index.html`}, 'Alle vergaderingen')), ...site.bodies.map((body) => h('li', h('a', {href: `${prefix}orgaan/${body.slug}.html`}, body.name))), h('li', h('a', {href: `${prefix}zoeken.html`}, 'Zoeken'))]))
        ]),
        h('main', {id: 'inhoud'}, main)
      ])
    ])
  ])
  return toHtml(tree) + '\n'
}

/** One meeting in a list: date, agenda titles, links to its page, PDF and appendices. */
function meetingEntry(meeting: SiteMeeting, prefix: string, level: 'h3' | 'h4'): Element {
  const {shown} = meeting
  const id = shown.meeting.id
  const href = (sitePath: string) => prefix + (meeting.files.get(sitePath)?.href ?? sitePath)
  const pdf = meeting.files.get(`${id}/bundel.pdf`)
  const appendices = publishedAppendices(meeting).map(({document, appendix, file}) =>
    h('li', [h('a', {href: prefix + file.href, type: 'application/pdf'}, `${document.label} ${document.title}`), ` (PDF, ${pagesText(appendix.pageCount)}, ${kB(file.bytes)})`])
  )
  return h('article.meeting', {ariaLabelledBy: `m-${id}`}, [
    h(level, {id: `m-${id}`}, h('a', {href: href(`${id}/index.html`)}, `${shown.meeting.info.body}, ${shown.longDate}`)),
    pdf ? h('p.meeting-pdf', [h('a', {href: prefix + pdf.href, type: 'application/pdf'}, 'De bundel als PDF'), ` (${[meeting.pages === undefined ? undefined : pagesText(meeting.pages), kB(pdf.bytes)].filter(Boolean).join(', ')})`]) : undefined,
    h('ol.meeting-agenda', {ariaLabel: 'Agenda'}, shown.items.map((item) => h('li', [h('span.number', `${item.number}.`), ' ', h('a', {href: `${href(`${id}/index.html`)}#${item.anchor}`}, item.item.info.title)]))),
    appendices.length > 0 ? h('details', [h('summary', `Bijlagen (${appendices.length})`), h('ul', appendices)]) : undefined
  ].filter((node): node is Element => node !== undefined))
}

/** Meetings grouped by year, newest first. */
function byYear(meetings: readonly SiteMeeting[], prefix: string, level: 'h3' | 'h4'): ElementContent[] {
  const years = [...new Set(meetings.map((meeting) => meeting.shown.meeting.info.date.slice(0, 4)))]
  return years.map((year) =>
    h('section.year', {ariaLabelledBy: `jaar-${year}-${level}`}, [h(level === 'h3' ? 'h2' : 'h3', {id: `jaar-${year}-${level}`}, year), ...meetings.filter((meeting) => meeting.shown.meeting.info.date.startsWith(year)).map((meeting) => meetingEntry(meeting, prefix, level))])
  )
}

export async function homePage(site: Site): Promise<string> {
  const intro = site.intro ? renderMarkdown(site.intro, {idPrefix: 'site', baseLevel: 2, root: '/'}) : []
  const bodies = site.bodies.map((body) => {
    const meetings = site.meetings.filter((meeting) => meeting.shown.meeting.info.body === body.name)
    return h('section.body', {ariaLabelledBy: `orgaan-${body.slug}`}, [
      h('h2', {id: `orgaan-${body.slug}`}, [body.name, ' ', h('small', `(${meetings.length === 1 ? '1 vergadering' : `${meetings.length} vergaderingen`})`)]),
      ...byYear(meetings, '', 'h4')
    ])
  })
  return page(site, siteName(site), '', [h('h1', siteName(site)), ...intro, h('p', h('a', {href: 'zoeken.html'}, 'Zoek in alle stukken, ook in de PDF-bijlagen')), ...bodies])
}

export async function bodyPage(site: Site, body: {name: string; slug: string}): Promise<string> {
  const meetings = site.meetings.filter((meeting) => meeting.shown.meeting.info.body === body.name)
  return page(site, `${body.name} · ${siteName(site)}`, '../', [h('h1', body.name), ...byYear(meetings, '../', 'h3')])
}

export async function searchPage(site: Site): Promise<string> {
  return page(
    site,
    `Zoeken · ${siteName(site)}`,
    '',
    [
      h('h1', 'Zoeken'),
      h('p', 'Zoek in de agenda\'s, memo\'s, verslagen en PDF-bijlagen van alle vergaderingen. Filter op orgaan en jaar.'),
      h('div#zoeken', {role: 'search', ariaLabel: 'Zoeken in de vergaderstukken'}),
      h('noscript', h('p', 'Zoeken werkt alleen met JavaScript. Alle vergaderingen staan ook op de startpagina.'))
    ],
    [
      // Pagefind's index is fetched and its WebAssembly run from this site only.
      h('meta', {httpEquiv: 'Content-Security-Policy', content: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"}),
      h('link', {rel: 'stylesheet', href: 'pagefind/pagefind-ui.css'}),
      h('script', {src: 'pagefind/pagefind-ui.js'}),
      h('script', {src: 'zoeken.js', defer: true})
    ]
  )
}

/** Starts Pagefind's search box in Dutch; results lead relative to where the site is. */
export const searchScript = `// Starts Pagefind's search box (the only script of the site). Made by bundel.
window.addEventListener('DOMContentLoaded', function () {
  new PagefindUI({
    element: '#zoeken',
    showSubResults: true,
    showImages: false,
    baseUrl: new URL('.', window.location.href).pathname,
    translations: {placeholder: 'Zoek in de vergaderstukken', zero_results: 'Niets gevonden voor [SEARCH_TERM]', clear_search: 'Wissen', load_more: 'Meer resultaten', search_label: 'Zoek in de vergaderstukken', filters_label: 'Filters', many_results: '[COUNT] resultaten voor [SEARCH_TERM]', one_result: '1 resultaat voor [SEARCH_TERM]', alt_search: 'Niets voor [SEARCH_TERM]. Resultaten voor [DIFFERENT_TERM]', search_suggestion: 'Niets voor [SEARCH_TERM]. Probeer:', searching: 'Zoeken naar [SEARCH_TERM]…'}
  });
});
`

