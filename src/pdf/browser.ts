/**
 * Find and start the one Chromium of a build. Order (#3): `BUNDEL_CHROME`, puppeteer's own
 * browser cache, then the usual system paths. bundel never downloads a browser: the machines it
 * runs on often cannot reach the download host (see .puppeteerrc.cjs).
 */
import {existsSync, openSync, readSync, closeSync} from 'node:fs'
import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {homedir, tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'puppeteer-core'
import {isRunning} from '../pid.js'
import {launchArguments, startChromium} from './chromium-process.js'

/** No usable browser was found; the message says how to get one. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError'
  /** `bundel-chrome-missing` (BUNDEL_CHROME names no file) or `no-browser`; the catalogue words it. */
  constructor(readonly code: 'bundel-chrome-missing' | 'no-browser', readonly path?: string) {
    super(
      code === 'bundel-chrome-missing'
        ? `BUNDEL_CHROME is set to ${path}, but no file is there (fix the path, or unset BUNDEL_CHROME)`
        : 'no Chromium or Chrome found to make the PDF: install one (Debian/Ubuntu: "apt-get install chromium"), or set BUNDEL_CHROME to its path; "bundel build --no-pdf" makes only the HTML'
    )
  }
}

/**
 * The usual places, Chromium's headless shell first (Debian's chromium-headless-shell): it is the
 * same Blink, printing the same PDF bytes (browser.test.ts), without the full browser around it,
 * and starts in ~0.3 s on 0.2 s of CPU where Chromium takes ~0.9 s on 0.8 s (#13).
 */
const systemPaths = [
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
]

/** The browser executable to use; throws BrowserNotFoundError with an install hint. */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const explicit = env.BUNDEL_CHROME
  if (explicit) {
    if (existsSync(explicit)) return explicit
    throw new BrowserNotFoundError('bundel-chrome-missing', explicit)
  }
  if (env.PUPPETEER_EXECUTABLE_PATH) {
    if (existsSync(env.PUPPETEER_EXECUTABLE_PATH)) return env.PUPPETEER_EXECUTABLE_PATH
  } else {
    // puppeteer's browsers live in <cache>/chrome-headless-shell/ and <cache>/chrome/: without
    // those folders there is none to find, and the imports puppeteerBrowser needs (~0.15 s) are
    // not paid before Chromium can start (#13). Its headless shell first, as on the system.
    for (const kind of ['chrome-headless-shell', 'chrome'] as const) {
      if (!existsSync(path.join(puppeteerCache(env), kind))) continue
      const cached = await puppeteerBrowser(env, kind)
      if (cached && existsSync(cached)) return cached
    }
  }
  const found = systemPaths.find((candidate) => existsSync(candidate))
  if (found) return realBinary(found)
  throw new BrowserNotFoundError('no-browser')
}

/** The folder of puppeteer's downloaded browsers. */
const puppeteerCache = (env: NodeJS.ProcessEnv): string => env.PUPPETEER_CACHE_DIR ?? path.join(homedir(), '.cache', 'puppeteer')

/**
 * Where puppeteer keeps the Chrome it downloads (or `PUPPETEER_EXECUTABLE_PATH`), as its own
 * `executablePath()` computes it without a configuration file: from `PUPPETEER_CACHE_DIR`, else
 * `~/.cache/puppeteer`, and the Chrome version puppeteer-core is made for. Asked of puppeteer-core
 * and its browser helper, not of the `puppeteer` package, which costs ~0.3 s to load for this
 * one answer (#13); browser.test.ts checks the two agree.
 */
export async function puppeteerBrowser(env: NodeJS.ProcessEnv = process.env, kind: 'chrome' | 'chrome-headless-shell' = 'chrome'): Promise<string | undefined> {
  if (env.PUPPETEER_EXECUTABLE_PATH) return env.PUPPETEER_EXECUTABLE_PATH
  try {
    // PUPPETEER_REVISIONS is exported at run time but missing from puppeteer-core's types.
    const [core, {Browser: Installed, computeExecutablePath}] = await Promise.all([import('puppeteer-core'), import('@puppeteer/browsers')])
    const {PUPPETEER_REVISIONS} = core as unknown as {PUPPETEER_REVISIONS: Record<typeof kind, string>}
    const cacheDir = puppeteerCache(env)
    const browser = kind === 'chrome' ? Installed.CHROME : Installed.CHROMEHEADLESSSHELL
    return computeExecutablePath({cacheDir, browser, buildId: PUPPETEER_REVISIONS[kind]})
  } catch {
    // A platform puppeteer has no Chrome for: fall through to the system paths.
    return undefined
  }
}

