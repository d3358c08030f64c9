/** End to end (HTML): build the fixture, check the page, and prove a failed build keeps dist/ (#2). */
import {createHash} from 'node:crypto'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeProject, meetingPath, run, fixtureMeeting} from './test-util/fixture.js'

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex')
  }
  return out
}

describe('bundel build (HTML)', () => {
  it('should write one self-contained page, the JSON export and the PDF copies', async () => {
    const project = await makeProject()
    const result = await run(project, 'build', '--no-pdf')
    expect(result.code).toBe(0)
    const out = path.join(project, 'dist', fixtureMeeting)
    expect(Object.keys(await snapshot(out)).sort()).toEqual(['bijlagen/02-lobby/02-brief.pdf', 'bundel.json', 'index.html'])
    const html = await readFile(path.join(out, 'index.html'), 'utf8')
    expect(html).toContain('<html lang="nl">')
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    expect(html).toContain('woensdag 19 maart 2025, 19:30 uur')
    expect(html).not.toMatch(/(src|href)="https?:/)
    expect(html).not.toMatch(/<link /)
    // The same labels everywhere: table of contents, agenda, headings, anchors.
    expect(html).toContain('<a href="#document-2-2"><span class="toc-label">2.2</span><span class="toc-title">Notitie lobbythema\'s</span></a>')
    expect(html).toContain('<a href="#document-2-3">2.3 Brief van de minister</a>')
    expect(html).toContain('<h3 id="document-2-3-titel"><span class="document-label">2.3</span> Brief van de minister</h3>')
    expect(html).toContain('PDF, 3 pagina\'s')
    expect(html).toContain('href="bijlagen/02-lobby/02-brief.pdf"')
    expect(html).toContain('<th scope="row">Portefeuillehouder</th><td>B. Bestuurder</td>')
    expect(html).toContain('Vastgesteld in de vergadering van 19 maart 2025.')
    expect(html).toMatch(/<p class="signer-role">De voorzitter,<\/p>.*<p class="signer-role">De secretaris,<\/p>/s)
    const json = JSON.parse(await readFile(path.join(out, 'bundel.json'), 'utf8')) as {items: Array<{number: string; documents: Array<{label: string; pages?: number}>}>}
    expect(json.items.map((item) => item.number)).toEqual(['1', '2', '3'])
    expect(json.items[1]?.documents.map((d) => [d.label, d.pages])).toEqual([['2.1', undefined], ['2.2', undefined], ['2.3', 3]])
  })

  it('should leave the previous dist/ byte for byte intact when a build fails', async () => {
    const project = await makeProject()
    expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
    const out = path.join(project, 'dist')
    await writeFile(path.join(out, 'eigen-bestand.txt'), 'van de gebruiker')
    const before = await snapshot(out)
    await writeFile(meetingPath(project, '02-lobby', 'memo.md'), '---\nportefeuillehouder: [kapot\n---\n')
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Nieuwe titel\n---\n')
    const failed = await run(project, 'build', '--no-pdf')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('nothing was written')
    expect(await snapshot(out)).toEqual(before)
  })

  it('should swap several meetings, whatever their names, and leave no temporary folder', async () => {
    const project = await makeProject()
    const {cp} = await import('node:fs/promises')
    await cp(meetingPath(project), path.join(project, 'content', `${fixtureMeeting}.old`), {recursive: true})
    await cp(meetingPath(project), path.join(project, 'content', 'new'), {recursive: true})
    expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Andere opening\n---\n')
    const again = await run(project, 'build', '--no-pdf')
    expect(again.code, again.stderr).toBe(0)
    expect((await readdir(path.join(project, 'dist'))).sort()).toEqual([fixtureMeeting, `${fixtureMeeting}.old`, 'new'])
    expect(await readFile(path.join(project, 'dist', fixtureMeeting, 'index.html'), 'utf8')).toContain('Andere opening')
  })

  it('should call an output folder that is a file wrong usage', async () => {
    const project = await makeProject()
    await writeFile(path.join(project, 'dist'), 'geen map')
    const result = await run(project, 'build', '--no-pdf')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is a file (use --out DIR)')
  })

  it('should print usage and examples with --help, and the version', async () => {
    const project = await makeProject()
    const help = await run(project, 'build', '--help')
    expect(help.stdout).toContain('--out <dir>')
    expect(help.code).toBe(0)
    const version = await run(project, '--version')
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })
})
