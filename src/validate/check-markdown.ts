/**
 * Parse and check every Markdown body once, during validation (#8, #9): whatever the front matter
 * of a file says, its body is checked in the same run, so `check` reports every problem the
 * first time. Checked here: images (local, existing, of a known type, inside the content folder,
 * not too large, with a description; remote ones, inline or by reference, are left out with a
 * warning) and raw HTML. The parsed tree and where each image lives are kept for render, which
 * neither parses again nor reports.
 */
import {createHash} from 'node:crypto'
import {closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Definition, Image, ImageReference, Root as MdastRoot} from 'mdast'
import {visit} from 'unist-util-visit'
import {report} from '../messages.js'
import type {MarkdownPart} from '../model.js'
import {isInside} from '../load/safe-path.js'
import {imageLimits, imageSize} from './image-size.js'
import {isTooComplex} from './markdown-limits.js'
import {version} from '../version.js'
import {keepParsed} from '../kept-file.js'
import {aheadFrom, parseAhead} from './parse-ahead.js'
import {touch} from '../cache-folder.js'

/** An image that may be embedded: its real path and media type. */
export interface UsableImage {
  readonly real: string
  readonly type: string
}

/** What validation learnt of a Markdown body. */
export interface CheckedMarkdown {
  /** The parsed tree, remote images already replaced by their description. */
  readonly tree: MdastRoot
  /** Image address as written (decoded) → the file to embed; absent addresses are not usable. */
  readonly images: ReadonlyMap<string, UsableImage>
  /** What the tree is made from (the text, and whether missing descriptions were filled), as a hash. */
  readonly source: string
}

const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp'
}

const checked = new WeakMap<MarkdownPart, CheckedMarkdown>()

/** Where parsed trees are kept between runs (the render cache's `markdown/`), or undefined. */
let treeFolder: string | undefined

/**
 * Keep parsed Markdown trees in `dir`, by the hash of the text (#13): parsing is most of what
 * `check` and a build with nothing changed spend their time on, and reading a tree back is some
 * twenty times quicker. Only the parse is kept: every check (images, raw HTML) runs again on it,
 * so a message comes exactly as often as without the cache. False or undefined: parse every time.
 */
export function keepMarkdownTrees(dir: string | false | undefined): void {
  treeFolder = dir || undefined
}

/** The hash a body's tree is kept under (once per part: parseBodiesAhead and checkMarkdown both ask). */
function textHash(part: MarkdownPart): string {
  let hash = hashes.get(part)
  if (hash === undefined) {
    hash = createHash('sha256').update(version).update('\0').update(part.markdown).digest('hex')
    hashes.set(part, hash)
  }
  return hash
}

const hashes = new WeakMap<MarkdownPart, string>()

/** The file a text's tree is kept in, when trees are kept. */
const treeFile = (hash: string) => (treeFolder ? path.join(treeFolder, `${hash}.json`) : undefined)

/** Trees ready for checkMarkdown (parseBodiesAhead), by the hash of their text: parsed ahead (their JSON) or read from the cache. */
export type ParsedAhead = ReadonlyMap<string, string | KeptTree>

/**
 * Parse the bodies of `parts` that are neither checked nor kept on disk, on worker threads, when
 * there are `from` characters or more of them (parse-ahead.ts); checkMarkdown takes the result.
 */
export async function parseBodiesAhead(parts: readonly MarkdownPart[], from = aheadFrom): Promise<ParsedAhead> {
  const unchecked = parts.filter((part) => !checked.has(part))
  const kept = await readKeptTrees(unchecked)
  // Most meetings (and every `dev` save) stop here.
  if (unchecked.reduce((sum, part) => sum + part.markdown.length, 0) < from) return kept
  const texts = new Map<string, string>()
  let characters = 0
  for (const part of unchecked) {
    const hash = textHash(part)
    const file = treeFile(hash)
    if (kept.has(hash) || texts.has(hash) || (file && existsSync(file))) continue
    texts.set(hash, part.markdown)
    characters += part.markdown.length
  }
  if (characters < from) return kept
  const order = [...texts.keys()]
  const trees = await parseAhead(order.map((hash) => ({text: texts.get(hash)!, file: treeFile(hash)})))
  return new Map<string, string | KeptTree>([...kept, ...[...trees].map(([index, json]) => [order[index]!, json] as const)])
}

