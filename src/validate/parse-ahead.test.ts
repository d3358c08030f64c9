import {existsSync} from 'node:fs'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {aheadFrom, batches, parseAhead} from './parse-ahead.js'
import {markdownParser} from './markdown-parser.js'
import {checkMarkdown, checkedMarkdown, parseBodiesAhead, loadMarkdownParser} from './check-markdown.js'

// checkMarkdown is called here without validate, which loads the parser when a body needs it.
beforeAll(() => loadMarkdownParser())

// Bodies as memos have them: headings, lists, a table, footnotes, emphasis, links, raw HTML.
const body = (n: number) =>
  `# Toelichting ${n}\n\nHet bestuur wordt gevraagd *in te stemmen* met **voorstel ${n}**, zie [de nota](nota-${n}.pdf)[^${n}].\n\n` +
  `- punt één\n- punt twee\n  1. genest\n\n| Post | Bedrag |\n| - | -: |\n| Personeel | € ${n}.000 |\n\n> Citaat uit de brief\n\n<div>verloren</div>\n\n[^${n}]: Zie ook het verslag.\n`

describe('parseAhead (#13)', () => {
  it('should give, from its workers, the very trees the main thread parses, and keep each on disk', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bundel-ahead-'))
    const texts = Array.from({length: 300}, (_, n) => body(n).repeat(1 + (n % 3)))
    const jobs = texts.map((text, n) => ({text, file: n % 2 === 0 ? path.join(folder, `${n}.json`) : undefined}))
    // Three workers, whatever the machine: each answers for its own batch.
    const trees = await parseAhead(jobs, {workers: 3})
    expect(trees.size).toBe(texts.length)
    // Byte for byte: the same parser, the same key order.
    const differing = [...trees].filter(([index, json]) => json !== JSON.stringify(markdownParser.parse(texts[index]!)))
    expect(differing).toEqual([])
    expect(await readFile(path.join(folder, '0.json'), 'utf8')).toBe(trees.get(0))
    expect(existsSync(path.join(folder, '1.json'))).toBe(false)
  })

  it('should answer nothing, and not throw, when the worker cannot start or dies', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bundel-ahead-'))
    const broken = path.join(folder, 'broken.mjs')
    await writeFile(broken, 'throw new Error("kapot")\n')
    const jobs = [{text: body(1), file: undefined}]
    expect((await parseAhead(jobs, {script: broken})).size).toBe(0)
    expect((await parseAhead(jobs, {script: path.join(folder, 'missing.mjs')})).size).toBe(0)
  })

  it('should split the texts into batches of about equal size, each text once', () => {
    const jobs = [5, 1, 1, 1, 1, 1].map((size) => ({text: 'x'.repeat(size), file: undefined}))
    const split = batches(jobs, 2)
    expect(split).toEqual([[0], [1, 2, 3, 4, 5]])
    expect(batches(jobs.slice(0, 1), 3)).toEqual([[0]])
  })
})

describe('parseBodiesAhead (#13)', () => {
  const parts = (count: number, root: string) => Array.from({length: count}, (_, n) => ({markdown: body(n), file: new VFile({path: path.join(root, `${n}.md`), cwd: '/'}), line: 5}))

  it('should leave a meeting below the threshold to the main thread', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bundel-ahead-'))
    expect(aheadFrom).toBeGreaterThan(1024 * 1024)
    expect((await parseBodiesAhead(parts(20, root))).size).toBe(0)
    expect((await parseBodiesAhead(parts(20, root), 20 * body(19).length)).size).toBe(0)
  })

  it('should parse a large meeting ahead, after which the checks report and keep exactly what they do without', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bundel-ahead-'))
    // A low threshold, so the test parses ~100 kB rather than the real threshold's megabytes.
    const count = 200
    const withAhead = parts(count, root)
    const without = parts(count, root)
    const ahead = await parseBodiesAhead(withAhead, 100 * body(0).length)
    expect(ahead.size).toBe(count)
    for (const part of withAhead) checkMarkdown(part, root, false, ahead)
    for (const part of without) checkMarkdown(part, root)
    withAhead.forEach((part, n) => {
      expect(part.file.messages.map(String)).toEqual(without[n]!.file.messages.map(String))
      expect(JSON.stringify(checkedMarkdown(part)!.tree)).toBe(JSON.stringify(checkedMarkdown(without[n]!)!.tree))
    })
    expect(withAhead[0]!.file.messages.map((message) => message.ruleId)).toEqual(['raw-html'])
  })
})
