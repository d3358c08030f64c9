/**
 * The swap of staged meetings into the output folder and its recovery (#7), on real folders: a
 * swap that fails half-way puts back what it moved, and recovery finishes exactly what a killed
 * build's journal names, whatever state the renames were left in.
 */
import {mkdir, mkdtemp, readFile, readdir, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {clearJournal, recover, swapIn, writeJournal} from './swap.js'
import {workFolder, type WorkFolder} from './work-folder.js'

interface Setup {
  readonly dir: string
  readonly out: string
  readonly work: WorkFolder
  readonly staging: string
}

async function setup(): Promise<Setup> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bundel-swap-'))
  const out = path.join(dir, 'dist')
  await mkdir(out)
  const work = await workFolder(out)
  const staging = await mkdtemp(path.join(work.dir, 'staging-'))
  await mkdir(path.join(staging, 'new'))
  await mkdir(path.join(staging, 'old'))
  return {dir, out, work, staging}
}

/** A meeting folder holding one index.html that says `text`. */
async function meeting(folder: string, text: string): Promise<void> {
  await mkdir(folder, {recursive: true})
  await writeFile(path.join(folder, 'index.html'), text)
}

const page = (out: string, name: string) => readFile(path.join(out, name, 'index.html'), 'utf8')
const exists = (file: string) => stat(file).then(() => true, () => false)

describe('swapIn', () => {
  it('should replace each meeting folder as a whole and keep the old ones aside', async () => {
    const {out, staging} = await setup()
    await meeting(path.join(out, 'a'), 'oud a')
    await writeFile(path.join(out, 'a', 'weg.pdf'), 'alleen in de oude build')
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await meeting(path.join(staging, 'new', 'b'), 'nieuw b')
    await meeting(path.join(out, 'c'), 'niet gebouwd')
    await swapIn(out, staging, ['a', 'b'])
    expect(await page(out, 'a')).toBe('nieuw a')
    expect(await page(out, 'b')).toBe('nieuw b')
    expect(await page(out, 'c')).toBe('niet gebouwd')
    expect(await readdir(path.join(out, 'a'))).toEqual(['index.html'])
    expect(await page(path.join(staging, 'old'), 'a')).toBe('oud a')
  })

  it('should put back every meeting it swapped when a later one fails', async () => {
    const {out, staging} = await setup()
    await meeting(path.join(out, 'a'), 'oud a')
    await meeting(path.join(out, 'b'), 'oud b')
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await meeting(path.join(staging, 'new', 'n'), 'nieuw n')
    // b's staged copy is missing: its rename fails after a and n were swapped in.
    await expect(swapIn(out, staging, ['a', 'n', 'b'])).rejects.toMatchObject({code: 'ENOENT'})
    expect(await page(out, 'a')).toBe('oud a')
    expect(await page(out, 'b')).toBe('oud b')
    // A meeting that was new in this build is taken out again.
    expect((await readdir(out)).sort()).toEqual(['a', 'b'])
  })

  it('should stop and put back when an old meeting cannot be moved aside', async () => {
    const {out, staging} = await setup()
    await meeting(path.join(out, 'a'), 'oud a')
    await meeting(path.join(out, 'b'), 'oud b')
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await meeting(path.join(staging, 'new', 'b'), 'nieuw b')
    // Something already holds b's place among the old copies.
    await meeting(path.join(staging, 'old', 'b'), 'in de weg')
    await expect(swapIn(out, staging, ['a', 'b'])).rejects.toMatchObject({code: expect.stringMatching(/^(ENOTEMPTY|EEXIST)$/)})
    expect(await page(out, 'a')).toBe('oud a')
    expect(await page(out, 'b')).toBe('oud b')
  })
})

describe('the journal', () => {
  it('should be written in one piece and forgotten when cleared', async () => {
    const {work, staging} = await setup()
    await writeJournal(work, {staging: path.basename(staging), meetings: ['a', 'b']})
    const files = await readdir(work.dir)
    expect(files).toContain('journal.json')
    expect(files).not.toContain('journal.json.tmp')
    expect(JSON.parse(await readFile(path.join(work.dir, 'journal.json'), 'utf8'))).toEqual({staging: path.basename(staging), meetings: ['a', 'b']})
    await clearJournal(work)
    expect(await exists(path.join(work.dir, 'journal.json'))).toBe(false)
    // Clearing twice is fine: a finished swap has no journal.
    await clearJournal(work)
  })
})

