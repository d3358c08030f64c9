/**
 * The write stage never loses a file (#7): an output folder that overlaps the content is refused,
 * two builds at once do not delete each other's output, a build killed mid-swap is finished by
 * the next run, no staging folder lands in the publishable tree, and an interruption is either
 * honoured before the swap or reported as a completed build.
 */
import {spawn} from 'node:child_process'
import {watch} from 'node:fs'
import {cp, mkdir, mkdtemp, readFile, readdir, rename, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../pipeline.js'
import {fixtureMeeting, makeProject, meetingPath, run} from '../test-util/fixture.js'
import {write} from './write.js'
import {workFolder} from './work-folder.js'
import {writeJournal} from './swap.js'

const bin = path.resolve(import.meta.dirname, '../../bin/bundel.js')

async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort()
}

function spawnBundel(cwd: string, args: string[], env: Record<string, string> = {}): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd, env: {...process.env, NO_COLOR: '1', ...env}, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({code, stderr}))
  })
}

describe('bundel build: output folder and content folder', () => {
  it.each([
    ['is the content folder', 'content', 'is the content folder'],
    ['lies inside the content folder', 'content/dist', 'lies inside the content folder content'],
    ['lies inside a meeting', `content/${fixtureMeeting}`, 'lies inside the content folder content'],
    ['contains the content folder', '.', 'contains the content folder content']
  ])('should refuse an --out that %s, and keep every source file', async (_name, out, expected) => {
    const project = await makeProject()
    const before = await tree(path.join(project, 'content'))
    const result = await run(project, 'build', '--no-pdf', '--out', out)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(expected)
    expect(await tree(path.join(project, 'content'))).toEqual(before)
  })

  it('should see through a symlink that makes --out the content folder', async () => {
    const project = await makeProject()
    const {symlink} = await import('node:fs/promises')
    await symlink(path.join(project, 'content'), path.join(project, 'uit'))
    const result = await run(project, 'build', '--no-pdf', '--out', 'uit')
    expect(result.code).toBe(2)
    expect(await stat(meetingPath(project, 'vergadering.md'))).toBeTruthy()
  })
})

describe('bundel build: the swap', () => {
  it('should never put a staging folder inside the output folder', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    await mkdir(out)
    const seen = new Set<string>()
    const watcher = watch(out, (_event, name) => name && seen.add(String(name)))
    try {
      expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
      expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
      await new Promise((resolve) => setTimeout(resolve, 50))
    } finally {
      watcher.close()
    }
    expect([...seen].filter((name) => name !== fixtureMeeting)).toEqual([])
    expect(await readdir(out)).toEqual([fixtureMeeting])
    // Nothing is left beside it either once the build is done.
    expect((await readdir(project)).filter((name) => name.includes('bundel'))).toEqual([])
  })

  it('should finish a swap that a killed build left half done, on the next check', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
    const old = await readFile(path.join(out, fixtureMeeting, 'index.html'), 'utf8')
    // What a build killed (kill -9) between its two renames leaves: a complete staged copy, the
    // journal, and the meeting folder already moved aside.
    const work = await workFolder(out)
    const staging = await mkdtemp(path.join(work.dir, 'staging-'))
    await cp(path.join(out, fixtureMeeting), path.join(staging, 'new', fixtureMeeting), {recursive: true})
    await writeFile(path.join(staging, 'new', fixtureMeeting, 'index.html'), 'nieuw')
    await writeJournal(work, {staging: path.basename(staging), meetings: [fixtureMeeting]})
    await mkdir(path.join(staging, 'old'))
    await rename(path.join(out, fixtureMeeting), path.join(staging, 'old', fixtureMeeting))
    // A leftover of bundel 0.1, which kept its staging inside the output folder.
    await mkdir(path.join(out, '.bundel-tmp-oud', 'old'), {recursive: true})
    expect(old).not.toBe('nieuw')

    const checked = await run(project, 'check')
    expect(checked.code).toBe(0)
    expect(checked.stderr).toContain(`finished the interrupted build of dist: ${fixtureMeeting}`)
    expect(await readFile(path.join(out, fixtureMeeting, 'index.html'), 'utf8')).toBe('nieuw')
    expect(await readdir(out)).toEqual([fixtureMeeting])
    expect((await readdir(project)).filter((name) => name.includes('bundel'))).toEqual([])
  })

  it('should clean a dead build\'s staging folder without a journal, leaving the output as it was', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
    const before = await tree(out)
    const work = await workFolder(out)
    await mkdir(path.join(work.dir, 'staging-dood', 'new', fixtureMeeting), {recursive: true})
    const result = await run(project, 'build', '--no-pdf')
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('removed a leftover staging folder')
    expect(await tree(out)).toEqual(before)
    expect((await readdir(project)).filter((name) => name.includes('bundel'))).toEqual([])
  })

  it('should keep two builds at once from deleting each other\'s output', async () => {
    const project = await makeProject()
    const meetings = [fixtureMeeting]
    for (let index = 1; index <= 5; index++) {
      const name = `2025-0${index + 3}-16-algemeen-bestuur`
      await cp(meetingPath(project), path.join(project, 'content', name), {recursive: true})
      meetings.push(name)
    }
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(Array.from({length: 4}, () => spawnBundel(project, ['build', '--no-pdf'])))
      for (const result of results) {
        expect(result.stderr).not.toMatch(/\n\s+at /)
        expect(result.code, result.stderr).toBe(0)
      }
      expect(await readdir(path.join(project, 'dist'))).toEqual(meetings.sort())
      for (const meeting of meetings) {
        expect(await tree(path.join(project, 'dist', meeting)), `round ${round}`).toEqual(['bijlagen/02-lobby/02-brief.pdf', 'bundel.json', 'index.html'])
      }
    }
  }, 90_000)

  it('should wait for a build that holds the lock, then fail in one line naming it', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    await mkdir(out)
    const work = await workFolder(out)
    // A live process that holds the lock: this test process itself, as another build would.
    const {hostname} = await import('node:os')
    await writeFile(path.join(work.dir, 'lock'), JSON.stringify({pid: process.pid, host: hostname(), since: '2026-12-01T10:00:00Z'}))
    const started = Date.now()
    const result = await spawnBundel(project, ['build', '--no-pdf'], {BUNDEL_LOCK_TIMEOUT: '300'})
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(`output folder dist is being written by another bundel build (process ${process.pid}`)
    expect(await readdir(out)).toEqual([])
  })

  it('should take over the lock of a build that was killed', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    await mkdir(out)
    const work = await workFolder(out)
    const {hostname} = await import('node:os')
    // pid 2^22 + 1 is above Linux's pid_max: no such process can exist.
    await writeFile(path.join(work.dir, 'lock'), JSON.stringify({pid: 4194305, host: hostname(), since: '2026-12-01T10:00:00Z'}))
    const result = await spawnBundel(project, ['build', '--no-pdf'], {BUNDEL_LOCK_TIMEOUT: '0'})
    expect(result.code, result.stderr).toBe(0)
  })
})

