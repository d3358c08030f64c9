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
import {chromiumFlags, findBrowser, isHeadlessShell, launchBrowser, puppeteerBrowser, realBinary} from './browser.js'
import {launchArguments} from './chromium-process.js'

const root = path.resolve(import.meta.dirname, '../..')
const bin = path.join(root, 'bin', 'bundel.js')
const browserPath = await findBrowser().catch(() => undefined)
const strace = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true']).status === 0
/** Debian's two builds of Chromium, where installed: the full browser and its headless shell. */
const installed = (file: string) => (existsSync(file) ? file : undefined)
const fullChromium = installed('/usr/lib/chromium/chromium')
const headlessShell = installed('/usr/lib/chromium/chromium-headless-shell')

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

describe('puppeteerBrowser', () => {
  it('should name the browser puppeteer itself would look for, without loading puppeteer', async () => {
    const {default: puppeteer} = await import('puppeteer')
    // puppeteer reads its environment once, when it is loaded: the same one as here.
    expect(await puppeteerBrowser(process.env)).toBe(puppeteer.executablePath())
    expect(await puppeteerBrowser({PUPPETEER_CACHE_DIR: '/srv/cache'})).toMatch(/^\/srv\/cache\/chrome\//)
    expect(await puppeteerBrowser({PUPPETEER_EXECUTABLE_PATH: '/opt/chrome/chrome'})).toBe('/opt/chrome/chrome')
  })
})

describe('the command line of Chromium', () => {
  it('should be the one puppeteer would give it, for the full browser and for the headless shell', async () => {
    const {default: puppeteer} = await import('puppeteer-core')
    const flags = [...chromiumFlags, '--no-sandbox']
    const shellFlags = flags.filter((flag) => flag !== '--headless=new')
    // defaultArgs takes the feature lists out of the flags it is given: each call gets a copy.
    expect(launchArguments(flags, '/tmp/profile')).toEqual([...puppeteer.defaultArgs({headless: true, args: [...flags], userDataDir: '/tmp/profile'}), '--remote-debugging-port=0'])
    expect(launchArguments(shellFlags, '/tmp/profile', true)).toEqual([...puppeteer.defaultArgs({headless: 'shell', args: [...shellFlags], userDataDir: '/tmp/profile'}), '--remote-debugging-port=0'])
    expect(launchArguments(shellFlags, '/tmp/profile', true)).toContain('--headless')
  })

  it('should know the headless shell by its name', () => {
    expect(isHeadlessShell('/usr/lib/chromium/chromium-headless-shell')).toBe(true)
    expect(isHeadlessShell('/home/a/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-headless-shell-linux64/chrome-headless-shell')).toBe(true)
    expect(isHeadlessShell('/usr/lib/chromium/chromium')).toBe(false)
    expect(isHeadlessShell('/opt/google/chrome/chrome')).toBe(false)
  })
})

describe.skipIf(!headlessShell)('finding a browser (skipped: no chromium-headless-shell)', () => {
  it('should take the headless shell before the full browser on the system', async () => {
    expect(await findBrowser({PUPPETEER_CACHE_DIR: '/nergens'})).toBe(headlessShell)
    expect(await findBrowser({PUPPETEER_CACHE_DIR: '/nergens', BUNDEL_CHROME: '/bin/true'})).toBe('/bin/true')
  })
})

describe.skipIf(!fullChromium || !headlessShell)('the full browser and the headless shell (skipped: needs both)', () => {
  it('should print the same bundle, byte for byte', async () => {
    const project = await exampleProject()
    const built = (browser: string, out: string) =>
      spawnSync(process.execPath, [bin, 'build', '--no-cache', '--out', out], {cwd: project, encoding: 'utf8', env: {...process.env, BUNDEL_CHROME: browser}})
    for (const [browser, out] of [[fullChromium!, 'full'], [headlessShell!, 'shell']] as const) {
      const result = built(browser, out)
      expect(result.status, result.stderr).toBe(0)
    }
    const pdf = (out: string) => readFileSync(path.join(project, out, '2025-01-29-algemeen-bestuur', 'bundel.pdf'))
    expect(pdf('full').length).toBeGreaterThan(100_000)
    expect(pdf('shell').equals(pdf('full'))).toBe(true)
  }, 120_000)

  it('should close either one completely', async () => {
    for (const browser of [fullChromium!, headlessShell!]) {
      const saved = process.env.BUNDEL_CHROME
      process.env.BUNDEL_CHROME = browser
      try {
        const launched = await launchBrowser()
        const started = descendants(process.pid).filter((child) => {
          try {
            return readFileSync(`/proc/${child}/cmdline`, 'utf8').includes(path.basename(browser))
          } catch {
            return false
          }
        })
        expect(started.length, browser).toBeGreaterThan(0)
        await launched.close()
        // The main process has ended; its zygotes follow it within moments.
        const running = () =>
          started.filter((child) => {
            try {
              return !readFileSync(`/proc/${child}/stat`, 'utf8').includes(') Z ')
            } catch {
              return false
            }
          })
        for (let waited = 0; waited < 2000 && running().length > 0; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50))
        expect(running(), browser).toEqual([])
      } finally {
        if (saved === undefined) delete process.env.BUNDEL_CHROME
        else process.env.BUNDEL_CHROME = saved
      }
    }
  }, 60_000)
})

