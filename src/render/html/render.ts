/**
 * Stage 4, render (HTML): numbered meeting → one self-contained HTML page (CSS inlined, images as
 * data URIs, no external requests). The same page, in `print` mode, is what Chromium prints.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {packageRoot} from '../../package-root.js'
import {toHtml} from 'hast-util-to-html'
import type {ElementContent} from 'hast'
import {shownClosed, type NumberedMeeting} from '../../number/number.js'
import {renderBundleParts} from './bundle.js'
import {groupParts, itemsPerPrint, linkGroups, type PrintSource} from './print-parts.js'
import type {PdfLink, RenderContext, RenderMode} from './context.js'
import {version} from '../../version.js'
import {printFontCss} from '../../fonts.js'
import {hyphenate} from './hyphenate.js'

/** Options of `renderHtml`. */
export interface RenderHtmlOptions {
  /** `web` (default) or `print`. */
  readonly mode?: RenderMode | undefined
  /** Content folder (real path); images must lie inside it. */
  readonly root: string
  /** Web: href of a PDF appendix copy, by document anchor. */
  readonly appendixHref?: ((anchor: string) => string) | undefined
  /** Folder holding bundel.html and bundel.css (default: the package's templates/). */
  readonly templates?: string | undefined
  /** Web: the bundle's PDF, linked from the cover (optional). */
  readonly pdf?: PdfLink | undefined
  /** Print: empty pages before parts, so a public edition keeps the full one's page numbers. */
  readonly fillers?: ReadonlyMap<string, number> | undefined
}

const defaultTemplates = pathToFileURL(`${path.join(packageRoot, 'templates')}/`)

/** Read a template file (bundel.html, bundel.css). */
export async function readTemplate(name: string, folder?: string): Promise<string> {
  return readFile(folder ? `${folder}/${name}` : new URL(name, defaultTemplates), 'utf8')
}

/** Render the bundle page; Markdown problems land as messages on their files. */
export async function renderHtml(numbered: NumberedMeeting, options: RenderHtmlOptions): Promise<string> {
  const {parts, fill} = await renderParts(numbered, options)
  return fill(toHtml({type: 'root', children: parts.flat()}))
}

/**
 * The print page as the documents Chromium prints (#13): the whole page when it is small (or
 * `itemsPerPrint` is 0, or the page template is not bundel's own, as text outside the parts would
 * then repeat, or the style sheet is not and parts were not asked for), else the front and groups
 * of items (print-parts.ts).
 */
export async function renderPrint(numbered: NumberedMeeting, options: RenderHtmlOptions & {readonly itemsPerPrint?: number | undefined}): Promise<PrintSource> {
  const {parts, fill, split} = await renderParts(numbered, {...options, mode: 'print'})
  const bodies = parts.map((part) => toHtml({type: 'root', children: part}))
  const whole = fill(bodies.join(''))
  const given = split === 'asked' ? (options.itemsPerPrint ?? 0) : options.itemsPerPrint
  const perPrint = split === 'never' ? 0 : itemsPerPrint(given, whole.length, bodies.slice(1).map((body) => body.length))
  if (perPrint === 0 || parts.length <= 2) return {whole, parts: [{html: whole, stubs: []}]}
  // Each group's page is its helper (links and stand-ins, when it needs one) and its parts' HTML,
  // as serialized above: serializing the groups again cost ~30 ms of the large meeting.
  const groups = groupParts(parts, perPrint)
  const texts = groupParts(bodies.map((body) => [body]), perPrint).map((group) => group.join(''))
  return {
    whole,
    parts: linkGroups(groups).map(({children, stubs}, index) => {
      const helper = children.slice(0, children.length - groups[index]!.length)
      return {html: fill((helper.length > 0 ? toHtml({type: 'root', children: helper}) : '') + texts[index]!), stubs}
    })
  }
}

/** The bundle's parts (hyphenated) and how to put a body into the page template. */
async function renderParts(numbered: NumberedMeeting, options: RenderHtmlOptions): Promise<{parts: ElementContent[][]; fill: (body: string) => string; split: 'auto' | 'asked' | 'never'}> {
  const mode = options.mode ?? 'web'
  const context: RenderContext = {
    numbered,
    mode,
    root: options.root,
    appendixHref: options.appendixHref ?? ((anchor) => `#${anchor}`),
    pdf: mode === 'web' ? options.pdf : undefined,
    fillers: options.fillers
  }
  const parts = renderBundleParts(context)
  hyphenate({type: 'root', children: parts.flat()})
  const [template, css, ownHtml, ownCss] = await Promise.all([
    readTemplate('bundel.html', options.templates),
    readTemplate('bundel.css', options.templates),
    options.templates === undefined ? undefined : readTemplate('bundel.html'),
    options.templates === undefined ? undefined : readTemplate('bundel.css')
  ])
  const values: Record<string, string> = {
    title: escapeHtml(`Vergaderbundel ${numbered.title}`),
    css: (mode === 'print' ? printFontCss() + '\n' : '') + css.replace(/<\/style/gi, '<\\/style'),
    mode,
    generator: escapeHtml(`bundel ${version}`),
    author: escapeHtml(numbered.meeting.info.organisation ?? numbered.meeting.info.body)
  }
  const closed = showsClosed(numbered)
  const fill = (body: string): string => {
    const page = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key === 'body' ? body : (values[key] ?? whole)))
    // A page that shows closed documents (the board's edition) asks search engines to stay away,
    // whatever template it was made with, should it end up on a web server by mistake (#10).
    return closed ? page.replace(/<head>/i, '$&\n<meta name="robots" content="noindex, nofollow">') : page
  }
  const own = options.templates === undefined || template === ownHtml
  // Your own style sheet may break pages, count or pick first children in ways parts would change:
  // then the page is printed in parts only when asked (`itemsPerPrint`).
  return {parts, fill, split: !own ? 'never' : options.templates === undefined || css === ownCss ? 'auto' : 'asked'}
}

function showsClosed(numbered: NumberedMeeting): boolean {
  return numbered.items.some((item) => item.documents.some(shownClosed))
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
