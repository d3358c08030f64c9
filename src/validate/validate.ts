/**
 * Stage 2, validate: raw files → a typed Meeting. Every problem of every file becomes a message;
 * the meeting is returned only when none of them is an error.
 */
import type {RawAppendix, RawItem, RawMeeting, SourceDoc} from '../load/load.js'
import {hasFailures, report} from '../messages.js'
import type {AgendaItem, Appendix, MarkdownPart, Meeting} from '../model.js'
import {agendapunt} from '../schema/agendapunt.js'
import {bijlage} from '../schema/bijlage.js'
import {memo as memoSchema} from '../schema/memo.js'
import {vergadering} from '../schema/vergadering.js'
import {checkAppendixTitles, titleFromFileName, type AppendixEntry} from './appendix-titles.js'
import {checkSchema} from './check-schema.js'
import {checkPdf} from './check-pdf.js'
import {checkNumbers} from './numbers.js'
import {checkConsequences} from './consequences.js'
import {checkPlaceholders} from './placeholders.js'
import {checkMarkdownLimits} from './markdown-limits.js'
import {checkMarkdown, parseBodiesAhead} from './check-markdown.js'
import {checkDates} from './dates.js'

/** Validate a loaded meeting; undefined when it has errors (see the files' messages). */
export async function validate(raw: RawMeeting, options: {allowMissingAlt?: boolean | undefined} = {}): Promise<Meeting | undefined> {
  for (const file of raw.files) checkPlaceholders(file)
  // Every body that could be read is checked, whatever its front matter says.
  const docs = [raw.vergadering, ...raw.items.flatMap((item) => [item.agendapunt, item.memo, ...item.appendices.map((a) => a.doc)])]
  const bodies = docs.filter((doc) => doc !== undefined).map(part).filter((body) => checkMarkdownLimits(body))
  const ahead = await parseBodiesAhead(bodies)
  for (const body of bodies) checkMarkdown(body, raw.root, options.allowMissingAlt === true, ahead)
  const info = raw.vergadering ? checkSchema(raw.vergadering, vergadering) : undefined
  if (raw.vergadering && raw.items.length === 0) report(raw.vergadering.file, 'no-items', {place: {line: 1}})
  const items: AgendaItem[] = []
  for (const rawItem of raw.items) {
    const item = await validateItem(rawItem)
    if (item) items.push(item)
  }
  checkNumbers(raw.items)
  if (info && raw.vergadering) checkDates(raw, raw.vergadering, info.date, items)
  if (!info || !raw.vergadering || hasFailures(raw.files)) return undefined
  return {id: raw.id, info, intro: part(raw.vergadering), items, dir: raw.dir}
}

async function validateItem(raw: RawItem): Promise<AgendaItem | undefined> {
  const info = raw.agendapunt ? checkSchema(raw.agendapunt, agendapunt) : undefined
  const titles = info && raw.agendapunt ? checkAppendixTitles(raw, raw.agendapunt, info) : new Map<string, AppendixEntry>()
  const memoInfo = raw.memo ? checkSchema(raw.memo, memoSchema) : undefined
  if (raw.memo && memoInfo) checkConsequences(raw.memo, memoInfo)
  const appendices: Appendix[] = []
  for (const appendix of raw.appendices) {
    const checked = await validateAppendix(appendix, titles)
    if (checked) appendices.push(checked)
  }
  if (!info || !raw.agendapunt) return undefined
  if (raw.memo && !memoInfo) return undefined
  return {
    folder: raw.folder,
    info,
    notes: part(raw.agendapunt),
    memo: raw.memo && memoInfo ? {info: memoInfo, body: part(raw.memo)} : undefined,
    appendices
  }
}

async function validateAppendix(raw: RawAppendix, titles: Map<string, AppendixEntry>): Promise<Appendix | undefined> {
  if (raw.kind === 'pdf') {
    const entry = titles.get(raw.fileName)
    const appendix = await checkPdf(raw, entry?.title ?? titleFromFileName(raw.fileName))
    return appendix && entry?.closed ? {...appendix, closed: entry.closed} : appendix
  }
  if (!raw.doc) return undefined
  const info = checkSchema(raw.doc, bijlage)
  if (!info) return undefined
  const closed = info.closed ? {ground: info.ground, publicTitle: info.publicTitle} : undefined
  return {kind: 'md', fileName: raw.fileName, title: info.title, info, body: part(raw.doc), closed}
}

// One part per file, so what the limits check marked is what render sees.
const parts = new WeakMap<SourceDoc, MarkdownPart>()

function part(doc: SourceDoc): MarkdownPart {
  let found = parts.get(doc)
  if (!found) {
    found = {markdown: doc.front.body, file: doc.file, line: doc.front.bodyLine}
    parts.set(doc, found)
  }
  return found
}
