/**
 * Markdown → sanitised HTML nodes (hast), for embedding in the bundle.
 *
 * remark-parse + remark-gfm + remark-rehype + rehype-sanitize (GitHub's default allow-list, so raw
 * HTML, scripts, iframes and `javascript:` links never get through), then three small passes of our
 * own on the safe tree: headings fitted into the bundle's hierarchy with ids unique in the whole
 * bundle, in-document links rewritten to those ids, and images inlined or dropped so the page makes
 * no request (#2, #3).
 */
import {closeSync, openSync, readFileSync, readSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import type {Element, ElementContent, Root} from 'hast'
import type {Image, Root as MdastRoot} from 'mdast'
import {toString as hastToString} from 'hast-util-to-string'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {report} from '../../messages.js'
import type {MarkdownPart} from '../../model.js'
import {isInside} from '../../load/safe-path.js'
import {isTooComplex} from '../../validate/markdown-limits.js'
import {imageLimits, imageSize} from './image-size.js'

/** How to fit a Markdown body into the bundle. */
export interface MarkdownContext {
  /** Prefix of every id in this body (the document's anchor). */
  readonly idPrefix: string
  /** Level of the body's top heading, 2..6. */
  readonly baseLevel: number
  /** Images must lie inside this folder (the content folder). */
  readonly root: string
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Sanitize adds its own `user-content-` prefix; a second one from remark-rehype would double it.
  .use(remarkRehype, {clobberPrefix: '', footnoteLabel: 'Voetnoten', footnoteBackLabel: 'Terug naar de tekst'})
  .use(rehypeSanitize, defaultSchema)
  .freeze()

const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp'
}

// Each part is rendered once per build, however often the page is rendered (web, print, reprint):
// parts are new objects every build, so this cache lives exactly as long as the build (#3).
const rendered = new WeakMap<MarkdownPart, Map<string, ElementContent[]>>()

/** Render a Markdown body; problems (images) become messages on its file, once. */
export function renderMarkdown(part: MarkdownPart, context: MarkdownContext): ElementContent[] {
  const key = `${context.idPrefix}\0${context.baseLevel}\0${context.root}`
  const byContext = rendered.get(part) ?? new Map<string, ElementContent[]>()
  rendered.set(part, byContext)
  let nodes = byContext.get(key)
  if (!nodes) {
    nodes = renderOnce(part, context)
    byContext.set(key, nodes)
  }
  return nodes
}

function renderOnce(part: MarkdownPart, context: MarkdownContext): ElementContent[] {
  if (part.markdown.trim() === '' || isTooComplex(part)) return []
  let mdast: MdastRoot
  let tree: Root
  try {
    mdast = processor.parse(part.markdown)
    dropRemoteImages(mdast, part)
    warnRawHtml(mdast, part)
    tree = processor.runSync(mdast) as Root
  } catch (error) {
    // The limits (validate/markdown-limits.ts) keep known cases out; this catches the rest.
    if (!(error instanceof RangeError)) throw error
    report(part.file, 'markdown-too-complex', {place: {line: part.line}, params: {detail: 'it is nested too deeply', fix: 'simplify the nesting of lists and quotes'}})
    return []
  }
  fitHeadings(tree, context)
  prefixIds(tree, context.idPrefix)
  inlineImages(tree, part, context.root)
  wrapTables(tree)
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
}

/**
 * Before sanitising, while the address is still known: an image that is not a relative path
 * (a URL, `file:`, `data:`, an absolute path) is replaced by its alt text, with a warning.
 */
function dropRemoteImages(tree: MdastRoot, part: MarkdownPart): void {
  visit(tree, 'image', (node: Image, index, parent) => {
    if (!parent || index === undefined) return
    const url = node.url
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('/')) return
    const place = node.position ? {line: node.position.start.line + part.line - 1, column: node.position.start.column} : undefined
    report(part.file, 'remote-image', {place, params: {actual: url.length > 80 ? `${url.slice(0, 80)}…` : url}})
    parent.children[index] = {type: 'emphasis', children: [{type: 'text', value: node.alt ? `[afbeelding: ${node.alt}]` : '[afbeelding]'}]}
  })
}

/**
 * Raw HTML is never shown (the sanitiser removes it), and CommonMark lets an HTML block run on to
 * the next empty line: Markdown text right under `<div>` disappears with it. Say so where it
 * happens, so the secretary sees the lost text (#7).
 */