describe('bundel build: interruptions', () => {
  it('should honour an interruption that comes before the swap: nothing changes', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
    const before = await readFile(path.join(out, fixtureMeeting, 'index.html'))
    const controller = new AbortController()
    controller.abort()
    await expect(write(out, [{meeting: fixtureMeeting, files: [{path: 'index.html', data: 'nieuw'}]}], {signal: controller.signal})).rejects.toThrow()
    expect(await readFile(path.join(out, fixtureMeeting, 'index.html'))).toEqual(before)
  })

  it('should say the build was completed when the interruption comes after the swap', async () => {
    const project = await makeProject()
    // The CLI prints "built …" right after the swap; a Ctrl-C at that moment must not claim
    // that nothing was written.
    const {runCli} = await import('../cli.js')
    const {Writable} = await import('node:stream')
    let stderr = ''
    const cwd = process.cwd()
    process.chdir(project)
    try {
      const code = await runCli(['build', '--no-pdf'], {
        stdout: new Writable({write: (_c, _e, done) => done()}),
        stderr: new Writable({
          write(chunk, _encoding, done) {
            stderr += String(chunk)
            if (String(chunk).includes('built ')) process.emit('SIGINT')
            done()
          }
        }),
        env: {NO_COLOR: '1', LANG: 'en_US.UTF-8'}
      })
      expect(code).toBe(130)
    } finally {
      process.chdir(cwd)
    }
    expect(stderr).toContain('interrupted, but the build had already been written completely')
    expect(stderr).not.toContain('nothing was written')
    expect(await readFile(path.join(project, 'dist', fixtureMeeting, 'index.html'), 'utf8')).toContain('<html')
  })

  it('should leave each meeting whole, old or new, whenever a build is killed', async () => {
    const project = await makeProject()
    for (let index = 1; index <= 12; index++) await cp(meetingPath(project), path.join(project, 'content', `2025-05-${String(index).padStart(2, '0')}-ab`), {recursive: true})
    const started = Date.now()
    expect((await spawnBundel(project, ['build', '--no-pdf'])).code).toBe(0)
    const duration = Date.now() - started
    const meetings = (await readdir(path.join(project, 'dist'))).sort()
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Nieuwe opening\n---\n')
    // Kill at points spread over the second half of a build, where the write stage is.
    for (let trial = 0; trial < 6; trial++) {
      const child = spawn(process.execPath, [bin, 'build', '--no-pdf'], {cwd: project, stdio: 'ignore'})
      const closed = new Promise((resolve) => child.on('close', resolve))
      await new Promise((resolve) => setTimeout(resolve, duration * (0.5 + trial * 0.09)))
      child.kill('SIGKILL')
      await closed
      expect((await spawnBundel(project, ['check'])).code).toBe(0)
      expect((await readdir(path.join(project, 'dist'))).sort(), `trial ${trial}`).toEqual(meetings)
      for (const meeting of meetings) expect(await tree(path.join(project, 'dist', meeting)), `trial ${trial}`).toEqual(['bijlagen/02-lobby/02-brief.pdf', 'bundel.json', 'index.html'])
      expect((await readdir(project)).filter((name) => name.includes('bundel'))).toEqual([])
    }
  }, 90_000)
})

describe('build() as a library', () => {
  it('should refuse overlapping folders with an OutputError, not a content message', async () => {
    const project = await makeProject()
    await expect(build({cwd: project, out: 'content', pdf: false})).rejects.toMatchObject({name: 'OutputError'})
  })
})
