/**
 * `bundel dev`: the same pipeline as `build` with a different sink — the bundle is kept in memory
 * and served, rebuilt when a file changes, and every open page reloads itself (#4).
 *
 * Guarantees: a rebuild never takes the server down (content problems become the overlay, any
 * other failure too); rebuilds run one at a time and a burst of saves ends in a rebuild of the
 * last state, so the page is never stale; the PDF is only made when /bundel.pdf is asked for.
 */
import {spawn} from 'node:child_process'
import {realpath, stat} from 'node:fs/promises'
import type {VFile} from 'vfile'
import path from 'node:path'
import {packageRoot} from '../package-root.js'
import {render} from '../pipeline.js'
import {outputs} from '../outputs/outputs.js'
import {listMeetings} from '../load/load.js'
import {emptyStats, resolveOptions, type BuildOptions, type Logger} from '../options.js'
import {reportText} from '../report/text.js'
import {localize} from '../messages.js'
import {UsageError} from '../errors.js'
import type {NumberedMeeting} from '../number/number.js'
import type {MeetingOutput} from '../write/write.js'
import {clientScript} from './client.js'
import {startServer, type DevHttpServer, type Reply} from './server.js'
import {watchFiles, type Watcher} from './watch.js'
import type {PrintSession} from '../pdf/session.js'
import {pruneCache} from '../cache-folder.js'

/** Options of `dev`. */
export interface DevOptions extends Omit<BuildOptions, 'out' | 'pdf' | 'meetings'> {
  /** Meeting folder to preview (default: the only, or else the latest, meeting). */
  readonly meeting?: string | undefined
  /** Port on 127.0.0.1 (default: 5050; the next free one when taken; 0 for any). */
  readonly port?: number | undefined
  /** Open the page in the system's browser (default: false). */
  readonly open?: boolean | undefined
}

/** A running preview. */
export interface DevServer {
  /** http://127.0.0.1:<port>/ */
  readonly url: string
  readonly meeting: string
  /** Rebuild now (the watcher does this by itself). */
  rebuild(): Promise<void>
  /** Stop watching, close the browser (if a PDF was made) and the server. */
  close(): Promise<void>
}

interface State {
  build: number
  output?: MeetingOutput | undefined
  meeting?: NumberedMeeting | undefined
  problems: string[]
  pdf?: {build: number; bytes: Promise<Uint8Array | string>} | undefined
}

const templatesFolder = `${path.join(packageRoot, 'templates')}/`

