/**
 * `bundel site` on the example, served over HTTP on the loopback and used in Chromium (#11): from
 * the home page to a meeting and its PDF; a search for a Dutch word stem that is only in a PDF
 * appendix lands on that appendix; axe finds no WCAG 2.1 AA violation on the home and search
 * pages; two builds are byte-identical; the OParl files validate and their checksums match; the
 * sitemap parses and carries the DiWoo fields; nothing of a closed document is anywhere.
 */
import {createHash} from 'node:crypto'
import {createServer, type Server} from 'node:http'
import {mkdtemp, readFile, readdir} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import type {Browser} from 'puppeteer'
import {Ajv} from 'ajv'
import addFormatsModule from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findBrowser, launchBrowser} from '../pdf/browser.js'
import {pdfText} from '../editions/pdf-text.js'
import {words} from '../editions/leak-check.js'
import {site} from './site.js'
import {listOf, oparlSchemas} from './oparl-schema.js'

const project = path.resolve(import.meta.dirname, '../..')
const meeting = '2025-01-29-algemeen-bestuur'
const browserPath = await findBrowser().catch(() => undefined)
const epoch = '1738108800'

async function filesUnder(folder: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(folder, {withFileTypes: true, recursive: true})) if (entry.isFile()) out.push(path.relative(folder, path.join(entry.parentPath, entry.name)))
  return out.sort()
}

async function buildSite(): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'bundel-site-'))
  const saved = process.env.SOURCE_DATE_EPOCH
  process.env.SOURCE_DATE_EPOCH = epoch
  try {
    const result = await site({cwd: project, out, cache: false})
    expect(result.failed, result.files.flatMap((f) => f.messages.map(String)).join('\n')).toBe(false)
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH
    else process.env.SOURCE_DATE_EPOCH = saved
  }
  return out
}