/** Binaries that distribution launch scripts start (Debian, Ubuntu's deb, Fedora). */
const wrapped: Record<string, string[]> = {
  '/usr/bin/chromium-headless-shell': ['/usr/lib/chromium/chromium-headless-shell'],
  '/usr/bin/chromium': ['/usr/lib/chromium/chromium'],
  '/usr/bin/chromium-browser': ['/usr/lib/chromium-browser/chromium-browser', '/usr/lib64/chromium-browser/chromium-browser', '/usr/lib/chromium/chromium'],
  '/usr/bin/google-chrome': ['/opt/google/chrome/chrome'],
  '/usr/bin/google-chrome-stable': ['/opt/google/chrome/chrome']
}

/**
 * The browser binary behind a distribution's launch script. Debian's /usr/bin/chromium is a shell
 * script that adds flags from /etc/chromium.d — among them `--enable-remote-extensions` and
 * Google API keys, which make Chromium look up Google's hosts during every build (#7). The
 * binary itself takes only our flags.
 */
export function realBinary(executable: string): string {
  if (!isScript(executable)) return executable
  return wrapped[executable]?.find((candidate) => existsSync(candidate)) ?? executable
}

function isScript(file: string): boolean {
  try {
    const fd = openSync(file, 'r')
    const head = Buffer.alloc(2)
    readSync(fd, head, 0, 2, 0)
    closeSync(fd)
    return head.toString('latin1') === '#!'
  } catch {
    return false
  }
}

/**
 * Flags for a closed network: no DNS (every host name resolves to nothing, so not even a lookup
 * leaves the machine), no proxy auto-detection, no crash reports, no component updates, sync or
 * field trials (#7). Page requests are aborted before they get this far anyway (print.ts).
 */
export const chromiumFlags = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--no-proxy-server',
  '--no-pings',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-field-trial-config',
  '--password-store=basic',
  '--use-mock-keychain',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication',
  '--metrics-recording-only',
  '--mute-audio',
  '--font-render-hinting=none'
]

/** Whether `executable` is Chromium's headless shell (Debian's, or puppeteer's chrome-headless-shell). */
export const isHeadlessShell = (executable: string): boolean => /headless[-_]shell(\.exe)?$/i.test(path.basename(executable))

/** Options of `launchBrowser`. */
export interface LaunchOptions {
  /** Milliseconds to wait for the start (default: 30 s). */
  readonly timeout?: number | undefined
  /** Let pages reach 127.0.0.1 (default: false; only tests and the dev benchmark open pages there). */
  readonly loopback?: boolean | undefined
}

/** Start headless Chromium. As root, the sandbox cannot start, so it is switched off there only. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = await findBrowser()
  const shell = isHeadlessShell(executablePath)
  // The headless shell is headless by itself, and puppeteer starts it with a bare `--headless`.
  const flags = shell ? chromiumFlags.filter((flag) => flag !== '--headless=new') : chromiumFlags
  const args = options.loopback ? flags.map((flag) => (flag.startsWith('--host-resolver-rules=') ? `${flag}, EXCLUDE 127.0.0.1` : flag)) : [...flags]
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox')
  const limit = options.timeout ?? 30_000
  // A hung renderer must not hang a CI job, but a large bundle must not fail for taking its
  // time: page.pdf gets its own limit, scaled to the page (print.ts); this one only catches a
  // browser that stops answering at all.
  const protocolTimeout = options.timeout ? Math.max(options.timeout * 4, 10_000) : 900_000
  const folder = await profileFolder()
  const userDataDir = path.join(folder, 'profile')
  const tied = await tiedToParent(folder, executablePath)
  // On Linux bundel starts Chromium itself, tied to its own process (tiedToParent), and puppeteer
  // connects over the faster WebSocket on 127.0.0.1; elsewhere puppeteer launches it over a pipe,
  // which Chromium leaves when it closes, but which carries a 1,200-page PDF 1.2 s slower.
  // The start's own limits (the DevTools address, the first tab, puppeteer's launch) are at least
  // 30 s, so a browser given up on below still comes up, and is closed then.
  const start = {folder, userDataDir, patience: Math.max(limit, 30_000), protocolTimeout, shell}
  const launching = (tied ? startAndConnect(tied, args, start) : launchOverPipe(executablePath, args, start)).catch((error: unknown) => {
    // Over a pipe, a binary that exits at once shows up as "Target closed": say what happened.
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    throw new Error(`Failed to launch the browser process ${executablePath} (${detail})`, {cause: error})
  })
  try {
    return await within(launching, limit, () => Object.assign(new Error(`Chromium did not start within ${limit} ms`), {name: 'TimeoutError'}))
  } catch (error) {
    const cleanup = launching
      .then((browser) => browser.close())
      .catch(() => {})
      .then(() => removeProfile(folder))
    abandoned.add(cleanup)
    void cleanup.finally(() => abandoned.delete(cleanup))
    throw error
  }
}

/** Where and how long a browser may start. */
interface Start {
  readonly folder: string
  readonly userDataDir: string
  /** Milliseconds each step of the start may take. */
  readonly patience: number
  readonly protocolTimeout: number
  /** Chromium's headless shell (isHeadlessShell). */
  readonly shell: boolean
}

