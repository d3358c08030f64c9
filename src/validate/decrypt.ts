/**
 * Open an encrypted appendix PDF that opens without a password (#14). Many PDFs that reach a
 * secretary are "protected" with an owner password only: every reader opens them, and only
 * printing or copying is nominally restricted. pdf-lib cannot read encrypted files, so bundel
 * decrypts them itself with the empty user password — the PDF standard security handler, RC4
 * and AES, revisions 2 to 6 (ISO 32000-1 7.6.3, ISO 32000-2 7.6.4) — while pdf-lib parses, and
 * hands on an unencrypted document. A file that needs a password to open is refused.
 */
import {createCipheriv, createDecipheriv, createHash} from 'node:crypto'
import {assertObjectStreamSize} from './pdf-limits.js'
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFXRefStreamParser,
  ParseSpeeds,
  type PDFContext,
  type PDFObject
} from 'pdf-lib'

/** Why an encrypted file could not be opened. */
export class PasswordRequired extends Error {
  override readonly name = 'PasswordRequired'
}

/** An encryption this handler does not know (a certificate, or a non-standard handler). */
export class UnsupportedEncryption extends Error {
  override readonly name = 'UnsupportedEncryption'
  constructor(readonly method: string) {
    super(`it is encrypted with ${method}`)
  }
}

const padding = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex')

/** RC4 (OpenSSL 3 dropped it from its default provider, so it is done here; it is twelve lines). */
function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = new Uint8Array(256).map((_, i) => i)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255
    ;[s[i], s[j]] = [s[j]!, s[i]!]
  }
  const out = Buffer.alloc(data.length)
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255
    j = (j + s[i]!) & 255
    ;[s[i], s[j]] = [s[j]!, s[i]!]
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!
  }
  return out
}

function aesDecrypt(key: Uint8Array, data: Uint8Array): Buffer {
  if (data.length < 32 || data.length % 16 !== 0) return Buffer.alloc(0)
  const decipher = createDecipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, data.subarray(0, 16))
  try {
    return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()])
  } catch {
    return Buffer.alloc(0)
  }
}

const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash('md5')
  for (const part of parts) hash.update(part)
  return hash.digest()
}

function bytesOf(value: PDFObject | undefined): Buffer {
  if (value instanceof PDFString || value instanceof PDFHexString) return Buffer.from(value.asBytes())
  return Buffer.alloc(0)
}

function numberOf(value: PDFObject | undefined, fallback: number): number {
  return value instanceof PDFNumber ? value.asNumber() : fallback
}

/** ISO 32000-2 algorithm 2.B: the hash of revision 6. */
function hash6(password: Buffer, salt: Buffer, user: Buffer): Buffer {
  let k: Buffer = createHash('sha256').update(Buffer.concat([password, salt, user])).digest()
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat(Array.from({length: 64}, () => Buffer.concat([password, k, user])))
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32))
    cipher.setAutoPadding(false)
    const e = Buffer.concat([cipher.update(k1), cipher.final()])
    let sum = 0
    for (let i = 0; i < 16; i++) sum += e[i]!
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest()
    if (round >= 63 && e[e.length - 1]! <= round - 31) break
  }
  return k.subarray(0, 32)
}

/** How strings and streams of one object are decrypted. */
interface Handler {
  readonly stream: 'rc4' | 'aes' | 'none'
  readonly string: 'rc4' | 'aes' | 'none'
  readonly key: Buffer
  /** Revision 5/6: one key for every object. */
  readonly perFile: boolean
  readonly encryptMetadata: boolean
}

function cryptMethod(dict: PDFDict, name: PDFObject | undefined): 'rc4' | 'aes' | 'none' {
  if (!(name instanceof PDFName) || name.decodeText() === 'Identity') return 'none'
  const filters = dict.lookup(PDFName.of('CF'))
  const filter = filters instanceof PDFDict ? filters.lookup(name) : undefined
  const method = filter instanceof PDFDict ? filter.lookup(PDFName.of('CFM'))?.toString() : undefined
  if (method === '/AESV2' || method === '/AESV3') return 'aes'
  if (method === '/V2') return 'rc4'
  return 'none'
}

