import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {toHtml} from 'hast-util-to-html'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {renderMarkdown} from './markdown.js'
import {checkMarkdown, loadMarkdownParser} from '../../validate/check-markdown.js'

// checkMarkdown is called here without validate, which loads the parser when a body needs it.
beforeAll(() => loadMarkdownParser())

/** Check (as validation does) and render one body. */
async function render(markdown: string, baseLevel = 4) {
  const root = await mkdtemp(path.join(tmpdir(), 'bundel-md-'))
  const file = new VFile({path: path.join(root, 'memo.md'), cwd: '/'})
  const part = {markdown, file, line: 10}
  checkMarkdown(part, root)
  const html = toHtml(renderMarkdown(part, {idPrefix: 'document-2-1', baseLevel, root}))
  return {html, file, root}
}

describe('renderMarkdown', () => {
  it('should drop raw HTML, scripts, iframes and javascript: links', async () => {
    const {html} = await render(
      'Tekst <script>alert(1)</script> <iframe src="file:///etc/passwd"></iframe> <object data="file:///etc/hosts"></object>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>'
    )
    expect(html).not.toMatch(/<script|<iframe|<object|javascript:|onerror/i)
    expect(html).toContain('klik')
  })

  it('should fit headings below the bundle heading and give them unique, working anchors', async () => {
    const {html} = await render('# Aanleiding\n\nZie [aanpak](#aanpak).\n\n## Aanpak\n')
    expect(html).toContain('<h4 id="document-2-1-aanleiding">Aanleiding</h4>')
    expect(html).toContain('<h5 id="document-2-1-aanpak">Aanpak</h5>')
    expect(html).toContain('href="#document-2-1-aanpak"')
  })

  it('should mark a phrase in another language, and leave what only looks like a marker (#12)', async () => {
    const {html} = await render('Wij zijn [supporting partner]{lang=en} van de regio, [Fryslân]{lang=fy-NL} ook.\n\n[niet]{lang=engels} en [leeg]{lang=}.')
    expect(html).toContain('Wij zijn <span lang="en">supporting partner</span> van de regio, <span lang="fy-NL">Fryslân</span> ook.')
    expect(html).toContain('[niet]{lang=engels} en [leeg]{lang=}.')
  })

  it('should name each table region apart, by its number and its document', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bundel-md-'))
    const part = {markdown: '| A |\n| - |\n| 1 |\n\n| B |\n| - |\n| 2 |\n', file: new VFile({path: path.join(root, 'memo.md'), cwd: '/'}), line: 1}
    checkMarkdown(part, root)
    const html = toHtml(renderMarkdown(part, {idPrefix: 'document-2-1', baseLevel: 4, root, name: '2.1 Memo'}))
    expect(html).toContain('aria-label="Tabel 1 bij 2.1 Memo"')
    expect(html).toContain('aria-label="Tabel 2 bij 2.1 Memo"')
  })

  it('should render GFM tables with header cells', async () => {
    const {html} = await render('| Thema | Trekker |\n| --- | --- |\n| Wonen | Regio |\n')
    expect(html).toMatch(/<thead>\s*<tr>\s*<th>Thema<\/th>/)
  })

  it('should leave remote images out with a warning at the right line', async () => {
    const {html, file} = await render('Kaart:\n\n![kaart](https://example.org/kaart.png)\n')
    expect(html).not.toContain('example.org')
    expect(html).toContain('[afbeelding: kaart]')
    expect(file.messages.map((m) => [m.line, m.ruleId, m.fatal])).toEqual([[12, 'remote-image', false]])
  })

  it('should inline a local image and refuse one outside the content folder', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const {root} = await render('')
    await writeFile(path.join(root, 'kaart.png'), png)
    const file = new VFile({path: path.join(root, 'memo.md'), cwd: '/'})
    const part = {markdown: '![kaart](kaart.png) ![x](../../etc/passwd.png)', file, line: 1}
    checkMarkdown(part, root)
    const html = toHtml(renderMarkdown(part, {idPrefix: 'p', baseLevel: 4, root}))
    expect(html).toContain('src="data:image/png;base64,')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['image-missing'])
  })
})
