/**
 * The bundle as one hast tree: cover, table of contents, agenda, then per item its documents.
 * Document parts go through one handler table, so a new kind of part cannot be forgotten.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {shownClosed, type NumberedDocument, type NumberedItem} from '../../number/number.js'
import type {Appendix, Closure, MarkdownAppendix, PdfAppendix} from '../../model.js'
import type {RenderContext} from './context.js'
import {renderMarkdown} from './markdown.js'
import {formatNumber} from '../../catalogue/lang.js'
import {proposalList, renderMemo} from './memo.js'
import {renderMarkdownAppendix, renderPdfCard} from './appendix.js'

/** One renderer per kind of document; `satisfies` makes a new kind fail to compile until handled. */
const handlers = {
  memo: (context: RenderContext, item: NumberedItem, document: NumberedDocument & {kind: 'memo'}) => renderMemo(context, item, document, document.memo),
  md: (context: RenderContext, document: NumberedDocument, appendix: MarkdownAppendix) => renderMarkdownAppendix(context, document, appendix),
  pdf: (context: RenderContext, document: NumberedDocument, appendix: PdfAppendix) => renderPdfCard(context, document, appendix),
  closed: (document: NumberedDocument & {kind: 'closed'}) => renderClosedPlaceholder(document.closed)
} satisfies Record<'memo' | 'closed' | Appendix['kind'], (...args: never[]) => ElementContent[]>

/** What the public edition shows of a closed document: that it is closed, and on what ground. */
function renderClosedPlaceholder(closed: Closure): ElementContent[] {
  return [
    h('p.closed-notice', 'Dit document is besloten: het staat niet in de openbare versie van de bundel.'),
    closed.ground ? h('p.closed-ground', `Grond: ${closed.ground}`) : undefined
  ].filter((node): node is Element => node !== undefined)
}

/** The `<body>` content of the bundle. */
export function renderBundle(context: RenderContext): ElementContent[] {
  return renderBundleParts(context).flat()
}

/**
 * The `<body>` content in parts that each start on a new page: the front (cover, contents,
 * agenda), then one part per item (with the empty pages before it; the last also holds those
 * at the very end). The PDF is printed in groups of these parts (#13).
 */
export function renderBundleParts(context: RenderContext): ElementContent[][] {
  const items = context.numbered.items.map((item) => [...fillers(context, item.anchor), itemSection(context, item)])
  const end = fillers(context, endOfBundle)
  const front = [cover(context), tableOfContents(context), ...fillers(context, 'agenda'), agenda(context)]
  if (items.length === 0) return [[...front, ...end]]
  items[items.length - 1]!.push(...end)
  return [front, ...items]
}

/** The key of `fillers` for pages at the very end of the bundle. */
export const endOfBundle = ''

/** The text of a page the public edition leaves empty where the full one has a closed document's page. */
export const omittedPageText = 'Pagina voor de openbare versie weggelaten.'

/**
 * Print only: empty pages before the part with `anchor`, so that every part starts on the same
 * page as in the full edition (pdf/same-pages.ts counts them).
 */
function fillers(context: RenderContext, anchor: string): Element[] {
  const count = context.mode === 'print' ? (context.fillers?.get(anchor) ?? 0) : 0
  return Array.from({length: count}, () => h('div.edition-filler', h('p', omittedPageText)))
}

/** "BESLOTEN — geheimhouding (grond)": on every closed document and item of the full edition. */
function closedBanner(closed: Closure): Element {
  return h('p.closed-banner', {role: 'note'}, [h('strong', 'BESLOTEN — geheimhouding'), closed.ground ? `. Grond: ${closed.ground}` : undefined].filter((node) => node !== undefined))
}

function cover(context: RenderContext): Element {
  const {meeting, longDate} = context.numbered
  const info = meeting.info
  const when = [longDate, info.time ? `${info.time.replace(/\s*uur$/i, '')} uur` : undefined].filter(Boolean).join(', ')
  const details: ElementContent[] = []
  const row = (label: string, value: string | undefined) => {
    if (value) details.push(h('dt', label), h('dd', value))
  }
  row('Datum', when)
  row('Locatie', info.location)
  row('Voorzitter', info.chair)
  row('Secretaris', info.secretary)
  return h('header.cover', {id: 'omslag'}, [
    info.organisation ? h('p.organisation', info.organisation) : undefined,
    h('h1', [h('span.kind', 'Vergaderbundel'), ' ', h('span.body', info.body)]),
    h('dl.cover-details', details),
    // A link to the contents gives the PDF a destination for it, so the contents' first page is
    // read from the print (a long introduction can push it past page 2).
    context.mode === 'print' ? h('p.visually-hidden', h('a', {href: '#inhoud'}, 'Naar de inhoud')) : undefined,
    context.pdf ? pdfDownload(context.pdf) : undefined,
    ...renderMarkdown(meeting.intro, {idPrefix: 'omslag', baseLevel: 2, root: context.root, name: 'de omslag'})
  ].filter((node): node is Element => node !== undefined))
}

/** "De hele bundel als PDF (53 pagina's, 243 kB)": the web page leads to the PDF (#8). */
function pdfDownload(pdf: NonNullable<RenderContext['pdf']>): Element {
  const facts = [pdf.pages === undefined ? undefined : pdf.pages === 1 ? '1 pagina' : `${pdf.pages} pagina's`, pdf.bytes === undefined ? undefined : `${formatNumber('nl', Math.max(1, Math.round(pdf.bytes / 1024)))} kB`].filter(Boolean)
  return h('p.pdf-download', h('a', {href: pdf.href, type: 'application/pdf'}, `De hele bundel als PDF${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`))
}

