/** A PDF that unpacks to hundreds of megabytes is refused quickly, in one line (#7). */
import {writeFile} from 'node:fs/promises'
import {deflateSync} from 'node:zlib'
import {PDFDocument, PDFName, PDFRawStream} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {fixtureMeeting, makeProject, makePdf, meetingPath, run} from '../test-util/fixture.js'
import {checkUnpackedSize, pdfLimits} from './pdf-limits.js'

/** A small PDF with one stream that inflates to `size` bytes. */
async function bomb(size: number, type?: 'ObjStm'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({updateMetadata: false})
  const page = pdf.addPage([595.28, 841.89])
  const data = deflateSync(Buffer.alloc(size, 0x20), {level: 9})
  const dict = pdf.context.obj(type ? {Type: 'ObjStm', N: 1, First: 4, Filter: 'FlateDecode', Length: data.byteLength} : {Filter: 'FlateDecode', Length: data.byteLength})
  const ref = pdf.context.register(PDFRawStream.of(dict, data))
  if (!type) page.node.set(PDFName.of('Contents'), ref)
  return pdf.save({useObjectStreams: false})
}

describe('checkUnpackedSize', () => {
  it('should pass an ordinary PDF and a large one within the limits', async () => {
    expect(checkUnpackedSize(await makePdf(3))).toBeUndefined()
    expect(checkUnpackedSize(await bomb(8 * 1024 * 1024))).toBeUndefined()
  })

  it('should stop at the limit of one stream, of an object stream, and of the file', async () => {
    expect(checkUnpackedSize(await bomb(pdfLimits.stream + 1))).toMatchObject({detail: 'stream', object: expect.stringMatching(/^\d+$/), limit: '64'})
    expect(checkUnpackedSize(await bomb(pdfLimits.objectStream + 1, 'ObjStm'))).toMatchObject({detail: 'object-stream', limit: '16'})
    expect(checkUnpackedSize(await bomb(40 * 1024 * 1024), {...pdfLimits, file: 32 * 1024 * 1024})).toEqual({detail: 'file', limit: '32'})
  })
})

describe('bundel check on a decompression bomb', () => {
  it('should refuse it in one line, fast, without running out of memory', async () => {
    const project = await makeProject()
    const file = await bomb(128 * 1024 * 1024, 'ObjStm')
    expect(file.byteLength).toBeLessThan(200 * 1024)
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'), file)
    const started = performance.now()
    const result = await run(project, 'check')
    expect(performance.now() - started).toBeLessThan(5000)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `content/${fixtureMeeting}/02-lobby/bijlagen/02-brief.pdf: appendix PDF is not used: an object stream (object 4) unpacks to more than 16 MB, which no reader can handle safely`
    )
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
