/**
 * The built page in real Chromium: every table-of-contents link lands on an element that exists,
 * and axe-core finds no WCAG 2.1 A/AA violations (#2). Uses the example meeting in content/.
 */
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser} from 'puppeteer'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../pipeline.js'
import {findBrowser, launchBrowser} from '../../pdf/browser.js'
import {fixtureMeeting, makeProject, meetingPath} from '../../test-util/fixture.js'

const project = path.resolve(import.meta.dirname, '../../..')
const browserPath = await findBrowser().catch(() => undefined)

describe.skipIf(!browserPath)('the HTML bundle in Chromium (skipped: no Chromium found; install it or set BUNDEL_CHROME)', () => {
  let browser: Browser
  let url: string

  beforeAll(async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'bundel-html-'))
    const result = await build({cwd: project, out, pdf: false, cache: false, meetings: ['2025-01-29-algemeen-bestuur']})
    expect(result.failed).toBe(false)
    url = pathToFileURL(path.join(out, '2025-01-29-algemeen-bestuur', 'index.html')).href
    browser = await launchBrowser({loopback: true})
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should land every table-of-contents link on an element that exists', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    const links = await page.$$eval('nav.toc a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
    expect(links.length).toBeGreaterThanOrEqual(6 + 9)
    for (const href of links) {
      expect(href).toMatch(/^#/)
      const exists = await page.$eval('body', (_body, id) => document.getElementById(id) !== null, decodeURIComponent(href.slice(1)))
      expect(exists, `${href} has no target`).toBe(true)
    }
    // Every in-page link anywhere lands too (agenda, memo headings, footnotes).
    const broken = await page.$$eval('a[href^="#"]', (anchors) =>
      anchors.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => document.getElementById(decodeURIComponent(id)) === null)
    )
    expect(broken).toEqual([])
    await page.close()
  })

  it('should fit a phone screen: no table or text runs off the side', async () => {
    const page = await browser.newPage()
    await page.setViewport({width: 390, height: 844})
    await page.goto(url)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
    // Tables wrap their cells, or else scroll inside their own box; none may stick out of the screen.
    const overflowing = await page.$$eval('table', (tables) =>
      tables.filter((table) => (table.closest('.table-scroll') ?? table).getBoundingClientRect().right > 390).map((table) => table.id || table.textContent!.slice(0, 40))
    )
    expect(overflowing).toEqual([])
    expect(await page.$$eval('table', (tables) => tables.length)).toBeGreaterThan(5)
    await page.close()
  })

  it('should have no WCAG 2.1 A/AA violations (axe-core)', async () => {
    const page = await browser.newPage()
    // The bundle's CSP forbids scripts; only this test's axe script is let in.
    await page.setBypassCSP(true)
    await page.goto(url)
    const axeSource = createRequire(import.meta.url)('axe-core').source as string
    await page.addScriptTag({content: axeSource})
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>}}).axe
      const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
    const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (nodes) => nodes.map((n) => Number(n.tagName[1])))
    expect(headings.filter((level) => level === 1)).toHaveLength(1)
    // No heading skips a level on the way down.
    headings.forEach((level, index) => {
      if (index > 0) expect(level - headings[index - 1]!).toBeLessThanOrEqual(1)
    })
    await page.close()
  })

  it('should reflow at 320 CSS px without scrolling sideways, long Dutch titles included (WCAG 1.4.10)', async () => {
    const page = await browser.newPage()
    await page.setViewport({width: 320, height: 640})
    await page.goto(url)
    const widths = () => page.evaluate(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth}))
    expect((await widths()).scroll).toBeLessThanOrEqual((await widths()).client)
    // A title of one long compound, and a memo whose every value is one unbroken word.
    const fixture = await makeProject()
    const item = meetingPath(fixture, '02-lobby', 'agendapunt.md')
    await writeFile(item, (await readFile(item, 'utf8')).replace(/^titel: .*$/m, 'titel: Bestemmingsplanwijzigingsprocedureverordeningsaanpassingsvoorstel'))
    const memo = meetingPath(fixture, '02-lobby', 'memo.md')
    await writeFile(memo, (await readFile(memo, 'utf8')).replace(/^portefeuillehouder: .*$/m, 'portefeuillehouder: secretariaat.algemeenbestuur@rivierenland-oost.example.nl'))
    const out = await mkdtemp(path.join(tmpdir(), 'bundel-reflow-'))
    const result = await build({cwd: fixture, out, pdf: false, cache: false})
    expect(result.failed).toBe(false)
    await page.goto(pathToFileURL(path.join(out, fixtureMeeting, 'index.html')).href)
    expect(await page.evaluate(() => document.body.textContent!.replace(/\u00ad/g, '').includes('Bestemmingsplanwijzigingsprocedure'))).toBe(true)
    expect((await widths()).scroll).toBeLessThanOrEqual((await widths()).client)
    await page.close()
  })

  it('should show focus with a ring of at least 3:1 against the page (WCAG 1.4.11)', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const color = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return {outline: style.outlineColor, width: style.outlineWidth, style: style.outlineStyle}
    })
    expect(color.style).toBe('solid')
    expect(parseFloat(color.width)).toBeGreaterThanOrEqual(2)
    const [r, g, b] = color.outline.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number]
    const luminance = (channel: number) => {
      const c = channel / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    const ring = 0.2126 * luminance(r) + 0.7152 * luminance(g) + 0.0722 * luminance(b)
    expect((1 + 0.05) / (ring + 0.05)).toBeGreaterThanOrEqual(3)
    await page.close()
  })

  it('should mark a phrase in another language as such', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    // Not hyphenated by the Dutch patterns either.
    expect(await page.$$eval('span[lang="de"]', (nodes) => nodes.map((node) => node.textContent))).toEqual(['Wirtschaftsförderung Emmerbach'])
    await page.close()
  })
})
