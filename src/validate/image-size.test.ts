/**
 * Image sizes read from headers (#7), on files written by real encoders (ImageMagick, cwebp; see
 * scripts/make-image-fixtures.sh), and on the damaged files a content folder may hold: those give
 * no size rather than a wrong one or an exception.
 */
import {readFileSync} from 'node:fs'
import {copyFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtureMeeting, makeProject, meetingPath, run} from '../test-util/fixture.js'
import {imageLimits, imageSize} from './image-size.js'

const images = path.join(import.meta.dirname, '..', '__fixtures__', 'images')
const image = (name: string) => new Uint8Array(readFileSync(path.join(images, name)))

/** The JPEG segments before the scan, as [marker, bytes including 0xFF marker and length]. */
function segments(jpeg: Uint8Array): Array<[number, Uint8Array]> {
  const found: Array<[number, Uint8Array]> = []
  let offset = 2
  for (;;) {
    const marker = jpeg[offset + 1]!
    const length = (jpeg[offset + 2]! << 8) | jpeg[offset + 3]!
    if (marker === 0xda) return found
    found.push([marker, jpeg.subarray(offset, offset + 2 + length)])
    offset += 2 + length
  }
}

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts))

describe('imageSize on real files', () => {
  it.each([
    ['gradient.png', 'PNG', 301, 17],
    ['baseline.jpg', 'baseline JPEG (SOF0) with a comment before the frame', 263, 19],
    ['progressive.jpg', 'progressive JPEG (SOF2)', 277, 23],
    ['gradient.gif', 'GIF', 311, 13],
    ['lossy.webp', 'lossy WebP (VP8)', 333, 21],
    ['lossless.webp', 'lossless WebP (VP8L)', 333, 21],
    ['alpha.webp', 'extended WebP with transparency (VP8X)', 329, 27],
    ['huge.png', '48-million-pixel PNG', 8000, 6000]
  ])('should read %s (%s) as %i × %i', (name, _kind, width, height) => {
    expect(imageSize(image(name))).toEqual({width, height})
  })

  it('should find the chunk each WebP fixture was meant to exercise', () => {
    const chunk = (name: string) => Buffer.from(image(name).subarray(12, 16)).toString('latin1')
    expect([chunk('lossy.webp'), chunk('lossless.webp'), chunk('alpha.webp')]).toEqual(['VP8 ', 'VP8L', 'VP8X'])
  })

  it('should read only the header: the first bytes of a file are enough', () => {
    // check-markdown reads a 64 kB head; a PNG's size is in its first 24 bytes.
    expect(imageSize(image('huge.png').subarray(0, 24))).toEqual({width: 8000, height: 6000})
    expect(imageSize(image('progressive.jpg').subarray(0, 200))).toEqual({width: 277, height: 23})
  })

  it('should measure a view into a larger buffer from the view\'s own start', () => {
    const gif = image('gradient.gif')
    const png = image('gradient.png')
    const both = concat(png, gif)
    expect(imageSize(both.subarray(png.length))).toEqual({width: 311, height: 13})
    const jpeg = image('baseline.jpg')
    expect(imageSize(concat(gif, jpeg).subarray(gif.length))).toEqual({width: 263, height: 19})
  })

  it('should skip Huffman tables written before the frame, as some encoders do', () => {
    const jpeg = image('baseline.jpg')
    const parts = segments(jpeg)
    const frame = parts.find(([marker]) => marker === 0xc0)![1]
    const tables = parts.filter(([marker]) => marker === 0xc4).map(([, bytes]) => bytes)
    const others = parts.filter(([marker]) => marker !== 0xc0 && marker !== 0xc4).map(([, bytes]) => bytes)
    const scan = jpeg.subarray(jpeg.indexOf(0xda, frame.byteOffset - jpeg.byteOffset) - 1)
    // DHT (0xC4) lies in the range of frame markers but is not one: its bytes are no size.
    const reordered = concat(jpeg.subarray(0, 2), ...others, ...tables, frame, scan)
    expect(reordered.length).toBe(jpeg.length)
    expect(imageSize(reordered)).toEqual({width: 263, height: 19})
  })

  it('should step over fill bytes and restart markers between segments', () => {
    const jpeg = image('progressive.jpg')
    // Any number of 0xFF may precede a marker; RSTn and TEM have no length.
    const padded = concat(jpeg.subarray(0, 2), Uint8Array.from([0xff, 0xff, 0xff, 0xd0, 0xff, 0x01]), jpeg.subarray(2))
    expect(imageSize(padded)).toEqual({width: 277, height: 23})
  })
})

