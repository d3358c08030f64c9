/**
 * Markdown → sanitised HTML nodes (hast), for embedding in the bundle.
 *
 * remark-parse + remark-gfm + remark-rehype + rehype-sanitize (GitHub's default allow-list, so raw
 * HTML, scripts, iframes and `javascript:` links never get through), then three small passes of our
 * own on the safe tree: headings fitted into the bundle's hierarchy with ids unique in the whole
 * bundle, in-document links rewritten to those ids, and images inlined or dropped so the page makes
 * no request (#2, #3).
 */
import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import GithubSlugger from 'github-slugger'
import type {Element, ElementContent, Root} from 'hast'
import {toString as hastToString} from 'hast-util-to-string'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import remarkGfm from 'remark-gfm'
import remarkLang from './remark-lang.js'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {MarkdownPart} from '../../model.js'
import {isTooComplex} from '../../validate/markdown-limits.js'
import {checkedMarkdown, safeDecode, type UsableImage} from '../../validate/check-markdown.js'

/** How to fit a Markdown body into the bundle. */
export interface MarkdownContext {
  /** Prefix of every id in this body (the document's anchor). */
  readonly idPrefix: string
  /** Level of the body's top heading, 2..6. */
  readonly baseLevel: number
  /** Images must lie inside this folder (the content folder). */
  readonly root: string
  /** What the body belongs to, to name its tables' regions apart ("2.1 Memo lobbyagenda"). */
  readonly name?: string | undefined
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLang)
  // Sanitize adds its own `user-content-` prefix; a second one from remark-rehype would double it.
  .use(remarkRehype, {clobberPrefix: '', footnoteLabel: 'Voetnoten', footnoteBackLabel: 'Terug naar de tekst'})
  .use(rehypeSanitize, defaultSchema)
  .freeze()

// Each part is rendered once per build, however often the page is rendered (web, print, reprint):
// parts are new objects every build, so this cache lives exactly as long as the build (#3).
const rendered = new WeakMap<MarkdownPart, Map<string, ElementContent[]>>()

/**
 * Bodies rendered earlier in this process, by what they are made of: the checked source, the
 * context, and the state of the images they embed. `bundel dev` renders every body again on each
 * save; only the one that changed needs the work (#13).
 */
const earlier = new Map<string, ElementContent[]>()

/** Render a Markdown body (checked by validation; render reports nothing). */
export function renderMarkdown(part: MarkdownPart, context: MarkdownContext): ElementContent[] {
  const key = `${context.idPrefix}\0${context.baseLevel}\0${context.root}\0${context.name ?? ''}`
  const byContext = rendered.get(part) ?? new Map<string, ElementContent[]>()
  rendered.set(part, byContext)
  let nodes = byContext.get(key)
  if (!nodes) {
    const content = contentKey(part, key)
    nodes = (content && earlier.get(content)) || renderOnce(part, context)
    if (content) {
      if (earlier.size >= 2_000) earlier.clear()
      earlier.set(content, nodes)
    }
    byContext.set(key, nodes)
  }
  return nodes
}

/** What a rendered body depends on (its source, context and images), as a hash; undefined when validation did not check it. */
function contentKey(part: MarkdownPart, context: string): string | undefined {
  const checked = checkedMarkdown(part)
  if (!checked) return undefined
  const hash = createHash('sha256').update(context).update('\0').update(checked.source)
  for (const [address, image] of checked.images) {
    let state = 'gone'
    try {
      const stats = statSync(image.real)
      state = `${stats.size}:${stats.mtimeMs}`
    } catch {
      // Removed since validation: the render meets that (and the key differs).
    }
    hash.update(`\0${address}\0${image.real}\0${state}`)
  }
  return hash.digest('hex')
}

function renderOnce(part: MarkdownPart, context: MarkdownContext): ElementContent[] {
  if (part.markdown.trim() === '' || isTooComplex(part)) return []
  // Validation parsed and checked the body already (validate/check-markdown.ts); a part it did not
  // see (a caller of the library that skipped it) is parsed here, unchecked.
  const checked = checkedMarkdown(part)
  let tree: Root
  try {
    tree = processor.runSync(checked?.tree ?? processor.parse(part.markdown)) as Root
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return [] // reported by validation
  }
  fitHeadings(tree, context)
  prefixIds(tree, context.idPrefix)
  inlineImages(tree, checked?.images ?? new Map())
  wrapTables(tree, context.name)
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
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

/** Embed the images validation found usable as data URIs; any other image becomes its description. */
function inlineImages(tree: Root, images: ReadonlyMap<string, UsableImage>): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return
    const src = typeof node.properties.src === 'string' ? node.properties.src : ''
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt : ''
    const usable = images.get(safeDecode(src))
    if (usable) {
      node.properties.src = `data:${usable.type};base64,${readFileSync(usable.real).toString('base64')}`
      return
    }
    parent.children[index] = {type: 'element', tagName: 'span', properties: {className: ['image-missing']}, children: [{type: 'text', value: alt ? `[afbeelding: ${alt}]` : '[afbeelding]'}]}
  })
}

/**
 * Wide tables scroll inside their own box on a phone instead of widening the page. The box is a
 * named, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
 */
function wrapTables(tree: Root, name: string | undefined): void {
  let count = 0
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return
    count++
    // Named apart from every other table's region: "Tabel 1 bij 2.1 Memo lobbyagenda" (#12).
    const label = `Tabel ${count}${name ? ` bij ${name}` : ''}`
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: {className: ['table-scroll'], role: 'region', ariaLabel: label, tabIndex: 0},
      children: [node]
    }
    return 'skip'
  })
}
