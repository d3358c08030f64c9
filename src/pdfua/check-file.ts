/**
 * `bundel check --pdf <file>` (#12): the PDF/UA-1 rules of check-pdfua.ts on a finished PDF, as
 * bundel messages on that file, so the text, JSON and GitHub reporters say them like any other.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {hasFailures, localize, report} from '../messages.js'
import type {Lang} from '../catalogue/lang.js'
import {checkPdfUa, type PdfUaReport} from './check-pdfua.js'

export interface PdfCheck {
  readonly files: VFile[]
  readonly failed: boolean
  /** What was counted; undefined when the file could not be read as a PDF. */
  readonly report?: PdfUaReport | undefined
}

export interface PdfCheckOptions {
  readonly cwd?: string | undefined
  /** Warnings fail too. */
  readonly strict?: boolean | undefined
  readonly lang?: Lang | undefined
}

/** Check the PDF at `file` (relative to `cwd`). Never throws for a user's mistake. */
export async function checkPdfFile(file: string, options: PdfCheckOptions = {}): Promise<PdfCheck> {
  const cwd = options.cwd ?? process.cwd()
  const done = (result?: PdfUaReport): PdfCheck => {
    if (options.lang && options.lang !== 'nl') localize([vfile], options.lang)
    return {files: [vfile], failed: hasFailures([vfile], options.strict), report: result}
  }
  const absolute = path.resolve(cwd, file)
  const vfile = new VFile({path: path.relative(cwd, absolute) || absolute})
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(absolute))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    report(vfile, 'pdfua-unreadable', {params: {detail: code === 'EISDIR' ? 'folder' : code === 'ENOENT' ? 'missing' : 'damaged'}})
    return done()
  }
  let result: PdfUaReport
  try {
    result = await checkPdfUa(bytes)
  } catch {
    report(vfile, 'pdfua-unreadable', {params: {detail: new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-' ? 'damaged' : 'no-header'}})
    return done()
  }
  for (const finding of result.findings) report(vfile, finding.rule, {params: finding.params})
  return done(result)
}
