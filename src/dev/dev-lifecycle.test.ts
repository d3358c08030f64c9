/**
 * `dev()` in this process through the things that go wrong while a secretary edits (#4): no
 * meeting yet, a meeting name that does not exist, content broken from the start, the content
 * folder renamed away and back, /bundel.pdf made (and a failing print answered) on request, and
 * --open handing the address to the system's opener.
 */
import {chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {UsageError} from '../errors.js'
import type {BuildEvent} from '../options.js'
import {findBrowser} from '../pdf/browser.js'
import {fixtureMeeting, makeProject, meetingPath} from '../test-util/fixture.js'
import {dev, type DevServer} from './dev.js'

const browserPath = await findBrowser().catch(() => undefined)
const servers: DevServer[] = []

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

async function start(project: string, options: Parameters<typeof dev>[0] = {}, events: BuildEvent[] = []): Promise<DevServer> {
  const server = await dev({cwd: project, port: 0, cache: false, lang: 'en', logger: {event: (event) => events.push(event)}, ...options})
  servers.push(server)
  return server
}

const get = (server: DevServer, pathname: string) => fetch(new URL(pathname, server.url))
const buildNumber = (page: string) => Number(/<meta name="bundel-build" content="(\d+)">/.exec(page)?.[1])

async function until(condition: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('dev: which meeting', () => {
  it('should refuse a content folder without meetings, saying how to make one', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-dev-'))
    await mkdir(path.join(project, 'content'))
    const error = await dev({cwd: project, port: 0}).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).say('en')).toBe('no meeting in content (create one with "bundel new vergadering")')
  })

  it('should refuse a meeting that is not there, naming the ones that are', async () => {
    const project = await makeProject()
    await expect(dev({cwd: project, port: 0, meeting: '2024-01-01-ab'})).rejects.toMatchObject({code: 'meeting-missing', params: {name: '2024-01-01-ab', found: fixtureMeeting}})
  })

  it('should take a meeting given as a path, by its folder name', async () => {
    const project = await makeProject()
    const server = await start(project, {meeting: `content/${fixtureMeeting}/`})
    expect(server.meeting).toBe(fixtureMeeting)
  })
})

describe('dev: broken content', () => {
  it('should show a waiting page and no PDF until the content is fixed', async () => {
    const project = await makeProject()
    const file = meetingPath(project, '01-opening', 'agendapunt.md')
    const original = await readFile(file, 'utf8')
    await writeFile(file, '---\ntitel: [Opening\n---\n')
    const events: BuildEvent[] = []
    const server = await start(project, {}, events)
    const waiting = await (await get(server, '/')).text()
    expect(waiting).toContain('The bundle has not been built yet: see the problems below.')
    expect(buildNumber(waiting)).toBe(0)
    const pdf = await get(server, '/bundel.pdf')
    expect(pdf.status).toBe(503)
    const body = await pdf.text()
    expect(body.split('\n')[0]).toBe('The bundle has problems; solve them first:')
    expect(body).toContain(`content/${fixtureMeeting}/01-opening/agendapunt.md:2`)
    expect(events.map((event) => event.type)).toContain('problems')
    // An appendix copy is not served from a build that failed.
    expect((await get(server, '/bijlagen/02-lobby/02-brief.pdf')).status).toBe(404)
    await writeFile(file, original)
    await server.rebuild()
    const page = await (await get(server, '/')).text()
    // The watcher may have rebuilt after the save as well.
    expect(buildNumber(page)).toBeGreaterThanOrEqual(1)
    expect(page.replaceAll('\u00AD', '')).toContain('Opening en mededelingen')
  })

  it('should speak Dutch on the waiting page by default', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: [Opening\n---\n')
    const server = await start(project, {lang: 'nl'})
    expect(await (await get(server, '/')).text()).toContain('De bundel is nog niet gebouwd: zie de problemen hieronder.')
    expect((await (await get(server, '/bundel.pdf')).text()).split('\n')[0]).toBe('De bundel heeft problemen; los die eerst op:')
  })

  it('should survive the content folder going away, and rebuild by itself when it is back', async () => {
    const project = await makeProject()
    const events: BuildEvent[] = []
    const server = await start(project, {}, events)
    const first = buildNumber(await (await get(server, '/')).text())
    const content = path.join(project, 'content')
    await rename(content, path.join(project, 'weg'))
    await server.rebuild()
    expect(events.filter((event) => event.type === 'failure').length).toBeGreaterThan(0)
    // The server keeps answering while the folder is gone.
    expect((await get(server, '/')).status).toBe(200)
    const pdf = await get(server, '/bundel.pdf')
    expect(pdf.status).toBe(503)
    expect(await pdf.text()).toContain('content folder')
    // Gone for longer than the half second between looks for it.
    await new Promise((resolve) => setTimeout(resolve, 1200))
    await rename(path.join(project, 'weg'), content)
    await until(async () => buildNumber(await (await get(server, '/')).text()) > first)
  })
})

