/**
 * "Agenda (vervolg)" at the top of every page the agenda runs on to (#8), so a board member who
 * turns to the second page of the agenda knows where they are. Chromium repeats no headings
 * across pages, and which pages the agenda covers is only known after printing, so it is
 * stamped here, in the top margin, as a running header (an artifact, like the footer).
 */
import type {PDFDocument} from 'pdf-lib'
import type {NumberedMeeting} from '../../number/number.js'
import type {Layout} from '../layout.js'
import type {Glyphs} from './glyphs.js'
import {frameOf} from './frame.js'
import {stamp} from './stamp.js'

/** Left edge of the text in print (templates/bundel.css: @page margin-left 20 mm). */
const left = 56.69
const size = 9

/** Stamp the continuation header on the agenda's later pages; returns how many. */
export function stampContinuations(pdf: PDFDocument, numbered: NumberedMeeting, layout: Layout, glyphs: Glyphs): number {
  const start = layout.pages.get('agenda')
  const next = numbered.items[0] ? layout.pages.get(numbered.items[0].anchor) : undefined
  if (start === undefined || next === undefined) return 0
  let count = 0
  // 1-based pages start+1 … next-1 are the agenda's continuation pages.
  for (let page = start + 1; page < next; page++) {
    const target = pdf.getPage(page - 1)
    const frame = frameOf(target)
    stamp(pdf, target, glyphs, frame, [{text: 'Agenda (vervolg)', x: left, y: frame.height - 34, size, gray: 0.3}])
    count++
  }
  return count
}
