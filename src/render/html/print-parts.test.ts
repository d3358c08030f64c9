import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {load} from '../../load/load.js'
import {validate} from '../../validate/validate.js'
import {number} from '../../number/number.js'
import {groupParts, itemsPerPrint, linkGroups, wholeBelow} from './print-parts.js'
import {renderHtml, renderPrint} from './render.js'

const project = path.resolve(import.meta.dirname, '../../..')

async function example() {
  const content = path.join(project, 'content')
  const [raw] = await load({cwd: project, content, meetings: ['2025-01-29-algemeen-bestuur']})
  return {numbered: number((await validate(raw!, {}))!), root: await realpath(content)}
}

describe('itemsPerPrint', () => {
  it('should print a small page whole, and a large one in groups of a power of two items', () => {
    expect(itemsPerPrint(undefined, wholeBelow - 1, [10_000, 10_000])).toBe(0)
    // ~10 kB per item: 96 kB / 10 kB ≈ 9.6 → 8.
    expect(itemsPerPrint(undefined, 600_000, Array(50).fill(10_000))).toBe(8)
    // One memo growing by 20 % does not change the groups.
    expect(itemsPerPrint(undefined, 600_000, [...Array(49).fill(10_000), 12_000])).toBe(8)
    expect(itemsPerPrint(undefined, 600_000, Array(5).fill(120_000))).toBe(1)
    expect(itemsPerPrint(undefined, 600_000, Array(2000).fill(300))).toBe(64)
    // 1,000 items of ~10 kB: not 125 groups of 8 but 63 groups of 16 (10.5 MB / 64 ≈ 164 kB a group).
    expect(itemsPerPrint(undefined, 10_500_000, Array(1000).fill(10_000))).toBe(16)
    expect(itemsPerPrint(undefined, 10_500_000, [...Array(999).fill(10_000), 14_000])).toBe(16)
    expect(itemsPerPrint(3, 10, [1])).toBe(3)
    expect(itemsPerPrint(0, 10_000_000, [1])).toBe(0)
  })
})

describe('groupParts and linkGroups', () => {
  const front = [h('nav', {id: 'inhoud'}, [h('a', {href: '#agendapunt-1'}, '1'), h('a', {href: '#document-2-1'}, '2.1'), h('a', {href: '#nergens'}, '?')])]
  const item1 = [h('section', {id: 'agendapunt-1'}, [h('a', {href: '#agendapunt-1-titel'}, 'zelf')]), h('h2', {id: 'agendapunt-1-titel'})]
  const item2 = [h('section', {id: 'agendapunt-2'}, [h('article', {id: 'document-2-1'}, [h('a', {href: '#agendapunt-1'}, 'terug')])])]

  it('should keep the front alone and group the items', () => {
    expect(groupParts([front, item1, item2], 1)).toHaveLength(3)
    expect(groupParts([front, item1, item2], 2)).toEqual([front, [...item1, ...item2]])
  })

  it('should add empty links to ids linked from elsewhere and stand-ins for ids that live elsewhere, nothing else', () => {
    const [first, second, third] = linkGroups(groupParts([front, item1, item2], 1))
    const helper = (group: {children: unknown[]}) => JSON.stringify(group.children[0])
    // The front links to 1 and 2.1 (not to #nergens, which is nowhere): stand-ins for those.
    expect(first!.stubs).toEqual(['agendapunt-1', 'document-2-1'])
    expect(helper(first!)).toContain('"id":"agendapunt-1"')
    expect(helper(first!)).not.toContain('nergens')
    // Item 1 is linked from the front and from item 2: one empty link gives it a destination.
    expect(second!.stubs).toEqual([])
    expect(helper(second!)).toContain('"href":"#agendapunt-1"')
    expect(helper(second!)).not.toContain('agendapunt-1-titel')
    // Item 2 holds 2.1 (linked from the front) and links back to item 1.
    expect(third!.stubs).toEqual(['agendapunt-1'])
    expect(helper(third!)).toContain('"href":"#document-2-1"')
    expect(helper(third!)).toMatch(/position:absolute/)
  })
})

