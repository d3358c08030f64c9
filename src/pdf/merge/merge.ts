/**
 * Stage 5b, merge: printed bundle bytes in, final bundle bytes out — appendices inserted, footers
 * stamped, destinations and bookmarks set, metadata written.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import type {PDFDocument} from 'pdf-lib'
import type {NumberedMeeting} from '../../number/number.js'
import type {PdfAppendix} from '../../model.js'
import type {Layout} from '../layout.js'
import {fontFolder} from '../../fonts.js'
import {insertAppendices, retargetDestinations} from './insert-appendices.js'
import {stampFooters, type Stamps as FooterStamps} from './footer.js'
import {stampConcept} from './watermark.js'
import {describeLinks} from './link-contents.js'
import {addListBodies} from './list-bodies.js'
import {structureTabOrder, tagAppendices} from './tag-appendices.js'
import {markUntagged, sharedStreams} from './artifacts.js'
import {checkObjects, type Finding} from '../../pdfua/check-pdfua.js'
import {loadPdf} from '../../validate/check-pdf.js'
import {Glyphs} from './glyphs.js'
import {renumberIds, writeIdTree} from '../element-ids.js'
import {stampTocNumbers} from './toc-numbers.js'
import {tocPages} from '../layout.js'
import {outlineEntries, writeOutline} from './outline.js'
import {writeMetadata, type Metadata} from './metadata.js'
import {flattenWidgets} from './flatten-forms.js'
import {stampContinuations} from './continued.js'
import {useNativeDeflate} from './native-deflate.js'
import {bundleSaveOptions} from '../pdf-lib-options.js'

/** Marks on the pages (#10). */
export interface Stamps extends FooterStamps {
  /** A draft: "CONCEPT" across every own page. */
  readonly concept?: boolean | undefined
}

/** What else a merge is given and tells. */
export interface MergeOptions {
  readonly stamps?: Stamps | undefined
  /** Hears why the bundle does not say it is PDF/UA-1, when it does not. */
  readonly undeclared?: ((findings: readonly Finding[]) => void) | undefined
  /** Milliseconds spent on tags (appendices, artifacts, lists, the PDF/UA check) are added here. */
  readonly timing?: {tagging: number} | undefined
}

/** The PDF appendices of the meeting, in bundle order: what merge puts between the printed pages. */
export function pdfsToMerge(numbered: NumberedMeeting): PdfAppendix[] {
  return numbered.items.flatMap((item) => item.documents.flatMap((document) => (document.kind === 'appendix' && document.appendix.kind === 'pdf' ? [document.appendix] : [])))
}

/** The object rules of PDF/UA-1 on the merged document; a tree they cannot walk is not declared either. */
function objectFindings(pdf: PDFDocument): {findings: readonly Finding[]} {
  try {
    return checkObjects(pdf)
  } catch {
    return {findings: [{rule: 'pdfua-structure', params: {detail: 'unchecked'}}]}
  }
}

/** Merge the appendices into the document Chromium printed (changed in place) and save it. */
export async function merge(pdf: PDFDocument, numbered: NumberedMeeting, layout: Layout, metadata: Metadata, options: MergeOptions = {}): Promise<Uint8Array> {
  const {stamps = {}, undeclared, timing} = options
  useNativeDeflate()
  // An appendix whose validation came from the cache is parsed now, once (validate/check-pdf.ts),
  // unless it was while Chromium printed (make-pdf.ts).
  for (const appendix of pdfsToMerge(numbered)) await loadPdf(appendix)
  let tagging = 0
  const timed = <T>(work: () => T): T => {
    const started = performance.now()
    try {
      return work()
    } finally {
      tagging += performance.now() - started
    }
  }
  const {inserted, appendices} = await insertAppendices(pdf, layout)
  retargetDestinations(pdf, layout)
  pdf.registerFontkit(fontkit)
  // A fixed subset name keeps rebuilds byte-identical.
  const font = await pdf.embedFont(await readFile(path.join(fontFolder(), 'DejaVuSans.ttf')), {subset: true, customName: 'BNDLFT+DejaVuSans'})
  const glyphs = new Glyphs(font)
  // Appendix pages join the tag tree (#12); their form fields become page content before the
  // shrink, so they move with the page (#14), tagged where they stand.
  const {tree, balances, grafted} = timed(() =>
    tagAppendices(pdf, layout, appendices, glyphs, 'nl', (index, mark) => flattenWidgets(pdf, pdf.getPage(index), inserted.get(index)!.defaults, glyphs, mark))
  )
  // What tagged pages paint outside their tags is decoration or a running header (artifacts.ts).
  // Which streams are shared is asked now, not before: pdf-lib wraps pages it draws on in one
  // `q` and one `Q` stream that every such page shares.
  if (tree) {
    timed(() => {
      const shared = sharedStreams(pdf)
      pdf.getPages().forEach((page, index) => (!inserted.has(index) || grafted.has(index)) && markUntagged(pdf, page, shared))
    })
  }
  stampTocNumbers(pdf, layout, glyphs, tocPages(layout), tree)
  stampContinuations(pdf, numbered, layout, glyphs)
  stampFooters(pdf, layout, numbered.title, glyphs, balances, stamps)
  if (stamps.concept) stampConcept(pdf, glyphs, (index) => !inserted.has(index))
  describeLinks(pdf, layout, (index) => !inserted.has(index))
  timed(() => {
    tree?.save()
    addListBodies(pdf)
    structureTabOrder(pdf)
    // Ids (table headers) of every part and appendix, numbered in reading order, in one ID tree.
    if (tree) {
      renumberIds(pdf, 1)
      writeIdTree(pdf)
    }
  })
  writeOutline(pdf, outlineEntries(numbered, layout))
  writeMetadata(pdf, metadata)
  // Declare only what holds (#12): the rules on the PDF's objects are checked here, on every
  // build; the painted content is tagged or an artifact by construction (above), which the tests
  // check with the full checker on the example and on the corpus of real-world appendices.
  const {findings} = timed(() => objectFindings(pdf))
  if (findings.length === 0) writeMetadata(pdf, metadata, true)
  else undeclared?.(findings)
  if (timing) timing.tagging += tagging
  return pdf.save(bundleSaveOptions)
}