function warnRawHtml(tree: MdastRoot, part: MarkdownPart): void {
  visit(tree, 'html', (node) => {
    const lines = node.value.split('\n')
    const first = lines[0]!.trim()
    const shown = first.length > 40 ? `${first.slice(0, 40)}…` : first
    const start = (node.position?.start.line ?? 1) + part.line - 1
    const textLines = lines.map((line, index) => ({line, index})).filter(({line, index}) => index > 0 && line.trim() !== '' && !/^\s*</.test(line))
    let lost: string | undefined
    if (textLines.length > 0) {
      const from = start + textLines[0]!.index
      const to = start + textLines.at(-1)!.index
      lost = from === to ? `is the text on line ${from} after it` : `are the ${textLines.length} lines of text after it (lines ${from}–${to})`
    }
    report(part.file, 'raw-html', {place: {line: start, column: node.position?.start.column}, params: {actual: shown, lost}})
  })
}

function fitHeadings(tree: Root, context: MarkdownContext): void {
  const headings: Element[] = []
  visit(tree, 'element', (node) => {
    if (/^h[1-6]$/.test(node.tagName)) headings.push(node)
  })
  if (headings.length === 0) return
  const top = Math.min(...headings.map((node) => Number(node.tagName[1])))
  const slugger = new GithubSlugger()
  for (const node of headings) {
    const level = Math.min(6, context.baseLevel + Number(node.tagName[1]) - top)
    node.tagName = `h${level}`
    // Sanitize stripped any id; the slug becomes "user-content-…" to be prefixed like the others.
    node.properties.id = `user-content-${slugger.slug(hastToString(node))}`
  }
}

function prefixIds(tree: Root, prefix: string): void {
  const ids = new Set<string>()
  visit(tree, 'element', (node) => {
    const id = node.properties.id
    if (typeof id === 'string' && id.startsWith('user-content-')) {
      const bare = id.slice('user-content-'.length)
      ids.add(bare)
      node.properties.id = `${prefix}-${bare}`
    }
  })
  visit(tree, 'element', (node) => {
    const href = node.properties.href
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
    const target = safeDecode(href.slice(1)).replace(/^user-content-/, '')
    if (ids.has(target)) node.properties.href = `#${prefix}-${target}`
  })
}

function inlineImages(tree: Root, part: MarkdownPart, root: string): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return
    const src = typeof node.properties.src === 'string' ? node.properties.src : ''
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt : ''
    const place = node.position ? {line: node.position.start.line + part.line - 1, column: node.position.start.column} : undefined
    const replaceWithText = () => {
      parent.children[index] = {type: 'element', tagName: 'span', properties: {className: ['image-missing']}, children: [{type: 'text', value: alt ? `[afbeelding: ${alt}]` : '[afbeelding]'}]}
    }
    const file = part.file.path ? path.resolve(part.file.cwd, part.file.dirname ?? '.', safeDecode(src)) : ''
    const type = imageTypes[path.extname(file).toLowerCase()]
    let detail: string | undefined
    if (!type) detail = 'not a .png, .jpg, .gif or .webp image'
    else {
      let real: string | undefined
      try {
        real = realpathSync(file)
        if (!statSync(real).isFile()) {
          real = undefined
          detail = 'it is not a file'
        }
      } catch {
        detail = 'the file does not exist'
      }
      // Checked after following symlinks: a link inside the content folder may point anywhere.
      if (real && !isInside(root, real)) detail = 'it lies outside the content folder'
      else if (real) {
        const tooLarge = imageProblem(real)
        if (tooLarge) {
          report(part.file, 'image-too-large', {place, params: {actual: src, detail: tooLarge}})
          replaceWithText()
          return
        }
        node.properties.src = `data:${type};base64,${readFileSync(real).toString('base64')}`
        return
      }
    }
    report(part.file, 'image-missing', {place, params: {actual: src, detail}})
    replaceWithText()
  })
}

/** Why an image is too large to embed, or undefined (#7). */
function imageProblem(file: string): string | undefined {
  const size = statSync(file).size
  if (size > imageLimits.bytes) return `it is ${Math.round(size / 1024 / 1024)} MB, more than ${imageLimits.bytes / 1024 / 1024} MB`
  const head = Buffer.alloc(64 * 1024)
  const fd = openSync(file, 'r')
  const read = readSync(fd, head, 0, head.length, 0)
  closeSync(fd)
  const dimensions = imageSize(head.subarray(0, read))
  if (!dimensions) return undefined
  const pixels = dimensions.width * dimensions.height
  if (pixels > imageLimits.pixels) return `it is ${dimensions.width} × ${dimensions.height} pixels, more than ${imageLimits.pixels / 1_000_000} million`
  return undefined
}

/**
 * Wide tables scroll inside their own box on a phone instead of widening the page. The box is a
 * named, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
 */
function wrapTables(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: {className: ['table-scroll'], role: 'region', ariaLabel: 'Tabel', tabIndex: 0},
      children: [node]
    }
    return 'skip'
  })
}

/** `decodeURIComponent` that keeps a malformed `%` sequence as written instead of throwing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
