/**
 * Active content never reaches the bundle (#7): every kind is removed and reported per appendix,
 * plain links and internal jumps are kept. The bundle is judged by every object in it.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, decodePDFRawStream} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs'
import {findBrowser} from '../pdf/browser.js'
import {fixtureMeeting, makeProject, meetingPath, run} from '../test-util/fixture.js'
import {hostilePdf} from '../test-util/hostile-pdf.js'
import {removeActiveContent, safeUri} from './active-content.js'

const browserPath = await findBrowser().catch(() => undefined)
const m = `content/${fixtureMeeting}`

/** Every action type, annotation subtype and telling key or string in the whole file. */
async function inventory(bytes: Uint8Array): Promise<{names: Set<string>; strings: string[]}> {
  const pdf = await PDFDocument.load(bytes, {updateMetadata: false})
  const names = new Set<string>()
  const strings: string[] = []
  const visit = (value: unknown, depth = 0): void => {
    if (depth > 40) return
    if (value instanceof PDFDict) {
      for (const [key, item] of value.entries()) {
        names.add(`key:${key.decodeText()}`)
        if (key.decodeText() === 'S' || key.decodeText() === 'Subtype' || key.decodeText() === 'Type') names.add(`${key.decodeText()}:${(item as PDFName).decodeText?.() ?? ''}`)
        visit(item, depth + 1)
      }
    } else if (value instanceof PDFArray) value.asArray().forEach((item) => visit(item, depth + 1))
    else if (value instanceof PDFString || value instanceof PDFHexString) strings.push(value.decodeText())
  }
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) {
      visit(object.dict)
      if (object.dict.lookup(PDFName.of('Type'))?.toString() === '/EmbeddedFile') names.add('Type:EmbeddedFile')
      try {
        strings.push(new TextDecoder('latin1').decode(decodePDFRawStream(object).decode()))
      } catch {
        // an image filter pdf-lib cannot decode: not text
      }
    } else visit(object)
  }
  return {names, strings}
}

describe('safeUri', () => {
  it('should let web and e-mail addresses through, and nothing else', () => {
    expect(['https://www.tiel.nl/', 'http://x.nl', 'mailto:griffie@tiel.nl', 'HTTPS://X.NL'].every(safeUri)).toBe(true)
    expect(['javascript:alert(1)', 'file:///etc/passwd', '\\\\host\\share', 'data:text/html,x', 'ftp://x', ''].some(safeUri)).toBe(false)
  })
})

describe('removeActiveContent', () => {
  it('should remove every kind of active content and say what and where', async () => {
    const pdf = await PDFDocument.load(await hostilePdf(), {updateMetadata: false})
    const removals = removeActiveContent(pdf)
    expect(Object.fromEntries(removals.map((r) => [r.kind, [r.count, r.pages.join(',')]]))).toEqual({
      javascript: [7, '1,2,3'],
      launch: [1, '1'],
      attachment: [1, '2'],
      submit: [1, '2'],
      remote: [1, '2'],
      'unsafe-link': [1, '3'],
      'embedded-files': [1, ''],
      xfa: [1, '']
    })
    // Removing twice finds nothing more.
    expect(removeActiveContent(pdf)).toEqual([])
  })
})

describe('an appendix with active content', () => {
  it('should be reported by check, one warning per kind, naming the pages', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'), await hostilePdf())
    const result = await run(project, 'check')
    expect(result.code).toBe(0)
    const file = `${m}/02-lobby/bijlagen/02-brief.pdf: warning: `
    for (const line of [
      '7 JavaScript actions were removed from pages 1, 2 and 3',
      'an action that starts a program was removed from page 1',
      'a file attachment was removed from page 2',
      'a form action that sends or resets data was removed from page 2',
      'a link to another file or network share was removed from page 2',
      'a link with an address that is not a web page or e-mail address was removed from page 3',
      'an embedded file was removed',
      'an XFA form was removed'
    ]) {
      expect(result.stderr).toContain(file + line)
    }
    expect((await run(project, 'check', '--strict')).code).toBe(1)
  })

  it.skipIf(!browserPath)('should leave nothing active in bundel.pdf, and keep the plain links', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'), await hostilePdf())
    expect((await run(project, 'build', '--no-cache')).code).toBe(0)
    const bytes = new Uint8Array(await readFile(path.join(project, 'dist', fixtureMeeting, 'bundel.pdf')))
    const {names, strings} = await inventory(bytes)
    for (const forbidden of ['S:JavaScript', 'S:Launch', 'S:SubmitForm', 'S:GoToR', 'Subtype:FileAttachment', 'Type:EmbeddedFile', 'key:AA', 'key:JS', 'key:XFA', 'key:OpenAction', 'key:EmbeddedFiles', 'key:JavaScript']) {
      expect(names.has(forbidden), forbidden).toBe(false)
    }
    for (const text of ['evil.exe', 'virus.exe', 'app.alert', 'javascript:', '\\\\host', 'MZ dit is']) {
      expect(strings.some((s) => s.includes(text)), text).toBe(false)
    }
    // What a reader sees: the https and mailto links, and the jump to the appendix's page 3.
    const doc = await getDocument({data: bytes, verbosity: 0}).promise
    let urls: string[] = []
    let jumps = 0
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('')
      if (!text.includes('Vijandige bijlage pagina 1')) continue
      const annotations = (await page.getAnnotations()) as Array<{subtype: string; url?: string; dest?: unknown}>
      urls = annotations.flatMap((a) => (a.url ? [a.url] : []))
      jumps = annotations.filter((a) => a.dest).length
    }
    await doc.destroy()
    expect(urls.sort()).toEqual(['https://www.tiel.nl/', 'mailto:griffie@tiel.nl'])
    expect(jumps).toBe(1)
  })
})
