/**
 * Where a build keeps its lock and staging (#7): beside the output folder when it can, inside it
 * (hidden, and removed afterwards) when it cannot, and the file-system errors of the output
 * folder said in one line.
 */
import {mkdir, mkdtemp, readdir, rm, stat, writeFile} from 'node:fs/promises'
import {statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {OutputError} from '../errors.js'
import {existingWorkFolders, insideName, workFolder} from './work-folder.js'
import {outputError, recoverOutput, write} from './write.js'

async function project(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'bundel-work-'))
}

const isDirectory = (dir: string) => stat(dir).then((info) => info.isDirectory(), () => false)

/** A mount point this process may write in, to stand for an output folder on a disk of its own. */
const mountPoint = (() => {
  try {
    return statSync('/dev/shm').dev !== statSync('/dev').dev ? '/dev/shm' : undefined
  } catch {
    return undefined
  }
})()

describe('workFolder', () => {
  it('should make a hidden folder beside the output folder, named after it', async () => {
    const dir = await project()
    const out = path.join(dir, 'public')
    await mkdir(out)
    const work = await workFolder(out)
    expect(work).toEqual({dir: path.join(dir, '.public.bundel'), inside: false})
    expect(await isDirectory(work.dir)).toBe(true)
    expect(await readdir(out)).toEqual([])
    // Asked again (another build, or recovery): the same folder.
    expect(await workFolder(out)).toEqual(work)
    expect(await existingWorkFolders(out)).toEqual([work])
  })

  it('should fall back to a hidden folder inside the output folder when the place beside it is taken', async () => {
    const dir = await project()
    const out = path.join(dir, 'dist')
    await mkdir(out)
    await writeFile(path.join(dir, '.dist.bundel'), 'not a folder')
    const work = await workFolder(out)
    expect(work).toEqual({dir: path.join(out, insideName), inside: true})
    expect(await isDirectory(work.dir)).toBe(true)
    // The file beside it is not mistaken for a work folder.
    expect(await existingWorkFolders(out)).toEqual([work])
  })

  it('should fail when the output folder does not exist', async () => {
    const dir = await project()
    await expect(workFolder(path.join(dir, 'nergens'))).rejects.toMatchObject({code: 'ENOENT'})
  })

  it('should find no work folder where no build ran', async () => {
    const dir = await project()
    await mkdir(path.join(dir, 'dist'))
    expect(await existingWorkFolders(path.join(dir, 'dist'))).toEqual([])
    expect(await existingWorkFolders(path.join(dir, 'nergens'))).toEqual([])
  })

  it.skipIf(!mountPoint)('should work inside an output folder that is a mount point of its own', async () => {
    const out = mountPoint!
    const inside = path.join(out, insideName)
    if (await isDirectory(inside)) return // another build is using it right now: leave it alone
    try {
      const work = await workFolder(out)
      expect(work).toEqual({dir: inside, inside: true})
      expect(await isDirectory(inside)).toBe(true)
      expect(await existingWorkFolders(out)).toContainEqual(work)
    } finally {
      await rm(inside, {recursive: true, force: true})
    }
  })
})

describe('write with the work folder inside the output folder', () => {
  it('should write the meetings and leave no hidden folder behind', async () => {
    const dir = await project()
    const out = path.join(dir, 'dist')
    await mkdir(out)
    await writeFile(path.join(dir, '.dist.bundel'), '')
    const result = await write(out, [{meeting: '2025-03-19-ab', files: [{path: 'index.html', data: '<html>'}, {path: 'bijlagen/01-a/01-b.pdf', data: new Uint8Array([1, 2])}]}])
    expect(result.files).toEqual([path.join(out, '2025-03-19-ab', 'index.html'), path.join(out, '2025-03-19-ab', 'bijlagen/01-a/01-b.pdf')])
    expect(await readdir(out)).toEqual(['2025-03-19-ab'])
    expect((await readdir(path.join(out, '2025-03-19-ab'))).sort()).toEqual(['bijlagen', 'index.html'])
  })
})

describe('errors of the output folder', () => {
  it('should refuse an output folder that is a file', async () => {
    const dir = await project()
    await writeFile(path.join(dir, 'dist'), '')
    await expect(write(path.join(dir, 'dist'), [], {shown: 'dist'})).rejects.toMatchObject({name: 'OutputError', code: 'out-is-file', params: {out: 'dist'}})
  })

  it('should say when the output folder lies under a file', async () => {
    const dir = await project()
    await writeFile(path.join(dir, 'bestand'), '')
    const error = await write(path.join(dir, 'bestand', 'dist'), [], {shown: 'bestand/dist'}).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(OutputError)
    expect((error as OutputError).say('en')).toBe('output folder bestand/dist lies under a file, not a folder (use --out DIR)')
  })

  it('should say why an output folder cannot be made, with the system\'s code', async () => {
    const dir = await project()
    // A name longer than any file system allows.
    const error = await write(path.join(dir, 'x'.repeat(300)), [], {shown: 'lang'}).catch((error: unknown) => error)
    expect(error).toMatchObject({code: 'out-cannot-make', params: {out: 'lang', detail: 'ENAMETOOLONG'}})
    expect((error as OutputError).say('nl')).toBe('uitvoermap lang kan niet gemaakt worden: ENAMETOOLONG (gebruik --out MAP)')
  })

  it.each([
    ['ENOSPC', 'out-full'],
    ['EDQUOT', 'out-full'],
    ['EROFS', 'out-readonly'],
    ['EACCES', 'out-permission'],
    ['EPERM', 'out-permission'],
    ['ENOTDIR', 'out-under-file'],
    ['EMFILE', 'out-files'],
    ['ENFILE', 'out-files']
  ])('should turn %s into %s', (errno, code) => {
    const system = Object.assign(new Error(`${errno}: failed`), {code: errno})
    expect(outputError(system, 'dist')).toMatchObject({name: 'OutputError', code, params: {out: 'dist'}})
  })

  it('should pass any other error on unchanged', () => {
    const other = Object.assign(new Error('EIO: i/o error'), {code: 'EIO'})
    expect(outputError(other, 'dist')).toBe(other)
    expect(outputError(undefined, 'dist')).toBeUndefined()
  })

  it('should do nothing to recover in an output folder that does not exist', async () => {
    const dir = await project()
    await recoverOutput(path.join(dir, 'dist'))
    expect(await readdir(dir)).toEqual([])
  })

  it('should report a failing recovery as an output error', async () => {
    const dir = await project()
    await mkdir(path.join(dir, 'dist'))
    // Neither beside nor inside can the work folder be: both names are taken by files.
    await writeFile(path.join(dir, '.dist.bundel'), '')
    await writeFile(path.join(dir, 'dist', insideName), '')
    await expect(recoverOutput(path.join(dir, 'dist'), {shown: 'dist'})).rejects.toMatchObject({name: 'OutputError', params: {out: 'dist'}})
  })
})
