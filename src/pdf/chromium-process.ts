/**
 * Chromium started by bundel itself, before puppeteer is loaded (#13): the process boots (~0.3 s,
 * on the other core) while Node loads and validates the meeting, and puppeteer connects to its
 * DevTools address once a page is to be printed. puppeteer's own `launch` could only start it
 * after its ~0.15 s of loading, and then waited idle for the boot.
 */
import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'

/** A started Chromium. */
export interface ChromiumProcess {
  /** The DevTools WebSocket address once Chromium listens; rejects when it exits first. */
  readonly endpoint: Promise<string>
  /** Settles when the process has exited. */
  readonly exited: Promise<void>
  /** Kill it and the processes it started (its process group); safe to call when it is gone. */
  kill(): void
}

/** What puppeteer's `launch` passes a headless Chrome besides ours (its `defaultArgs`, puppeteer 24); browser.test.ts checks they agree. */
const puppeteerFlags = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain'
]
const puppeteerDisabled = ['Translate', 'AcceptCHFrame', 'MediaRouter', 'OptimizationHints', 'WebUIReloadButton', 'ProcessPerSiteUpToMainFrameThreshold', 'IsolateSandboxedIframes']
const puppeteerEnabled = ['PdfOopif']

/**
 * The command line puppeteer's `launch` gives Chromium for `flags` and a profile folder, listening
 * on a free port (`shell`: for Chromium's headless shell, puppeteer's `headless: 'shell'`): the
 * same browser as puppeteer would start, so the same PDF bytes. puppeteer merges the
 * `--disable-features` and `--enable-features` lists of the flags into its own.
 */
export function launchArguments(flags: readonly string[], userDataDir: string, shell = false): string[] {
  const features = (name: string) => flags.filter((flag) => flag.startsWith(`${name}=`)).flatMap((flag) => flag.slice(name.length + 1).split(','))
  const list = (values: readonly string[]) => values.map((value) => value.trim()).filter((value) => value !== '')
  const rest = flags.filter((flag) => !flag.startsWith('--disable-features=') && !flag.startsWith('--enable-features='))
  return [
    ...puppeteerFlags,
    `--disable-features=${list([...puppeteerDisabled, ...features('--disable-features')]).join(',')}`,
    `--enable-features=${list([...puppeteerEnabled, ...features('--enable-features')]).join(',')}`,
    `--user-data-dir=${userDataDir}`,
    shell ? '--headless' : '--headless=new',
    '--hide-scrollbars',
    '--mute-audio',
    '--disable-extensions',
    'about:blank',
    ...rest,
    '--remote-debugging-port=0'
  ]
}

/** Lines of Chromium's standard error kept for the message when it does not start. */
const keptLines = 8

/** Start `executable` (Chromium, or a launcher that execs it) with `args`. */
export function startChromium(executable: string, args: readonly string[]): ChromiumProcess {
  // Its own process group, so that kill() reaches the renderers and helpers it started too.
  const child = spawn(executable, args, {detached: true, stdio: ['ignore', 'ignore', 'pipe']})
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  })
  const kill = () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
  }
  // A Node process that ends takes its Chromium with it (a kill -9 is the kernel's, browser.ts).
  process.once('exit', kill)
  void exited.then(() => process.off('exit', kill))
  const endpoint = new Promise<string>((resolve, reject) => {
    const lines: string[] = []
    // Read to the end, also once the address is known: a full pipe would stall Chromium.
    createInterface({input: child.stderr}).on('line', (line) => {
      const address = /^DevTools listening on (ws:\/\/\S+)/.exec(line.trim())?.[1]
      if (address) resolve(address)
      else if (line.trim()) lines.push(line.trim())
      if (lines.length > keptLines) lines.shift()
    })
    const failed = (reason: string) => reject(new Error([reason, ...lines].join('; ')))
    child.once('error', (error) => failed(error.message))
    child.once('exit', (code, signal) => failed(signal ? `signal ${signal}` : `code ${code}`))
  })
  // Unhandled only when nobody asked: the caller meets the same rejection when it awaits.
  endpoint.catch(() => {})
  return {endpoint, exited, kill}
}
