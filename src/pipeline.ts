/**
 * The pipeline: load → validate → number → render → paginate/merge → write. This is the only
 * file that knows the order of the stages. Guarantee: content problems are collected as messages
 * on their files (never thrown), and nothing is written unless every meeting passed (#2).
 */
import {createHash} from 'node:crypto'
import {availableParallelism} from 'node:os'
import {cachedMeeting, hasMeeting, keepMeeting, meetingKey} from './outputs/meeting-cache.js'
import {listMeetings} from './load/load.js'
import {keepPdfTexts} from './editions/pdf-text.js'
import {keepPdfChecks} from './validate/check-pdf.js'
import {keepMarkdownTrees} from './validate/check-markdown.js'
import {keepFrontMatter} from './load/front-matter.js'
import {realpath} from 'node:fs/promises'
import {load} from './load/load.js'
import {validate} from './validate/validate.js'
import {number, type NumberedMeeting} from './number/number.js'
import type {OutputContext} from './outputs/output.js'
import {recoverOutput, write, type MeetingOutput, type OutputFile} from './write/write.js'
import {checkOverlap} from './write/overlap.js'
import {checkSourceDateEpoch} from './number/source-date.js'
import type {Recovery} from './write/swap.js'
import {hasFailures, localize, report} from './messages.js'
import path from 'node:path'
import {VFile} from 'vfile'
import {mapLimit} from './map-limit.js'
import {cacheSubfolder, pruneCache} from './cache-folder.js'
import {emptyStats, resolveOptions, type BuildOptions, type BuildStats, type CheckOptions, type ResolvedOptions} from './options.js'
import type {PrintSession} from './pdf/session.js'

/** What `check` returns. */
export interface CheckResult {
  /** Every file that was read or expected, with its messages. */
  readonly files: VFile[]
  /** Meetings that passed validation, numbered. */
  readonly meetings: NumberedMeeting[]
  /** Whether the run failed (errors, or warnings with `strict`). */
  readonly failed: boolean
}

/** One file a build wrote, for deploy scripts (`--format json`). */
export interface WrittenFile {
  /** Path inside the output folder, `/`-separated. */
  readonly path: string
  readonly bytes: number
  readonly sha256: string
}

/** What `build` returns. */
export interface BuildResult extends CheckResult {
  /** Absolute paths of the files written (empty when the build failed). */
  readonly outputs: string[]
  /** The files written, with size and sha256 (empty when the build failed). */
  readonly written?: readonly WrittenFile[] | undefined
  /** Pages of each meeting's bundel.pdf, by meeting folder. */
  readonly pages?: Readonly<Record<string, number>> | undefined
  /** Where the time went. */
  readonly stats: BuildStats
}

async function validated(options: ResolvedOptions): Promise<{files: VFile[]; meetings: NumberedMeeting[]; root: string}> {
  options.logger.event({type: 'stage', stage: 'load'})
  // An appendix that did not change is not parsed again to be validated (#13).
  keepPdfChecks(options.cache ? cacheSubfolder(options.cache, 'validate') : undefined)
  keepMarkdownTrees(options.cache ? cacheSubfolder(options.cache, 'markdown') : undefined)
  keepFrontMatter(options.cache ? cacheSubfolder(options.cache, 'front') : undefined)
  const raws = await load({cwd: options.cwd, content: options.content, meetings: options.meetings})
  options.logger.event({type: 'stage', stage: 'validate'})
  const files = raws.flatMap((raw) => [...raw.files])
  if (raws.length === 0) {
    // An empty content folder is a content problem, not success: CI must not publish nothing.
    const folder = new VFile({path: path.relative(options.cwd, options.content) || '.', cwd: options.cwd})
    report(folder, 'no-meetings', {params: {detail: 'empty', folder: folder.path}})
    files.push(folder)
  }
  const meetings: NumberedMeeting[] = []
  for (const raw of raws) {
    const meeting = await validate(raw, {allowMissingAlt: options.allowMissingAlt})
    if (meeting) meetings.push(number(meeting))
  }
  return {files, meetings, root: await realpath(options.content)}
}

