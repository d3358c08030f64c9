/**
 * `bundel site` (#11): every meeting in the public edition, plus the pages that join them — the
 * home page, a page per orgaan, search (Pagefind), `sitemap.xml` with DiWoo metadata and OParl
 * open data — written into the output folder in one go, like a build. The full edition never
 * enters the output folder in site mode, and the leak check reads the site's own files too (the
 * search index included) before anything is written.
 */
import {gunzipSync} from 'node:zlib'
import {buildWith, type BuildResult, type Extra} from '../pipeline.js'
import {resolveOptions, type BuildOptions} from '../options.js'
import {openbaar} from '../editions/openbaar.js'
import type {MeetingOutput, OutputFile} from '../write/write.js'
import {loadSiteConfig} from './config.js'
import {bodySlug, publishedFile, type Site, type SiteMeeting} from './model.js'
import {bodyPage, homePage, searchPage, searchScript} from './pages.js'
import {oparlFiles} from './oparl.js'
import {sitemap} from './sitemap.js'
import {searchIndex} from './search.js'

/** Options of `site`: those of `build`, but the edition is always `openbaar`. */
export type SiteOptions = Omit<BuildOptions, 'editions'>

export async function site(options?: Readonly<SiteOptions> | null): Promise<BuildResult> {
  const resolved = resolveOptions({...options, editions: ['openbaar']})
  const config = await loadSiteConfig(resolved.content, resolved.cwd)
  const extra: Extra = async (result) => {
    if (!config.info) return {outputs: [], files: [config.file]}
    const meetings: SiteMeeting[] = result.outputs.map((output) => {
      const full = result.meetings.find((meeting) => meeting.meeting.id === output.meeting)!
      return {full, shown: openbaar.select(full), files: new Map(output.files.map((file) => [`${output.meeting}/${file.path}`, publishedFile(output.meeting, file)])), pages: output.pages}
    })
    meetings.sort((a, b) => b.shown.meeting.info.date.localeCompare(a.shown.meeting.info.date) || a.shown.meeting.id.localeCompare(b.shown.meeting.id))
    const names = [...new Set(meetings.map((meeting) => meeting.shown.meeting.info.body))].sort((a, b) => a.localeCompare(b, 'nl'))
    const publisher = config.info.publisher ?? meetings.find((meeting) => meeting.shown.meeting.info.organisation)?.shown.meeting.info.organisation ?? names[0] ?? 'bundel'
    const shape: Site = {info: config.info, intro: config.intro, meetings, bodies: names.map((name) => ({name, slug: bodySlug(name)})), publisher}
    const files: OutputFile[] = [
      {path: 'index.html', data: await homePage(shape)},
      ...(await Promise.all(shape.bodies.map(async (body) => ({path: `orgaan/${body.slug}.html`, data: await bodyPage(shape, body)})))),
      {path: 'zoeken.html', data: await searchPage(shape)},
      {path: 'zoeken.js', data: searchScript},
      {path: 'sitemap.xml', data: sitemap(shape)},
      ...[...oparlFiles(shape)].map(([path, data]) => ({path, data})),
      ...[...(await searchIndex(shape))].map(([path, data]) => ({path: `pagefind/${path}`, data}))
    ]
    // Nothing of a closed document in the site's own files either: the index, the open data and
    // the search index (whose fragments are gzip-compressed JSON) are read like the bundles.
    const {checkLeaks} = await import('../editions/leak-check.js')
    const readable = files.map((file) => (typeof file.data !== 'string' && file.data[0] === 0x1f && file.data[1] === 0x8b ? {path: file.path, data: new TextDecoder().decode(gunzipSync(file.data))} : file))
    // (A leak is reported on the closed document's file, which the result already holds.)
    const alsoOpen = [config.intro?.markdown ?? '', ...Object.values(config.info).filter((value): value is string => typeof value === 'string')]
    // Once for the whole site, not once per meeting: the site's files name every meeting.
    await checkLeaks(meetings.map((meeting) => meeting.full), readable, (path) => path, alsoOpen)
    return {outputs: units(files), files: [config.file]}
  }
  return buildWith(resolved, extra)
}

/** The site's files as top-level units of the output folder (`index.html`, `oparl/`, `pagefind/` …). */
function units(files: readonly OutputFile[]): MeetingOutput[] {
  const byTop = new Map<string, OutputFile[]>()
  for (const file of files) {
    const [top, ...rest] = file.path.split('/')
    const list = byTop.get(top!) ?? []
    list.push({path: rest.join('/'), data: file.data})
    byTop.set(top!, list)
  }
  return [...byTop].map(([meeting, list]) => ({meeting, files: list}))
}
