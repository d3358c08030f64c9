/**
 * The print page's fonts (#3): four faces of DejaVu Sans, each named so that `local()` finds the
 * installed font, and served from the package for exactly the URLs the CSS names, and no others.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import {describe, expect, it} from 'vitest'
import {fontFolder, fontOrigin, packagedFont, printFontCss} from './fonts.js'

interface Face {
  readonly weight: string
  readonly style: string
  readonly local: string
  readonly url: string
}

function faces(css: string): Face[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body]) => {
    const value = (pattern: RegExp) => pattern.exec(body!)?.[1] ?? ''
    expect(value(/font-family:"([^"]+)"/)).toBe('DejaVu Sans')
    return {weight: value(/font-weight:(\w+)/), style: value(/font-style:(\w+)/), local: value(/local\("([^"]+)"\)/), url: value(/url\(([^)]+)\) format\("truetype"\)/)}
  })
}

describe('printFontCss', () => {
  it('should declare the four faces of DejaVu Sans, each with a packaged file', () => {
    const found = faces(printFontCss())
    expect(found.map((face) => `${face.weight} ${face.style}`).sort()).toEqual(['bold italic', 'bold normal', 'normal italic', 'normal normal'])
    for (const face of found) {
      expect(face.url.startsWith(fontOrigin), face.url).toBe(true)
      expect(packagedFont(face.url), face.url).toBeInstanceOf(Buffer)
    }
    // Made once per process.
    expect(printFontCss()).toBe(printFontCss())
  })

  it('should name each face by the PostScript name of its file, with its real weight and slant', () => {
    for (const face of faces(printFontCss())) {
      const font = fontkit.create(packagedFont(face.url)!)
      expect(font.postscriptName, face.url).toBe(face.local)
      expect(font.familyName).toBe('DejaVu Sans')
      // fontkit's types leave usWeightClass out of the OS/2 table; the file has it.
      const {usWeightClass} = font['OS/2'] as unknown as {usWeightClass: number}
      expect(usWeightClass >= 700, `${face.url} bold`).toBe(face.weight === 'bold')
      expect(font.italicAngle !== 0, `${face.url} italic`).toBe(face.style === 'italic')
    }
  })
})

describe('packagedFont', () => {
  it('should give the bytes of the packaged file, read from disk once', () => {
    const url = `${fontOrigin}DejaVuSans-Bold.ttf`
    const bytes = packagedFont(url)!
    expect(bytes.equals(readFileSync(path.join(fontFolder(), 'DejaVuSans-Bold.ttf')))).toBe(true)
    // A TrueType file starts with version 1.0.
    expect(bytes.readUInt32BE(0)).toBe(0x00010000)
    expect(packagedFont(url)).toBe(bytes)
  })

  it.each([
    ['another origin', 'https://fonts.example.org/DejaVuSans.ttf'],
    ['a font that is not one of the four', `${fontOrigin}DejaVuSansMono.ttf`],
    ['a path out of the font folder', `${fontOrigin}../package.json`],
    ['the origin itself', fontOrigin],
    ['a page of the bundle', 'http://127.0.0.1:5050/bundel.pdf']
  ])('should answer nothing for %s', (_name, url) => {
    expect(packagedFont(url)).toBeUndefined()
  })

  it('should find the font folder of the dejavu-fonts-ttf package', () => {
    expect(path.basename(fontFolder())).toBe('ttf')
    expect(readFileSync(path.join(fontFolder(), 'DejaVuSans.ttf')).byteLength).toBeGreaterThan(100_000)
  })
})
