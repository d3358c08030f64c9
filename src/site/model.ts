/**
 * What the site pages, the open data and the search index are made from (#11): per meeting its
 * public edition and the files written for it, so sizes, page counts and checksums are those of
 * the exact published bytes.
 */
import {createHash} from 'node:crypto'
import type {NumberedMeeting} from '../number/number.js'
import type {OutputFile} from '../write/write.js'
import type {SiteInfo} from '../schema/site.js'
import type {MarkdownPart} from '../model.js'
import {anchorSlug} from '../number/shown-number.js'
import {pdfAppendices} from '../outputs/copies.js'

/** One published file of a meeting. */
export interface PublishedFile {
  /** Path inside the site, e.g. `2025-01-29-algemeen-bestuur/bundel.pdf`. */
  readonly path: string
  /** The same, as a relative link (each segment encoded). */
  readonly href: string
  readonly bytes: number
  readonly sha512: string
  readonly data: Uint8Array | string
}

/** A meeting as the site shows it. */
export interface SiteMeeting {
  /** The full edition: the leak check compares against it. */
  readonly full: NumberedMeeting
  /** The public edition: everything the site shows comes from it. */
  readonly shown: NumberedMeeting
  readonly files: ReadonlyMap<string, PublishedFile>
  /** Pages of its bundel.pdf, when made. */
  readonly pages?: number | undefined
}

/** The whole site. */
export interface Site {
  readonly info: SiteInfo
  readonly intro?: MarkdownPart | undefined
  /** Newest first. */
  readonly meetings: readonly SiteMeeting[]
  /** Every orgaan, with the slug of its page. */
  readonly bodies: ReadonlyArray<{readonly name: string; readonly slug: string}>
  /** The publisher's name. */
  readonly publisher: string
}

export function publishedFile(meetingId: string, file: OutputFile): PublishedFile {
  const data = file.data
  const bytes = typeof data === 'string' ? Buffer.from(data) : data
  const sitePath = `${meetingId}/${file.path}`
  return {
    path: sitePath,
    href: sitePath.split('/').map(encodeURIComponent).join('/'),
    bytes: bytes.byteLength,
    sha512: createHash('sha512').update(bytes).digest('hex'),
    data
  }
}

/** "Algemeen Bestuur" → "algemeen-bestuur". */
export function bodySlug(name: string): string {
  return anchorSlug(name)
}

/** The site's address with a trailing slash, and a path inside it as an absolute address. */
export function absolute(info: SiteInfo, sitePath: string): string {
  const base = info.url.endsWith('/') ? info.url : `${info.url}/`
  return new URL(sitePath.split('/').map(encodeURIComponent).join('/'), base).href
}

/** The meeting's PDF appendices that were published, each with its published file. */
export function publishedAppendices(meeting: SiteMeeting) {
  const id = meeting.shown.meeting.id
  return pdfAppendices(meeting.shown).flatMap((entry) => {
    const file = meeting.files.get(`${id}/${entry.path}`)
    return file ? [{...entry, file}] : []
  })
}
