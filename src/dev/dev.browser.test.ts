/**
 * `bundel dev` end to end (#4): the real CLI in a child process on a copy of the example meeting,
 * a real Chromium page that must reload by itself, the overlay for broken YAML, a burst of saves,
 * and no process left behind after Ctrl-C.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {cp, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {readFileSync, readdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'puppeteer'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {findBrowser, launchBrowser} from '../pdf/browser.js'

const repo = path.resolve(import.meta.dirname, '../..')
const meeting = '2025-01-29-algemeen-bestuur'
const browserPath = await findBrowser().catch(() => undefined)

/** Every descendant pid of `pid` (Linux /proc). */
function descendants(pid: number): number[] {
  const out: number[] = []
  const queue = [pid]
  while (queue.length > 0) {
    const current = queue.pop()!
    let tasks: string[] = []
    try {
      tasks = readdirSync(`/proc/${current}/task`)
    } catch {
      continue
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim()
        for (const child of children ? children.split(/\s+/).map(Number) : []) {
          out.push(child)
          queue.push(child)
        }
      } catch {
        // gone already
      }
    }
  }
  return out
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe.skipIf(!browserPath)('bundel dev (skipped: no Chromium found; install it or set BUNDEL_CHROME)', () => {
  let project: string
  let child: ChildProcess
  let url: string
  let browser: Browser
  let log = ''
  const memo = () => path.join(project, 'content', meeting, '02-lobby', 'memo.md')

  beforeAll(async () => {
    project = await mkdtemp(path.join(tmpdir(), 'bundel-dev-'))
    await cp(path.join(repo, 'content'), path.join(project, 'content'), {recursive: true})
    child = spawn(process.execPath, [path.join(repo, 'bin', 'bundel.js'), 'dev', '--port', '0', '--no-cache'], {cwd: project, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1'}})
    child.stdout!.on('data', (chunk) => (log += String(chunk)))
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev did not start:\n${log}`)), 20_000)
      child.stderr!.on('data', (chunk) => {
        log += String(chunk)
        const match = /bundel dev: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      })
    })
    browser = await launchBrowser({loopback: true})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (child && child.exitCode === null) child.kill('SIGKILL')
  })

  it('should serve the bundle, reload on a save, show and clear the overlay', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    expect(await page.$eval('h1', (h1) => h1.textContent)).toContain('Algemeen Bestuur')
    const original = await readFile(memo(), 'utf8')

    await writeFile(memo(), original.replace('## Aanleiding', '## Aanleiding\n\nDit is een nieuwe zin uit de test.'))
    await page.waitForFunction(() => document.body.innerText.includes('Dit is een nieuwe zin uit de test.'), {timeout: 10_000})

    await writeFile(memo(), original.replace(/^portefeuillehouder: .*$/m, 'portefeuillehouder: [kapot'))
    await page.waitForSelector('#bundel-overlay', {timeout: 10_000})
    const overlay = await page.$eval('#bundel-overlay', (element) => element.textContent ?? '')
    expect(overlay).toMatch(new RegExp(`content/${meeting}/02-lobby/memo\\.md:\\d+:\\d+: front matter is not valid YAML`))
    // The last good version stays readable under the overlay.
    expect(await page.evaluate(() => document.body.innerText.includes('Dit is een nieuwe zin uit de test.'))).toBe(true)

    await writeFile(memo(), original)
    await page.waitForFunction(() => !document.querySelector('#bundel-overlay') && !document.body.innerText.includes('Dit is een nieuwe zin uit de test.'), {timeout: 10_000})
    expect(log).toMatch(/memo\.md:\d+:\d+: front matter is not valid YAML/)
    await page.close()
  })

  it('should update in place: untouched parts keep their nodes and the view, and the page equals a fresh load', async () => {
    const page = await browser.newPage()
    await page.setViewport({width: 1000, height: 700})
    await page.goto(url)
    const original = await readFile(memo(), 'utf8')
    // A mark on a node the save does not touch, and the reader at item 4, below the change.
    await page.evaluate(() => {
      Object.assign(document.getElementById('agenda')!, {kept: true})
      document.getElementById('agendapunt-4')!.scrollIntoView()
    })
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(700)
    await writeFile(memo(), original.replace('## Aanleiding', '## Aanleiding\n\nEen zin die ter plekke in de pagina komt.\n\nEn nog een alinea.'))
    await page.waitForFunction(() => document.body.innerText.includes('Een zin die ter plekke in de pagina komt.'), {timeout: 10_000})
    expect(await page.evaluate(() => (document.getElementById('agenda') as unknown as {kept?: boolean}).kept)).toBe(true)
    // Item 4 is still where the reader was (two paragraphs were added above it).
    expect(Math.abs(await page.evaluate(() => document.getElementById('agendapunt-4')!.getBoundingClientRect().top))).toBeLessThan(5)
    const fresh = await browser.newPage()
    await fresh.goto(url)
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(await fresh.evaluate(() => document.body.outerHTML))
    // A tab behind another gets no animation frames, by which waitForFunction polls by default.
    await fresh.close()
    await page.bringToFront()
    await writeFile(memo(), original)
    await page.waitForFunction(() => !document.body.innerText.includes('Een zin die ter plekke in de pagina komt.'), {timeout: 10_000})
    await page.close()
  })

  it('should serve the last version after 20 saves in one second', async () => {
    const original = await readFile(memo(), 'utf8')
    for (let version = 1; version <= 20; version++) {
      await writeFile(memo(), original.replace('## Aanleiding', `## Aanleiding\n\nVersie ${version} van de tekst.`))
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    let html = ''
    for (let attempt = 0; attempt < 50 && !html.includes('Versie 20 van de tekst.'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      html = await (await fetch(url)).text()
    }
    expect(/Versie \d+ van de tekst\./.exec(html)?.[0] ?? log.slice(-2000)).toBe('Versie 20 van de tekst.')
    expect(html).not.toContain('Versie 19 van de tekst.')
    expect(child.exitCode).toBeNull()
  })

  it('should survive a deleted item folder and a half-written file', async () => {
    const item = path.join(project, 'content', meeting, '04-technologiepartnerschap-grensregio')
    const moved = `${item}-weg`
    const {rename} = await import('node:fs/promises')
    await rename(item, moved)
    await writeFile(path.join(project, 'content', meeting, '01-opening-en-mededelingen', 'agendapunt.md'), '---\ntitel: Opening')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect((await fetch(url)).status).toBe(200)
    await rename(moved, item)
    await writeFile(path.join(project, 'content', meeting, '01-opening-en-mededelingen', 'agendapunt.md'), '---\ntitel: Opening en mededelingen (hersteld)\n---\n')
    let html = ''
    // Both repairs must be in: the folder back and the file closed again (two saves, maybe two rebuilds).
    for (let attempt = 0; attempt < 50 && !(html.includes('Deelname aan het Technologiepartnerschap') && html.includes('Opening en mededelingen (hersteld)')); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      // Long words carry soft hyphens (render/html/hyphenate.ts); the text is the same without them.
      html = (await (await fetch(url)).text()).replace(/\u00AD/g, '')
    }
    expect(html).toContain('Deelname aan het Technologiepartnerschap')
    expect(html).toContain('Opening en mededelingen (hersteld)')
  })

  it('should make /bundel.pdf on request, and leave no process behind after Ctrl-C', async () => {
    const response = await fetch(`${url}bundel.pdf`)
    expect(response.status, response.status === 200 ? '' : await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 8).toString()).toBe('%PDF-1.7')
    const appendix = await fetch(`${url}bijlagen/02-lobby/01-brief-minister.pdf`)
    expect(appendix.status).toBe(200)
    expect((await fetch(`${url}%E0`)).status).toBe(400)
    const processes = descendants(child.pid!)
    expect(processes.length).toBeGreaterThan(0) // Chromium, started for the PDF
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    for (let attempt = 0; attempt < 50 && processes.some(alive); attempt++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(processes.filter(alive)).toEqual([])
    expect(await readdir(project)).not.toContain('dist')
  })
})
