/**
 * Test helpers: copy a fixture meeting to a temporary project, change it, run the real CLI on it.
 * The fixture's PDF appendix is made here with pdf-lib, so no binary lives in the test tree.
 */
import {cp, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {PDFDocument, StandardFonts} from 'pdf-lib'
import {runCli} from '../cli.js'

export const fixtureMeeting = '2025-03-19-algemeen-bestuur'
const minimal = path.join(import.meta.dirname, '..', '__fixtures__', 'minimal')

/** A PDF with `pages` pages, each holding "Testbijlage pagina N". */
export async function makePdf(pages: number, label = 'Testbijlage'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let index = 1; index <= pages; index++) {
    const page = pdf.addPage([595.28, 841.89])
    page.drawText(`${label} pagina ${index}`, {x: 72, y: 760, size: 14, font})
  }
  pdf.setCreationDate(new Date(0))
  pdf.setModificationDate(new Date(0))
  return pdf.save()
}

/** A fresh project folder with `content/<fixtureMeeting>`; returns its path. */
export async function makeProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bundel-test-'))
  await cp(minimal, path.join(dir, 'content'), {recursive: true})
  await writeFile(path.join(dir, 'content', fixtureMeeting, '02-lobby', 'bijlagen', '02-brief.pdf'), await makePdf(3))
  return dir
}

/** Path of a file inside the fixture meeting of `project`. */
export function meetingPath(project: string, ...parts: string[]): string {
  return path.join(project, 'content', fixtureMeeting, ...parts)
}

/** Run the CLI in `project` (in English; `runIn` takes an environment); returns exit code and what it wrote. */
export async function run(project: string, ...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return runIn(project, {LANG: 'en_US.UTF-8'}, ...argv)
}

/** Run the CLI in `project` with `env` (NO_COLOR is always set). */
export async function runIn(project: string, env: NodeJS.ProcessEnv, ...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk))
        done()
      }
    })
  const cwd = process.cwd()
  process.chdir(project)
  try {
    const code = await runCli(argv, {
      stdout: sink((text) => (stdout += text)),
      stderr: sink((text) => (stderr += text)),
      env: {NO_COLOR: '1', ...env}
    })
    return {code, stdout, stderr}
  } finally {
    process.chdir(cwd)
  }
}
