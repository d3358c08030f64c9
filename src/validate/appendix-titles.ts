/**
 * Rule: every `bijlagen` entry of an agendapunt names a PDF file that is really in the item's
 * bijlagen/ folder, by its name only — never a path, never something outside the content folder.
 */
import path from 'node:path'
import type {RawItem, SourceDoc} from '../load/load.js'
import {report} from '../messages.js'
import {suggest} from '../load/suggest.js'
import type {ItemInfo} from '../schema/agendapunt.js'
import {locate} from './locate.js'
import type {Closure} from '../model.js'

/** What a `bijlagen` entry says about its PDF. */
export interface AppendixEntry {
  readonly title?: string | undefined
  readonly closed?: Closure | undefined
}

/** Check the entries; returns file name → what the entry says, for the ones that hold. */
export function checkAppendixTitles(item: RawItem, doc: SourceDoc, info: ItemInfo): Map<string, AppendixEntry> {
  const titles = new Map<string, AppendixEntry>()
  info.appendixTitles.forEach((entry, index) => {
    const place = locate(doc.front.document, doc.front.lineCounter, ['bijlagen', index, 'bestand'])
    const field = `bijlagen.${index}.bestand`
    const name = entry.file
    if (/[/\\]/.test(name) || name === '..' || name === '.') {
      const resolved = path.resolve(item.dir, 'bijlagen', name)
      const inside = !path.isAbsolute(name) && !path.relative(path.join(item.dir, 'bijlagen'), resolved).startsWith('..')
      report(doc.file, inside ? 'path-not-name' : 'path-outside', {
        field,
        place,
        params: {actual: name, suggestion: path.basename(name)}
      })
      return
    }
    if (!item.appendixNames.includes(name)) {
      // Capitals differ: name the file that is there; otherwise the nearest name, or what is there.
      const sameLetters = item.appendixNames.find((candidate) => candidate.toLowerCase() === name.toLowerCase())
      const suggestion = sameLetters ?? suggest(name, item.appendixNames)
      const present = suggestion ? undefined : item.appendixNames.slice(0, 5).join(', ') + (item.appendixNames.length > 5 ? ', …' : '')
      report(doc.file, 'appendix-missing', {
        field,
        place,
        params: {actual: name, folder: `${item.relDir}/bijlagen/`, suggestion, caseOnly: sameLetters ? 'yes' : undefined, present: present || undefined}
      })
      return
    }
    if (titles.has(name)) {
      report(doc.file, 'duplicate-appendix-entry', {field, place, params: {actual: name}})
      return
    }
    if (path.extname(name).toLowerCase() === '.md') {
      report(doc.file, 'not-a-pdf-entry', {field, place, params: {actual: name}})
      return
    }
    titles.set(name, {title: entry.title, closed: entry.closed ? {ground: entry.ground, publicTitle: entry.publicTitle} : undefined})
  })
  return titles
}

/** "01-brief-minister.pdf" → "Brief minister". */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '').replace(/^\d+[-_ ]*/, '')
  const words = stem.replace(/[-_]+/g, ' ').trim()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : fileName
}