describe('imageSize on files it cannot measure', () => {
  it.each([
    ['an empty file', new Uint8Array()],
    ['a PNG cut off inside its header', image('gradient.png').subarray(0, 23)],
    ['a GIF cut off inside its header', image('gradient.gif').subarray(0, 9)],
    ['a WebP cut off inside its header', image('lossy.webp').subarray(0, 29)],
    ['a JPEG cut off before its frame', image('baseline.jpg').subarray(0, 150)],
    ['a JPEG of only its start marker', image('baseline.jpg').subarray(0, 4)],
    ['a text file', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')],
    ['a BMP', concat(new TextEncoder().encode('BM'), new Uint8Array(60))]
  ])('should give no size for %s', (_name, bytes) => {
    expect(imageSize(bytes)).toBeUndefined()
  })

  it('should give no size for a JPEG whose segments run into garbage', () => {
    const jpeg = image('baseline.jpg')
    const broken = jpeg.slice()
    // The comment segment claims 3 bytes fewer than it has: the next "marker" is text.
    const comment = 20
    expect(broken[comment + 1]).toBe(0xfe)
    broken[comment + 3] = broken[comment + 3]! - 3
    expect(imageSize(broken)).toBeUndefined()
  })

  it('should give no size for a RIFF WebP with an unknown first chunk, or a RIFF that is no WebP', () => {
    const webp = image('lossy.webp').slice()
    webp.set(new TextEncoder().encode('VP9 '), 12)
    expect(imageSize(webp)).toBeUndefined()
    const wave = image('lossy.webp').slice()
    wave.set(new TextEncoder().encode('WAVE'), 8)
    expect(imageSize(wave)).toBeUndefined()
  })
})

describe('the size limits in bundel check', () => {
  it('should accept every fixture of a normal size and refuse the one with too many pixels', async () => {
    expect(8000 * 6000).toBeGreaterThan(imageLimits.pixels)
    const project = await makeProject()
    const names = ['gradient.png', 'baseline.jpg', 'progressive.jpg', 'gradient.gif', 'lossy.webp', 'lossless.webp', 'alpha.webp', 'huge.png']
    for (const name of names) await copyFile(path.join(images, name), meetingPath(project, '01-opening', name))
    const body = names.map((name) => `![Afbeelding ${name}](${name})`).join('\n\n')
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), `---\ntitel: Opening\n---\n${body}\n`)
    const result = await run(project, 'check')
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toEqual([
      `content/${fixtureMeeting}/01-opening/agendapunt.md:18:1: image \`huge.png\` is too large to embed: it is 8000 × 6000 pixels, more than 40 million (save a smaller copy (about 2,000 pixels wide is plenty for print) and use that)`,
      '1 error'
    ])
  })
})

describe('a JPEG whose size comes after large metadata', () => {
  it('should still be measured, and refused when too large, as a phone photo with EXIF and a colour profile is', async () => {
    // baseline.jpg with its frame header saying 8000 × 6000, after two 40 kB APP segments (EXIF, ICC).
    const jpeg = image('baseline.jpg')
    const sof = segments(jpeg).find(([marker]) => marker === 0xc0)![1]
    const offset = jpeg.indexOf(sof[0]!, Buffer.from(jpeg).indexOf(Buffer.from(sof)))
    const patched = new Uint8Array(jpeg)
    patched[offset + 5] = 6000 >> 8
    patched[offset + 6] = 6000 & 0xff
    patched[offset + 7] = 8000 >> 8
    patched[offset + 8] = 8000 & 0xff
    const app = (marker: number) => concat(new Uint8Array([0xff, marker, 40_002 >> 8, 40_002 & 0xff]), new Uint8Array(40_000))
    const photo = concat(patched.subarray(0, 2), app(0xe1), app(0xe2), patched.subarray(2))
    expect(photo.byteLength).toBeGreaterThan(64 * 1024)
    expect(imageSize(photo.subarray(0, 64 * 1024))).toBeUndefined()
    expect(imageSize(photo)).toMatchObject({width: 8000, height: 6000})
    const project = await makeProject()
    await writeFile(meetingPath(project, '01-opening', 'foto.jpg'), photo)
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Opening\n---\n![Foto](foto.jpg)\n')
    const result = await run(project, 'check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('image `foto.jpg` is too large to embed: it is 8000 × 6000 pixels')
  })
})