/** The handler for the empty user password; throws PasswordRequired when it does not open the file. */
function openWithEmptyPassword(encrypt: PDFDict, id: Buffer): Handler {
  const filter = encrypt.lookup(PDFName.of('Filter'))?.toString()
  if (filter !== '/Standard') throw new UnsupportedEncryption(filter ?? '?')
  const v = numberOf(encrypt.lookup(PDFName.of('V')), 0)
  const r = numberOf(encrypt.lookup(PDFName.of('R')), 2)
  const o = bytesOf(encrypt.lookup(PDFName.of('O')))
  const u = bytesOf(encrypt.lookup(PDFName.of('U')))
  const p = numberOf(encrypt.lookup(PDFName.of('P')), 0)
  const encryptMetadata = encrypt.lookup(PDFName.of('EncryptMetadata'))?.toString() !== 'false'
  if (v === 5 || r >= 5) {
    const password = Buffer.alloc(0)
    const check = r === 5 ? createHash('sha256').update(Buffer.concat([password, u.subarray(32, 40)])).digest() : hash6(password, u.subarray(32, 40), Buffer.alloc(0))
    if (!check.equals(u.subarray(0, 32))) throw new PasswordRequired('a password is needed to open it')
    const intermediate = r === 5 ? createHash('sha256').update(Buffer.concat([password, u.subarray(40, 48)])).digest() : hash6(password, u.subarray(40, 48), Buffer.alloc(0))
    const decipher = createDecipheriv('aes-256-cbc', intermediate, Buffer.alloc(16))
    decipher.setAutoPadding(false)
    const key = Buffer.concat([decipher.update(bytesOf(encrypt.lookup(PDFName.of('UE')))), decipher.final()])
    const method = cryptMethod(encrypt, encrypt.lookup(PDFName.of('StmF')))
    return {stream: method, string: cryptMethod(encrypt, encrypt.lookup(PDFName.of('StrF'))), key, perFile: true, encryptMetadata}
  }
  const length = v === 1 ? 5 : numberOf(encrypt.lookup(PDFName.of('Length')), 40) / 8
  const pBytes = Buffer.alloc(4)
  pBytes.writeInt32LE(p | 0)
  let key = md5(padding, o.subarray(0, 32), pBytes, id, r >= 4 && !encryptMetadata ? Buffer.from([255, 255, 255, 255]) : Buffer.alloc(0)).subarray(0, length)
  if (r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, length)).subarray(0, length)
  const expected = r === 2 ? rc4(key, padding) : (() => {
    let out = rc4(key, md5(padding, id))
    for (let i = 1; i <= 19; i++) out = rc4(key.map((byte) => byte ^ i), out)
    return out
  })()
  const compared = r === 2 ? 32 : 16
  if (!expected.subarray(0, compared).equals(u.subarray(0, compared))) throw new PasswordRequired('a password is needed to open it')
  const stream = v === 4 ? cryptMethod(encrypt, encrypt.lookup(PDFName.of('StmF'))) : 'rc4'
  const string = v === 4 ? cryptMethod(encrypt, encrypt.lookup(PDFName.of('StrF'))) : 'rc4'
  return {stream, string, key, perFile: false, encryptMetadata}
}

function objectKey(handler: Handler, ref: PDFRef, aes: boolean): Buffer {
  if (handler.perFile) return handler.key
  const suffix = Buffer.from([ref.objectNumber & 255, (ref.objectNumber >> 8) & 255, (ref.objectNumber >> 16) & 255, ref.generationNumber & 255, (ref.generationNumber >> 8) & 255])
  return md5(handler.key, suffix, aes ? Buffer.from('sAlT') : Buffer.alloc(0)).subarray(0, Math.min(handler.key.length + 5, 16))
}

function decryptBytes(handler: Handler, method: 'rc4' | 'aes' | 'none', ref: PDFRef, data: Uint8Array): Uint8Array {
  if (method === 'none') return data
  const key = objectKey(handler, ref, method === 'aes')
  return method === 'aes' ? aesDecrypt(key, data) : rc4(key, data)
}