describe.skipIf(!browserPath || !strace)('a PDF build and the network (skipped: needs Chromium and strace)', () => {
  it('should make no DNS lookup and open no connection off the machine', async () => {
    const project = await exampleProject()
    const trace = path.join(project, 'trace.txt')
    const result = spawnSync('strace', ['-f', '-qq', '-yy', '-e', 'trace=socket,connect,sendto,sendmsg,sendmmsg', '-o', trace, process.execPath, bin, 'build', '--no-cache'], {
      cwd: project,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1'}
    })
    expect(result.status, result.stderr).toBe(0)
    expect(existsSync(path.join(project, 'dist', '2025-01-29-algemeen-bestuur', 'bundel.pdf'))).toBe(true)
    const lines = (await readFile(trace, 'utf8')).split('\n')
    // With -yy strace names each socket at every call: `18<UDP:[12345]>` (its inode), once
    // connected `18<UDP:[10.0.0.2:4455->1.2.3.4:443]>`, `18<NETLINK:[…]>`, `18<UNIX:[…]>`. So no
    // descriptor has to be followed through threads, processes and reuse.
    const loopback = (address: string) => /^(127\.|\[?::1\]?|\[?::ffff:127\.)/.test(address)
    const offMachine: string[] = []
    const sent: string[] = []
    for (const line of lines) {
      const call = /^\d+\s+(connect|sendto|sendmsg|sendmmsg)\(\d+<(\w+):\[([^\]]*)\]>/.exec(line.trim())
      if (!call || !/^(TCP|UDP)(v6)?$/.test(call[2]!)) continue
      const [, name, protocol, endpoints] = call as unknown as [string, string, string, string]
      const peer = endpoints.includes('->') ? endpoints.split('->')[1]! : undefined
      const target = /inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"/.exec(line)
      const address = target ? (target[1] ?? target[2]!) : peer
      if (address === undefined || loopback(address)) continue
      if (/htons\(53\)/.test(line) || /:53$/.test(peer ?? '')) offMachine.push(line)
      // Chromium "connects" a UDP socket to a public address to learn whether IPv6 is routable:
      // that sends nothing. A TCP connect, or any packet to such an address, leaves the machine.
      else if (name === 'connect' && protocol.startsWith('UDP')) continue
      else if (name === 'connect') offMachine.push(line)
      else sent.push(line)
    }
    expect(offMachine).toEqual([])
    expect(lines.filter((line) => /htons\(53\)/.test(line))).toEqual([])
    // And no packet was sent to an address off the machine, on a probe socket or any other.
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
