/**
 * The bundle's patches to dependencies (scripts/source-patches.js, #13): each applies to the
 * installed package, and each patched function gives exactly what the original gives.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain JavaScript build script, without types.
import {applyPatch, leftOut, sourcePatches} from '../scripts/source-patches.js'

interface Patch {
  readonly file: RegExp
  readonly from: string
  readonly to: string
}

const require = createRequire(import.meta.url)
const pdfLib = path.join(path.dirname(require.resolve('pdf-lib/package.json')), 'es')
const patchFor = (file: string) => (sourcePatches as Patch[]).find((patch) => patch.file.test(file))!

/** The function assigned to `name` in `text`, as a value (`helpers` are the names it uses). */
function functionIn(text: string, name: string, helpers: Record<string, unknown> = {}): (value: never) => unknown {
  const source = new RegExp(`var ${name} = (function \\([a-z]+\\) \\{[\\s\\S]*?\\n\\});`).exec(text)?.[1]
  if (!source) throw new Error(`Expected ${name} in the text`)
  return new Function(...Object.keys(helpers), `return ${source}`)(...Object.values(helpers)) as (value: never) => unknown
}

/** `source` bundled with the patches as the shipped bundle has them, written to a file and imported (with its text). */
async function importPatched<T>(source: string): Promise<{module: T; text: string}> {
  // @ts-expect-error: a plain JavaScript build script, without types.
  const {bundleWithPatches} = await import('../scripts/source-patches.js')
  const bundled = (await bundleWithPatches(source)) as import('esbuild').BuildResult<{write: false}>
  const text = bundled.outputFiles[0]!.text
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'bundel-patched-')), 'patched.mjs')
  await writeFile(file, text)
  return {module: (await import(pathToFileURL(file).href)) as T, text}
}