function tocEntry(context: RenderContext, anchor: string, label: string | undefined, title: string, children?: Element): Element {
  return h('li', [
    h('a', {href: `#${anchor}`}, [
      label ? h('span.toc-label', label) : undefined,
      h('span.toc-title', title),
      // Print: a free slot; pdf/merge/toc-numbers.ts sets the page number in it once it is known.
      context.mode === 'print' ? h('span.toc-page', {ariaHidden: 'true'}) : undefined
    ].filter((node): node is Element => node !== undefined)),
    ...(children ? [children] : [])
  ])
}

function tableOfContents(context: RenderContext): Element {
  const entries = [
    tocEntry(context, 'agenda', undefined, 'Agenda'),
    ...context.numbered.items.map((item) =>
      tocEntry(
        context,
        item.anchor,
        item.number,
        item.item.info.title,
        item.documents.length > 0 ? h('ol', item.documents.map((document) => tocEntry(context, document.anchor, document.label, document.title))) : undefined
      )
    )
  ]
  return h('nav.toc', {id: 'inhoud', ariaLabelledBy: 'inhoud-titel'}, [h('h2', {id: 'inhoud-titel'}, 'Inhoud'), h('ol', entries)])
}

function agenda(context: RenderContext): Element {
  return h('section.agenda', {id: 'agenda', ariaLabelledBy: 'agenda-titel'}, [
    h('h2', {id: 'agenda-titel'}, 'Agenda'),
    h(
      'ol.agenda-items',
      context.numbered.items.map((item) => {
        const info = item.item.info
        const badges = [info.gavel ? 'hamerstuk' : undefined, info.closed ? 'besloten' : undefined].filter((b): b is string => b !== undefined)
        return h('li.agenda-item', [
          h('h3', [h('span.agenda-number', item.number), ' ', h('a', {href: `#${item.anchor}`}, info.title)]),
          badges.length > 0 ? h('p.badges', badges.map((badge) => h('span.badge', badge))) : undefined,
          info.proposal ? h('div.decision', [h('span.decision-label', 'Voorstel:'), proposalList(info.proposal)]) : undefined,
          ...renderMarkdown(item.item.notes, {idPrefix: `${item.anchor}-agenda`, baseLevel: 4, root: context.root, name: `agendapunt ${item.number} (agenda)`}),
          item.documents.length > 0
            ? h(
                'ul.documents',
                {ariaLabel: `Stukken bij agendapunt ${item.number}`},
                item.documents.map((document) => h('li', [h('a', {href: `#${document.anchor}`}, `${document.label} ${document.title}`), document.closed ? ' (besloten)' : undefined].filter((node) => node !== undefined)))
              )
            : undefined
        ].filter((node): node is Element => node !== undefined))
      })
    )
  ])
}

function itemSection(context: RenderContext, item: NumberedItem): Element {
  const info = item.item.info
  // Items without documents (Opening, Rondvraag) still get their text here, so their page in the
  // PDF is not just a heading.
  const own: ElementContent[] =
    item.documents.length > 0
      ? []
      : [
          ...(info.proposal ? [h('div.decision', [h('span.decision-label', 'Voorstel:'), proposalList(info.proposal)])] : []),
          ...renderMarkdown(item.item.notes, {idPrefix: item.anchor, baseLevel: 3, root: context.root, name: `agendapunt ${item.number}`})
        ]
  return h('section.item', {id: item.anchor, ariaLabelledBy: `${item.anchor}-titel`}, [
    h('h2', {id: `${item.anchor}-titel`}, [h('span.item-number', `Agendapunt ${item.number}`), ' ', info.title]),
    // The full edition marks a closed item on its documents; one without documents here.
    ...(item.closed && item.documents.length === 0 ? [closedBanner(item.closed)] : []),
    ...own,
    ...item.documents.flatMap((document) => [...fillers(context, document.anchor), documentArticle(context, item, document)])
  ])
}

function documentArticle(context: RenderContext, item: NumberedItem, document: NumberedDocument): Element {
  if (context.mode === 'print' && document.kind === 'appendix' && document.appendix.kind === 'pdf') {
    // In the PDF the appendix's own pages stand here (merged after printing); this empty marker
    // only gives links and the table of contents a destination, which the merge moves to its first page.
    return h('span.pdf-marker', {id: document.anchor})
  }
  const kind = document.kind === 'appendix' ? document.appendix.kind : document.kind
  const body =
    document.kind === 'closed'
      ? handlers.closed(document)
      : document.kind === 'memo'
        ? handlers.memo(context, item, document)
        : document.appendix.kind === 'md'
          ? handlers.md(context, document, document.appendix)
          : handlers.pdf(context, document, document.appendix)
  return h(`article.document.document-${kind}`, {id: document.anchor, ariaLabelledBy: `${document.anchor}-titel`}, [
    h('h3', {id: `${document.anchor}-titel`}, [h('span.document-label', document.label), ' ', document.title]),
    ...(shownClosed(document) ? [closedBanner(document.closed!)] : []),
    ...body
  ])
}
