import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkMarkdown, checkedMarkdown, keepMarkdownTrees, loadMarkdownParser} from './check-markdown.js'

// checkMarkdown is called here without validate, which loads the parser when a body needs it.
beforeAll(() => loadMarkdownParser())

const markdown = '# Aanleiding\n\nTekst met ![](ontbreekt.png) en ![logo](https://example.org/logo.png).\n\n<div>\nverloren tekst\n</div>\n\n| a | b |\n| - | - |\n| 1 | 2 |\n'

async function checkOnce(root: string) {
  const file = new VFile({path: path.join(root, 'memo.md'), cwd: '/'})
  const part = {markdown, file, line: 7}
  checkMarkdown(part, root)
  return {messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`), tree: checkedMarkdown(part)!.tree}
}

describe('checkMarkdown with kept trees (#13)', () => {
  afterEach(() => keepMarkdownTrees(undefined))

  it('should read the tree back from the cache and report exactly what a fresh parse reports', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bundel-md-cache-'))
    const fresh = await checkOnce(root)
    expect(fresh.messages).toEqual(['9:11 image-alt', '9:11 image-missing', '9:33 remote-image', '11:1 raw-html'])
    const folder = path.join(root, 'cache')
    keepMarkdownTrees(folder)
    const first = await checkOnce(root)
    expect(await readdir(folder)).toHaveLength(1)
    const again = await checkOnce(root)
    expect(again.messages).toEqual(fresh.messages)
    expect(first.messages).toEqual(fresh.messages)
    // The same tree, remote image already replaced: the check ran on what the cache gave.
    expect(again.tree).toEqual(fresh.tree)
    expect(JSON.stringify(again.tree)).toContain('[afbeelding: logo]')
    // And it is read: a kept tree planted with other text is what the next check sees.
    const [name] = await readdir(folder)
    const kept = await readFile(path.join(folder, name!), 'utf8')
    expect(kept).toContain('Aanleiding')
    await writeFile(path.join(folder, name!), kept.replace('Aanleiding', 'Uit de cache'))
    expect(JSON.stringify((await checkOnce(root)).tree)).toContain('Uit de cache')
  })

  it('should parse again when a kept tree is damaged, and when the folder cannot be written', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'bundel-md-cache-'))
    const fresh = await checkOnce(root)
    const folder = path.join(root, 'cache')
    keepMarkdownTrees(folder)
    await checkOnce(root)
    const [name] = await readdir(folder)
    await writeFile(path.join(folder, name!), '{"type":"root","children":[')
    expect((await checkOnce(root)).messages).toEqual(fresh.messages)
    // Damaged into other JSON: parsed again too.
    await writeFile(path.join(folder, name!), 'null')
    expect((await checkOnce(root)).messages).toEqual(fresh.messages)
    // A file where the folder should be: nothing is kept, nothing fails.
    const blocked = path.join(root, 'blocked')
    await writeFile(blocked, '')
    keepMarkdownTrees(blocked)
    expect((await checkOnce(root)).messages).toEqual(fresh.messages)
  })
})
