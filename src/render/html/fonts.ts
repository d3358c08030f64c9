/**
 * Fonts for the print page: DejaVu Sans from the `dejavu-fonts-ttf` package, embedded as data URIs.
 * The PDF then looks the same, and is byte-identical, on every machine whatever fonts it has
 * installed, and the page still makes no request (#3).
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

/** Folder of the DejaVu TTF files. */
export function fontFolder(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf')
}

/** `@font-face` rules for "DejaVu Sans", read once per process. */
export function printFontCss(): string {
  css ??= faces
    .map(([file, weight, style]) => {
      const data = readFileSync(path.join(fontFolder(), file)).toString('base64')
      return `@font-face{font-family:"DejaVu Sans";font-weight:${weight};font-style:${style};src:url(data:font/ttf;base64,${data}) format("truetype")}`
    })
    .join('\n')
  return css
}
