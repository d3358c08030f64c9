// Small changes to dependencies' code as it goes into the bundle (#13), each the same function
// with less work on its hot path, and packages left out that bundel never runs. A patch whose
// text is not found (as often as it says) fails the build, rather than shipping the package
// unpatched; src/bundle-patches.test.ts checks that each patched function gives what the original
// gives, and that pdf-lib saves the same bytes with and without them.
import {readFile} from 'node:fs/promises'
import path from 'node:path'

/**
 * @pdf-lib/fontkit decodes the 120 kB Brotli dictionary of its WOFF2 reader, in JavaScript, as
 * soon as it is imported: 77 ms of every build that makes a PDF, for a reader bundel never uses
 * (it embeds its own TrueType font). In the bundle the dictionary is decoded on first use instead.
 */
const lazyBrotliDictionary = {
  file: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/,
  from: '\ndictionary.init(BrotliDecompressBuffer);\n',
  to: "\nObject.defineProperty(dictionary, 'dictionary', {configurable: true, enumerable: true, get() { delete dictionary.dictionary; dictionary.init(BrotliDecompressBuffer); return dictionary.dictionary; }});\n"
}

/**
 * pdf-lib runs a regular expression over every name it makes (`PDFName.of`, each dictionary key it
 * parses and each it looks up) to decode `#xx` escapes, which almost no name has: 200 ms of a cold
 * build of the large meeting. A name without `#` is returned as it is.
 */
const plainNames = {
  file: /pdf-lib[\\/]es[\\/]core[\\/]objects[\\/]PDFName\.js$/,
  from: `var decodeName = function (name) {
    return name.replace(/#([\\dABCDEF]{2})/g, function (_, hex) { return charFromHexCode(hex); });
};`,
  to: `var decodeName = function (name) {
    return name.indexOf('#') === -1 ? name : name.replace(/#([\\dABCDEF]{2})/g, function (_, hex) { return charFromHexCode(hex); });
};`
}

/**
 * pdf-lib writes every number it parses or makes as text at once, converting it up to three
 * times and splitting the result to undo exponent notation: 105 ms of the large meeting. A number
 * whose text has no exponent is that text.
 */
const plainNumbers = {
  file: /pdf-lib[\\/]es[\\/]utils[\\/]numbers\.js$/,
  from: `export var numberToString = function (num) {
    var numStr = String(num);
    if (Math.abs(num) < 1.0) {`,
  to: `export var numberToString = function (num) {
    var numStr = String(num);
    if (numStr.indexOf('e') === -1)
        return numStr;
    if (Math.abs(num) < 1.0) {`
}

/**
 * pdf-lib walks a dictionary (to size it, write it, clone it or print it) over a new array of its
 * entries' pairs (Array.from of the map's entries), twice per save: 110 ms of the large meeting,
 * and garbage. The map itself is walked instead, in the same order; the loop is the same in all
 * four methods.
 */
const dictionaryWalk = {
  file: /pdf-lib[\\/]es[\\/]core[\\/]objects[\\/]PDFDict\.js$/,
  times: 4,
  from: `        var entries = this.entries();
        for (var idx = 0, len = entries.length; idx < len; idx++) {
            var _a = entries[idx], key = _a[0], value = _a[1];`,
  to: `        for (var [key, value] of this.dict) {`
}

/**
 * pdf-lib finds the one PDFRef of an object number by a text key it builds on every call
 * (`"12 0 R"`): for every reference it parses, copies or registers, 18,000 objects in the large
 * meeting's bundle. Generation 0, nearly every reference, is kept and found by its number only
 * (making the text key for each new one as well was still ~30 ms of a rebuild); the one instance
 * per number and generation comes back either way.
 */
const numberedRefs = {
  file: /pdf-lib[\\/]es[\\/]core[\\/]objects[\\/]PDFRef\.js$/,
  from: `    PDFRef.of = function (objectNumber, generationNumber) {
        if (generationNumber === void 0) { generationNumber = 0; }
        var tag = objectNumber + " " + generationNumber + " R";
        var instance = pool.get(tag);
        if (!instance) {
            instance = new PDFRef(ENFORCER, objectNumber, generationNumber);
            pool.set(tag, instance);
        }
        return instance;`,
  to: `    PDFRef.of = function (objectNumber, generationNumber) {
        if (generationNumber === void 0) { generationNumber = 0; }
        if (generationNumber === 0) {
            var numbered = poolByNumber.get(objectNumber);
            if (!numbered) {
                numbered = new PDFRef(ENFORCER, objectNumber, 0);
                poolByNumber.set(objectNumber, numbered);
            }
            return numbered;
        }
        var tag = objectNumber + " " + generationNumber + " R";
        var instance = pool.get(tag);
        if (!instance) {
            instance = new PDFRef(ENFORCER, objectNumber, generationNumber);
            pool.set(tag, instance);
        }
        return instance;`
}

