/**
 * The page plan of the merged bundle (pure, no browser): where the PDF appendices go and on which
 * final page every part starts. The meeting is made by the real load → validate → number stages;
 * the destinations are the ones Chromium writes for it (see test-util/printed-pdf.ts).
 */
import {beforeAll, describe, expect, it} from 'vitest'
import type {NumberedMeeting} from '../number/number.js'
import {makePdf} from '../test-util/fixture.js'
import {memoMarkdown as memo, numberedMeeting} from '../test-util/printed-pdf.js'
import {planLayout, sectionOf, tocPages} from './layout.js'

/**
 * 1 Opening (no documents) · 2 Lobby: memo, PDF (after a memo), notes · 3 Kaarten: two PDFs in
 * a row as its first documents, then notes · 4 Verslag: minutes, and a PDF that ends the bundle.
 */
async function meeting(): Promise<NumberedMeeting> {
  return numberedMeeting({
    '01-opening/agendapunt.md': '---\ntitel: Opening\n---\n',
    '02-lobby/agendapunt.md': '---\ntitel: Lobby\nbijlagen:\n  - bestand: 01-brief.pdf\n    titel: Brief van de minister\n---\n',
    '02-lobby/memo.md': memo,
    '02-lobby/bijlagen/01-brief.pdf': await makePdf(3, 'Brief'),
    '02-lobby/bijlagen/02-notitie.md': '---\ntitel: Notitie\n---\nTekst.\n',
    '03-kaarten/agendapunt.md': '---\ntitel: Kaarten\n---\n',
    '03-kaarten/bijlagen/01-kaart.pdf': await makePdf(2, 'Kaart'),
    '03-kaarten/bijlagen/02-plan.pdf': await makePdf(4, 'Plan'),
    '03-kaarten/bijlagen/03-toelichting.md': '---\ntitel: Toelichting\n---\nTekst.\n',
    '04-verslag/agendapunt.md': '---\ntitel: Verslag\n---\n',
    '04-verslag/bijlagen/01-verslag.md': '---\ntitel: Verslag\n---\nTekst.\n',
    '04-verslag/bijlagen/02-bijlage.pdf': await makePdf(5, 'Slot')
  })
}

/**
 * Where Chromium starts each part (0-based): cover 0, contents 1, agenda 2, then the items; the
 * memo (2 pages) and the minutes (2 pages) share their item's heading page. A PDF's empty marker
 * lies on the last page of what precedes it.
 */
const printed: ReadonlyArray<readonly [string, number]> = [
  ['inhoud', 1],
  ['agenda', 2],
  ['agendapunt-1', 3],
  ['agendapunt-2', 4],
  ['document-2-1', 4],
  ['document-2-2', 5],
  ['document-2-3', 6],
  ['agendapunt-3', 7],
  ['document-3-1', 7],
  ['document-3-2', 7],
  ['document-3-3', 8],
  ['agendapunt-4', 9],
  ['document-4-1', 9],
  ['document-4-2', 10]
]
const ownPages = 11