/** The output folder as the user would write it, for messages. */
function shownPath(options: ResolvedOptions, target: string): string {
  const relative = path.relative(options.cwd, target)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? target : relative
}

function recovered(options: ResolvedOptions): (recovery: Recovery) => void {
  const out = shownPath(options, options.out)
  return (recovery) => options.logger.event({type: 'recovered', out, finished: recovery.finished, removed: recovery.removed})
}

/**
 * Check the content: every problem of every file, without writing anything. An output folder
 * that a killed build left half swapped is put right first (#7), so CI never checks and then
 * publishes a broken `dist/`.
 */
export async function check(options?: Readonly<CheckOptions> | null): Promise<CheckResult> {
  const resolved = resolveOptions(options)
  await recoverOutput(resolved.out, {shown: shownPath(resolved, resolved.out), onRecovered: recovered(resolved)})
  const {files, meetings} = await validated(resolved)
  localize(files, resolved.lang)
  return {files, meetings, failed: hasFailures(files, resolved.strict)}
}

/**
 * Stages 4–5 for one meeting: the files of the outputs asked for, in each edition. One edition
 * fills the meeting's folder; with several, the full one does and each other gets a sub-folder
 * (`openbaar/`). The public edition's files pass the leak check before anything is written (#10).
 */
async function renderMeeting(numbered: NumberedMeeting, options: ResolvedOptions, context: Omit<OutputContext, 'made'> & {readonly keysBefore?: ReadonlyMap<string, string> | undefined}): Promise<RenderedMeeting> {
  options.logger.event({type: 'stage', stage: 'render', meeting: numbered.meeting.id})
  const started = performance.now()
  // Unchanged since a build that said nothing: its files as they were (#11, #13).
  const key = options.cache ? await meetingKey(numbered.meeting.dir, cacheSettings(options), options.templates) : undefined
  // Kept only when its folder was the same before it was loaded: an edit during the load would
  // otherwise store what the old text made under the new text's key, for every later build.
  const unchanged = key !== undefined && context.keysBefore?.get(numbered.meeting.id) === key
  const hit = key ? await cachedMeeting(options.cache, key) : undefined
  if (hit) {
    context.stats.pages += hit.pages ?? 0
    return {meeting: numbered.meeting.id, files: hit.files, pages: hit.pages, ms: performance.now() - started}
  }
  const sources = meetingFiles(numbered)
  const errorsBefore = errorCount(sources)
  const files: OutputFile[] = []
  let pages: number | undefined
  for (const edition of options.editions) {
    const meeting = edition.select(numbered)
    // Loaded here, not at the top: `check` renders nothing, and the renderers are a third of what it would load (#13).
    const {runOutputs} = await import('./outputs/outputs.js')
    const made = await runOutputs(meeting, options.outputs, {...context, full: numbered})
    const folder = options.editions.length > 1 && edition.name !== 'volledig' ? `${edition.name}/` : ''
    // Files in the order the outputs declare them: page and data first, copies, then the PDF.
    const own = (['html', 'json', 'copies', 'pdf'] as const).flatMap((name) => made.get(name)?.files ?? []).map((file) => ({...file, path: folder + file.path}))
    if (edition.name === 'openbaar') {
      const {checkLeaks} = await import('./editions/leak-check.js')
      await checkLeaks(numbered, own, (file) => `${numbered.meeting.id}/${file}`)
    }
    files.push(...own)
    pages ??= made.get('pdf')?.pages
  }
  if (key && unchanged && errorCount(sources) === errorsBefore) await keepMeeting(options.cache, key, {files, pages})
  return {meeting: numbered.meeting.id, files, pages, ms: performance.now() - started}
}