/** Decrypt the strings (and the stream) of one indirect object; returns the object to keep. */
function decryptObject(handler: Handler, object: PDFObject, ref: PDFRef, context: PDFContext): PDFObject {
  const strings = (value: PDFObject, depth = 0): PDFObject => {
    if (depth > 64) return value
    if (value instanceof PDFString || value instanceof PDFHexString) {
      return PDFHexString.of(Buffer.from(decryptBytes(handler, handler.string, ref, value.asBytes())).toString('hex'))
    }
    if (value instanceof PDFDict) {
      for (const [key, item] of value.entries()) value.set(key, strings(item, depth + 1))
      return value
    }
    if (value instanceof PDFArray) {
      for (let index = 0; index < value.size(); index++) value.set(index, strings(value.get(index), depth + 1))
      return value
    }
    return value
  }
  if (object instanceof PDFRawStream) {
    const type = object.dict.lookup(PDFName.of('Type'))?.toString()
    if (type === '/XRef') return object
    strings(object.dict)
    if (type === '/Metadata' && !handler.encryptMetadata) return object
    return PDFRawStream.of(object.dict, decryptBytes(handler, handler.stream, ref, object.contents))
  }
  void context
  return strings(object)
}

/** Whether the bytes look encrypted: a trailer (or cross-reference stream) with `/Encrypt`. */
export function looksEncrypted(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  return /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(tail)
}

const endobj = [...Buffer.from('endobj')]

/**
 * Load an encrypted PDF with the empty user password, decrypted; throws PasswordRequired or
 * UnsupportedEncryption. The first pass only reads the encryption dictionary and the file id.
 */
export async function loadDecrypted(bytes: Uint8Array): Promise<PDFDocument> {
  const warn = console.warn
  let probe: PDFDocument
  // pdf-lib warns on the console for every object it cannot parse, and the encrypted object
  // streams are such objects in this first pass.
  console.warn = () => {}
  try {
    probe = await PDFDocument.load(bytes, {ignoreEncryption: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest})
  } finally {
    console.warn = warn
  }
  const encryptEntry = probe.context.trailerInfo.Encrypt
  const encrypt = encryptEntry instanceof PDFRef ? probe.context.lookup(encryptEntry) : encryptEntry
  if (!(encrypt instanceof PDFDict)) throw new UnsupportedEncryption('?')
  const ids = probe.context.trailerInfo.ID
  const id = ids instanceof PDFArray ? bytesOf(ids.lookup(0)) : Buffer.alloc(0)
  const handler = openWithEmptyPassword(encrypt, id)
  const encryptNumber = encryptEntry instanceof PDFRef ? encryptEntry.objectNumber : -1
  const parser = PDFParser.forBytesWithOptions(bytes, ParseSpeeds.Fastest, false, false) as unknown as PatchableParser
  let oversized: Error | undefined
  parser.parseIndirectObject = async function (this: PatchableParser) {
    const ref = this.parseIndirectObjectHeader()
    this.skipWhitespaceAndComments()
    let object = this.parseObject()
    this.skipWhitespaceAndComments()
    this.matchKeyword(endobj)
    if (ref.objectNumber !== encryptNumber) object = decryptObject(handler, object, ref, this.context)
    if (object instanceof PDFRawStream && object.dict.lookup(PDFName.of('Type')) === PDFName.of('ObjStm')) {
      // Encrypted, it could not be measured before (pdf-limits.ts); decrypted, it can. pdf-lib
      // catches what this method throws (it tries to repair the object), so it is kept aside.
      try {
        assertObjectStreamSize(object.contents)
      } catch (error) {
        oversized ??= error as Error
        throw error
      }
      await PDFObjectStreamParser.forStream(object, this.shouldWaitForTick).parseIntoContext()
    } else if (object instanceof PDFRawStream && object.dict.lookup(PDFName.of('Type')) === PDFName.of('XRef')) {
      PDFXRefStreamParser.forStream(object).parseIntoContext()
    } else this.context.assign(ref, object)
    return ref
  }
  console.warn = () => {}
  let context: PDFContext
  try {
    context = await (parser as unknown as PDFParser).parseDocument()
  } finally {
    console.warn = warn
  }
  if (oversized) throw oversized
  delete (context.trailerInfo as {Encrypt?: unknown}).Encrypt
  if (encryptEntry instanceof PDFRef) context.delete(encryptEntry)
  // The constructor pdf-lib's own `load` uses, on the decrypted context.
  const Document = PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument
  return new Document(context, false, false)
}

/** The parts of pdf-lib's parser that the decrypting pass replaces or calls. */
interface PatchableParser {
  context: PDFContext
  shouldWaitForTick: () => boolean
  parseIndirectObject(): Promise<PDFRef>
  parseIndirectObjectHeader(): PDFRef
  skipWhitespaceAndComments(): void
  parseObject(): PDFObject
  matchKeyword(keyword: number[]): boolean
}