/** A static file server for `folder` on 127.0.0.1, under a sub-path (the site must not assume the root). */
async function serve(folder: string, prefix: string): Promise<{server: Server; url: string}> {
  const types: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.pdf': 'application/pdf', '.xml': 'application/xml'}
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (!pathname.startsWith(prefix)) return void response.writeHead(404).end()
    try {
      const file = path.join(folder, pathname.slice(prefix.length) || 'index.html')
      const data = await readFile(file)
      response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'}).end(data)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as {port: number}
  return {server, url: `http://127.0.0.1:${address.port}${prefix}`}
}

describe.skipIf(!browserPath)('the site of the example (skipped: no Chromium found)', () => {
  let out: string
  let browser: Browser
  let server: Server
  let base: string

  beforeAll(async () => {
    out = await buildSite()
    ;({server, url: base} = await serve(out, '/vergaderingen/'))
    browser = await launchBrowser({loopback: true})
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    server?.close()
  })

  it('leads from the home page to the meeting and to its PDF, with relative links only', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}index.html`)
    const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href')!))
    expect(hrefs.filter((href) => /^(\/|https?:)/.test(href))).toEqual([])
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('Vergaderstukken Regio Rivierenland-Oost')
    await Promise.all([page.waitForNavigation(), page.click(`a[href="${meeting}/index.html"]`)])
    expect(page.url()).toBe(`${base}${meeting}/index.html`)
    expect(await page.$eval('h1', (h1) => h1.textContent)).toContain('Algemeen Bestuur')
    await page.goto(`${base}index.html`)
    const pdf = await page.$eval('.meeting-pdf a', (link) => (link as HTMLAnchorElement).href)
    const response = await fetch(pdf)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    expect(await page.$eval('.meeting-pdf', (p) => p.textContent)).toMatch(/De bundel als PDF \(57 pagina's, [\d.]+ kB\)/)
    await page.close()
  })

  it('finds a word stem that only a PDF appendix has, and leads to that appendix', async () => {
    // A word of the minister's letter that nothing else on the site has, not even a word of the same
    // stem (Dutch stemming joins "aanvullingen" and "aanvullend"), inflected (-en): search its stem.
    const letter = new Uint8Array(await readFile(path.join(project, 'content', meeting, '02-lobby', 'bijlagen', '01-brief-minister.pdf')))
    const pageText = new Set(words(await readFile(path.join(out, meeting, 'index.html'), 'utf8')))
    for (const other of ['02-lobby/bijlagen/03-kamerbrief-regiodeals.pdf', '03-energiehubs-bedrijventerreinen/bijlagen/01-aanvraagformulier.pdf']) {
      for (const word of words((await pdfText(new Uint8Array(await readFile(path.join(project, 'content', meeting, other))))).parts.join(' '))) pageText.add(word)
    }
    const candidates = [...new Set(words((await pdfText(letter)).parts.join(' ')))].filter((word) => /^[a-z]{9,}en$/.test(word) && ![...pageText].some((other) => other.startsWith(word.slice(0, Math.max(6, word.length - 6))))).sort()
    expect(candidates.length).toBeGreaterThan(0)
    const stem = candidates[0]!.slice(0, -2)
    const page = await browser.newPage()
    await page.goto(`${base}zoeken.html`)
    await page.waitForSelector('.pagefind-ui__search-input')
    await page.type('.pagefind-ui__search-input', stem)
    await page.waitForSelector('.pagefind-ui__result-link', {timeout: 20_000})
    const results = await page.$$eval('.pagefind-ui__result-link', (links) => links.map((link) => ({href: (link as HTMLAnchorElement).href, text: link.textContent})))
    expect(results[0]!.href, `search for ${stem}`).toBe(`${base}${meeting}/bijlagen/02-lobby/01-brief-minister.pdf`)
    expect(results[0]!.text).toContain('2.2 Brief minister')
    // The filters are there, in Dutch, for orgaan and year.
    expect(await page.$$eval('.pagefind-ui__filter-name', (names) => names.map((name) => name.textContent?.trim()))).toEqual(expect.arrayContaining(['Orgaan', 'Jaar']))
    await page.close()
  }, 60_000)

  it('has no WCAG 2.1 A/AA violations on the home and search pages (axe-core)', async () => {
    const axeSource = createRequire(import.meta.url)('axe-core').source as string
    for (const file of ['index.html', 'zoeken.html', 'orgaan/algemeen-bestuur.html']) {
      const page = await browser.newPage()
      await page.setBypassCSP(true)
      await page.goto(`${base}${file}`)
      if (file === 'zoeken.html') {
        await page.waitForSelector('.pagefind-ui__search-input')
        await page.type('.pagefind-ui__search-input', 'regio')
        await page.waitForSelector('.pagefind-ui__result-link', {timeout: 20_000})
      }
      await page.addScriptTag({content: axeSource})
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; nodes: Array<{target: string[]}>}>}>}}).axe
        const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(violations, file).toEqual([])
      await page.close()
    }
  }, 60_000)

  it('is byte-identical when built again with the same SOURCE_DATE_EPOCH, search index included', async () => {
    const again = await buildSite()
    const hashes = async (folder: string) => Object.fromEntries(await Promise.all((await filesUnder(folder)).map(async (file) => [file, createHash('sha256').update(await readFile(path.join(folder, file))).digest('hex')])))
    const [first, second] = await Promise.all([hashes(out), hashes(again)])
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/fragment/'))).toBe(true)
    expect(second).toEqual(first)
  }, 180_000)

  it('writes OParl 1.1 that validates, with checksums of the exact published bytes', async () => {
    const ajv = new Ajv({strict: false, allErrors: true})
    ;(addFormatsModule as unknown as (ajv: Ajv) => void)(ajv)
    const read = async (file: string) => JSON.parse(await readFile(path.join(out, file), 'utf8'))
    const check = (schema: object, data: unknown, name: string) => {
      const validate = ajv.compile(schema)
      expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
    check(oparlSchemas.system, await read('oparl/system.json'), 'system')
    check(oparlSchemas.body, await read('oparl/body.json'), 'body')
    check(listOf(oparlSchemas.body), await read('oparl/bodies.json'), 'bodies')
    check(listOf(oparlSchemas.organization), await read('oparl/organizations.json'), 'organizations')
    check(listOf(oparlSchemas.meeting), await read('oparl/meetings.json'), 'meetings')
    const data = await read(`oparl/meeting/${meeting}.json`)
    check(oparlSchemas.meeting, data, 'meeting')
    expect(data.agendaItem.map((item: {number: string; order: number}) => [item.number, item.order])).toEqual([['1', 0], ['2', 1], ['3', 2], ['4', 3], ['5', 4], ['6', 5], ['7', 6]])
    expect(data.agendaItem[6]).toMatchObject({name: 'Personele aangelegenheid', public: false})
    expect(data.agendaItem[6].resolutionText).toBeUndefined()
    expect(data.agendaItem[1].resolutionText).toBe('Kennisnemen van de regionale lobbyagenda 2025')
    const files = [data.invitation, ...data.agendaItem.flatMap((item: {auxiliaryFile?: unknown[]}) => item.auxiliaryFile ?? [])] as Array<{accessUrl: string; sha512Checksum: string; size: number}>
    expect(files).toHaveLength(4)
    for (const file of files) {
      const local = path.join(out, decodeURIComponent(new URL(file.accessUrl).pathname))
      const bytes = await readFile(local)
      expect(createHash('sha512').update(bytes).digest('hex'), file.accessUrl).toBe(file.sha512Checksum)
      expect(bytes.byteLength).toBe(file.size)
    }
    expect(data.created).toBe('2025-01-29T00:00:00+00:00')
  })

  it('writes a sitemap that parses as XML and has the DiWoo fields for every document', async () => {
    const page = await browser.newPage()
    const xml = await readFile(path.join(out, 'sitemap.xml'), 'utf8')
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      if (doc.querySelector('parsererror')) return {error: doc.querySelector('parsererror')!.textContent}
      const ns = 'https://standaarden.overheid.nl/diwoo/metadata/'
      return {
        urls: Array.from(doc.getElementsByTagName('url')).map((url) => ({
          loc: url.getElementsByTagName('loc')[0]?.textContent,
          fields: ['publisher', 'officieleTitel', 'informatiecategorie', 'documenthandeling', 'creatiedatum', 'language', 'format'].filter((name) => url.getElementsByTagNameNS(ns, name).length === 1),
          category: url.getElementsByTagNameNS(ns, 'informatiecategorie')[0]?.getAttribute('resource'),
          publisher: url.getElementsByTagNameNS(ns, 'publisher')[0]?.getAttribute('resource')
        }))
      }
    }, xml)
    expect(parsed).not.toHaveProperty('error')
    const urls = (parsed as {urls: Array<{loc: string; fields: string[]; category: string; publisher: string}>}).urls
    // The page, the bundle and three open PDF appendices; never the closed one.
    expect(urls.map((url) => url.loc)).toEqual([
      `https://vergaderingen.rivierenland-oost.example/${meeting}/index.html`,
      `https://vergaderingen.rivierenland-oost.example/${meeting}/bundel.pdf`,
      `https://vergaderingen.rivierenland-oost.example/${meeting}/bijlagen/02-lobby/01-brief-minister.pdf`,
      `https://vergaderingen.rivierenland-oost.example/${meeting}/bijlagen/02-lobby/03-kamerbrief-regiodeals.pdf`,
      `https://vergaderingen.rivierenland-oost.example/${meeting}/bijlagen/03-energiehubs-bedrijventerreinen/01-aanvraagformulier.pdf`
    ])
    for (const url of urls) {
      expect(url.fields, url.loc).toHaveLength(7)
      expect(url.category).toBe('https://identifier.overheid.nl/tooi/def/thes/kern/c_db4862c3')
      expect(url.publisher).toBe('https://identifier.overheid.nl/tooi/id/gemeenschappelijke_regeling/gr9999')
    }
    await page.close()
  })

  it('holds nothing of a closed document: no page, no PDF, no open data, no search fragment', async () => {
    const files = await filesUnder(out)
    expect(files.filter((file) => /07-personele|volledig|openbaar\//.test(file))).toEqual([])
    for (const file of files) {
      let bytes = await readFile(path.join(out, file))
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
      const text = bytes.toString('utf8')
      for (const phrase of ['Verhoeckx', '118.420', 'Kampman', 'Benoeming secretaris-directeur', 'Het elektriciteitsnet in de regio Rivierenland-Oost zit vol']) expect(text.includes(phrase), `${file}: ${phrase}`).toBe(false)
    }
  })
})
