/**
 * Print one HTML page to PDF bytes in a fresh tab. JavaScript is off and every request that is
 * not inline data is aborted, so neither a remote image nor `file:///etc/…` in an `<iframe>` or
 * `<object>` can reach the PDF (#3); the bundle's own resources are all inlined by render/html.
 */
import type {Browser, HTTPRequest, Page} from 'puppeteer-core'
import {packagedFont} from '../fonts.js'

/** Options of `printPage`. */
export interface PrintOptions {
  /** Milliseconds before Chromium is given up on (default: by the size of the page, printTimeout). */
  readonly timeout?: number | undefined
  /** Told about each request that was blocked (optional). */
  readonly onBlocked?: ((url: string) => void) | undefined
}

/**
 * How long a print may take: 2 minutes, plus 40 ms per kB of HTML beyond the first megabyte
 * (#13). Chromium printed 3,842 own pages (9 MB of HTML) in 121 s here; a fixed limit made a
 * 1,000-item meeting fail where it only needed the time.
 */
export function printTimeout(html: string): number {
  return 120_000 + Math.max(0, html.length - 1_000_000) * 0.04
}

/** Print `html` (a complete document) to a tagged A4 PDF, in a tab of its own. */
export async function printPage(browser: Browser, html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const tab = await openTab(browser, options)
  try {
    return await tab.print(html)
  } finally {
    await tab.close()
  }
}

/** A tab that prints one page after another (a new tab costs 0.1–0.2 s; a bundle in parts prints many, #13). */
export interface PrintTab {
  print(html: string): Promise<Uint8Array>
  close(): Promise<void>
}

/**
 * Open a tab with JavaScript off and every request but inline data and bundel's fonts blocked;
 * `blank` is an empty tab of the browser to use instead of a new one.
 */
export async function openTab(browser: Browser, options: PrintOptions = {}, blank?: Page): Promise<PrintTab> {
  const page = blank ?? (await browser.newPage())
  try {
    await page.setJavaScriptEnabled(false)
    await page.setRequestInterception(true)
  } catch (error) {
    await page.close().catch(() => {})
    throw error
  }
  // After each print the tab's renderer collects its garbage, beside whatever Node does next; the
  // tab's next print waits for it. Left to itself, a renderer of Chromium 150's headless shell kept
  // what every print had made: on the 1,000-item meeting (64 prints, 32 per tab) each of the two
  // grew to 920-970 MB and held it through the merge, a peak of 2.7 GB (#13: 1.5 GB). Collected
  // after each print (12-31 ms), they stay at 60-160 MB: a peak of 0.9 GB, in the same time.
  const session = await page.createCDPSession().catch(() => undefined)
  let collecting: Promise<unknown> | undefined
  page.on('request', (request: HTTPRequest) => {
    const url = request.url()
    const font = packagedFont(url)
    if (font) void request.respond({status: 200, contentType: 'font/ttf', body: font})
    else if (url.startsWith('data:') || url === 'about:blank') void request.continue()
    else {
      options.onBlocked?.(url)
      void request.abort('blockedbyclient')
    }
  })
  return {
    async print(html) {
      await collecting
      const timeout = options.timeout ?? printTimeout(html)
      await page.setContent(html, {waitUntil: 'load', timeout})
      const bytes = await page.pdf({
        printBackground: true,
        preferCSSPageSize: true,
        format: 'A4',
        tagged: true,
        outline: false,
        displayHeaderFooter: false,
        timeout
      })
      // Bounded: a renderer that does not answer fails the next print by its own time-out.
      collecting = session && Promise.race([session.send('HeapProfiler.collectGarbage').catch(() => {}), new Promise((resolve) => setTimeout(resolve, 10_000).unref())])
      return bytes
    },
    async close() {
      await page.close().catch(() => {})
    }
  }
}