describe('recover', () => {
  it('should finish a swap killed before the old folder was moved aside', async () => {
    const {out, work, staging} = await setup()
    await meeting(path.join(out, 'a'), 'oud a')
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await writeJournal(work, {staging: path.basename(staging), meetings: ['a']})
    const recovery = await recover(out, work)
    expect(recovery).toEqual({finished: ['a'], removed: 1})
    expect(await page(out, 'a')).toBe('nieuw a')
    expect(await readdir(work.dir)).toEqual([])
  })

  it('should finish only the meetings not yet swapped in', async () => {
    const {out, work, staging} = await setup()
    // a was swapped in completely, b was moved aside, c not touched yet.
    await meeting(path.join(out, 'a'), 'nieuw a')
    await meeting(path.join(staging, 'old', 'a'), 'oud a')
    await meeting(path.join(staging, 'old', 'b'), 'oud b')
    await meeting(path.join(staging, 'new', 'b'), 'nieuw b')
    await meeting(path.join(out, 'c'), 'oud c')
    await meeting(path.join(staging, 'new', 'c'), 'nieuw c')
    await writeJournal(work, {staging: path.basename(staging), meetings: ['a', 'b', 'c']})
    const recovery = await recover(out, work)
    expect(recovery.finished).toEqual(['b', 'c'])
    for (const name of ['a', 'b', 'c']) expect(await page(out, name)).toBe(`nieuw ${name}`)
  })

  it('should put the new build in place even when something holds the meeting\'s place', async () => {
    const {out, work, staging} = await setup()
    // The old copy is already aside, yet a folder holds the meeting's place again.
    await meeting(path.join(staging, 'old', 'a'), 'oud a')
    await meeting(path.join(out, 'a'), 'onverwacht')
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await writeJournal(work, {staging: path.basename(staging), meetings: ['a']})
    const recovery = await recover(out, work)
    expect(recovery).toEqual({finished: ['a'], removed: 1})
    expect(await page(out, 'a')).toBe('nieuw a')
    expect(await readdir(out)).toEqual(['a'])
  })

  it('should keep the journal\'s names inside the work and output folders', async () => {
    const {dir, out, work, staging} = await setup()
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await meeting(path.join(dir, 'elders'), 'niet van bundel')
    // A damaged or hostile journal naming paths outside: only the last part of each is used.
    await writeFile(path.join(work.dir, 'journal.json'), JSON.stringify({staging: `../../${path.basename(staging)}`, meetings: ['../../a', '../elders']}))
    const recovery = await recover(out, work)
    expect(recovery.finished).toEqual(['a'])
    expect(await page(out, 'a')).toBe('nieuw a')
    expect(await page(dir, 'elders')).toBe('niet van bundel')
    expect(await readdir(out)).toEqual(['a'])
  })

  it('should ignore an unreadable journal and only remove dead builds\' leftovers', async () => {
    const {out, work, staging} = await setup()
    await meeting(path.join(out, 'a'), 'oud a')
    await meeting(path.join(staging, 'new', 'a'), 'half geschreven')
    await mkdtemp(path.join(work.dir, 'staging-'))
    await mkdir(path.join(out, '.bundel-tmp-123'))
    await writeFile(path.join(work.dir, 'journal.json'), '{"staging": ')
    const recovery = await recover(out, work)
    expect(recovery).toEqual({finished: [], removed: 3})
    expect(await page(out, 'a')).toBe('oud a')
    expect(await readdir(out)).toEqual(['a'])
    expect(await readdir(work.dir)).toEqual([])
  })

  it('should ignore a journal of the wrong shape', async () => {
    const {out, work, staging} = await setup()
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await writeFile(path.join(work.dir, 'journal.json'), JSON.stringify({staging: 7, meetings: 'a'}))
    expect(await recover(out, work)).toEqual({finished: [], removed: 1})
    expect(await readdir(out)).toEqual([])
  })

  it('should find nothing to do after a clean build', async () => {
    const {out, work, staging} = await setup()
    const {rm} = await import('node:fs/promises')
    await rm(staging, {recursive: true})
    expect(await recover(out, work)).toEqual({finished: [], removed: 0})
  })
})

describe('recover, with something unexpected in a meeting\'s place', () => {
  it('should keep it in the work folder, not delete it with the staging folder', async () => {
    const {out, work, staging} = await setup()
    await meeting(path.join(staging, 'new', 'a'), 'nieuw a')
    await meeting(path.join(staging, 'old', 'a'), 'oud a')
    // The old copy was moved aside, then something else appeared where the new one should go.
    await meeting(path.join(out, 'a'), 'met de hand neergezet')
    await writeJournal(work, {staging: path.basename(staging), meetings: ['a']})
    const recovery = await recover(out, work)
    expect(recovery.finished).toEqual(['a'])
    expect(await page(out, 'a')).toBe('nieuw a')
    const kept = (await readdir(work.dir)).filter((entry) => entry.startsWith('conflict-a-'))
    expect(kept).toHaveLength(1)
    expect(await page(work.dir, kept[0]!)).toBe('met de hand neergezet')
    expect(await exists(staging)).toBe(false)
  })
})
