/**
 * The PDF/UA-1 rules that a machine can check, checked on a finished PDF (#12). No validator
 * (veraPDF, PAC) installs on the machines bundel runs on, so bundel checks what it promises
 * itself: painted content from pdf.js's operator lists (forms included), the tag tree, the
 * annotations, fonts and metadata from the objects (pdf-lib). The README lists the rules
 * checked and those that are not.
 */
import {PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFStream, ParseSpeeds, PDFString, type PDFObject} from 'pdf-lib'
import {elementOf, kidsOf, readNumberTree} from '../pdf/merge/struct-tree.js'
import {headerLists, text} from '../pdf/element-ids.js'
import {decodeContent} from '../pdf/merge/content.js'
import {fontFlaws} from '../validate/pdf-quality.js'

/** One broken rule: a catalogue rule id and its values (pages are 1-based, comma-separated). */
export interface Finding {
  readonly rule: 'pdfua-content' | 'pdfua-nesting' | 'pdfua-structure' | 'pdfua-bookmarks' | 'pdfua-fonts'
  readonly params: Readonly<Record<string, string>>
}

/** What the check counted: painted items by kind, per document. */
export interface PdfUaCounts {
  readonly pages: number
  readonly tagged: number
  readonly artifacts: number
  readonly untagged: number
  readonly elements: number
  readonly headings: number
  readonly links: number
  readonly figures: number
}