/** What else a meeting's output depends on, for its cache key. */
function cacheSettings(options: ResolvedOptions): Record<string, unknown> {
  return {editions: options.editions.map((edition) => edition.name), outputs: options.outputs, concept: options.concept, copyFor: options.copyFor ?? null, allowMissingAlt: options.allowMissingAlt, itemsPerPrint: options.itemsPerPrint ?? null}
}

/** The cache key of each meeting folder of the build, by meeting, as the folders are now (none without a cache). */
async function meetingKeys(resolved: ResolvedOptions): Promise<Map<string, string>> {
  const keys = new Map<string, string>()
  if (!resolved.cache) return keys
  try {
    const names = resolved.meetings.length > 0 ? resolved.meetings.map((name) => path.basename(name)) : await listMeetings(resolved.content)
    for (const name of names) keys.set(name, await meetingKey(path.join(resolved.content, name), cacheSettings(resolved), resolved.templates))
  } catch {
    // No content folder: load says so.
  }
  return keys
}

/** Whether some meeting of the build is not in the cache, so that Chromium will print (#13). */
async function needsPrint(resolved: ResolvedOptions, keys: ReadonlyMap<string, string>): Promise<boolean> {
  if (!resolved.cache || keys.size === 0) return true
  for (const key of keys.values()) if (!(await hasMeeting(resolved.cache, key))) return true
  return false
}

/** The source files of a meeting (where its messages land). */
function meetingFiles(meeting: NumberedMeeting): VFile[] {
  return [meeting.meeting.intro.file, ...meeting.items.flatMap((item) => [item.item.notes.file, ...(item.item.memo ? [item.item.memo.body.file] : []), ...item.item.appendices.map((a) => (a.kind === 'md' ? a.body.file : a.file))])]
}

function errorCount(files: readonly VFile[]): number {
  return files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === true).length, 0)
}

/** One meeting's files in memory, with what its summary line says. */
export interface RenderedMeeting extends MeetingOutput {
  /** Pages of bundel.pdf (absent without PDF). */
  readonly pages?: number | undefined
  /** Milliseconds its render took. */
  readonly ms: number
}

/** What `render` returns: the outputs in memory, not yet written. */
export interface RenderResult extends CheckResult {
  /** Every meeting's files (empty when the run failed). */
  readonly outputs: RenderedMeeting[]
  readonly stats: BuildStats
}

/**
 * Stages 1–5 without writing: the bundle of each meeting in memory. `build` writes it; `dev`
 * serves it. `session` prints the PDF (optional: HTML only).
 */
export async function render(resolved: ResolvedOptions, session?: PrintSession, keysBefore?: ReadonlyMap<string, string>): Promise<RenderResult> {
  const stats = emptyStats()
  // The folders as they are before loading, for the meeting cache (renderMeeting).
  const keys = keysBefore ?? (await meetingKeys(resolved))
  // Texts read from PDFs (leak check, search) are kept beside the prints.
  keepPdfTexts(resolved.cache ? cacheSubfolder(resolved.cache, 'text') : undefined)
  const started = performance.now()
  const {files, meetings, root} = await validated(resolved)
  stats.loadValidate = performance.now() - started
  if (hasFailures(files, resolved.strict)) {
    localize(files, resolved.lang)
    return {files, meetings, failed: true, outputs: [], stats}
  }
  const context = {root, templates: resolved.templates, itemsPerPrint: resolved.itemsPerPrint, cache: resolved.cache, logger: resolved.logger, stats, session, concept: resolved.concept, copyFor: resolved.copyFor, keysBefore: keys}
  // Meetings side by side, one per core, sharing the one browser: a site of many meetings (#11).
  const outputs = await mapLimit(meetings, Math.max(1, Math.min(availableParallelism(), 4)), async (meeting) => {
    resolved.signal?.throwIfAborted()
    return renderMeeting(meeting, resolved, context)
  })
  const failed = hasFailures(files, resolved.strict)
  localize(files, resolved.lang)
  return {files, meetings, failed, outputs: failed ? [] : outputs, stats}
}

