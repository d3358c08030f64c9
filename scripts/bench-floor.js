// The floor of a rebuild that writes the whole bundle again (#13), run as its own process by
// scripts/bench.js: pdf-lib as bundel ships it (the bundle's source patches, zlib's deflate)
// parses a finished bundel.pdf and saves it with merge's options, changing nothing. Any warm
// build after one memo changed pays at least this beside what a build with nothing changed pays,
// however little it prints and merges again. Prints {imported, parsed, saved} in ms as JSON.
import {readFile} from 'node:fs/promises'
import {pathToFileURL} from 'node:url'
import {deflateSync} from 'node:zlib'

const [bundle, file] = process.argv.slice(2)
const started = performance.now()
const {PDFDocument, ParseSpeeds, pako} = await import(pathToFileURL(bundle).href)
// As src/pdf/merge/native-deflate.ts does for every build.
pako.deflate = (data) => {
  const deflated = deflateSync(data)
  return new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength)
}
const imported = performance.now()
const pdf = await PDFDocument.load(await readFile(file), {parseSpeed: ParseSpeeds.Fastest, updateMetadata: false})
const parsed = performance.now()
const bytes = await pdf.save({useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity})
const saved = performance.now()
process.stdout.write(JSON.stringify({imported: imported - started, parsed: parsed - imported, saved: saved - parsed, bytes: bytes.byteLength, objects: pdf.context.largestObjectNumber}) + '\n')