export interface PdfUaReport {
  readonly findings: readonly Finding[]
  readonly counts: PdfUaCounts
  /** Whether the XMP says `pdfuaid:part` 1. */
  readonly declared: boolean
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | undefined

/** The most pages a finding names; the count says how many there are. */
const shownPages = 10

function pagesParam(pages: Iterable<number>): Record<string, string> {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  return {pages: sorted.slice(0, shownPages).join(','), pageCount: String(sorted.length)}
}

/** Check `bytes`; throws only when the file is no PDF at all (the caller reports that). */
export async function checkPdfUa(bytes: Uint8Array): Promise<PdfUaReport> {
  // Fastest: parse without waiting for a timer every 100 objects (pdf-lib's default, #13).
  const pdf = await PDFDocument.load(bytes, {updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false, parseSpeed: ParseSpeeds.Fastest})
  const content = await paintedContent(bytes, markedIds(pdf))
  const findings: Finding[] = []
  // Content: every painted item tagged or an artifact, never one inside the other.
  if (content.untaggedPages.size > 0) findings.push({rule: 'pdfua-content', params: {count: String(content.untagged), ...pagesParam(content.untaggedPages)}})
  if (content.nestingPages.size > 0) findings.push({rule: 'pdfua-nesting', params: pagesParam(content.nestingPages)})
  const objects = checkObjects(pdf, content.texts)
  findings.push(...objects.findings)
  return {
    findings,
    declared: objects.declared,
    counts: {tagged: content.tagged, artifacts: content.artifacts, untagged: content.untagged, ...objects.counts}
  }
}

/**
 * The rules that need only the PDF's objects: the tag tree, annotations, fonts, metadata (and,
 * given the text of each marked-content id, whether bookmarks lead to headings). Cheap enough to
 * run on every build before bundel declares PDF/UA-1 (merge.ts).
 */
export function checkObjects(pdf: PDFDocument, texts?: ReadonlyMap<number, ReadonlyMap<number, string>>): {findings: Finding[]; declared: boolean; counts: Omit<PdfUaCounts, 'tagged' | 'artifacts' | 'untagged'>} {
  const findings: Finding[] = []
  const structure = (detail: string, extra: Record<string, string> = {}) => findings.push({rule: 'pdfua-structure', params: {detail, ...extra}})
  const pageRefs = pdf.getPages().map((page) => page.ref)
  const pageOf = new Map(pageRefs.map((ref, index) => [ref, index + 1]))

  // Catalogue and metadata.
  const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'))
  const marked = markInfo instanceof PDFDict && markInfo.lookup(PDFName.of('Marked'))?.toString() === 'true'
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  if (!(root instanceof PDFDict)) structure('no-tree')
  else if (!marked) structure('mark-info')
  const lang = pdf.catalog.lookup(PDFName.of('Lang'))
  if (!((lang instanceof PDFString || lang instanceof PDFHexString) && lang.decodeText().trim() !== '')) structure('no-lang')
  const preferences = pdf.catalog.lookup(PDFName.of('ViewerPreferences'))
  if (!(preferences instanceof PDFDict && preferences.lookup(PDFName.of('DisplayDocTitle'))?.toString() === 'true')) structure('display-title')
  const xmp = metadataText(pdf)
  if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>\s*\S[\s\S]*?<\/rdf:li>/.test(xmp)) structure('xmp-title')
  const declared = /pdfuaid:part(?:>\s*1\s*<|\s*=\s*["']1["'])/.test(xmp)

  // The tree.
  const counts = {elements: 0, headings: 0, links: 0, figures: 0}
  const headingTexts: string[] = []
  if (root instanceof PDFDict) {
    const roleMap = root.lookup(PDFName.of('RoleMap'))
    const typeOf = (element: PDFDict): string => {
      const type = element.lookup(PDFName.of('S'))
      let name = type instanceof PDFName ? type.decodeText() : ''
      for (let step = 0; step < 16 && roleMap instanceof PDFDict; step++) {
        const mapped = roleMap.lookup(PDFName.of(name))
        if (!(mapped instanceof PDFName)) break
        name = mapped.decodeText()
      }
      return name
    }
    const top = kidsOf(root).filter((kid) => elementOf(pdf.context, kid))
    if (top.length !== 1 || typeOf(elementOf(pdf.context, top[0])!) !== 'Document') structure('no-document')
    const problems = new Map<string, {count: number; pages: Set<number>}>()
    const problem = (code: string, page: number | undefined) => {
      const entry = problems.get(code) ?? {count: 0, pages: new Set<number>()}
      entry.count++
      if (page !== undefined) entry.pages.add(page)
      problems.set(code, entry)
    }
    const ids = nameTreeKeys(pdf, root.get(PDFName.of('IDTree')))
    let previousLevel = 0
    let firstHeading: string | undefined
    const skips: Array<{actual: string; expected: string; page: number | undefined}> = []
    const seen = new Set<PDFDict>()
    const visit = (element: PDFDict, parentType: string, inherited: PDFRef | undefined, depth: number) => {
      if (seen.has(element) || depth > 512) return
      seen.add(element)
      counts.elements++
      const type = typeOf(element)
      const pg = element.get(PDFName.of('Pg'))
      const page = pg instanceof PDFRef ? pg : inherited
      const pageNumber = firstPage(pdf, element, page, pageOf)
      const kids = kidsOf(element)
      const childTypes = kids.map((kid) => {
        const child = elementOf(pdf.context, kid)
        return child ? typeOf(child) : undefined
      })
      const heading = /^H([1-6])$/.exec(type)
      if (heading) {
        counts.headings++
        const level = Number(heading[1])
        firstHeading ??= type
        if (previousLevel > 0 && level > previousLevel + 1) skips.push({actual: type, expected: `H${previousLevel}`, page: pageNumber})
        previousLevel = level
        if (texts) headingTexts.push(textOf(pdf, element, page, texts, pageOf))
      }
      if (type === 'Figure') {
        counts.figures++
        if (!hasText(element, 'Alt') && !hasText(element, 'ActualText')) problem('figure-alt', pageNumber)
      }
      if (type === 'Table' && !hasDescendant(pdf, element, 'TR', typeOf)) problem('table-rows', pageNumber)
      if (type === 'TH' && !hasScope(pdf, element, root)) problem('th-scope', pageNumber)
      if ((type === 'TD' || type === 'TH') && namedHeaders(pdf, element).some((id) => !ids.has(id))) problem('td-headers', pageNumber)
      if (type === 'LI') {
        if (parentType !== 'L') problem('list-items', pageNumber)
        const named = childTypes.filter((child) => child !== undefined)
        const loose = kids.some((kid, index) => childTypes[index] === undefined && (kid instanceof PDFNumber || isContentReference(pdf, kid)))
        if (loose || !named.includes('LBody') || named.some((child) => child !== 'Lbl' && child !== 'LBody')) problem('list-items', pageNumber)
      }
      if (type === 'L' && childTypes.some((child) => child !== undefined && child !== 'LI' && child !== 'Caption' && child !== 'L')) problem('list-items', pageNumber)
      if ((type === 'Lbl' || type === 'LBody') && parentType !== 'LI') problem('list-items', pageNumber)
      kids.forEach((kid) => {
        const child = elementOf(pdf.context, kid)
        if (child) visit(child, type, page, depth + 1)
      })
    }
    for (const kid of top) visit(elementOf(pdf.context, kid)!, '', undefined, 0)
    if (firstHeading && firstHeading !== 'H1') structure('first-heading', {actual: firstHeading})
    if (skips.length > 0) structure('heading-skip', {actual: skips[0]!.actual, expected: skips[0]!.expected, count: String(skips.length), ...pagesParam(skips.flatMap((skip) => (skip.page ? [skip.page] : [])))})
    for (const [code, entry] of problems) structure(code, {count: String(entry.count), ...pagesParam(entry.pages)})

    // Annotations: a link has its Link element and a description; a page with annotations /Tabs /S.
    const parents = readNumberTree(pdf.context, root.get(PDFName.of('ParentTree')))
    const linkParent = new Set<number>()
    const linkContents = new Set<number>()
    const annotParent = new Set<number>()
    const tabs = new Set<number>()
    const annotation = {links: 0, noParent: 0, noContents: 0, others: 0}
    pdf.getPages().forEach((page, index) => {
      const annots = page.node.Annots()
      if (!annots || annots.size() === 0) return
      if (page.node.lookup(PDFName.of('Tabs')) !== PDFName.of('S')) tabs.add(index + 1)
      for (let at = 0; at < annots.size(); at++) {
        const annot = annots.lookup(at)
        if (!(annot instanceof PDFDict)) continue
        const subtype = annot.lookup(PDFName.of('Subtype'))
        if (subtype === PDFName.of('Popup')) continue
        const key = annot.lookup(PDFName.of('StructParent'))
        const parent = key instanceof PDFNumber ? elementOf(pdf.context, parents.get(key.asNumber())) : undefined
        if (subtype === PDFName.of('Link')) {
          annotation.links++
          if (!parent || typeOf(parent) !== 'Link') {
            annotation.noParent++
            linkParent.add(index + 1)
          }
          if (!hasText(annot, 'Contents')) {
            annotation.noContents++
            linkContents.add(index + 1)
          }
        } else if (!parent) {
          annotation.others++
          annotParent.add(index + 1)
        }
      }
    })
    counts.links = annotation.links
    if (linkParent.size > 0) structure('link-parent', {count: String(annotation.noParent), ...pagesParam(linkParent)})
    if (linkContents.size > 0) structure('link-contents', {count: String(annotation.noContents), ...pagesParam(linkContents)})
    if (annotParent.size > 0) structure('annot-parent', {count: String(annotation.others), ...pagesParam(annotParent)})
    if (tabs.size > 0) structure('tabs', {count: String(tabs.size), ...pagesParam(tabs)})
  }

  // Bookmarks lead to headings of the same text.
  const headings = new Set(headingTexts.map(normalize))
  const orphans = texts ? outlineTitles(pdf).filter((title) => !headings.has(normalize(title))) : []
  if (orphans.length > 0) findings.push({rule: 'pdfua-bookmarks', params: {count: String(orphans.length), actual: orphans.slice(0, 5).map((title) => `“${title}”`).join(', ') + (orphans.length > 5 ? ' …' : '')}})

  // Fonts: embedded, and with a way to Unicode.
  const fonts = fontProblems(pdf)
  if (fonts.names.size > 0) findings.push({rule: 'pdfua-fonts', params: {count: String(fonts.names.size), actual: [...fonts.names].sort().join(', '), ...pagesParam(fonts.pages)}})

  return {findings, declared, counts: {pages: pageRefs.length, ...counts}}
}

/** Letters and digits only, lower case: "2.3 Kamerbrief – regio­deals" and "2.3 Kamerbrief regiodeals" are the same. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

const hasText = (dict: PDFDict, key: string) => {
  const value = dict.lookup(PDFName.of(key))
  return (value instanceof PDFString || value instanceof PDFHexString) && value.decodeText().trim() !== ''
}

function isContentReference(pdf: PDFDocument, kid: PDFObject): boolean {
  const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid
  return value instanceof PDFDict && (value.has(PDFName.of('MCID')) || value.lookup(PDFName.of('Type')) === PDFName.of('OBJR'))
}

function hasDescendant(pdf: PDFDocument, element: PDFDict, wanted: string, typeOf: (element: PDFDict) => string, depth = 0): boolean {
  if (depth > 8) return false
  return kidsOf(element).some((kid) => {
    const child = elementOf(pdf.context, kid)
    return child !== undefined && (typeOf(child) === wanted || hasDescendant(pdf, child, wanted, typeOf, depth + 1))
  })
}

/** The ids a cell's `/Headers` names (in its Table attributes). */
function namedHeaders(pdf: PDFDocument, cell: PDFDict): string[] {
  return headerLists(pdf, cell).flatMap((headers) => headers.asArray().map((header) => text(header) ?? ''))
}

/** The keys of a name tree (the structure tree's `/IDTree`), at most 32 levels deep. */
function nameTreeKeys(pdf: PDFDocument, node: PDFObject | undefined, into = new Set<string>(), depth = 0): Set<string> {
  const tree = node instanceof PDFRef ? pdf.context.lookup(node) : node
  if (!(tree instanceof PDFDict) || depth > 32) return into
  const names = tree.lookup(PDFName.of('Names'))
  if (names instanceof PDFArray) {
    for (let index = 0; index < names.size(); index += 2) {
      const key = names.lookup(index)
      if (key instanceof PDFString || key instanceof PDFHexString) into.add(key.decodeText())
    }
  }
  const kids = tree.lookup(PDFName.of('Kids'))
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) nameTreeKeys(pdf, kid, into, depth + 1)
  return into
}

/** `/Scope` in a Table attribute of the cell, directly or through its class. */
function hasScope(pdf: PDFDocument, cell: PDFDict, root: PDFDict): boolean {
  const owners: PDFObject[] = []
  const collect = (value: PDFObject | undefined) => {
    const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value
    if (resolved instanceof PDFArray) resolved.asArray().forEach(collect)
    else if (resolved instanceof PDFDict) owners.push(resolved)
  }
  collect(cell.get(PDFName.of('A')))
  const classes = cell.lookup(PDFName.of('C'))
  const classMap = root.lookup(PDFName.of('ClassMap'))
  if (classMap instanceof PDFDict) {
    for (const name of classes instanceof PDFArray ? classes.asArray() : classes ? [classes] : []) if (name instanceof PDFName) collect(classMap.get(name))
  }
  return owners.some((owner) => owner instanceof PDFDict && owner.lookup(PDFName.of('O')) === PDFName.of('Table') && owner.lookup(PDFName.of('Scope')) instanceof PDFName)
}

/** The first page an element's content is on (1-based), for messages. */
function firstPage(pdf: PDFDocument, element: PDFDict, page: PDFRef | undefined, pageOf: ReadonlyMap<PDFRef, number>, depth = 0): number | undefined {
  if (depth > 16) return undefined
  for (const kid of kidsOf(element)) {
    if (kid instanceof PDFNumber && page) return pageOf.get(page)
    const child = elementOf(pdf.context, kid)
    if (child) {
      const pg = child.get(PDFName.of('Pg'))
      const found = firstPage(pdf, child, pg instanceof PDFRef ? pg : page, pageOf, depth + 1)
      if (found) return found
    } else {
      const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid
      const pg = value instanceof PDFDict ? value.get(PDFName.of('Pg')) : undefined
      if (pg instanceof PDFRef || page) return pageOf.get(pg instanceof PDFRef ? pg : page!)
    }
  }
  return undefined
}

/** The text of an element: its /ActualText or /Alt, or the text of its marked content. */
function textOf(pdf: PDFDocument, element: PDFDict, page: PDFRef | undefined, texts: ReadonlyMap<number, ReadonlyMap<number, string>>, pageOf: ReadonlyMap<PDFRef, number>, depth = 0): string {
  for (const key of ['ActualText', 'Alt']) {
    const value = element.lookup(PDFName.of(key))
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText()
  }
  if (depth > 32) return ''
  const pg = element.get(PDFName.of('Pg'))
  const own = pg instanceof PDFRef ? pg : page
  let text = ''
  for (const kid of kidsOf(element)) {
    if (kid instanceof PDFNumber) text += (own && texts.get(pageOf.get(own) ?? 0)?.get(kid.asNumber())) ?? ''
    const child = elementOf(pdf.context, kid)
    if (child) text += textOf(pdf, child, own, texts, pageOf, depth + 1)
    else {
      const value = kid instanceof PDFRef ? pdf.context.lookup(kid) : kid
      if (value instanceof PDFDict && value.lookup(PDFName.of('MCID')) instanceof PDFNumber) {
        const kidPage = value.get(PDFName.of('Pg'))
        const at = kidPage instanceof PDFRef ? kidPage : own
        text += (at && texts.get(pageOf.get(at) ?? 0)?.get((value.lookup(PDFName.of('MCID')) as PDFNumber).asNumber())) ?? ''
      }
    }
  }
  return text
}

function outlineTitles(pdf: PDFDocument): string[] {
  const titles: string[] = []
  const outlines = pdf.catalog.lookup(PDFName.of('Outlines'))
  const seen = new Set<PDFDict>()
  const walk = (first: PDFObject | undefined, depth: number) => {
    let item = first instanceof PDFRef ? pdf.context.lookup(first) : first
    while (item instanceof PDFDict && !seen.has(item) && depth < 32) {
      seen.add(item)
      const title = item.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText())
      walk(item.get(PDFName.of('First')), depth + 1)
      const next = item.get(PDFName.of('Next'))
      item = next instanceof PDFRef ? pdf.context.lookup(next) : next
    }
  }
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')), 0)
  return titles
}

