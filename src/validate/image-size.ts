/**
 * The pixel size of a PNG, JPEG, GIF or WebP from its header, without decoding it: an image of
 * 100 MB or 30,000 × 30,000 pixels made `check` use 2.8 GB and the print fail (#7), so images are
 * measured before they are embedded.
 */
export interface ImageSize {
  readonly width: number
  readonly height: number
}

/** Limits for one embedded image. */
export const imageLimits = {
  /** File size: 10 MB. */
  bytes: 10 * 1024 * 1024,
  /** Pixels: 40 million (e.g. 8,000 × 5,000, a photo from a good camera). */
  pixels: 40_000_000
} as const

/** Width and height from the header, or undefined when it cannot be read. */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ascii = (start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length))
  if (bytes.length >= 24 && bytes[0] === 0x89 && ascii(1, 3) === 'PNG') return {width: view.getUint32(16), height: view.getUint32(20)}
  if (bytes.length >= 10 && ascii(0, 3) === 'GIF') return {width: view.getUint16(6, true), height: view.getUint16(8, true)}
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    const chunk = ascii(12, 4)
    if (chunk === 'VP8 ') return {width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff}
    if (chunk === 'VP8L') {
      const bits = view.getUint32(21, true)
      return {width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1}
    }
    if (chunk === 'VP8X') {
      const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16))
      const height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16))
      return {width, height}
    }
    return undefined
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Walk the JPEG markers to the first start-of-frame.
    let offset = 2
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined
      const marker = bytes[offset + 1]!
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
        offset += marker === 0xff ? 1 : 2
        continue
      }
      const length = view.getUint16(offset + 2)
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
      if (isFrame) return {width: view.getUint16(offset + 7), height: view.getUint16(offset + 5)}
      offset += 2 + length
    }
  }
  return undefined
}
