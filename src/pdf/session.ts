/**
 * One Chromium per build, started on the first print only (a fully cached build starts none), and
 * closed on success, on error and on abort through `close()` (#3).
 */
import {availableParallelism} from 'node:os'
import type {Browser} from 'puppeteer-core'
import {closeAbandoned, launchBrowser} from './browser.js'
import {openTab, type PrintOptions, type PrintTab} from './print.js'

/** Prints pages with a lazily started browser. */
export class PrintSession {
  #browser: Promise<Browser> | undefined
  #closed = false
  /** Prints of this session by key: the public edition is measured against the full one's print (#10). */
  #prints = new Map<string, Uint8Array>()
  /** Tabs of the current browser that are free to print the next page. */
  #idle: PrintTab[] = []
  /** Prints running now, and those waiting for a turn (meetings side by side share the limit). */
  #running = 0
  #waiting: Array<() => void> = []

  constructor(private options: PrintOptions & {readonly signal?: AbortSignal | undefined} = {}) {
    // BUNDEL_TIMEOUT (ms) bounds Chromium's start and each print: a hung renderer must fail a CI
    // job with a message, not hold it until the job's own limit.
    const fromEnv = Number(process.env.BUNDEL_TIMEOUT)
    if (options.timeout === undefined && Number.isFinite(fromEnv) && fromEnv > 0) this.options = {...options, timeout: fromEnv}
    options.signal?.addEventListener('abort', () => void this.close(), {once: true})
  }

  /**
   * Start Chromium now, beside the Node work of loading and validating, so the first print does
   * not wait for it (#13). A failure here is not lost: the first print meets it (and retries).
   */
  warm(): void {
    if (this.#closed || this.#browser) return
    const launching = launchBrowser(this.options.timeout === undefined ? {} : {timeout: this.options.timeout})
    launching.catch(() => {})
    this.#browser = launching
    // Its first tab too: readying a tab (attaching to it, JavaScript off, requests intercepted)
    // took 0.19-0.25 s of the 0.5 s it took to reprint one changed memo of the large meeting.
    const readying = launching.then((browser) => this.#newTab(browser)).catch(() => undefined)
    this.#ready = {browser: launching, tab: readying}
  }

  /** The tab `warm` readies, and the browser it belongs to; the first print takes it. */
  #ready: {browser: Promise<Browser>; tab: Promise<PrintTab | undefined>} | undefined

  /** The tab `warm` readied in `launching`, if any (once). */
  async #readyTab(launching: Promise<Browser>): Promise<PrintTab | undefined> {
    const ready = this.#ready
    this.#ready = undefined
    if (!ready) return undefined
    const tab = await ready.tab
    if (ready.browser === launching) return tab
    await tab?.close()
    return undefined
  }

  /**
   * Print a complete HTML document to PDF bytes. Calls may overlap: each prints in a tab of its
   * own, at most `PrintSession.atOnce` at a time (Chromium lays out each page on a core).
   */
  async print(html: string): Promise<Uint8Array> {
    if (this.#running >= PrintSession.atOnce) await new Promise<void>((resolve) => this.#waiting.push(resolve))
    this.#running++
    try {
      return await this.#print(html)
    } finally {
      this.#running--
      this.#waiting.shift()?.()
    }
  }

  /** How many pages print at once: one per core, at most 4. */
  static readonly atOnce = Math.max(1, Math.min(4, availableParallelism()))

  async #print(html: string, retry = true): Promise<Uint8Array> {
    if (this.#closed) throw new Error('Expected an open print session, not a closed one')
    const launching = (this.#browser ??= launchBrowser(this.options.timeout === undefined ? {} : {timeout: this.options.timeout}))
    let tab: PrintTab | undefined
    try {
      const browser = await launching
      tab = this.#idle.pop() ?? (await this.#readyTab(launching)) ?? (await this.#newTab(browser))
      const bytes = await tab.print(html)
      if (this.#browser === launching && !this.#closed && this.#idle.length < PrintSession.atOnce) this.#idle.push(tab)
      else await tab.close()
      return bytes
    } catch (error) {
      // A tab that failed is not used again; the next print opens a new one.
      await tab?.close()
      // A browser that failed to start or died (crash, killed) is not kept: a long-running
      // `bundel dev` starts a new one for the next print instead of failing forever.
      const browser = await launching.catch(() => undefined)
      if (browser?.connected) throw error
      if (this.#browser === launching) {
        this.#browser = undefined
        this.#idle = []
        await browser?.close().catch(() => {})
        // It had started, then died: one new browser, one more try.
        if (browser && retry && !this.#closed) return this.#print(html, false)
      } else if (browser && retry && !this.#closed) {
        // A print beside this one met the same death first, and started the new browser.
        return this.#print(html, false)
      }
      throw error
    }
  }

  /** Browsers whose first, empty tab has been taken. */
  #claimed = new WeakSet<Browser>()

  /** Chromium starts with one empty tab: the first print uses it (~0.1 s less than a new one, #13). */
  async #newTab(browser: Browser): Promise<PrintTab> {
    if (!this.#claimed.has(browser)) {
      this.#claimed.add(browser)
      const blank = (await browser.pages()).find((page) => page.url() === 'about:blank')
      if (blank) return openTab(browser, this.options, blank)
    }
    return openTab(browser, this.options)
  }

  /** A print made (or read from the cache) earlier in this session. */
  remembered(key: string): Uint8Array | undefined {
    return this.#prints.get(key)
  }

  /**
   * Keep a print for the rest of the session; the oldest go first past 256 MB, as `bundel dev`
   * lives long (a bundle printed in parts keeps every part: the public edition asks for them again).
   */
  remember(key: string, bytes: Uint8Array): void {
    const old = this.#prints.get(key)
    if (old) this.#kept -= old.length
    this.#prints.delete(key)
    this.#prints.set(key, bytes)
    this.#kept += bytes.length
    while (this.#kept > 256 * 1024 * 1024 && this.#prints.size > 1) {
      const [oldest, value] = this.#prints.entries().next().value!
      this.#prints.delete(oldest)
      this.#kept -= value.length
    }
  }

  /** Bytes of the prints kept. */
  #kept = 0

  /** Close the browser, if one was started; safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true
    const browser = this.#browser
    this.#browser = undefined
    this.#idle = []
    this.#ready = undefined
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => {})
    await closeAbandoned()
  }
}
