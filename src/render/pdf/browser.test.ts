/**
 * The browser of a build (#7): nothing leaves the machine — not even a DNS lookup — and a build
 * that is killed takes its Chromium with it, leaving no profile folder behind for long.
 * Judged from outside: the system calls of the whole process tree (strace) and /proc.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {cp, mkdtemp, readFile, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findBrowser, realBinary} from './browser.js'

const root = path.resolve(import.meta.dirname, '../../..')
const bin = path.join(root, 'bin', 'bundel.js')
const browserPath = await findBrowser().catch(() => undefined)
const strace = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true']).status === 0

async function exampleProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bundel-net-'))
  await cp(path.join(root, 'content'), path.join(dir, 'content'), {recursive: true})
  return dir
}

/** Every process below `pid` (children of all its threads, recursively). */
function descendants(pid: number): number[] {
  const found: number[] = []
  const queue = [pid]
  while (queue.length > 0) {
    const current = queue.pop()!
    try {
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim()
        for (const child of children ? children.split(/\s+/).map(Number) : []) {
          found.push(child)
          queue.push(child)
        }
      }
    } catch {
      // gone meanwhile
    }
  }
  return found
}

/** Processes anywhere whose command line mentions `needle`. */
function processesWith(needle: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
      if (command.includes(needle)) found.push(`${entry} ${command.slice(0, 100)}`)
    } catch {
      // gone meanwhile
    }
  }
  return found
}

describe('realBinary', () => {
  it('should look behind a distribution launch script, and leave a real binary alone', () => {
    if (existsSync('/usr/lib/chromium/chromium') && existsSync('/usr/bin/chromium')) expect(realBinary('/usr/bin/chromium')).toBe('/usr/lib/chromium/chromium')
    expect(realBinary(process.execPath)).toBe(process.execPath)
  })
})

describe.skipIf(!browserPath || !strace)('a PDF build and the network (skipped: needs Chromium and strace)', () => {
  it('should make no DNS lookup and open no connection off the machine', async () => {
    const project = await exampleProject()
    const trace = path.join(project, 'trace.txt')
    const result = spawnSync('strace', ['-f', '-qq', '-e', 'trace=socket,connect,sendto,sendmsg,sendmmsg', '-o', trace, process.execPath, bin, 'build', '--no-cache'], {
      cwd: project,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })
    expect(result.status, result.stderr).toBe(0)
    expect(existsSync(path.join(project, 'dist', '2025-01-29-algemeen-bestuur', 'bundel.pdf'))).toBe(true)
    const lines = (await readFile(trace, 'utf8')).split('\n')
    // Which descriptor of which process is a datagram socket (from its socket() call).
    const datagram = new Set<string>()
    // pid → whether the socket() call it is in the middle of makes an IPv4/IPv6 datagram socket.
    const pending = new Map<string, boolean>()
    const offMachine: string[] = []
    for (const line of lines) {
      const pid = line.trim().split(/\s+/)[0]!
      // A descriptor is reused after close: every socket() says what it is now. strace splits a
      // call that another thread interrupts: "socket(… <unfinished ...>", later "<... socket resumed>) = 18".
      const created = /socket\((AF_\w+), (SOCK_\w+)[^)]*\)\s+=\s+(\d+)/.exec(line)
      if (created) {
        const key = `${pid}:${created[3]}`
        if (/^AF_INET6?$/.test(created[1]!) && created[2] === 'SOCK_DGRAM') datagram.add(key)
        else datagram.delete(key)
      }
      const started = /socket\((AF_\w+), (SOCK_\w+).*<unfinished/.exec(line)
      if (started) pending.set(pid, /^AF_INET6?$/.test(started[1]!) && started[2] === 'SOCK_DGRAM')
      const resumed = /<\.\.\. socket resumed>.*=\s+(\d+)/.exec(line)
      if (resumed && pending.has(pid)) {
        const key = `${pid}:${resumed[1]}`
        if (pending.get(pid)) datagram.add(key)
        else datagram.delete(key)
        pending.delete(pid)
      }
      if (!/(connect|sendto|sendmsg|sendmmsg)\(/.test(line) || !/sa_family=AF_INET6?/.test(line)) continue
      const loopback = /inet_addr\("127\.|inet_pton\(AF_INET6, "::1"/.test(line)
      if (loopback) continue
      const fd = /(?:connect|sendto|sendmsg|sendmmsg)\((\d+),/.exec(line)?.[1]
      // Chromium "connects" a UDP socket to a public address to learn whether IPv6 is routable:
      // that sends nothing. Anything else — a TCP connect, a packet, port 53 — leaves the machine.
      const probe = /^\d+\s+connect\(/.test(line) && datagram.has(`${pid}:${fd}`) && !/htons\(53\)/.test(line)
      if (!probe) offMachine.push(line)
    }
    expect(offMachine).toEqual([])
    expect(lines.filter((line) => /htons\(53\)/.test(line))).toEqual([])
    // And no packet was sent on any of the probe sockets either (checked in order, as descriptors are reused).
    const probes = new Set<string>()
    const sent: string[] = []
    for (const line of lines) {
      const pid = line.trim().split(/\s+/)[0]!
      const created = /socket\((AF_\w+), (SOCK_\w+)[^)]*\)\s+=\s+(\d+)/.exec(line)
      if (created) {
        if (/^AF_INET6?$/.test(created[1]!) && created[2] === 'SOCK_DGRAM') probes.add(`${pid}:${created[3]}`)
        else probes.delete(`${pid}:${created[3]}`)
      }
      const send = /^\d+\s+(sendto|sendmsg|sendmmsg)\((\d+),/.exec(line.trim())
      if (send && probes.has(`${pid}:${send[2]}`)) sent.push(line)
    }
    expect(sent).toEqual([])
  }, 60_000)
})

describe.skipIf(!browserPath)('a build that is killed (skipped: no Chromium found)', () => {
  it('should take its Chromium with it and leave no profile folder behind', async () => {
    const project = await exampleProject()
    const temp = await mkdtemp(path.join(tmpdir(), 'bundel-kill-'))
    const child = spawn(process.execPath, [bin, 'build', '--no-cache'], {cwd: project, stdio: 'ignore', env: {...process.env, TMPDIR: temp}})
    const closed = new Promise((resolve) => child.on('close', resolve))
    // Wait until Chromium runs (it prints the bundle), then kill bundel the hard way.
    let browsers: number[] = []
    for (let waited = 0; waited < 20_000 && browsers.length === 0; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      browsers = descendants(child.pid!).filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chrom')
        } catch {
          return false
        }
      })
    }
    expect(browsers.length).toBeGreaterThan(0)
    const profiles = (await readdir(temp)).filter((name) => name.startsWith('bundel-chromium-'))
    expect(profiles).toHaveLength(1)
    child.kill('SIGKILL')
    await closed
    let left: string[] = []
    for (let waited = 0; waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      left = processesWith(profiles[0]!)
      if (left.length === 0) break
    }
    expect(left).toEqual([])
    // Crash handlers are started with the profile as their database: none may outlive it.
    expect(browsers.filter((pid) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '))).toEqual([])
    // The next build removes the dead build's profile folder.
    const next = spawnSync(process.execPath, [bin, 'build', '--no-cache'], {cwd: project, env: {...process.env, TMPDIR: temp}, encoding: 'utf8'})
    expect(next.status, next.stderr).toBe(0)
    expect((await readdir(temp)).filter((name) => name.startsWith('bundel-chromium-'))).toEqual([])
  }, 60_000)
})