/**
 * Start Chromium through `launcher` and connect puppeteer to it once it listens. puppeteer-core
 * loads while Chromium boots, not before it starts (#13). Its `close()` also waits for the
 * process to end (and kills it after 5 s), as puppeteer's own launch does; the profile folder
 * goes once the process is gone.
 */
async function startAndConnect(launcher: string, args: readonly string[], start: Start): Promise<Browser> {
  const chromium = startChromium(launcher, launchArguments(args, start.userDataDir, start.shell))
  void chromium.exited.then(() => removeProfile(start.folder))
  try {
    const [{default: puppeteer}, endpoint] = await Promise.all([import('puppeteer-core'), within(chromium.endpoint, start.patience)])
    const browser = await puppeteer.connect({browserWSEndpoint: endpoint, protocolTimeout: start.protocolTimeout})
    const disconnect = browser.close.bind(browser)
    browser.close = async () => {
      await disconnect().catch(() => {})
      await within(chromium.exited, 5000).catch(() => chromium.kill())
      await chromium.exited
    }
    // As puppeteer's launch: the first tab is there before the browser is handed out.
    await browser.waitForTarget((target) => target.type() === 'page', {timeout: start.patience}).catch(async (error: unknown) => {
      await browser.close()
      throw error
    })
    return browser
  } catch (error) {
    chromium.kill()
    throw error
  }
}

/** puppeteer's own launch, over a pipe (not Linux, or no setpriv, or BUNDEL_BROWSER_PIPE=1). */
async function launchOverPipe(executablePath: string, args: readonly string[], start: Start): Promise<Browser> {
  const {default: puppeteer} = await import('puppeteer-core')
  const browser = await puppeteer.launch({
    executablePath,
    headless: start.shell ? 'shell' : true,
    args: [...args],
    pipe: true,
    userDataDir: start.userDataDir,
    // puppeteer's own launch time-out can leave the started Chromium running in this process;
    // launchBrowser's timer gives up instead and closes the browser whenever it does come up.
    timeout: start.patience,
    // The CLI handles signals itself (abort, close, exit code); puppeteer killing Chromium first
    // would turn Ctrl-C or a CI cancel into a "could not make the PDF" error on a content file.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    protocolTimeout: start.protocolTimeout
  })
  browser.once('disconnected', () => void removeProfile(start.folder))
  return browser
}

/** `promise`, or a rejection with `failure()` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, failure = () => new Error(`no answer within ${ms} ms`)): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(failure()), ms)))])
  } finally {
    clearTimeout(timer)
  }
}

/** Prefix of bundel's Chromium profile folders in the temp folder: `bundel-chromium-<pid>-…`. */
const profilePrefix = 'bundel-chromium-'

/**
 * A new profile folder for one browser. Folders of processes that are gone (a build killed with
 * kill -9 cannot clean up) are removed first, so they do not pile up in the temp folder.
 */
async function profileFolder(): Promise<string> {
  const base = tmpdir()
  for (const name of await readdir(base).catch(() => [] as string[])) {
    const pid = Number(/^bundel-chromium-(\d+)-/.exec(name)?.[1])
    if (!pid || pid === process.pid || isRunning(pid)) continue
    await rm(path.join(base, name), {recursive: true, force: true}).catch(() => {})
  }
  return mkdtemp(path.join(base, `${profilePrefix}${process.pid}-`))
}


/** Places setpriv is found, in the order they are tried. */
const setprivPaths = ['/usr/bin/setpriv', '/bin/setpriv']

/**
 * A launcher that makes the kernel kill Chromium when bundel's process ends, however it ends:
 * `setpriv --pdeathsig KILL <chromium> …`, written into the browser's own temporary folder.
 * Undefined where setpriv does not exist (not Linux, or no util-linux).
 */
async function tiedToParent(folder: string, executable: string): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.env.BUNDEL_BROWSER_PIPE === '1') return undefined
  const setpriv = setprivPaths.find((candidate) => existsSync(candidate))
  if (!setpriv) return undefined
  const launcher = path.join(folder, 'chromium.sh')
  const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`
  await writeFile(launcher, `#!/bin/sh\nexec ${quote(setpriv)} --pdeathsig KILL ${quote(executable)} "$@"\n`, {mode: 0o700})
  return launcher
}

async function removeProfile(dir: string): Promise<void> {
  // Chromium may still be flushing its profile for a moment after the pipe closed.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await rm(dir, {recursive: true, force: true})
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** Closes of browsers that started after we gave up on them. */
const abandoned = new Set<Promise<void>>()

/** Wait until every browser given up on has come up and been closed: no Chromium outlives a build. */
export async function closeAbandoned(): Promise<void> {
  await Promise.all([...abandoned])
}