/** Parse `markdown` (whose hash is `hash`), or take the tree the same text gave before. */
function parseTree(markdown: string, hash: string, ahead: ParsedAhead | undefined): MdastRoot {
  const ready = ahead?.get(hash)
  if (typeof ready === 'string') return JSON.parse(ready) as MdastRoot
  if (ready && ready.uses > 0) {
    // Each body gets a tree of its own: checking one changes it (remote images, descriptions).
    ready.uses--
    return ready.uses > 0 ? structuredClone(ready.tree) : ready.tree
  }
  const file = treeFile(hash)
  const kept = file ? readTree(file) : undefined
  if (kept) return kept
  const tree = loadedParser().parse(markdown)
  if (file) keepParsed(file, JSON.stringify(tree))
  return tree
}

/** The tree kept in `file`, or undefined when it is not there yet, unreadable or damaged. */
function readTree(file: string): MdastRoot | undefined {
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'))
    // A file damaged into other JSON (`null`, a number) is no tree either.
    if (typeof kept === 'object' && kept !== null && (kept as MdastRoot).type === 'root' && Array.isArray((kept as MdastRoot).children)) {
      touch(file)
      return kept as MdastRoot
    }
  } catch {
    // Not there yet, or unreadable: parse, and keep it for the next run.
  }
  return undefined
}

type Parser = (typeof import('./markdown-parser.js'))['markdownParser']
let parser: Parser | undefined

/**
 * Load the Markdown parser (unified, remark, micromark: a 337 kB chunk of the bundle, ~20 ms to
 * load). validate asks for it only when a body has no kept tree, so `check` of a meeting whose
 * trees are all in the cache loads none of it (#13).
 */
export async function loadMarkdownParser(): Promise<void> {
  parser ??= (await import('./markdown-parser.js')).markdownParser
}

function loadedParser(): Parser {
  if (!parser) throw new Error('Expected the Markdown parser to be loaded (loadMarkdownParser) before a body is parsed, not unloaded')
  return parser
}

/** A kept tree read for the bodies about to be checked, and how many of them want it. */
interface KeptTree {
  readonly tree: MdastRoot
  uses: number
}

/** Read the kept trees of `parts`, by hash, and load the parser when one of them has none. */
async function readKeptTrees(parts: readonly MarkdownPart[]): Promise<Map<string, KeptTree>> {
  const kept = new Map<string, KeptTree>()
  let complete = true
  for (const part of parts) {
    const hash = textHash(part)
    const read = kept.get(hash)
    if (read) {
      read.uses++
      continue
    }
    const file = treeFile(hash)
    const tree = file ? readTree(file) : undefined
    if (tree) kept.set(hash, {tree, uses: 1})
    else complete = false
  }
  if (!complete) await loadMarkdownParser()
  return kept
}

/** The checked body of `part`, when validation saw it. */
export function checkedMarkdown(part: MarkdownPart): CheckedMarkdown | undefined {
  return checked.get(part)
}

/** `decodeURIComponent` that keeps a malformed `%` sequence as written instead of throwing. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

const isRemote = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('/')

/**
 * Parse and check `part` (once); `root` is the content folder's real path. An image without
 * alternative text is a warning; with `allowMissingAlt` it is described by its file name. `ahead`:
 * trees parsed beforehand (parseBodiesAhead).
 */