describe('the patches to the bundled dependencies', () => {
  it('should each apply to the installed package, as often as it says', () => {
    const files = [require.resolve('@pdf-lib/fontkit/dist/fontkit.es.js'), ...['core/objects/PDFName.js', 'utils/numbers.js', 'core/objects/PDFDict.js', 'core/objects/PDFRef.js'].map((file) => path.join(pdfLib, file))]
    expect(files.map((file) => (sourcePatches as Patch[]).filter((patch) => patch.file.test(file)).length)).toEqual([2, 1, 1, 1, 2])
    for (const file of files) {
      let text = readFileSync(file, 'utf8')
      for (const patch of (sourcePatches as Patch[]).filter((each) => each.file.test(file))) text = applyPatch(patch, text, file)
      expect(text).not.toBe(readFileSync(file, 'utf8'))
    }
    expect(() => applyPatch(patchFor(files[1]!), 'var decodeName = 1;')).toThrow(/Expected the patched text once/)
  })

  it('should leave out proxy-agent with a stand-in that says why when it is used', async () => {
    const text = (leftOut as Record<string, string>)['proxy-agent']!
    const {ProxyAgent} = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as {ProxyAgent: new () => unknown}
    expect(() => new ProxyAgent()).toThrow(/bundel never downloads a browser/)
    // The bundle holds the stand-in, not the package (and none of what it pulled in).
    const chunks = path.join(import.meta.dirname, '..', 'lib', 'bundle', 'chunks')
    const bundled = readdirSync(chunks).map((name) => readFileSync(path.join(chunks, name), 'utf8'))
    expect(bundled.some((chunk) => chunk.includes('proxy-agent is not in its bundle'))).toBe(true)
    expect(bundled.some((chunk) => chunk.includes('quickjs-emscripten'))).toBe(false)
  })

  it("should write every number as pdf-lib's numberToString does", () => {
    const file = path.join(pdfLib, 'utils', 'numbers.js')
    const text = readFileSync(file, 'utf8')
    const original = functionIn(text, 'numberToString')
    const patched = functionIn(applyPatch(patchFor(file), text), 'numberToString')
    const numbers = [
      ...[0, -0, 1, -1, 0.5, 1e-7, -1e-7, 1.5e-10, 1e21, -1e21, 1.234e25, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity],
      // Any double (fast-check favours the extremes), page coordinates, and whole numbers.
      ...fc.sample(fc.double(), {numRuns: 20_000, seed: 7}),
      ...fc.sample(fc.double({min: -2000, max: 2000, noNaN: true}).map((n) => Math.round(n * 100) / 100), {numRuns: 20_000, seed: 8}),
      ...fc.sample(fc.integer(), {numRuns: 20_000, seed: 9})
    ]
    const differ = numbers.filter((value) => patched(value as never) !== original(value as never))
    expect(differ).toEqual([])
    // The cases the fast path leaves to the original code are there.
    expect(numbers.filter((value) => String(value).includes('e')).length).toBeGreaterThan(1000)
  })

  it("should decode every name as pdf-lib's decodeName does", () => {
    const file = path.join(pdfLib, 'core', 'objects', 'PDFName.js')
    const text = readFileSync(file, 'utf8')
    const helpers = {charFromHexCode: (hex: string) => String.fromCharCode(parseInt(hex, 16))}
    const original = functionIn(text, 'decodeName', helpers)
    const patched = functionIn(applyPatch(patchFor(file), text), 'decodeName', helpers)
    const unit = fc.constantFrom(...'ABCDEFabcdef0123456789#/.-_ ')
    const names = ['', '#', '##', '#2', '#20', 'A#20B', 'Type', 'Font#20Name', '#4A#4b', 'Lang', ...fc.sample(fc.string({unit, maxLength: 12}), {numRuns: 20_000, seed: 11})]
    expect(names.filter((name) => patched(name as never) !== original(name as never))).toEqual([])
    expect(names.filter((name) => name.includes('#')).length).toBeGreaterThan(1000)
  })

  it('should give one PDFRef per object and generation, whichever way it is asked for', async () => {
    // @ts-expect-error: a plain JavaScript build script, without types.
    const {bundleWithPatches} = await import('../scripts/source-patches.js')
    const bundled = (await bundleWithPatches("export {PDFRef} from 'pdf-lib'")) as import('esbuild').BuildResult<{write: false}>
    expect(bundled.outputFiles[0]!.text).toContain('poolByNumber')
    const {PDFRef} = (await import(`data:text/javascript,${encodeURIComponent(bundled.outputFiles[0]!.text)}`)) as typeof import('pdf-lib')
    const asked = fc.sample(fc.tuple(fc.nat({max: 40}), fc.constantFrom(undefined, 0, 1, 2, 65535)), {numRuns: 2_000, seed: 13})
    const first = new Map<string, unknown>()
    for (const [number, generation] of asked) {
      const ref = PDFRef.of(number, generation)
      const tag = `${number} ${generation ?? 0} R`
      expect(ref.tag).toBe(tag)
      expect([ref.objectNumber, ref.generationNumber]).toEqual([number, generation ?? 0])
      if (!first.has(tag)) first.set(tag, ref)
      expect(ref).toBe(first.get(tag))
    }
    expect(PDFRef.of(7)).toBe(PDFRef.of(7, 0))
    expect(PDFRef.of(7, 1)).not.toBe(PDFRef.of(7))
  })

  it("should read a font's italic angle as fontkit does, without decoding its glyph names", async () => {
    type Font = {italicAngle: number; _tables: Record<string, unknown>}
    const patched = (await importPatched<{default: {create(bytes: Uint8Array): Font}}>("export {default} from '@pdf-lib/fontkit'")).module.default
    const original = ((await import('@pdf-lib/fontkit')) as unknown as {default: {create(bytes: Uint8Array): Font}}).default
    const fonts = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
    const angles: number[] = []
    for (const name of ['DejaVuSans.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf', 'DejaVuSansMono-Oblique.ttf']) {
      const bytes = readFileSync(path.join(fonts, name))
      const font = patched.create(bytes)
      angles.push(font.italicAngle)
      expect(font.italicAngle).toBe(original.create(bytes).italicAngle)
      expect('post' in font._tables).toBe(false)
    }
    // Upright and slanted fonts both: the check above can tell a wrong reading.
    expect(angles[0]).toBe(0)
    expect(angles[1]).toBeLessThan(-5)
  })

  it('should make pdf-lib save every corpus PDF to the same bytes, patched or not', async () => {
    const {module: patched, text} = await importPatched<typeof import('pdf-lib')>("export * from 'pdf-lib'")
    // The patches are in (esbuild prints them in its own quotes).
    expect(text).toMatch(/name\.indexOf\(["']#["']\) === -1/)
    expect(text).toMatch(/for \(var \[key, value\] of this\.dict\)/)
    const original = await import('pdf-lib')
    const corpus = path.join(import.meta.dirname, '__fixtures__', 'corpus')
    const saved = async (lib: typeof import('pdf-lib'), bytes: Uint8Array) => {
      const pdf = await lib.PDFDocument.load(bytes, {ignoreEncryption: true, throwOnInvalidObject: false, updateMetadata: false})
      pdf.setTitle('Kopie (#13)')
      pdf.getPages()[0]?.drawText('1,5e-7 · 1e21 · #', {x: 10, y: 10, size: 8})
      return Buffer.from(await pdf.save({useObjectStreams: true}))
    }
    const names = readdirSync(corpus).filter((name) => name.endsWith('.pdf'))
    expect(names.length).toBeGreaterThan(10)
    const warn = console.warn
    console.warn = () => {}
    try {
      for (const name of names) {
        const bytes = new Uint8Array(readFileSync(path.join(corpus, name)))
        const expected = await saved(original, bytes).catch((error: unknown) => String(error))
        const actual = await saved(patched, bytes).catch((error: unknown) => String(error))
        expect(Buffer.isBuffer(actual) && Buffer.isBuffer(expected) ? actual.equals(expected) : actual === expected, name).toBe(true)
      }
    } finally {
      console.warn = warn
    }
  }, 60_000)
})