describe('renderPrint', () => {
  it('should give the example (small) as the very page renderHtml prints', async () => {
    const {numbered, root} = await example()
    const source = await renderPrint(numbered, {root})
    expect(source.parts).toHaveLength(1)
    expect(source.whole).toBe(await renderHtml(numbered, {mode: 'print', root}))
    expect(source.parts[0]!.html).toBe(source.whole)
  })

  it('should split the example when asked: the front, then each item, with every part in exactly one', async () => {
    const {numbered, root} = await example()
    const source = await renderPrint(numbered, {root, itemsPerPrint: 1})
    expect(source.parts).toHaveLength(1 + numbered.items.length)
    const sections = (html: string) => [...html.matchAll(/<section class="item" id="([^"]+)"/g)].map((match) => match[1])
    expect(source.parts.flatMap((part) => sections(part.html))).toEqual(numbered.items.map((item) => item.anchor))
    expect(source.parts[0]!.html).toContain('id="agenda"')
    expect(source.parts[1]!.html).not.toContain('id="agenda"')
    // Each is a whole page of its own, with the template's head.
    for (const part of source.parts) expect(part.html).toMatch(/^<!doctype html>[\s\S]*<style>[\s\S]*<\/main>\s*<\/body>\s*<\/html>\s*$/i)
    expect(source.parts[0]!.stubs).toEqual(expect.arrayContaining(numbered.items.map((item) => item.anchor)))
  })

  it('should print a page whole when its template is not bundel’s own (text around the parts would repeat)', async () => {
    const {mkdtemp, writeFile, readFile} = await import('node:fs/promises')
    const {tmpdir} = await import('node:os')
    const templates = await mkdtemp(path.join(tmpdir(), 'bundel-templates-'))
    const html = await readFile(path.join(project, 'templates', 'bundel.html'), 'utf8')
    await writeFile(path.join(templates, 'bundel.html'), html.replace('<main>', '<p>Kop van de organisatie</p>\n<main>'))
    await writeFile(path.join(templates, 'bundel.css'), await readFile(path.join(project, 'templates', 'bundel.css'), 'utf8'))
    const {numbered, root} = await example()
    expect((await renderPrint(numbered, {root, templates, itemsPerPrint: 1})).parts).toHaveLength(1)
    await writeFile(path.join(templates, 'bundel.html'), html)
    expect((await renderPrint(numbered, {root, templates, itemsPerPrint: 1})).parts).toHaveLength(1 + numbered.items.length)
  })

  it('should print a large page in parts by default, but whole with your own style sheet unless parts are asked for', async () => {
    const {mkdtemp, writeFile, readFile} = await import('node:fs/promises')
    const {tmpdir} = await import('node:os')
    const dir = await mkdtemp(path.join(tmpdir(), 'bundel-large-render-'))
    const {writeMeeting} = (await import(path.join(project, 'scripts', 'bench-content.js'))) as {writeMeeting: (dir: string, kind: string) => Promise<string>}
    const id = await writeMeeting(dir, 'large')
    const content = path.join(dir, 'content')
    const [raw] = await load({cwd: dir, content, meetings: [id]})
    const numbered = number((await validate(raw!, {}))!)
    const root = await realpath(content)
    const source = await renderPrint(numbered, {root})
    expect(source.whole.length).toBeGreaterThan(wholeBelow)
    // 50 items of ~10 kB: groups of 8, and the front.
    expect(source.parts).toHaveLength(1 + 7)
    const templates = await mkdtemp(path.join(tmpdir(), 'bundel-templates-'))
    await writeFile(path.join(templates, 'bundel.html'), await readFile(path.join(project, 'templates', 'bundel.html'), 'utf8'))
    await writeFile(path.join(templates, 'bundel.css'), (await readFile(path.join(project, 'templates', 'bundel.css'), 'utf8')) + '\n.item { break-before: auto; }\n')
    expect((await renderPrint(numbered, {root, templates})).parts).toHaveLength(1)
    expect((await renderPrint(numbered, {root, templates, itemsPerPrint: 25})).parts).toHaveLength(3)
  }, 60_000)
})
