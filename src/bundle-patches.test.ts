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

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

describe('the patches to the bundled dependencies', () => {
  it('should each apply to the installed package, once', () => {
    const files = [require.resolve('@pdf-lib/fontkit/dist/fontkit.es.js'), path.join(pdfLib, 'core', 'objects', 'PDFName.js'), path.join(pdfLib, 'utils', 'numbers.js')]
    expect(files.map((file) => (sourcePatches as Patch[]).filter((patch) => patch.file.test(file)).length)).toEqual([1, 1, 1])
    for (const file of files) expect(applyPatch(patchFor(file), readFileSync(file, 'utf8'), file)).not.toBe(readFileSync(file, 'utf8'))
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
    const next = random(7)
    const numbers = [0, -0, 1, -1, 0.5, 1e-7, -1e-7, 1.5e-10, 1e21, -1e21, 1.234e25, 123456789012345680000, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity]
    for (let n = 0; n < 20_000; n++) {
      const magnitude = 10 ** Math.floor(next() * 60 - 30)
      numbers.push((next() - 0.5) * magnitude, Math.round((next() - 0.5) * 100_000), Math.round(next() * 10_000) / 100)
    }
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
    const next = random(11)
    const alphabet = 'ABCDEFabcdef0123456789#/.-_ '
    const names = ['', '#', '##', '#2', '#20', 'A#20B', 'Type', 'Font#20Name', '#4A#4b', 'Lang']
    for (let n = 0; n < 20_000; n++) names.push(Array.from({length: Math.floor(next() * 12)}, () => alphabet[Math.floor(next() * alphabet.length)]).join(''))
    expect(names.filter((name) => patched(name as never) !== original(name as never))).toEqual([])
    expect(names.filter((name) => name.includes('#')).length).toBeGreaterThan(1000)
  })

  it('should make pdf-lib save every corpus PDF to the same bytes, patched or not', async () => {
    const {build} = await import('esbuild')
    // @ts-expect-error: a plain JavaScript build script, without types.
    const {sourcePatchPlugin} = await import('../scripts/source-patches.js')
    const bundled = await build({
      stdin: {contents: "export * from 'pdf-lib'", resolveDir: path.join(import.meta.dirname, '..'), loader: 'js'},
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
      plugins: [sourcePatchPlugin()]
    })
    const folder = await mkdtemp(path.join(tmpdir(), 'bundel-patched-'))
    const file = path.join(folder, 'pdf-lib.mjs')
    await writeFile(file, bundled.outputFiles[0]!.text)
    // The patches are in (esbuild prints them in its own quotes).
    expect(bundled.outputFiles[0]!.text).toMatch(/name\.indexOf\(["']#["']\) === -1/)
    expect(bundled.outputFiles[0]!.text).toMatch(/for \(var \[key, value\] of this\.dict\)/)
    const patched = (await import(pathToFileURL(file).href)) as typeof import('pdf-lib')
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
