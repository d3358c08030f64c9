/**
 * What a board member notices (#8): amounts aligned as the table says, Dutch words hyphenated
 * (never cut without a hyphen), table headers whole, links recognisable on screen and on paper,
 * the page leading to the PDF, "Agenda (vervolg)" on the agenda's later pages, and no page of an
 * item ending in a lone heading. Judged in Chromium (computed styles) and in the PDF (pdf.js).
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser} from 'puppeteer'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findBrowser, launchBrowser} from '../pdf/browser.js'
import {fixtureMeeting, makeProject, meetingPath, run} from '../test-util/fixture.js'
import {readLayout, type LaidOutPage} from '../test-util/pdf-layout.js'
import {readPdf, type ReadPdf} from '../test-util/read-pdf.js'
import hyphen from 'hyphen/nl/index.js'

const browserPath = await findBrowser().catch(() => undefined)

const longWord = 'bestemmingsplanwijzigingsprocedure'
const headings = Array.from({length: 24}, (_, index) => `Onderdeel ${index + 1} van de toelichting`)

describe.skipIf(!browserPath)('output details (skipped: no Chromium found)', () => {
  let project: string
  let html: string
  let pdf: ReadPdf
  let layout: LaidOutPage[]
  let bytes: Uint8Array
  let browser: Browser

  beforeAll(async () => {
    project = await makeProject()
    const memo = meetingPath(project, '02-lobby', 'memo.md')
    const source = await readFile(memo, 'utf8')
    const body = [
      '| Post | Bedrag |',
      '| :--- | ---: |',
      '| Uitvoering | € 1.000 |',
      '| Projectleiding en advies | € 100.000 |',
      '',
      // A narrow first column: the long word has to break there.
      '| Financieel gevolg | Toelichting | Planning | Betrokken partijen |',
      '| --- | --- | --- | --- |',
      `| ${longWord} | ${'De raad besluit hierover in het voorjaar na een inspraakronde. '.repeat(2)} | ${'Eerste helft van het jaar, met ruimte voor vertraging. '.repeat(2)} | ${'Gemeenten, provincie en waterschap samen. '.repeat(2)} |`,
      '',
      `Zie [de website van de regio](https://www.regio.example/) en de ${longWord}.`,
      '',
      ...headings.flatMap((heading, index) => [`## ${heading}`, '', Array.from({length: 3 + (index % 5)}, () => 'Een alinea van de toelichting met genoeg woorden om een paar regels te vullen op de pagina van het memo.').join(' '), ''])
    ].join('\n')
    await writeFile(memo, source.replace(/\n---\n[\s\S]*$/, `\n---\n${body}\n`))
    // Enough items for the agenda to run on to a second page.
    for (let index = 4; index <= 30; index++) {
      const folder = meetingPath(project, `${String(index).padStart(2, '0')}-punt-${index}`)
      await mkdir(folder)
      await writeFile(path.join(folder, 'agendapunt.md'), `---\ntitel: Agendapunt met een wat langere titel nummer ${index}\nvoorstel: Kennisnemen van de stukken bij punt ${index}\n---\n`)
    }
    const result = await run(project, 'build', '--no-cache')
    expect(result.code, result.stderr).toBe(0)
    html = await readFile(path.join(project, 'dist', fixtureMeeting, 'index.html'), 'utf8')
    bytes = new Uint8Array(await readFile(path.join(project, 'dist', fixtureMeeting, 'bundel.pdf')))
    pdf = await readPdf(bytes)
    layout = await readLayout(bytes)
    browser = await launchBrowser({loopback: true})
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  const styles = async (media: 'screen' | 'print', selectors: string[]) => {
    const page = await browser.newPage()
    try {
      await page.setJavaScriptEnabled(false)
      await page.setContent(html)
      await page.emulateMediaType(media)
      await page.setJavaScriptEnabled(true)
      return await page.evaluate((list: string[]) => list.map((selector) => {
        const element = document.querySelector(selector)
        if (!element) return null
        const style = getComputedStyle(element)
        return {textAlign: style.textAlign, color: style.color, decoration: style.textDecorationLine}
      }), selectors)
    } finally {
      await page.close()
    }
  }

  it('should align a column as its GFM delimiter row says, in the page and in the PDF', async () => {
    const [right, left] = await styles('screen', ['td[align="right"]', 'td[align="left"]'])
    expect(right?.textAlign).toBe('right')
    expect(left?.textAlign).toBe('left')
    // In the PDF the amounts end at the same x: right-aligned.
    const page = layout.find((candidate) => candidate.items.some((item) => item.text.includes('100.000')))!
    const amounts = page.items.filter((item) => /^€ 1(00)?\.000$/.test(item.text.trim()))
    expect(amounts).toHaveLength(2)
    expect(Math.abs(amounts[0]!.x + amounts[0]!.width - (amounts[1]!.x + amounts[1]!.width))).toBeLessThan(0.5)
    expect(Math.abs(amounts[0]!.x - amounts[1]!.x)).toBeGreaterThan(5)
  })

  it('should break a long Dutch word only with a hyphen, at a Dutch hyphenation point, and never a table header word', () => {
    const text = pdf.pages.join('\n')
    // Where the word is broken, its line ends in a hyphen (U+2010), after one of its Dutch syllables.
    const syllables = hyphen.hyphenateSync(longWord, {hyphenChar: '|'}).split('|')
    const allowed = syllables.slice(0, -1).map((_, index) => syllables.slice(0, index + 1).join(''))
    // Runs of text (a table cell's line is a run of its own), not whole page lines.
    const runs = layout.flatMap((page) => page.items.map((item) => item.text.trim()))
    const broken = runs.filter((run) => run.endsWith('\u2010')).map((run) => run.split(' ').at(-1)!.slice(0, -1)).filter((piece) => longWord.startsWith(piece))
    expect(broken.length).toBeGreaterThan(0)
    for (const piece of broken) expect(allowed, piece).toContain(piece)
    // No piece of the word stands at a line end without a hyphen.
    for (const run of runs) {
      const last = run.split(' ').at(-1) ?? ''
      if (last.length >= 4 && longWord.startsWith(last) && last !== longWord) throw new Error(`"${run}" cuts ${longWord} without a hyphen`)
    }
    // The header cell's words stay whole, on one line or two.
    expect(runs.filter((run) => /Financieel|gevolg/.test(run)).join(' ')).toMatch(/Financieel( |\n)gevolg/)
  })

  it('should keep links recognisable on screen and on paper, the contents included', async () => {
    const [screenLink, screenToc] = await styles('screen', ['.memo-toelichting a[href^="https"]', '.toc .toc-title'])
    const [printLink] = await styles('print', ['.memo-toelichting a[href^="https"]'])
    expect(screenLink?.decoration).toContain('underline')
    expect(screenToc?.decoration).toContain('underline')
    expect(printLink?.decoration).toContain('underline')
    expect(printLink?.color).not.toBe('rgb(27, 27, 27)')
  })

  it('should lead from the page to the PDF, with its pages and size', () => {
    const kb = Math.round(bytes.byteLength / 1024).toLocaleString('nl-NL')
    expect(html).toContain(`<a href="bundel.pdf" type="application/pdf">De hele bundel als PDF (${pdf.pages.length} pagina's, ${kb} kB)</a>`)
  })

  it('should head every later page of the agenda with "Agenda (vervolg)"', () => {
    const first = pdf.pages.findIndex((text) => text.startsWith('Agenda\n'))
    const item = pdf.pages.findIndex((text) => text.includes('Agendapunt 1 Opening'))
    expect(item - first).toBeGreaterThan(1)
    expect(pdf.pages[first]).not.toContain('Agenda (vervolg)')
    for (let index = first + 1; index < item; index++) expect(pdf.pages[index]!.split('\n')[0], `page ${index + 1}`).toBe('Agenda (vervolg)')
    expect(pdf.pages.filter((text) => text.includes('Agenda (vervolg)'))).toHaveLength(item - first - 1)
  })

  it('should never end a page with a lone heading', () => {
    for (const [index, text] of pdf.pages.entries()) {
      const lines = text.split('\n').slice(0, -1) // the footer band is the last line
      expect(headings, `page ${index + 1} ends with a heading`).not.toContain(lines.at(-1))
    }
    expect(headings.every((heading) => pdf.pages.some((text) => text.includes(heading)))).toBe(true)
  })
})
