/**
 * Test helpers: copy a fixture meeting to a temporary project, change it, run the real CLI on it.
 * The fixture's PDF appendix is made here with pdf-lib, so no binary lives in the test tree.
 */
import {cp, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Writable} from 'node:stream'
import {readFileSync} from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import {PDFDocument, PDFName, PDFNumber, PDFString, type PDFRef} from 'pdf-lib'
import {fontFolder} from '../fonts.js'
import {runCli} from '../cli.js'

export const fixtureMeeting = '2025-03-19-algemeen-bestuur'
const minimal = path.join(import.meta.dirname, '..', '__fixtures__', 'minimal')

/**
 * A PDF with `pages` pages, each holding "Testbijlage pagina N": tagged (each line a `P` in the
 * structure tree) and with its font embedded, as a well-made appendix is, so it raises none of
 * the warnings about untagged files or missing fonts. Real-world files are in the corpus.
 */
export async function makePdf(pages: number, label = 'Testbijlage'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const font = await pdf.embedFont(readFileSync(path.join(fontFolder(), 'DejaVuSans.ttf')), {subset: true, customName: 'TSTFNT+DejaVuSans'})
  const c = pdf.context
  const structRoot = c.nextRef()
  const document = c.nextRef()
  const paragraphs: PDFRef[] = []
  const parents: Array<[number, PDFRef]> = []
  for (let index = 1; index <= pages; index++) {
    const page = pdf.addPage([595.28, 841.89])
    const key = page.node.newFontDictionary(font.name, font.ref)
    const text = `${label} pagina ${index}`
    const content = `/P <</MCID 0>> BDC BT ${key.toString()} 14 Tf 72 760 Td ${font.encodeText(text).toString()} Tj ET EMC`
    page.node.set(PDFName.of('Contents'), c.register(c.flateStream(content)))
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(index - 1))
    const paragraph = c.register(c.obj({Type: 'StructElem', S: 'P', P: document, Pg: page.ref, K: 0}))
    paragraphs.push(paragraph)
    parents.push([index - 1, paragraph])
  }
  c.assign(document, c.obj({Type: 'StructElem', S: 'Document', P: structRoot, K: paragraphs}))
  const parentTree = c.obj({Nums: parents.flatMap(([n, ref]) => [n, c.obj([ref])])})
  c.assign(structRoot, c.obj({Type: 'StructTreeRoot', K: document, ParentTree: parentTree, ParentTreeNextKey: pages}))
  pdf.catalog.set(PDFName.of('StructTreeRoot'), structRoot)
  pdf.catalog.set(PDFName.of('MarkInfo'), c.obj({Marked: true}))
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('nl'))
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