/** Start the preview server; resolves once the first build is done and the server listens. */
export async function dev(options: Readonly<DevOptions> = {}): Promise<DevServer> {
  const base = resolveOptions({...options, pdf: false})
  const logger: Logger = base.logger
  const meetings = await listMeetings(base.content)
  const meetingId = options.meeting ? path.basename(options.meeting) : meetings.at(-1)
  const folder = path.relative(base.cwd, base.content) || '.'
  if (!meetingId) throw new UsageError('no-meeting-yet', {folder})
  if (!meetings.includes(meetingId)) throw new UsageError('meeting-missing', {name: meetingId, folder, found: meetings.join(', ') || undefined})
  // The page and the appendix copies on every rebuild; the PDF only when /bundel.pdf is asked for.
  const resolved = {...base, meetings: [meetingId], outputs: ['copies', 'html'] as const}
  const root = await realpath(resolved.content)
  const state: State = {build: 0, problems: []}
  let contentGone = false
  let rechecks = 0
  let session: PrintSession | undefined
  let server: DevHttpServer | undefined

  /** Whether any file read by the last render changed after `since` (a save while it ran). */
  async function changedSince(files: readonly VFile[], since: number): Promise<boolean> {
    const times = await Promise.all(files.map((file) => stat(path.resolve(resolved.cwd, file.path)).then((s) => s.mtimeMs, () => 0)))
    return times.some((time) => time >= since)
  }

  async function rebuildOnce(): Promise<void> {
    const started = performance.now()
    const since = Date.now() - 5 // mtime granularity and clock skew between stat and Date.now()
    try {
      const result = await render(resolved)
      // chokidar may fold a save that lands mid-read into an event we already handled: look again
      // (a few times at most: a file dated in the future must not keep the loop going).
      if (rechecks < 3 && (await changedSince(result.files, since))) {
        rechecks++
        again = true
      } else rechecks = 0
      const text = reportText(result.files, {lang: resolved.lang})
      if (text) logger.event({type: 'problems', files: result.files})
      if (result.failed) {
        state.problems = text.trimEnd().split('\n').slice(0, -1)
        server?.broadcast('problems', JSON.stringify(state.problems))
        return
      }
      state.build++
      state.output = result.outputs[0]
      state.meeting = result.meetings[0]
      state.problems = []
      server?.broadcast('build', String(state.build))
      logger.event({type: 'rebuilt', ms: performance.now() - started})
      // After the page has been told, not before: the cache stays under its size (cache-folder.ts).
      if (resolved.cache) void pruneCache(resolved.cache, since).catch(() => 0)
    } catch (error) {
      // A folder renamed mid-read, a meeting removed: show it and wait for the next change.
      state.problems = [error instanceof UsageError ? error.say(resolved.lang) : error instanceof Error ? error.message : String(error)]
      logger.event({type: 'failure', message: state.problems[0]!})
      server?.broadcast('problems', JSON.stringify(state.problems))
    }
  }

  let running: Promise<void> | undefined
  let again = false
  function rebuild(): Promise<void> {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await rebuildOnce()
      } while (again)
      running = undefined
    })()
    return running
  }

  function page(): string {
    const html = state.output?.files.find((file) => file.path === 'index.html')?.data
    if (typeof html !== 'string') {
      const waiting = resolved.lang === 'en' ? 'The bundle has not been built yet: see the problems below.' : 'De bundel is nog niet gebouwd: zie de problemen hieronder.'
      return `<!doctype html><html lang="${resolved.lang}"><head><meta charset="utf-8"><title>bundel dev</title><meta name="bundel-build" content="0"><script src="/__bundel/client.js" defer></script></head><body><main><h1>bundel dev</h1><p>${waiting}</p></main></body></html>`
    }
    return html
      .replace(/content="default-src 'none';[^"]*"/, `content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'"`)
      .replace('</head>', `<meta name="bundel-build" content="${state.build}">\n<script src="/__bundel/client.js" defer></script>\n</head>`)
  }

  async function pdf(): Promise<Reply> {
    const meeting = state.meeting
    if (state.problems.length > 0 || !meeting) {
      // Never an old PDF while the content is broken: the editor would check the wrong thing.
      const heading = resolved.lang === 'en' ? 'The bundle has problems; solve them first:' : 'De bundel heeft problemen; los die eerst op:'
      const body = [heading, ...state.problems].join('\n') + '\n'
      return {status: 503, type: 'text/plain; charset=utf-8', body}
    }
    if (state.pdf?.build !== state.build) {
      // Set before any await, so requests that arrive together share one render.
      const build = state.build
      const bytes = (async () => {
        session ??= new (await import('../pdf/session.js')).PrintSession()
        const context = {root, templates: resolved.templates, itemsPerPrint: resolved.itemsPerPrint, cache: resolved.cache, logger, stats: emptyStats(), session, made: new Map()}
        const file = meeting.meeting.intro.file
        const before = file.messages.length
        const made = await outputs.pdf(resolved.editions[0]!.select(meeting), {...context, full: meeting})
        localize([file], resolved.lang)
        const reply = made?.files[0]?.data ?? reportText([file], {lang: resolved.lang})
        // This request's failure is said in its reply only: the next request tries again, and its
        // reply must not add up every earlier failure (1 error, 2 errors, …).
        file.messages.splice(before)
        return reply
      })()
      state.pdf = {build, bytes}
      // A failed render is not kept: the next request tries again (a new browser if it died).
      void bytes.then((result) => {
        if (typeof result === 'string' && state.pdf?.bytes === bytes) state.pdf = undefined
      })
    }
    const bytes = await state.pdf.bytes
    return typeof bytes === 'string' ? {status: 500, type: 'text/plain; charset=utf-8', body: bytes} : {status: 200, type: 'application/pdf', body: bytes}
  }

  await rebuild()
  server = await startServer(options.port ?? 5050, resolved.lang, {
    hello: () => (state.problems.length > 0 ? ['problems', JSON.stringify(state.problems)] : ['build', String(state.build)]),
    async get(pathname) {
      if (pathname === '/' || pathname === '/index.html') return {status: 200, type: 'text/html; charset=utf-8', body: page()}
      if (pathname === '/__bundel/client.js') return {status: 200, type: 'text/javascript; charset=utf-8', body: clientScript(resolved.lang)}
      if (pathname === '/bundel.pdf') return pdf()
      const file = state.output?.files.find((candidate) => `/${candidate.path}` === pathname && candidate.path.startsWith('bijlagen/'))
      return file ? {status: 200, type: 'application/pdf', body: file.data} : undefined
    }
  })
  let watcher: Watcher = watchFiles([resolved.content, resolved.templates ?? templatesFolder], () => void rebuild())
  // chokidar forgets a watched folder that is removed; when the content folder is gone, look for
  // it every half second and watch it anew once it is back (#4: renamed or restored folders).
  const revive = setInterval(() => {
    void stat(resolved.content).then(
      () => {
        if (!contentGone) return
        contentGone = false
        const old = watcher
        watcher = watchFiles([resolved.content, resolved.templates ?? templatesFolder], () => void rebuild())
        void old.close()
        void rebuild()
      },
      () => {
        contentGone = true
      }
    )
  }, 500)
  revive.unref()
  const url = `http://127.0.0.1:${server.port}/`
  if (options.open) openBrowser(url)
  let closing: Promise<void> | undefined
  return {
    url,
    meeting: meetingId,
    rebuild,
    close() {
      closing ??= (async () => {
        clearInterval(revive)
        await watcher.close()
        await running
        await server?.close()
        await session?.close()
      })()
      return closing
    }
  }
}

/** Open `url` in the system's browser; a missing opener is not an error, the URL is printed anyway. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  try {
    spawn(command, [url], {stdio: 'ignore', detached: true}).on('error', () => {}).unref()
  } catch {
    // Nothing to open with; the address is on the terminal.
  }
}
