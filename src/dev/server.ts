/**
 * The dev HTTP server on 127.0.0.1: the page, its PDF appendices, /bundel.pdf, and server-sent
 * events for live reload. Plain node:http: there is nothing here a dev-server framework would add.
 */
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import type {Lang} from '../catalogue/lang.js'

/** A response the routes can give. */
export interface Reply {
  readonly status: number
  readonly type: string
  readonly body: string | Uint8Array
}

/** What the server asks of the dev session. */
export interface Routes {
  /** Answer a GET for `pathname` (undefined: 404). */
  get(pathname: string): Promise<Reply | undefined>
  /** The event to send a new listener first: [name, data]. */
  hello(): readonly [string, string]
}

/** A listening server with its event stream. */
export interface DevHttpServer {
  readonly port: number
  /** Send an event to every open page. */
  broadcast(name: string, data: string): void
  close(): Promise<void>
}

/** Listen on `port` (or the next free one, up to 20 further) on 127.0.0.1. */
export async function startServer(port: number, lang: Lang, routes: Routes): Promise<DevHttpServer> {
  const say = lang === 'en' ? {bad: 'Invalid address', missing: 'Not found'} : {bad: 'Ongeldig adres', missing: 'Niet gevonden'}
  const listeners = new Set<http.ServerResponse>()
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end()
      return
    }
    if (url.pathname === '/__bundel/events') {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
      listeners.add(response)
      request.on('close', () => listeners.delete(response))
      const [name, data] = routes.hello()
      send(response, name, data)
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(url.pathname)
    } catch {
      response.writeHead(400, {'content-type': 'text/plain; charset=utf-8'}).end(`${say.bad}\n`)
      return
    }
    routes
      .get(pathname)
      .then((reply) => {
        if (!reply) {
          response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end(`${say.missing}\n`)
          return
        }
        response.writeHead(reply.status, {'content-type': reply.type, 'cache-control': 'no-store'})
        response.end(request.method === 'HEAD' ? undefined : reply.body)
      })
      .catch((error: unknown) => {
        response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'}).end(`bundel dev: ${error instanceof Error ? error.message : String(error)}\n`)
      })
  })
  // Keep the event streams alive through proxies and idle time-outs.
  const heartbeat = setInterval(() => {
    for (const listener of listeners) listener.write(': ping\n\n')
  }, 15_000)
  heartbeat.unref()
  const actual = await listen(server, port)
  return {
    port: actual,
    broadcast(name, data) {
      for (const listener of listeners) send(listener, name, data)
    },
    async close() {
      clearInterval(heartbeat)
      for (const listener of listeners) listener.end()
      listeners.clear()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

function send(response: http.ServerResponse, name: string, data: string): void {
  response.write(`event: ${name}\n${data.split('\n').map((line) => `data: ${line}`).join('\n')}\n\n`)
}

async function listen(server: http.Server, port: number): Promise<number> {
  for (let attempt = 0; attempt <= 20; attempt++) {
    const candidate = port === 0 ? 0 : port + attempt
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', reject)
          resolve()
        })
      })
      return (server.address() as AddressInfo).port
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error
    }
  }
  throw new Error(`ports ${port} to ${port + 20} are all taken (use --port)`)
}
