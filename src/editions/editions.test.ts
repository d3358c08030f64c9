/**
 * Editions without a browser (#10): what the public edition keeps of a closed document, the
 * page matching, the schema's rules for closing, and the leak check on planted files.
 */
import {createHash} from 'node:crypto'
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {check} from '../pipeline.js'
import type {NumberedMeeting} from '../number/number.js'
import {openbaar} from './openbaar.js'
import {checkLeaks, longNumbers, words} from './leak-check.js'
import {addFillers, matchPages, samePages} from '../pdf/same-pages.js'

const project = path.resolve(import.meta.dirname, '../..')
const meetingId = '2025-01-29-algemeen-bestuur'
let full: NumberedMeeting

beforeAll(async () => {
  const result = await check({cwd: project, meetings: [meetingId]})
  expect(result.failed).toBe(false)
  full = result.meetings[0]!
})

/** Every message said about the meeting's files, as text. */
function messagesOf(meeting: NumberedMeeting): string[] {
  const files = new Set([meeting.meeting.intro.file, ...meeting.items.flatMap((item) => [item.item.notes.file, ...(item.item.memo ? [item.item.memo.body.file] : []), ...item.item.appendices.map((a) => (a.kind === 'md' ? a.body.file : a.file))])])
  return [...files].flatMap((file) => file.messages.map((message) => `${file.path}: ${message.ruleId} ${message.reason}`))
}

function clearMessages(meeting: NumberedMeeting): void {
  for (const item of meeting.items) {
    item.item.notes.file.messages.length = 0
    if (item.item.memo) item.item.memo.body.file.messages.length = 0
    for (const appendix of item.item.appendices) (appendix.kind === 'md' ? appendix.body.file : appendix.file).messages.length = 0
  }
}

describe('the public edition of the example', () => {
  it('keeps every number and anchor, and of a closed document only its label, a title and the ground', () => {
    const shown = openbaar.select(full)
    expect(shown.items.map((item) => item.anchor)).toEqual(full.items.map((item) => item.anchor))
    expect(shown.items.flatMap((item) => item.documents.map((d) => d.anchor))).toEqual(full.items.flatMap((item) => item.documents.map((d) => d.anchor)))
    const item7 = shown.items[6]!
    expect(item7.item.info.title).toBe('Personele aangelegenheid')
    expect(item7.item.info.proposal).toBeUndefined()
    expect(item7.item.notes.markdown).toBe('')
    expect(item7.item.memo).toBeUndefined()
    expect(item7.item.appendices).toEqual([])
    expect(item7.documents.map((d) => [d.kind, d.label, d.title])).toEqual([
      ['closed', '7.1', 'Memo'],
      ['closed', '7.2', 'Besloten stuk']
    ])
    expect(item7.documents[0]!.closed?.ground).toMatch(/^art\. 5\.1 lid 2 sub e Woo/)
    // One closed appendix in an open item: the item and its other documents stay as they are.
    const item3 = shown.items[2]!
    expect(item3.item.info.title).toBe(full.items[2]!.item.info.title)
    expect(item3.documents.map((d) => d.kind)).toEqual(['memo', 'appendix', 'closed'])
    expect(item3.documents[2]!.title).toBe('Samenvatting projectplan Energiehubs Bedrijventerreinen')
    expect(item3.item.appendices.map((a) => a.fileName)).toEqual(['01-aanvraagformulier.pdf'])
    // The meeting's own item list is the filtered one too: nothing reads the closed item through it.
    expect(shown.meeting.items[6]!.memo).toBeUndefined()
    // The full edition is not changed by selecting from it.
    expect(full.items[6]!.item.memo).toBeDefined()
  })
})

describe('matching the full edition\'s pages', () => {
  const order = ['inhoud', 'agenda', 'agendapunt-1', 'document-1-1', 'document-1-2', 'agendapunt-2']
  const plan = (pages: number[], total: number) => ({pages: new Map(order.map((anchor, index) => [anchor, pages[index]!])), total})
  const target = plan([2, 3, 5, 5, 9, 12], 14)

  it('puts the shortfall of each part before the part that follows it', () => {
    // A closed memo printed as 1 page instead of 4: 3 empty pages before 1.2, none elsewhere.
    const matching = matchPages(order, target, plan([2, 3, 5, 5, 6, 9], 11))
    expect(matching).toEqual({fillers: new Map([['document-1-2', 3]])})
    // A shorter agenda (a hidden proposal) and a shorter last part: before the item and at the end.
    expect(matchPages(order, target, plan([2, 3, 4, 4, 8, 11], 12))).toEqual({fillers: new Map([['agendapunt-1', 1], ['', 1]])})
  })

  it('names the part that came out longer; it cannot be made up with empty pages', () => {
    expect(matchPages(order, target, plan([2, 4, 6, 6, 10, 13], 15))).toEqual({longer: 'inhoud'})
    expect(matchPages(order, target, plan([2, 3, 5, 5, 10, 13], 15))).toEqual({longer: 'document-1-1'})
  })

  it('adds rounds and compares plans', () => {
    expect(addFillers(new Map([['a', 1]]), new Map([['a', 2], ['b', 1]]))).toEqual(new Map([['a', 3], ['b', 1]]))
    expect(samePages(target, plan([2, 3, 5, 5, 9, 12], 14))).toBe(true)
    expect(samePages(target, plan([2, 3, 5, 5, 9, 12], 15))).toBe(false)
    expect(samePages(target, plan([2, 3, 5, 6, 9, 12], 14))).toBe(false)
  })
})

