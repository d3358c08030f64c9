// Small changes to dependencies' code as it goes into the bundle (#13), each the same function
// with less work on its hot path, and packages left out that bundel never runs. A patch whose text is not found exactly once fails the build,
// rather than shipping the package unpatched; src/bundle-patches.test.ts checks that each patched
// function gives what the original gives.

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
 * pdf-lib sizes and writes each dictionary by first copying its entries into a new array of
 * pairs (Array.from of the map's entries), twice per save: 110 ms of the large meeting, and garbage.
 * The map itself is walked instead, in the same order.
 */
const dictionaryWalk = {
  file: /pdf-lib[\\/]es[\\/]core[\\/]objects[\\/]PDFDict\.js$/,
  from: `    PDFDict.prototype.sizeInBytes = function () {
        var size = 5;
        var entries = this.entries();
        for (var idx = 0, len = entries.length; idx < len; idx++) {
            var _a = entries[idx], key = _a[0], value = _a[1];
            size += key.sizeInBytes() + value.sizeInBytes() + 2;
        }
        return size;
    };
    PDFDict.prototype.copyBytesInto = function (buffer, offset) {
        var initialOffset = offset;
        buffer[offset++] = CharCodes.LessThan;
        buffer[offset++] = CharCodes.LessThan;
        buffer[offset++] = CharCodes.Newline;
        var entries = this.entries();
        for (var idx = 0, len = entries.length; idx < len; idx++) {
            var _a = entries[idx], key = _a[0], value = _a[1];
            offset += key.copyBytesInto(buffer, offset);`,
  to: `    PDFDict.prototype.sizeInBytes = function () {
        var size = 5;
        for (var [key, value] of this.dict) {
            size += key.sizeInBytes() + value.sizeInBytes() + 2;
        }
        return size;
    };
    PDFDict.prototype.copyBytesInto = function (buffer, offset) {
        var initialOffset = offset;
        buffer[offset++] = CharCodes.LessThan;
        buffer[offset++] = CharCodes.LessThan;
        buffer[offset++] = CharCodes.Newline;
        for (var [key, value] of this.dict) {
            offset += key.copyBytesInto(buffer, offset);`
}

export const sourcePatches = [lazyBrotliDictionary, plainNames, plainNumbers, dictionaryWalk]

/** Apply `patch` to `text` (the file's source); throws when its text is not there exactly once. */
export function applyPatch(patch, text, where = 'the source') {
  if (text.split(patch.from).length !== 2) throw new Error(`Expected the patched text once in ${where}: the package changed; check the patch in scripts/source-patches.js`)
  return text.replace(patch.from, () => patch.to)
}

/**
 * Packages left out of the bundle, each replaced by a stand-in that says why when it is used.
 * proxy-agent is what @puppeteer/browsers downloads browsers through; bundel never downloads one,
 * and with it came pac-resolver, a JavaScript engine (quickjs-emscripten), FTP and SOCKS clients:
 * 1.5 MB that every build which prints compiled, ~50 ms.
 */
export const leftOut = {
  'proxy-agent': `export class ProxyAgent {
  constructor() {
    throw new Error('bundel never downloads a browser: proxy-agent is not in its bundle (scripts/source-patches.js)')
  }
}
`
}

/** The esbuild plugin that applies the patches. */
export function sourcePatchPlugin() {
  return {
    name: 'source-patches',
    setup(build) {
      const names = new RegExp(`^(${Object.keys(leftOut).join('|')})$`)
      build.onResolve({filter: names}, (args) => ({path: args.path, namespace: 'left-out'}))
      build.onLoad({filter: /.*/, namespace: 'left-out'}, (args) => ({contents: leftOut[args.path], loader: 'js'}))
      for (const patch of sourcePatches) {
        build.onLoad({filter: patch.file}, async (args) => {
          const {readFile} = await import('node:fs/promises')
          return {contents: applyPatch(patch, await readFile(args.path, 'utf8'), args.path), loader: 'js'}
        })
      }
    }
  }
}
