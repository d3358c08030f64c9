/**
 * Find and start the one Chromium of a build. Order (#3): `BUNDEL_CHROME`, puppeteer's own
 * browser cache, then the usual system paths. bundel never downloads a browser: the machines it
 * runs on often cannot reach the download host (see .puppeteerrc.cjs).
 */
import {existsSync} from 'node:fs'
import type {Browser} from 'puppeteer'

/** No usable browser was found; the message says how to get one. */
export class BrowserNotFoundError extends Error {
  override readonly name = 'BrowserNotFoundError'
}

const systemPaths = [
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
    throw new BrowserNotFoundError(`BUNDEL_CHROME is set to ${explicit}, but no file is there (fix the path, or unset BUNDEL_CHROME)`)
  }
  try {
    const {default: puppeteer} = await import('puppeteer')
    const cached = puppeteer.executablePath()
    if (cached && existsSync(cached)) return cached
  } catch {
    // No puppeteer cache configured: fall through to the system paths.
  }
  const found = systemPaths.find((candidate) => existsSync(candidate))
  if (found) return found
  throw new BrowserNotFoundError(
    'no Chromium or Chrome found to make the PDF: install one (Debian/Ubuntu: "apt-get install chromium"), ' +
      'or set BUNDEL_CHROME to its path; "bundel build --no-pdf" makes only the HTML'
  )
}

/**
 * Flags for a closed network: without them Chromium keeps trying to reach Google's hosts
 * (component updates, sync, field trials), which only slows the start here.
 */
export const chromiumFlags = [
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

/** Start headless Chromium. As root, the sandbox cannot start, so it is switched off there only. */
export async function launchBrowser(options: {readonly timeout?: number} = {}): Promise<Browser> {
  const executablePath = await findBrowser()
  const {default: puppeteer} = await import('puppeteer')
  const args = [...chromiumFlags]
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox')
  const limit = options.timeout ?? 30_000
  const launching = puppeteer.launch({
    executablePath,
    headless: true,
    args,
    // puppeteer's own launch time-out can leave the started Chromium running in this process; our
    // timer below gives up instead and closes the browser whenever it does come up.
    timeout: Math.max(limit, 30_000),
    // The CLI handles signals itself (abort, close, exit code); puppeteer killing Chromium first
    // would turn Ctrl-C or a CI cancel into a "could not make the PDF" error on a content file.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Large bundles take longer than puppeteer's default 180 s protocol time-out never, but a
    // hung renderer must not hang a CI job: page.pdf gets its own limit in print.ts.
    protocolTimeout: options.timeout ? Math.max(options.timeout * 4, 10_000) : 120_000
  })
  let timer: NodeJS.Timeout | undefined
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`Chromium did not start within ${limit} ms`)
      error.name = 'TimeoutError'
      reject(error)
    }, limit)
  })
  try {
    return await Promise.race([launching, gaveUp])
  } catch (error) {
    const cleanup = launching.then((browser) => browser.close()).catch(() => {})
    abandoned.add(cleanup)
    void cleanup.finally(() => abandoned.delete(cleanup))
    throw error
  } finally {
    clearTimeout(timer)
  }
}

/** Closes of browsers that started after we gave up on them. */
const abandoned = new Set<Promise<void>>()

/** Wait until every browser given up on has come up and been closed: no Chromium outlives a build. */
export async function closeAbandoned(): Promise<void> {
  await Promise.all([...abandoned])
}
