/**
 * One build at a time per output folder (#7): two builds swapping meeting folders at once could
 * delete each other's output. The lock is a file created exclusively in the work folder, holding
 * who took it. A lock whose process is gone (killed, crashed) is taken over; a live one is waited
 * for, a bounded time, then reported in one line naming the other process.
 */
import {mkdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import {hostname} from 'node:os'
import path from 'node:path'
import {OutputError} from '../errors.js'
import {isRunning} from '../pid.js'

/** Who holds a lock. */
interface Holder {
  readonly pid: number
  readonly host: string
  /** Process start time from /proc (Linux), so a reused pid is not mistaken for the holder. */
  readonly start?: string | undefined
  readonly since: string
}

/** A held lock. */
export interface Lock {
  release(): Promise<void>
}

function startTime(pid: number): string | undefined {
  try {
    // Field 22 of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true // cannot tell: assume it runs
  if (!isRunning(holder.pid)) return false
  const start = startTime(holder.pid)
  return holder.start === undefined || start === undefined || start === holder.start
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Take the lock of `workDir`; waits up to `timeout` ms for another build (BUNDEL_LOCK_TIMEOUT). */
export async function takeLock(workDir: string, shownOut: string, timeout = lockTimeout()): Promise<Lock> {
  const file = path.join(workDir, 'lock')
  const me: Holder = {pid: process.pid, host: hostname(), start: startTime(process.pid), since: new Date().toISOString()}
  const deadline = Date.now() + timeout
  for (;;) {
    try {
      await writeFile(file, JSON.stringify(me), {flag: 'wx'})
      return {release: () => rm(file, {force: true})}
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // The work folder was just removed by a build that finished: make it again.
      if (code === 'ENOENT') {
        await mkdir(workDir, {recursive: true})
        continue
      }
      if (code !== 'EEXIST') throw error
    }
    let holder: Holder | undefined
    try {
      holder = JSON.parse(await readFile(file, 'utf8')) as Holder
    } catch {
      holder = undefined // being written right now, or garbage left by a crash
    }
    if (!holder || !alive(holder)) {
      // A crashed build's lock (or an unreadable one older than a moment): take it over.
      if (holder || (await olderThan(file, 2000))) await rm(file, {force: true})
      else await sleep(50)
      continue
    }
    if (Date.now() >= deadline) {
      throw new OutputError('out-busy', {out: shownOut, pid: String(holder.pid), host: holder.host, since: holder.since})
    }
    await sleep(100)
  }
}

async function olderThan(file: string, ms: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined)
  return !info || Date.now() - info.mtimeMs > ms
}

function lockTimeout(): number {
  const value = Number(process.env.BUNDEL_LOCK_TIMEOUT)
  return Number.isFinite(value) && value >= 0 ? value : 60_000
}