describe('closing in the front matter', () => {
  it('refuses grond or titel_openbaar without besloten: ja, naming the field', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'bundel-closed-'))
    await cp(path.join(project, 'content', meetingId), path.join(content, meetingId), {recursive: true})
    const file = path.join(content, meetingId, '04-technologiepartnerschap-grensregio', 'agendapunt.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('titel:', 'grond: art. 5.1 lid 2 sub c Woo\ntitel:'))
    const result = await check({cwd: content, content: '.', meetings: [meetingId]})
    expect(result.failed).toBe(true)
    const messages = result.files.flatMap((f) => f.messages.map((m) => ({file: f.path, rule: m.ruleId, line: m.line, text: m.reason})))
    expect(messages).toContainEqual(expect.objectContaining({rule: 'closure-without-closed', line: 2, file: expect.stringContaining('04-technologiepartnerschap-grensregio/agendapunt.md')}))
    expect(messages.find((m) => m.rule === 'closure-without-closed')!.text).toContain('`grond`')
  })
})

describe('the leak check', () => {
  const closedSentence = 'De referenties, bij twee oud-wethouders opgevraagd met haar toestemming, zijn onverdeeld positief.'
  const page = (body: string) => ({path: 'index.html', data: `<!doctype html><html lang="nl"><body><main>${body}</main></body></html>`})

  it('finds nothing in files that say only what is open', async () => {
    clearMessages(full)
    const open = full.items[3]!.item.memo!.body.markdown
    expect(await checkLeaks(full, [page(`<p>${open}</p>`), {path: 'bundel.json', data: JSON.stringify({title: 'Personele aangelegenheid'})}])).toBe(0)
    expect(messagesOf(full)).toEqual([])
  })

  it('finds a closed sentence in a page, split by markup, entities and soft hyphens, and names the document and the file', async () => {
    clearMessages(full)
    const mangled = 'De referenties, bij twee oud-wet&shy;houders <em>opgevraagd</em> met haar toe\u00adstemming'
    expect(await checkLeaks(full, [page(`<p>${mangled}</p>`)], (file) => `${meetingId}/openbaar/${file}`)).toBe(1)
    const said = messagesOf(full)
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/07-personele-aangelegenheid\/memo\.md: edition-leak .*7\.1 Memo .*2025-01-29-algemeen-bestuur\/openbaar\/index\.html/)
    // The message never repeats the closed text: CI logs may be public.
    expect(said[0]).not.toMatch(/referenties|wethouders/i)
  })

  it('finds a closed number (an amount) in bundel.json, however it is written', async () => {
    clearMessages(full)
    expect(longNumbers('€ 118.420 en 118,420 en 118420')).toEqual(['118420', '118420', '118420'])
    expect(await checkLeaks(full, [{path: 'bundel.json', data: JSON.stringify({note: 'salaris 118420'})}])).toBe(1)
    expect(messagesOf(full)[0]).toMatch(/edition-leak .*een getal/)
  })

  it('finds the real title behind titel_openbaar, the text of a closed PDF, and a copied closed PDF', async () => {
    clearMessages(full)
    const item7 = full.items[6]!
    const pdf = item7.item.appendices[0]!
    if (pdf.kind !== 'pdf') throw new Error('expected the closed PDF appendix')
    const found = await checkLeaks(full, [
      page('<h2>Benoeming secretaris-directeur Regiokantoor</h2>'),
      {path: 'bundel.pdf-tekst.txt', data: 'Als aandachtspunt noemt het rapport haar neiging om veel zelf te willen doen'},
      {path: 'bijlagen/x/kopie.pdf', data: pdf.bytes}
    ])
    // The copy's text also shares whole sentences with the closed memo: that is a fourth leak.
    expect(found).toBeGreaterThanOrEqual(3)
    const said = messagesOf(full).join('\n')
    expect(said).toMatch(/agendapunt\.md: edition-leak .*echte titel/)
    expect(said).toMatch(/01-advies-selectiecommissie\.pdf: edition-leak .*bundel\.pdf-tekst\.txt/)
    expect(said).toMatch(/01-advies-selectiecommissie\.pdf: edition-leak .*het hele bestand/)
    expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(pdf.hash)
  })

  it('reads words the same way in sources and outputs', () => {
    expect(words('Oud-wet\u00adhouders, ﬁnanciën; 118.420')).toEqual(['oud', 'wethouders', 'financiën', '118', '420'])
  })
})