export function checkMarkdown(part: MarkdownPart, root: string, allowMissingAlt = false, ahead?: ParsedAhead): void {
  if (checked.has(part) || isTooComplex(part)) return
  const hash = textHash(part)
  let tree: MdastRoot
  try {
    tree = parseTree(part.markdown, hash, ahead)
  } catch (error) {
    // The limits (markdown-limits.ts) keep known cases out; this catches the rest.
    if (!(error instanceof RangeError)) throw error
    report(part.file, 'markdown-too-complex', {place: {line: part.line}, params: {detail: 'nesting', fix: 'nesting'}})
    return
  }
  const at = (node: {position?: {start: {line: number; column: number}} | undefined}) =>
    node.position ? {line: node.position.start.line + part.line - 1, column: node.position.start.column} : undefined
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node: Definition) => {
    definitions.set(node.identifier, node)
  })
  const images = new Map<string, UsableImage>()
  visit(tree, (node) => node.type === 'image' || node.type === 'imageReference', (node, index, parent) => {
    const image = node as Image | ImageReference
    const url = image.type === 'image' ? image.url : definitions.get(image.identifier)?.url
    if (url === undefined) return // a reference without a definition is text, as CommonMark says
    if (isRemote(url)) {
      report(part.file, 'remote-image', {place: at(image), params: {actual: url.length > 80 ? `${url.slice(0, 80)}…` : url}})
      if (parent && index !== undefined) parent.children[index] = {type: 'emphasis', children: [{type: 'text', value: image.alt ? `[afbeelding: ${image.alt}]` : '[afbeelding]'}]}
      return
    }
    // `![""](rand.png)` says "decoration" on purpose: `alt=""` in HTML, an artifact in the PDF (#12).
    if (image.alt?.trim() === '""') image.alt = ''
    else if (!image.alt?.trim()) {
      report(part.file, 'image-alt', {place: at(image), params: {actual: url}})
      if (allowMissingAlt) image.alt = path.posix.basename(safeDecode(url))
    }
    const usable = checkImage(part, url, root, at(image))
    if (usable) images.set(safeDecode(url), usable)
  })
  warnRawHtml(tree, part)
  checked.set(part, {tree, images, source: `${hash}${allowMissingAlt ? ':alt' : ''}`})
}

/** Check one local image; the file to embed, or undefined (with a message). */
function checkImage(part: MarkdownPart, url: string, root: string, place: {line: number; column: number} | undefined): UsableImage | undefined {
  const file = part.file.path ? path.resolve(part.file.cwd, part.file.dirname ?? '.', safeDecode(url)) : ''
  const type = imageTypes[path.extname(file).toLowerCase()]
  const missing = (detail: string, suggestion?: string) => {
    report(part.file, 'image-missing', {place, params: {actual: url, detail, suggestion}})
    return undefined
  }
  if (!type) return missing('image-type')
  let real: string
  try {
    real = realpathSync(file)
  } catch {
    // `Resultaat.PNG` for `resultaat.png`: name the file that is there.
    const near = readdirSync(path.dirname(file), {withFileTypes: true}).find((entry) => entry.name.toLowerCase() === path.basename(file).toLowerCase())?.name
    return missing('missing', near)
  }
  // Checked after following symlinks: a link inside the content folder may point anywhere.
  if (!isInside(root, real)) return missing('outside')
  const stats = statSync(real)
  if (!stats.isFile()) return missing('not-a-file')
  if (stats.size > imageLimits.bytes) {
    report(part.file, 'image-too-large', {place, params: {actual: url, detail: 'bytes', size: String(Math.round(stats.size / 1024 / 1024)), limit: String(imageLimits.bytes / 1024 / 1024)}})
    return undefined
  }
  const head = Buffer.alloc(64 * 1024)
  const fd = openSync(real, 'r')
  const read = readSync(fd, head, 0, head.length, 0)
  closeSync(fd)
  // A phone photo's EXIF, XMP or colour profile can push a JPEG's size past the first 64 kB: then
  // the whole file (already known to be within the byte limit) is read, so no size goes unchecked.
  const dimensions = imageSize(head.subarray(0, read)) ?? (stats.size > read ? imageSize(readFileSync(real)) : undefined)
  if (dimensions && dimensions.width * dimensions.height > imageLimits.pixels) {
    report(part.file, 'image-too-large', {place, params: {actual: url, detail: 'pixels', width: String(dimensions.width), height: String(dimensions.height), limit: String(imageLimits.pixels / 1_000_000)}})
    return undefined
  }
  return {real, type}
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
    const params: Record<string, string | undefined> = {actual: shown}
    if (textLines.length > 0) {
      params.from = String(start + textLines[0]!.index)
      params.to = String(start + textLines.at(-1)!.index)
      params.lines = String(textLines.length)
    }
    report(part.file, 'raw-html', {place: {line: start, column: node.position?.start.column}, params})
  })
}
