/**
 * The output folder's lock (#7), with real processes: one holder at a time, a dead holder's lock
 * taken over, a live one waited for a bounded time and then named in one line.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {mkdtemp, readFile, stat, utimes, writeFile} from 'node:fs/promises'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {OutputError} from '../errors.js'
import {takeLock} from './lock.js'

const children: ChildProcess[] = []

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
})

/** A real process that runs until it is killed, as another build would. */
async function otherProcess(): Promise<ChildProcess & {pid: number}> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'})
  children.push(child)
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject))
  return child as ChildProcess & {pid: number}
}

/** Field 22 of /proc/<pid>/stat: when the process started. */
function started(pid: number): string {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[19]!
}

async function workDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'bundel-lock-'))
}

async function holdAs(dir: string, holder: Record<string, unknown>): Promise<void> {
  await writeFile(path.join(dir, 'lock'), JSON.stringify({host: hostname(), since: '2026-12-01T10:00:00.000Z', ...holder}))
}

const lockOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'lock'), 'utf8')) as Record<string, unknown>
const exists = (file: string) => stat(file).then(() => true, () => false)

describe('takeLock', () => {
  it('should write who holds the lock, and remove it on release', async () => {
    const dir = await workDir()
    const before = Date.now()
    const lock = await takeLock(dir, 'dist', 0)
    const holder = await lockOf(dir)
    expect(holder).toMatchObject({pid: process.pid, host: hostname(), start: started(process.pid)})
    expect(Date.parse(String(holder.since))).toBeGreaterThanOrEqual(before - 1000)
    await lock.release()
    expect(await exists(path.join(dir, 'lock'))).toBe(false)
    // Free again: the next build takes it at once.
    await (await takeLock(dir, 'dist', 0)).release()
  })

  it('should make the work folder again when a finished build removed it', async () => {
    const dir = path.join(await workDir(), '.dist.bundel')
    const lock = await takeLock(dir, 'dist', 0)
    expect((await lockOf(dir)).pid).toBe(process.pid)
    await lock.release()
  })

  it('should let only one holder in at a time', async () => {
    const dir = await workDir()
    let inside = 0
    let most = 0
    const order: number[] = []
    await Promise.all(
      Array.from({length: 4}, async (_, index) => {
        const lock = await takeLock(dir, 'dist', 10_000)
        inside++
        most = Math.max(most, inside)
        order.push(index)
        await new Promise((resolve) => setTimeout(resolve, 30))
        inside--
        await lock.release()
      })
    )
    expect(most).toBe(1)
    expect(order.sort()).toEqual([0, 1, 2, 3])
  })

  it('should take over the lock of a process that is gone', async () => {
    const dir = await workDir()
    const child = await otherProcess()
    const pid = child.pid
    const start = started(pid)
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    await holdAs(dir, {pid, start})
    const lock = await takeLock(dir, 'dist', 0)
    expect((await lockOf(dir)).pid).toBe(process.pid)
    await lock.release()
  })

  it('should take over a lock whose pid now belongs to a process that started later', async () => {
    const dir = await workDir()
    const child = await otherProcess()
    // The pid runs, but not the process that wrote the lock: its start time differs.
    await holdAs(dir, {pid: child.pid, start: String(Number(started(child.pid)) - 1)})
    const lock = await takeLock(dir, 'dist', 0)
    expect((await lockOf(dir)).pid).toBe(process.pid)
    await lock.release()
  })

  it('should wait for a live holder for the time given, then fail in one line naming it', async () => {
    const dir = await workDir()
    const child = await otherProcess()
    await holdAs(dir, {pid: child.pid, start: started(child.pid)})
    const before = Date.now()
    const error = await takeLock(dir, 'dist', 300).then(
      () => undefined,
      (error: unknown) => error
    )
    expect(Date.now() - before).toBeGreaterThanOrEqual(300)
    expect(error).toBeInstanceOf(OutputError)
    const busy = error as OutputError
    expect(busy.code).toBe('out-busy')
    expect(busy.params).toMatchObject({out: 'dist', pid: String(child.pid), host: hostname(), since: '2026-12-01T10:00:00.000Z'})
    expect(busy.say('en')).toBe(`output folder dist is being written by another bundel build (process ${child.pid} on ${hostname()}, since 2026-12-01T10:00:00.000Z); wait for it to finish, or stop that process`)
    expect(busy.message).toContain(`wordt beschreven door een andere bundel-build (proces ${child.pid}`)
    // The other build's lock is left alone.
    expect((await lockOf(dir)).pid).toBe(child.pid)
  })

  it('should take the lock as soon as the live holder ends', async () => {
    const dir = await workDir()
    const child = await otherProcess()
    await holdAs(dir, {pid: child.pid, start: started(child.pid)})
    setTimeout(() => child.kill('SIGKILL'), 300)
    const before = Date.now()
    const lock = await takeLock(dir, 'dist', 20_000)
    expect(Date.now() - before).toBeGreaterThanOrEqual(250)
    expect(Date.now() - before).toBeLessThan(5000)
    expect((await lockOf(dir)).pid).toBe(process.pid)
    await lock.release()
  })

  it('should count a holder on another machine as alive, even with a pid that does not run here', async () => {
    const dir = await workDir()
    await holdAs(dir, {pid: 4194305, host: `not-${hostname()}`})
    await expect(takeLock(dir, 'uit', 0)).rejects.toMatchObject({code: 'out-busy', params: {out: 'uit', pid: '4194305', host: `not-${hostname()}`}})
  })

  it('should take over an unreadable lock once it is older than a moment, but not a fresh one', async () => {
    const dir = await workDir()
    const file = path.join(dir, 'lock')
    // Garbage a crash left long ago: taken over at once.
    await writeFile(file, '{"pid": 12')
    const old = new Date(Date.now() - 60_000)
    await utimes(file, old, old)
    let before = Date.now()
    let lock = await takeLock(dir, 'dist', 0)
    expect(Date.now() - before).toBeLessThan(1000)
    await lock.release()
    // A lock being written right now: waited for, about two seconds, before it counts as garbage.
    await writeFile(file, '')
    before = Date.now()
    lock = await takeLock(dir, 'dist', 0)
    expect(Date.now() - before).toBeGreaterThanOrEqual(1900)
    expect((await lockOf(dir)).pid).toBe(process.pid)
    await lock.release()
  })

  it('should read its time-out from BUNDEL_LOCK_TIMEOUT', async () => {
    const dir = await workDir()
    const child = await otherProcess()
    await holdAs(dir, {pid: child.pid, start: started(child.pid)})
    const saved = process.env.BUNDEL_LOCK_TIMEOUT
    try {
      process.env.BUNDEL_LOCK_TIMEOUT = '200'
      let before = Date.now()
      await expect(takeLock(dir, 'dist')).rejects.toMatchObject({code: 'out-busy'})
      expect(Date.now() - before).toBeGreaterThanOrEqual(200)
      expect(Date.now() - before).toBeLessThan(5000)
      // Not a number: the default of a minute, so still waiting when the holder ends.
      process.env.BUNDEL_LOCK_TIMEOUT = 'lang'
      setTimeout(() => child.kill('SIGKILL'), 600)
      before = Date.now()
      const lock = await takeLock(dir, 'dist')
      expect(Date.now() - before).toBeGreaterThanOrEqual(550)
      await lock.release()
    } finally {
      if (saved === undefined) delete process.env.BUNDEL_LOCK_TIMEOUT
      else process.env.BUNDEL_LOCK_TIMEOUT = saved
    }
  })

  it('should pass on a file-system error it cannot wait out', async () => {
    const file = path.join(await workDir(), 'een-bestand')
    await writeFile(file, '')
    await expect(takeLock(file, 'dist', 0)).rejects.toMatchObject({code: 'ENOTDIR'})
  })
})
