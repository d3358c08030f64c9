import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {keepFrontMatter, parseFrontMatter} from './front-matter.js'

const parse = (text: string) => {
  const file = new VFile({path: 'x.md', value: text})
  return {file, front: parseFrontMatter(file)}
}

describe('parseFrontMatter', () => {
  it('should never run ---js front matter', () => {
    const marker = `bundel_ran_${Date.now()}`
    for (const language of ['js', 'javascript']) {
      const {file, front} = parse(`---${language}\n(globalThis["${marker}"] = true, {titel: "x"})\n---\nbody\n`)
      expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined()
      expect(front.ok).toBe(false)
      expect(file.messages.map(String)).toEqual([`x.md:1:1: een kop in \`${language}\` is code, en bundel voert nooit code uit`])
    }
  })

  it('should parse a text once per process, and a text with a problem every time, telling each file', () => {
    const text = `---\nportefeuillehouder: A. de Vries ${Date.now()}\n---\nTekst\n`
    const first = parse(text)
    const again = parse(text)
    // The same parse, given to the second file too (dev loads every file on each save, #13).
    expect(again.front).toBe(first.front)
    expect(again.file.messages).toEqual([])
    const broken = `---\nportefeuillehouder: [kapot ${Date.now()}\n---\n`
    const one = parse(broken)
    const two = parse(broken)
    expect(two.front).not.toBe(one.front)
    expect(one.file.messages.map(String)).toEqual(two.file.messages.map(String))
    expect(two.file.messages).toHaveLength(1)
  })

  it('should keep the data of front matter that parsed cleanly on disk, and parse its positions only when asked', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundel-front-'))
    try {
      keepFrontMatter(dir)
      // The same YAML with two bodies: two texts to this process, one entry on disk.
      const yaml = `---\ntitel: Lobby ${Date.now()}\nportefeuillehouder: A. de Vries\n---\n`
      const first = parse(`${yaml}Eerste tekst\n`)
      expect(first.file.messages).toEqual([])
      const entries = readdirSync(dir)
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatch(/^[0-9a-f]{64}\.json$/)
      const second = parse(`${yaml}Tweede tekst\n`)
      expect(second.front.data).toEqual(first.front.data)
      expect(second.front.body).toBe('Tweede tekst\n')
      expect(second.front.bodyLine).toBe(first.front.bodyLine)
      // Its positions, parsed on first use, are those of the file.
      const pair = (second.front.document?.contents as unknown as {items: Array<{key: {range: [number]}}>}).items[1]!
      expect(second.front.lineCounter?.linePos(pair.key.range[0])).toEqual({line: 3, col: 1})
      // What is read is the entry (changed here to tell), and a damaged entry is parsed again.
      writeFileSync(path.join(dir, entries[0]!), JSON.stringify({data: {titel: 'uit de cache'}}))
      expect(parse(`${yaml}Derde tekst\n`).front.data).toEqual({titel: 'uit de cache'})
      writeFileSync(path.join(dir, entries[0]!), '{"dat')
      expect(parse(`${yaml}Vierde tekst\n`).front.data).toEqual(first.front.data)
      // Front matter with a problem is never kept.
      const broken = parse(`---\ntitel: [kapot ${Date.now()}\n---\n`)
      expect(broken.file.messages).toHaveLength(1)
      expect(readdirSync(dir)).toHaveLength(1)
    } finally {
      keepFrontMatter(undefined)
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('should keep YAML 1.1 surprises out: times, octals, dates and phone numbers stay text', () => {
    const {front} = parse('---\ntijd: 19:30\nnummer: 010\ndatum: 2025-01-29\ntelefoon: 0488123456\nhamerstuk: true\n---\n')
    expect(front.data).toEqual({tijd: '19:30', nummer: '010', datum: '2025-01-29', telefoon: '0488123456', hamerstuk: 'true'})
  })

  it('should map YAML lines to file lines, and give the body its first line', () => {
    const {front} = parse('---\na: 1\nb: 2\n---\n# Kop\n')
    expect(front.bodyLine).toBe(5)
    expect(front.body).toBe('# Kop\n')
    const pair = (front.document?.contents as unknown as {items: Array<{key: {range: [number]}}>}).items[1]!
    expect(front.lineCounter?.linePos(pair.key.range[0])).toEqual({line: 3, col: 1})
  })

  it('should report a syntax error with line and column', () => {
    const {file} = parse('---\ntitel: "open\nx: 1\n---\n')
    expect(file.messages[0]?.line).toBeGreaterThanOrEqual(2)
    expect(file.messages[0]?.ruleId).toBe('yaml-syntax')
  })

  it('should report duplicate keys', () => {
    const {file} = parse('---\ntitel: a\ntitel: b\n---\n')
    expect(file.messages.map((m) => [m.line, m.ruleId])).toEqual([[3, 'yaml-syntax']])
  })

  it('should report front matter that is never closed', () => {
    const {file} = parse('---\ntitel: a\n')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['front-matter-unclosed'])
  })

  it('should handle a byte order mark and CRLF line ends', () => {
    const {front} = parse('\uFEFF---\r\ntitel: a\r\n---\r\nbody\r\n')
    expect(front.data).toEqual({titel: 'a'})
    expect(front.body).toBe('body\n')
  })

  it('should treat a file without front matter as body only', () => {
    const {front} = parse('# Alleen tekst\n')
    expect(front).toMatchObject({data: undefined, ok: true, bodyLine: 1})
  })
})
