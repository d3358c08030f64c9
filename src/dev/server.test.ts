/**
 * The dev HTTP server on real sockets (#4): the next free port when one is taken, HEAD without a
 * body, a bad address or a failing route answered in one line, events for every open page.
 */
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterEach, describe, expect, it} from 'vitest'
import {startServer, type DevHttpServer, type Routes} from './server.js'

const open: Array<{close(): unknown}> = []

afterEach(async () => {
  for (const server of open.splice(0)) await server.close()
})

const routes: Routes = {
  hello: () => ['build', '7'],
  async get(pathname) {
    if (pathname === '/') return {status: 200, type: 'text/html; charset=utf-8', body: '<p>bundel</p>'}
    if (pathname === '/kapot') throw new Error('render went wrong')
    if (pathname === '/bijlagen/a b.pdf') return {status: 200, type: 'application/pdf', body: new Uint8Array([0x25, 0x50, 0x44, 0x46])}
    return undefined
  }
}

async function start(port = 0, lang: 'nl' | 'en' = 'en'): Promise<DevHttpServer> {
  const server = await startServer(port, lang, routes)
  open.push(server)
  return server
}

/** A plain server holding `port` (0: any free one); resolves to the port it holds. */
async function occupy(port: number): Promise<number> {
  const blocker = http.createServer((_request, response) => response.end('other'))
  await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve))
  open.push({close: () => new Promise((resolve) => blocker.close(resolve))})
  return (blocker.address() as AddressInfo).port
}

/** Read the event stream until `count` events came; their names and data. */
async function events(url: string, count: number, afterFirst?: () => void): Promise<string[]> {
  const controller = new AbortController()
  const response = await fetch(url, {signal: controller.signal})
  expect(response.headers.get('content-type')).toBe('text/event-stream')
  const reader = response.body!.getReader()
  let text = ''
  let told = false
  while ((text.match(/\n\n/g) ?? []).length < count) {
    text += new TextDecoder().decode((await reader.read()).value)
    if (!told && text.includes('\n\n')) {
      told = true
      afterFirst?.()
    }
  }
  controller.abort()
  return text.trim().split('\n\n')
}

describe('startServer', () => {
  it('should serve the routes on 127.0.0.1, HEAD without a body', async () => {
    const server = await start()
    const base = `http://127.0.0.1:${server.port}`
    const page = await fetch(`${base}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    expect(await page.text()).toBe('<p>bundel</p>')
    const head = await fetch(`${base}/`, {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    // Paths are decoded before the routes see them.
    const pdf = await fetch(`${base}/bijlagen/a%20b.pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await pdf.arrayBuffer()).toString()).toBe('%PDF')
  })

  it('should answer 404, 405, a bad address and a failing route in words, in the language asked', async () => {
    const english = await start(0, 'en')
    const base = `http://127.0.0.1:${english.port}`
    const missing = await fetch(`${base}/nergens`)
    expect([missing.status, await missing.text()]).toEqual([404, 'Not found\n'])
    expect((await fetch(`${base}/`, {method: 'DELETE'})).status).toBe(405)
    const bad = await fetch(`${base}/%E0%A4%A`)
    expect([bad.status, await bad.text()]).toEqual([400, 'Invalid address\n'])
    const failing = await fetch(`${base}/kapot`)
    expect([failing.status, await failing.text()]).toEqual([500, 'bundel dev: render went wrong\n'])
    const dutch = await start(0, 'nl')
    const dutchBase = `http://127.0.0.1:${dutch.port}`
    expect(await (await fetch(`${dutchBase}/nergens`)).text()).toBe('Niet gevonden\n')
    expect(await (await fetch(`${dutchBase}/%E0`)).text()).toBe('Ongeldig adres\n')
  })

  it('should greet a new page with the hello event, then send it every broadcast', async () => {
    const server = await start()
    const received = await events(`http://127.0.0.1:${server.port}/__bundel/events`, 3, () => {
      server.broadcast('problems', JSON.stringify(['a.md:1: fout', 'b.md:2: fout']))
      server.broadcast('build', 'twee\nregels')
    })
    expect(received).toEqual(['event: build\ndata: 7', 'event: problems\ndata: ["a.md:1: fout","b.md:2: fout"]', 'event: build\ndata: twee\ndata: regels'])
  })

  it('should take the next port when the one asked for is taken', async () => {
    const taken = await occupy(0)
    const server = await start(taken)
    expect(server.port).toBeGreaterThan(taken)
    expect(server.port).toBeLessThanOrEqual(taken + 20)
    expect(await (await fetch(`http://127.0.0.1:${server.port}/`)).text()).toBe('<p>bundel</p>')
    // The other server still answers on its own port.
    expect(await (await fetch(`http://127.0.0.1:${taken}/`)).text()).toBe('other')
  })

  it('should close its event streams and stop listening on close', async () => {
    const server = await startServer(0, 'en', routes)
    const response = await fetch(`http://127.0.0.1:${server.port}/__bundel/events`)
    const reader = response.body!.getReader()
    await reader.read()
    await server.close()
    // The stream ends rather than hanging.
    for (;;) if ((await reader.read()).done) break
    await expect(fetch(`http://127.0.0.1:${server.port}/`)).rejects.toThrow()
  })
})
