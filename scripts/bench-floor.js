// The floor of a rebuild that writes the whole bundle again (#13), run as its own process by
// scripts/bench.js: pdf-lib as bundel ships it (the bundle's source patches, and zlib's deflate
// through the build's own useNativeDeflate, bundled beside it so that both meet the same pako)
// parses a finished bundel.pdf and saves it with a build's options (src/pdf/pdf-lib-options.ts),
// changing nothing. Any warm build after one memo changed pays at least this beside what a build
// with nothing changed pays, however little it prints and merges again. Prints {imported, parsed,
// saved, objects} (ms) as JSON.
import {readFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'

const [bundle, file] = process.argv.slice(2)
const started = performance.now()
const {PDFDocument, useNativeDeflate, printLoadOptions, bundleSaveOptions} = await import(pathToFileURL(bundle).href)
useNativeDeflate()
const imported = performance.now()
const pdf = await PDFDocument.load(await readFile(file), printLoadOptions)
const parsed = performance.now()
await pdf.save(bundleSaveOptions)
const saved = performance.now()
process.stdout.write(JSON.stringify({imported: imported - started, parsed: parsed - imported, saved: saved - parsed, objects: pdf.context.largestObjectNumber}) + '\n')
