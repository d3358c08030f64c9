/**
 * One Chromium per build, started on the first print only (a fully cached build starts none), and
 * closed on success, on error and on abort through `close()` (#3).
 */
import type {Browser} from 'puppeteer'
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
  }

  /** Print a complete HTML document to PDF bytes; calls may overlap, each in a tab of its own. */
  async print(html: string, retry = true): Promise<Uint8Array> {
    if (this.#closed) throw new Error('Expected an open print session, not a closed one')
    const launching = (this.#browser ??= launchBrowser(this.options.timeout === undefined ? {} : {timeout: this.options.timeout}))
    let tab: PrintTab | undefined
    try {
      const browser = await launching
      tab = this.#idle.pop() ?? (await openTab(browser, this.options))
      const bytes = await tab.print(html)
      if (this.#browser === launching && !this.#closed) this.#idle.push(tab)
      else await tab.close()
      return bytes
    } catch (error) {
      // A tab that failed is not used again; the next print opens a new one.
      await tab?.close()
      // A browser that failed to start or died (crash, killed) is not kept: a long-running
      // `bundel dev` starts a new one for the next print instead of failing forever.
      const browser = await launching.catch(() => undefined)
      if (this.#browser === launching && !browser?.connected) {
        this.#browser = undefined
        this.#idle = []
        await browser?.close().catch(() => {})
        // It had started, then died: one new browser, one more try.
        if (browser && retry && !this.#closed) return this.print(html, false)
      }
      throw error
    }
  }

  /** A print made (or read from the cache) earlier in this session. */
  remembered(key: string): Uint8Array | undefined {
    return this.#prints.get(key)
  }

  /** Keep a print for the rest of the session; the oldest go first, as `bundel dev` lives long. */
  remember(key: string, bytes: Uint8Array): void {
    this.#prints.delete(key)
    this.#prints.set(key, bytes)
    if (this.#prints.size > 8) this.#prints.delete(this.#prints.keys().next().value!)
  }

  /** Close the browser, if one was started; safe to call twice. */
  async close(): Promise<void> {
    this.#closed = true
    const browser = this.#browser
    this.#browser = undefined
    this.#idle = []
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => {})
    await closeAbandoned()
  }
}