describe('planLayout', () => {
  let numbered: NumberedMeeting
  beforeAll(async () => {
    numbered = await meeting()
  })

  it('numbers the documents as the plan below assumes', () => {
    const documents = numbered.items.flatMap((item) => item.documents.map((document) => `${document.label} ${document.title} ${document.kind === 'appendix' ? document.appendix.kind : 'memo'}`))
    expect(documents).toEqual(['2.1 Memo memo', '2.2 Brief van de minister pdf', '2.3 Notitie md', '3.1 Kaart pdf', '3.2 Plan pdf', '3.3 Toelichting md', '4.1 Verslag md', '4.2 Bijlage pdf'])
  })

  it('inserts each PDF before the next printed part, in bundle order', () => {
    const layout = planLayout(numbered, new Map(printed), ownPages)
    expect(layout.insertions.map(({anchor, at, start, appendix}) => ({anchor, at, start, pages: appendix.pageCount}))).toEqual([
      // After the memo (own pages 4–5), before the notes.
      {anchor: 'document-2-2', at: 6, start: 6, pages: 3},
      // Two in a row after the heading page of item 3: the second follows the first.
      {anchor: 'document-3-1', at: 8, start: 11, pages: 2},
      {anchor: 'document-3-2', at: 8, start: 13, pages: 4},
      // The last document of the bundle: after the last printed page.
      {anchor: 'document-4-2', at: 11, start: 20, pages: 5}
    ])
    expect(layout.total).toBe(ownPages + 3 + 2 + 4 + 5)
  })

  it('gives every part its final first page', () => {
    const layout = planLayout(numbered, new Map(printed), ownPages)
    expect(Object.fromEntries(layout.pages)).toEqual({
      inhoud: 2,
      agenda: 3,
      'agendapunt-1': 4,
      'agendapunt-2': 5,
      'document-2-1': 5,
      'document-2-2': 7,
      'document-2-3': 10,
      'agendapunt-3': 11,
      'document-3-1': 12,
      'document-3-2': 14,
      'document-3-3': 18,
      'agendapunt-4': 19,
      'document-4-1': 19,
      'document-4-2': 21
    })
  })

  it('maps every printed page past the appendices inserted before it', () => {
    const layout = planLayout(numbered, new Map(printed), ownPages)
    expect(Array.from({length: ownPages}, (_, index) => layout.ownToFinal(index))).toEqual([0, 1, 2, 3, 4, 5, 9, 10, 17, 18, 19])
  })

  it('names the section of every final page, the document rather than its item', () => {
    const layout = planLayout(numbered, new Map(printed), ownPages)
    const labels = Array.from({length: layout.total}, (_, page) => sectionOf(layout, page).label)
    const brief = '2.2 Brief van de minister'
    expect(labels).toEqual([
      '',
      'Inhoud',
      'Agenda',
      '1 Opening',
      '2.1 Memo',
      '2.1 Memo',
      brief,
      brief,
      brief,
      '2.3 Notitie',
      '3 Kaarten',
      '3.1 Kaart',
      '3.1 Kaart',
      '3.2 Plan',
      '3.2 Plan',
      '3.2 Plan',
      '3.2 Plan',
      '3.3 Toelichting',
      '4.1 Verslag',
      '4.1 Verslag',
      '4.2 Bijlage',
      '4.2 Bijlage',
      '4.2 Bijlage',
      '4.2 Bijlage',
      '4.2 Bijlage'
    ])
    expect(sectionOf(layout, 11).anchor).toBe('document-3-1')
  })

  it('throws when Chromium wrote no destination for a printed part', () => {
    const destinations = new Map(printed)
    destinations.delete('document-2-3')
    expect(() => planLayout(numbered, destinations, ownPages)).toThrow(/`document-2-3`/)
    const noContents = new Map(printed)
    noContents.delete('inhoud')
    expect(() => planLayout(numbered, noContents, ownPages)).toThrow(/`inhoud`/)
  })

  it('needs no destination for a PDF appendix: its pages follow from the parts around it', () => {
    const destinations = new Map(printed)
    for (const anchor of ['document-2-2', 'document-3-1', 'document-3-2', 'document-4-2']) destinations.delete(anchor)
    const layout = planLayout(numbered, destinations, ownPages)
    expect(layout.insertions.map((insertion) => insertion.start)).toEqual([6, 11, 13, 20])
  })

  it('moves everything when the printed parts move (a longer table of contents)', () => {
    const shifted = new Map(printed.map(([anchor, page]) => [anchor, anchor === 'inhoud' ? page : page + 1]))
    const layout = planLayout(numbered, shifted, ownPages + 1)
    expect(layout.insertions.map((insertion) => [insertion.at, insertion.start])).toEqual([
      [7, 7],
      [9, 12],
      [9, 14],
      [12, 21]
    ])
    expect(layout.pages.get('document-3-3')).toBe(19)
    expect(layout.total).toBe(ownPages + 1 + 14)
  })
})

describe('tocPages', () => {
  let numbered: NumberedMeeting
  beforeAll(async () => {
    numbered = await meeting()
  })

  it('is the page of the contents when the agenda follows it', () => {
    expect(tocPages(planLayout(numbered, new Map(printed), ownPages))).toEqual([1])
  })

  it('covers every page up to the agenda when the contents run on', () => {
    const shifted = new Map(printed.map(([anchor, page]) => [anchor, anchor === 'inhoud' ? page : page + 1]))
    expect(tocPages(planLayout(numbered, shifted, ownPages + 1))).toEqual([1, 2])
  })

  it('starts where the contents start (a long cover pushes them to page 3)', () => {
    const pushed = new Map(printed.map(([anchor, page]) => [anchor, page + 1]))
    expect(tocPages(planLayout(numbered, pushed, ownPages + 1))).toEqual([2])
  })
})