/** The map numberedRefs looks in, beside pdf-lib's own pool. */
const refsByNumber = {
  file: numberedRefs.file,
  from: `var pool = new Map();\n`,
  to: `var pool = new Map();\nvar poolByNumber = new Map();\n`
}

/**
 * fontkit reads a font's italic angle from its `post` table, and decoding that table decodes the
 * name of every glyph (DejaVu Sans has 6,000): ~13 ms of every merge, which only embeds the font
 * (pdf-lib asks for the angle for the font descriptor). The angle is the table's second 32-bit
 * number; it is read from there while the table is not decoded yet.
 */
const italicAngle = {
  file: lazyBrotliDictionary.file,
  from: `    key: "italicAngle",
    get: function get() {
      return this.post.italicAngle;
    }`,
  to: `    key: "italicAngle",
    get: function get() {
      var stream = !('post' in this._tables) && this.directory.tables.post && this._getTableStream('post');
      if (stream) {
        stream.pos += 4;
        return stream.readInt32BE() / 65536;
      }
      return this.post.italicAngle;
    }`
}

export const sourcePatches = [lazyBrotliDictionary, plainNames, plainNumbers, dictionaryWalk, numberedRefs, refsByNumber, italicAngle]

/**
 * Apply `patch` to `text` (the file's source); throws unless its text is there exactly once (or
 * `times` times: every place is patched).
 */
export function applyPatch(patch, text, where = 'the source') {
  const times = patch.times ?? 1
  if (text.split(patch.from).length !== times + 1) throw new Error(`Expected the patched text ${times === 1 ? 'once' : `${times} times`} in ${where}: the package changed; check the patch in scripts/source-patches.js`)
  return text.split(patch.from).join(patch.to)
}

/**
 * Packages left out of the bundle, each replaced by a stand-in that says why when it is used.
 * proxy-agent is what @puppeteer/browsers downloads browsers through; bundel never downloads one,
 * and with it came pac-resolver, a JavaScript engine (quickjs-emscripten), FTP and SOCKS clients:
 * 2 MB that every build which prints compiled (puppeteer-core's import: 107–117 → 88–101 ms).
 */
export const leftOut = {
  'proxy-agent': `export class ProxyAgent {
  constructor() {
    throw new Error('bundel never downloads a browser: proxy-agent is not in its bundle (scripts/source-patches.js)')
  }
}
`
}

/** The esbuild plugin: the stand-ins, and every patch whose file it is (esbuild takes one onLoad per file). */
export function sourcePatchPlugin() {
  return {
    name: 'source-patches',
    setup(build) {
      const names = new RegExp(`^(${Object.keys(leftOut).join('|')})$`)
      build.onResolve({filter: names}, (args) => ({path: args.path, namespace: 'left-out'}))
      build.onLoad({filter: /.*/, namespace: 'left-out'}, (args) => ({contents: leftOut[args.path], loader: 'js'}))
      const files = new RegExp(sourcePatches.map((patch) => patch.file.source).join('|'))
      build.onLoad({filter: files}, async (args) => {
        let text = await readFile(args.path, 'utf8')
        for (const patch of sourcePatches.filter((each) => each.file.test(args.path))) text = applyPatch(patch, text, args.path)
        return {contents: text, loader: 'js'}
      })
    }
  }
}

/**
 * Bundle `contents` (a module's source, resolved from the project root) with the patches, as the
 * shipped bundle has them; esbuild's result, written to `outfile` or kept in memory. For what is
 * measured or compared against the shipped pdf-lib outside the bundle (bench, bundle-patches.test.ts).
 */
export async function bundleWithPatches(contents, outfile) {
  const {build} = await import('esbuild')
  return build({
    stdin: {contents, resolveDir: path.join(import.meta.dirname, '..'), loader: 'js'},
    bundle: true,
    ...(outfile ? {outfile} : {write: false}),
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins: [sourcePatchPlugin()]
  })
}