describe('dev: the PDF', () => {
  it.skipIf(!browserPath)('should print /bundel.pdf on request, once per build, and again after a change', async () => {
    const project = await makeProject()
    const server = await start(project)
    const [a, b] = await Promise.all([get(server, '/bundel.pdf'), get(server, '/bundel.pdf')])
    expect(a.status).toBe(200)
    expect(a.headers.get('content-type')).toBe('application/pdf')
    const first = Buffer.from(await a.arrayBuffer())
    expect(first.subarray(0, 5).toString()).toBe('%PDF-')
    expect(Buffer.from(await b.arrayBuffer()).equals(first)).toBe(true)
    // The appendix copy of this build is served too.
    expect((await get(server, '/bijlagen/02-lobby/02-brief.pdf')).status).toBe(200)
    const file = meetingPath(project, '01-opening', 'agendapunt.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('titel: Opening en mededelingen', 'titel: Opening en nieuwe mededelingen'))
    await server.rebuild()
    const again = Buffer.from(await (await get(server, '/bundel.pdf')).arrayBuffer())
    expect(again.subarray(0, 5).toString()).toBe('%PDF-')
    expect(again.equals(first)).toBe(false)
  }, 120_000)

  it('should answer a print that fails with its message, and try again on the next request', async () => {
    const project = await makeProject()
    const server = await start(project)
    const saved = process.env.BUNDEL_CHROME
    // The library reads BUNDEL_CHROME from the process environment.
    process.env.BUNDEL_CHROME = path.join(project, 'geen-chromium')
    try {
      const failed = await get(server, '/bundel.pdf')
      expect(failed.status).toBe(500)
      const text = await failed.text()
      expect(text).toContain('BUNDEL_CHROME is set to')
      expect(text).toContain('geen-chromium')
      expect(text).toContain(`content/${fixtureMeeting}/vergadering.md: could not make the PDF: `)
      // Not kept: the next request prints again, and fails the same way.
      const retried = await get(server, '/bundel.pdf')
      expect(retried.status).toBe(500)
      expect(await retried.text()).toContain(text.split('\n')[0]!)
    } finally {
      if (saved === undefined) delete process.env.BUNDEL_CHROME
      else process.env.BUNDEL_CHROME = saved
    }
  })
})

describe('dev: --open', () => {
  it('should hand the address to the system\'s opener', async () => {
    const project = await makeProject()
    // A stand-in for xdg-open on PATH that writes down what it was asked to open.
    const bin = path.join(project, 'bin')
    const log = path.join(project, 'opened.txt')
    await mkdir(bin)
    await writeFile(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${log}'\n`)
    await chmod(path.join(bin, 'xdg-open'), 0o755)
    const saved = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`
    try {
      const server = await start(project, {open: true})
      await until(() => readFile(log, 'utf8').then((text) => text.length > 0, () => false))
      expect(await readFile(log, 'utf8')).toBe(server.url)
    } finally {
      process.env.PATH = saved
    }
  })

  it.skipIf(process.platform !== 'linux')('should start anyway when there is no opener at all', async () => {
    const project = await makeProject()
    const saved = process.env.PATH
    process.env.PATH = path.join(project, 'leeg')
    try {
      const server = await start(project, {open: true})
      expect((await get(server, '/')).status).toBe(200)
    } finally {
      process.env.PATH = saved
    }
    await rm(path.join(project, 'dist'), {recursive: true, force: true})
  })
})
