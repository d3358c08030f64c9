/**
 * Fonts for the print page: DejaVu Sans. The installed font is used when there is one (no request
 * at all); otherwise Chromium asks for `fontOrigin/…` and print.ts answers from the
 * `dejavu-fonts-ttf` package in memory — no network. Inlining the four fonts as data URIs (4 MB of
 * base64) cost 0.3 s per print and a lot of Chromium memory, measured with `npm run bench` (#3).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const faces = [
  ['DejaVuSans.ttf', 'normal', 'normal'],
  ['DejaVuSans-Bold.ttf', 'bold', 'normal'],
  ['DejaVuSans-Oblique.ttf', 'normal', 'italic'],
  ['DejaVuSans-BoldOblique.ttf', 'bold', 'italic']
] as const

let css: string | undefined
// Read once per process: every print that asks for a font would otherwise read it from disk again.
const fontBytes = new Map<string, Buffer>()

/** Made-up origin of the packaged fonts; print.ts answers these requests itself. */
export const fontOrigin = 'https://fonts.bundel.invalid/'

/** The bytes of a packaged font by its URL, or undefined for any other URL. */
export function packagedFont(url: string): Buffer | undefined {
  if (!url.startsWith(fontOrigin)) return undefined
  const name = url.slice(fontOrigin.length)
  if (!faces.some(([file]) => file === name)) return undefined
  let bytes = fontBytes.get(name)
  if (!bytes) {
    bytes = readFileSync(path.join(fontFolder(), name))
    fontBytes.set(name, bytes)
  }
  return bytes
}

/** Folder of the DejaVu TTF files. */
export function fontFolder(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
}

/** `@font-face` rules for "DejaVu Sans": the installed face, else the packaged file. */
export function printFontCss(): string {
  css ??= faces
    .map(([file, weight, style]) => {
      const local = file.replace(/\.ttf$/, "") // the PostScript name, which local() matches
      return `@font-face{font-family:"DejaVu Sans";font-weight:${weight};font-style:${style};src:local("${local}"),url(${fontOrigin}${file}) format("truetype")}`
    })
    .join('\n')
  return css
}