function metadataText(pdf: PDFDocument): string {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'))
  return stream instanceof PDFStream ? new TextDecoder().decode(decodeContent(stream)) : ''
}

/** Fonts used by the pages (and their forms) that are not embedded or cannot be mapped to Unicode. */
function fontProblems(pdf: PDFDocument): {names: Set<string>; pages: Set<number>} {
  const names = new Set<string>()
  const pages = new Set<number>()
  const judged = new Map<PDFDict, string | undefined>()
  const judge = (font: PDFDict): string | undefined => {
    if (judged.has(font)) return judged.get(font)
    const flaws = fontFlaws(font)
    const result = flaws.embedded && flaws.mapped ? undefined : flaws.name
    judged.set(font, result)
    return result
  }
  const visit = (resources: PDFObject | undefined, page: number, seen: Set<PDFObject>, depth: number) => {
    const dict = resources instanceof PDFRef ? pdf.context.lookup(resources) : resources
    if (!(dict instanceof PDFDict) || seen.has(dict) || depth > 8) return
    seen.add(dict)
    const fonts = dict.lookup(PDFName.of('Font'))
    if (fonts instanceof PDFDict) {
      for (const [, ref] of fonts.entries()) {
        const font = ref instanceof PDFRef ? pdf.context.lookup(ref) : ref
        const bad = font instanceof PDFDict ? judge(font) : undefined
        if (bad) {
          names.add(bad)
          pages.add(page)
        }
      }
    }
    const xobjects = dict.lookup(PDFName.of('XObject'))
    if (xobjects instanceof PDFDict) {
      for (const [, ref] of xobjects.entries()) {
        const form = ref instanceof PDFRef ? pdf.context.lookup(ref) : ref
        if (form instanceof PDFStream && form.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Form')) visit(form.dict.get(PDFName.of('Resources')), page, seen, depth + 1)
      }
    }
  }
  pdf.getPages().forEach((page, index) => visit(page.node.Resources(), index + 1, new Set(), 0))
  return {names, pages}
}

/**
 * Per page (1-based), the marked-content ids its parent-tree entry maps to an element: content
 * marked with any other id belongs to no element, however it is marked (an appendix whose tree
 * was dropped looks tagged in its content streams, but a screen reader finds nothing there).
 */
function markedIds(pdf: PDFDocument): Map<number, Set<number>> {
  const ids = new Map<number, Set<number>>()
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'))
  const parents = root instanceof PDFDict ? readNumberTree(pdf.context, root.get(PDFName.of('ParentTree'))) : new Map<number, PDFObject>()
  pdf.getPages().forEach((page, index) => {
    const key = page.node.lookup(PDFName.of('StructParents'))
    const value = key instanceof PDFNumber ? parents.get(key.asNumber()) : undefined
    const array = value instanceof PDFRef ? pdf.context.lookup(value) : value
    const set = new Set<number>()
    if (array instanceof PDFArray) array.asArray().forEach((entry, mcid) => elementOf(pdf.context, entry) && set.add(mcid))
    ids.set(index + 1, set)
  })
  return ids
}

/** Painted items by how they are marked, per page, and the text of each marked-content id. */
async function paintedContent(bytes: Uint8Array, valid: ReadonlyMap<number, ReadonlySet<number>>): Promise<{
  tagged: number
  artifacts: number
  untagged: number
  untaggedPages: Set<number>
  nestingPages: Set<number>
  texts: Map<number, Map<number, string>>
}> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  const {getDocument, OPS, AnnotationMode} = await pdfjs
  const paints = new Set<number>(
    [
      OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
      OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText,
      OPS.paintImageXObject, OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat,
      OPS.paintSolidColorImageMask, OPS.paintInlineImageXObject, OPS.paintInlineImageXObjectGroup, OPS.shadingFill
    ].filter((op): op is number => typeof op === 'number')
  )
  const result = {tagged: 0, artifacts: 0, untagged: 0, untaggedPages: new Set<number>(), nestingPages: new Set<number>(), texts: new Map<number, Map<number, string>>()}
  const task = getDocument({data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0, stopAtErrors: false})
  const doc = await task.promise
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      // Page content only: annotation appearances are not part of it (PDF/UA-1 7.1 is about the page).
      const list = await page.getOperatorList({annotationMode: AnnotationMode.DISABLE})
      // The stack of open marked content: 'a' artifact, 't' tagged (an MCID of an element), 'o' other.
      const stack: Array<'a' | 't' | 'x' | 'o'> = []
      const ids = valid.get(number) ?? new Set<number>()
      // Inside a form XObject, ids are the form's own (its /StructParents): taken as they are.
      let forms = 0
      for (let index = 0; index < list.fnArray.length; index++) {
        const fn = list.fnArray[index]!
        if (fn === OPS.paintFormXObjectBegin) forms++
        else if (fn === OPS.paintFormXObjectEnd) forms--
        else if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
          const args = list.argsArray[index] as [string | {name?: string}, unknown] | null
          // pdf.js gives BDC's tag as a string and BMC's as a name object.
          const tag = typeof args?.[0] === 'string' ? args[0] : args?.[0]?.name
          const mcid = fn === OPS.beginMarkedContentProps && typeof args?.[1] === 'number' ? args[1] : undefined
          // 'x': marked as content, but with an id no element claims.
          const kind = tag === 'Artifact' ? 'a' : mcid === undefined ? 'o' : forms > 0 || ids.has(mcid) ? 't' : 'x'
          const content = (entry: string) => entry === 't' || entry === 'x'
          if ((kind === 'a' && stack.some(content)) || (content(kind) && stack.includes('a'))) result.nestingPages.add(number)
          stack.push(kind)
        } else if (fn === OPS.endMarkedContent) stack.pop()
        else if (paints.has(fn)) {
          if (stack.includes('a')) result.artifacts++
          else if (stack.includes('t')) result.tagged++
          else {
            result.untagged++
            result.untaggedPages.add(number)
          }
        }
      }
      const text = await page.getTextContent({includeMarkedContent: true})
      const byMcid = new Map<number, string>()
      const open: Array<number | undefined> = []
      for (const item of text.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
            const mcid = /_mc(\d+)$/.exec(item.id ?? '')?.[1]
            open.push(mcid === undefined ? undefined : Number(mcid))
          } else if (item.type === 'endMarkedContent') open.pop()
        } else if ('str' in item) {
          const mcid = open.findLast((entry) => entry !== undefined)
          if (mcid !== undefined) byMcid.set(mcid, (byMcid.get(mcid) ?? '') + item.str + (item.hasEOL ? ' ' : ''))
        }
      }
      result.texts.set(number, byMcid)
      page.cleanup()
    }
  } finally {
    await doc.destroy()
  }
  return result
}
