/**
 * A bound on how much an appendix PDF may unpack to (#7). A compressed stream of 131 KB can
 * inflate to 128 MB (a "zip bomb"), and pdf-lib inflates object streams in JavaScript while it
 * parses, which ran `check` out of memory after 48 s. So before any parser sees the file, every
 * Flate stream that bundel or its parsers would ever decode is inflated here by zlib with a hard
 * output limit: per stream and for the file as a whole. Images are skipped: nothing in bundel
 * decodes them (they are copied into the bundle as they are), and a scan of 100 pages may
 * legitimately hold gigabytes of pixels.
 */
import {inflateSync, constants} from 'node:zlib'

/** The limits, in bytes of decompressed data. */
export const pdfLimits = {
  /** One object stream (the objects pdf-lib parses): 16 MB. */
  objectStream: 16 * 1024 * 1024,
  /** Any other stream (page contents, fonts, forms): 64 MB. */
  stream: 64 * 1024 * 1024,
  /** All streams of one file together: 256 MB. */
  file: 256 * 1024 * 1024
} as const

/** Why a file unpacks to too much: a detail code with its values. */
export interface Oversize {
  readonly detail: 'stream' | 'object-stream' | 'file'
  readonly object?: string | undefined
  /** Megabytes. */
  readonly limit: string
}

/** Why the file unpacks to too much, or undefined when it stays within the limits. */
export function checkUnpackedSize(bytes: Uint8Array, limits: typeof pdfLimits = pdfLimits): Oversize | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
  const pattern = /stream(\r\n|\n|\r)/g
  let total = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length
    if (text.slice(match.index - 3, match.index) === 'end') continue
    // The stream's dictionary: from the object header before it (bounded look-back).
    const from = Math.max(0, match.index - 4096)
    const head = text.slice(from, match.index)
    const objAt = head.lastIndexOf(' obj')
    const dict = objAt >= 0 ? head.slice(objAt) : head
    if (!/\/(FlateDecode|Fl)\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue
    const end = text.indexOf('endstream', start)
    if (end < 0) break
    const isObjectStream = /\/Type\s*\/ObjStm\b/.test(dict)
    const limit = Math.min(isObjectStream ? limits.objectStream : limits.stream, limits.file - total)
    const size = inflatedSize(bytes.subarray(start, end), limit)
    if (size === undefined) {
      const number = [...head.matchAll(/(\d+)\s+\d+\s+obj\b/g)].at(-1)?.[1]
      return limit < (isObjectStream ? limits.objectStream : limits.stream)
        ? {detail: 'file', limit: mb(limits.file)}
        : {detail: isObjectStream ? 'object-stream' : 'stream', object: number, limit: mb(isObjectStream ? limits.objectStream : limits.stream)}
    }
    total += size
    pattern.lastIndex = end
  }
  return undefined
}

/** A stream found to unpack to more than its limit while a document was being read. */
export class OversizedPdf extends Error {
  override readonly name = 'OversizedPdf'
  constructor(readonly oversize: Oversize) {
    super(`an object stream unpacks to more than ${oversize.limit} MB`)
  }
}

/** Throw OversizedPdf when one object stream's data (decrypted) unpacks past its limit. */
export function assertObjectStreamSize(data: Uint8Array, limits: typeof pdfLimits = pdfLimits): void {
  if (inflatedSize(data, limits.objectStream) === undefined) throw new OversizedPdf({detail: 'object-stream', limit: mb(limits.objectStream)})
}

/** Bytes `data` inflates to, or undefined when that is more than `limit`; damaged data counts what came out. */
function inflatedSize(data: Uint8Array, limit: number): number | undefined {
  try {
    return inflateSync(data, {maxOutputLength: Math.max(1, limit), finishFlush: constants.Z_SYNC_FLUSH}).byteLength
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined
    return 0 // not valid Flate data (or encrypted): the parser will judge it
  }
}

function mb(bytes: number): string {
  return String(Math.round(bytes / 1024 / 1024))
}