/** Build the HTML (and PDF) bundle of each meeting into the output folder. */
export async function build(options?: Readonly<BuildOptions> | null): Promise<BuildResult> {
  return buildWith(resolveOptions(options))
}

/**
 * Files written beside the meetings' folders (the site's own pages, #11): each entry is a top-level
 * name of the output folder, swapped in whole like a meeting folder. Undefined when it failed (with
 * a message on one of `files`).
 */
export type Extra = (result: RenderResult, resolved: ResolvedOptions) => Promise<{outputs: MeetingOutput[]; files: VFile[]} | undefined>

/** `build`, with `extra` files made from the rendered meetings before anything is written. */
export async function buildWith(resolved: ResolvedOptions, extra?: Extra): Promise<BuildResult> {
  // What this build uses of the cache is dated from here on (a margin for coarse file times).
  const since = Date.now() - 2000
  checkSourceDateEpoch()
  // Before any work: an output folder that overlaps the content would destroy the sources (#7).
  await checkOverlap(resolved.content, resolved.out, {content: shownPath(resolved, resolved.content), out: shownPath(resolved, resolved.out)})
  // One Chromium per build, started only when a page has to be printed; closed whatever happens.
  const session = resolved.outputs.includes('pdf') ? new (await import('./pdf/session.js')).PrintSession({signal: resolved.signal}) : undefined
  // Chromium starts beside load and validation (#13), unless every meeting's output is in the
  // cache (BUNDEL_WARM=0: at the first print). It pays on 2 cores too since bundel starts the
  // process before loading puppeteer (chromium-process.ts): seed cold, 7 alternating rounds with
  // the headless shell, 1.69 s warmed against 1.76 s at the first print.
  const keys = await meetingKeys(resolved)
  if (session && process.env.BUNDEL_WARM !== '0' && (await needsPrint(resolved, keys))) session.warm()
  let result: RenderResult
  let closing: Promise<void> | undefined
  try {
    result = await render(resolved, session, keys)
  } finally {
    // Chromium closes while the files are written, not before (#13).
    closing = session?.close()
  }
  try {
    return await finish(resolved, result, extra)
  } finally {
    // The cache is kept under its size while Chromium closes, whatever the build's outcome.
    if (resolved.cache) await pruneCache(resolved.cache, since).catch(() => 0)
    await closing
  }
}

async function finish(resolved: ResolvedOptions, given: RenderResult, extra: Extra | undefined): Promise<BuildResult> {
  let result = given
  if (result.failed) return {...result, outputs: []}
  let units: MeetingOutput[] = result.outputs
  if (extra) {
    const made = await extra(result, resolved)
    const files = [...result.files, ...(made?.files ?? [])]
    localize(files, resolved.lang)
    if (!made || hasFailures(files, resolved.strict)) return {...result, files, failed: true, outputs: []}
    result = {...result, files}
    units = [...units, ...made.outputs]
  }
  resolved.signal?.throwIfAborted()
  resolved.logger.event({type: 'stage', stage: 'write'})
  const started = performance.now()
  const written = await write(resolved.out, units, {
    shown: shownPath(resolved, resolved.out),
    signal: resolved.signal,
    onRecovered: recovered(resolved)
  })
  result.stats.write = performance.now() - started
  // Said only now, once written: a build that fails never claims a bundel.pdf (#8).
  for (const output of result.outputs) {
    resolved.logger.event({type: 'built', meeting: output.meeting, files: output.files.length, pages: output.pages, ms: output.ms + result.stats.write / result.outputs.length})
  }
  const manifest = units.flatMap((unit) =>
    unit.files.map((file) => {
      const bytes = typeof file.data === 'string' ? Buffer.from(file.data) : file.data
      return {path: [unit.meeting, file.path].filter(Boolean).join('/'), bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex')}
    })
  )
  const pages = Object.fromEntries(result.outputs.flatMap((output) => (output.pages === undefined ? [] : [[output.meeting, output.pages]])))
  return {...result, outputs: written.files, written: manifest, pages}
}
