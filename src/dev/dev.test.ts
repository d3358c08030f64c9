/**
 * `dev()` in this process, without a browser (#9): the page, a rebuild after a save, the overlay
 * for broken front matter and its recovery, events for live reload, appendix copies, 404 and 405.
 * The browser test (dev.browser.test.ts) checks the same through a real page and a child process;
 * this one runs everywhere.
 */
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {dev, type DevServer} from './dev.js'
import type {BuildEvent} from '../options.js'

const repo = path.resolve(import.meta.dirname, '../..')
const meeting = '2025-01-29-algemeen-bestuur'
let project: string
let server: DevServer
const events: BuildEvent[] = []

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'bundel-dev-'))
  await cp(path.join(repo, 'content'), path.join(project, 'content'), {recursive: true})
  server = await dev({cwd: project, port: 0, cache: false, lang: 'en', logger: {event: (event) => events.push(event)}})
})

afterAll(async () => {
  await server?.close()
  await rm(project, {recursive: true, force: true})
})

const get = (pathname: string, init?: RequestInit) => fetch(new URL(pathname, server.url), init)
const agendapunt = () => path.join(project, 'content', meeting, '02-lobby', 'agendapunt.md')

/** The first `event:` of the live-reload stream, with its data. */
async function firstEvent(): Promise<{event: string; data: string}> {
  const controller = new AbortController()
  const response = await get('/__bundel/events', {signal: controller.signal})
  const reader = response.body!.getReader()
  let text = ''
  while (!/\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value)
  controller.abort()
  const event = /event: (\w+)/.exec(text)?.[1] ?? ''
  const data = /data: (.*)/.exec(text)?.[1] ?? ''
  return {event, data}
}

describe('dev in process', () => {
  it('serves the latest meeting with the live-reload client', async () => {
    expect(server.meeting).toBe(meeting)
    const page = await (await get('/')).text()
    expect(page).toMatch(/<meta name="bundel-build" content="[1-9]\d*">/)
    expect(page).toContain('/__bundel/client.js')
    expect(page).toContain('Lobby')
    expect(await (await get('/__bundel/client.js')).text()).toContain('EventSource')
    expect((await firstEvent()).event).toBe('build')
  })

  it('rebuilds after a save and serves the new text', async () => {
    const original = await readFile(agendapunt(), 'utf8')
    await writeFile(agendapunt(), original.replace('titel: Lobby', 'titel: Lobby in Den Haag'))
    await server.rebuild()
    const page = await (await get('/')).text()
    expect(page).toContain('Lobby in Den Haag')
    const before = Number(/bundel-build" content="(\d+)"/.exec(page)?.[1])
    expect(before).toBeGreaterThan(1)
    expect(events.some((event) => event.type === 'rebuilt')).toBe(true)
    await writeFile(agendapunt(), original)
    await server.rebuild()
  })

  it('shows the problems instead of the bundle while the front matter is broken, and recovers', async () => {
    const original = await readFile(agendapunt(), 'utf8')
    await writeFile(agendapunt(), original.replace('titel: Lobby', 'titel: [Lobby'))
    await server.rebuild()
    const {event, data} = await firstEvent()
    expect(event).toBe('problems')
    expect((JSON.parse(data) as string[]).join('\n')).toMatch(/02-lobby\/agendapunt\.md:\d+/)
    // Never an old PDF while the content is broken.
    const pdf = await get('/bundel.pdf')
    expect(pdf.status).toBe(503)
    expect(await pdf.text()).toMatch(/agendapunt\.md/)
    await writeFile(agendapunt(), original)
    await server.rebuild()
    expect((await firstEvent()).event).toBe('build')
  })

  it('serves appendix copies, and nothing else of the disk', async () => {
    const copy = await get('/bijlagen/02-lobby/01-brief-minister.pdf')
    expect(copy.status).toBe(200)
    expect(copy.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await copy.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await get('/content/2025-01-29-algemeen-bestuur/vergadering.md')).status).toBe(404)
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404)
    expect((await get('/', {method: 'POST'})).status).toBe(405)
  })
})
