/**
 * Input made to break bundel, or broken by accident (#7): each case gets one line naming the
 * file, no stack trace, no hang, and stays under 5 s and 1 GB.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdir, readFile, rm, truncate, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixtureMeeting, makeProject, meetingPath, run} from '../test-util/fixture.js'
import {RenderCache} from '../pdf/cache.js'

const m = `content/${fixtureMeeting}`
const lib = path.resolve(import.meta.dirname, '../../lib/cli.js')
const bin = path.resolve(import.meta.dirname, '../../bin/bundel.js')

/** Run `bundel <args>` in its own process; returns exit code, stderr, seconds and peak memory (MB). */
function measured(project: string, args: string[], env: Record<string, string> = {}): {code: number | null; stderr: string; seconds: number; mb: number} {
  const script = `const {runCli} = await import(${JSON.stringify(lib)}); const code = await runCli(${JSON.stringify(args)}); process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code`
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: project, encoding: 'utf8', timeout: 30_000, env: {...process.env, NO_COLOR: '1', ...env}})
  const seconds = (performance.now() - started) / 1000
  const rss = Number(/MAXRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024
  return {code: result.status, stderr: result.stderr.replace(/MAXRSS \d+\n/, ''), seconds, mb: rss}
}

const canMount = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=16k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=16k tmpfs /tmp']).status === 0

describe('front matter made to mislead', () => {
  it('should report a __proto__ key as unknown and not read titel from it', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\n__proto__:\n  titel: Gehackt\n---\n')
    const result = await run(project, 'check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:1: titel: required field is missing`)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:2:1: __proto__: unknown field \`__proto__\``)
  })

  it('should not end the front matter at a line that only starts with ---', async () => {
    for (const line of ['-----------', '--- nadere informatie ---']) {
      const project = await makeProject()
      await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), `---\ntitel: Opening\n${line}\nvoorstel: Kennisnemen\n---\nTekst\n`)
      const result = await run(project, 'check')
      expect(result.code, line).toBe(1)
      expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:3:1: front matter is not valid YAML: a line starting with "---" inside the front matter would end it here`)
    }
  })

  it('should refuse YAML nested 3,000 deep, thousands of fields, and a key that is a list', async () => {
    const cases: Array<[string, string]> = [
      [`---\ntitel: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\n`, 'front matter is not valid YAML: it is nested too deeply'],
      [`---\ntitel: x\n${Array.from({length: 20_000}, (_, i) => `k${i}: x`).join('\n')}\n---\n`, 'more than the 64 kB bundel reads'],
      [`---\ntitel: x\n${Array.from({length: 600}, (_, i) => `k${i}: x`).join('\n')}\n---\n`, 'it has 601 fields, more than the 500 bundel reads'],
      ['---\n? [a, b]\n: x\n---\n', 'a field name must be a word']
    ]
    for (const [text, expected] of cases) {
      const project = await makeProject()
      await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), text)
      const result = measured(project, ['check'])
      expect(result.code, expected).toBe(1)
      expect(result.stderr).toContain(expected)
      expect(result.stderr).not.toMatch(/\n\s+at |Warning:/)
      expect(result.seconds, expected).toBeLessThan(5)
    }
  }, 60_000)
})

describe('files that are not files', () => {
  it('should report a folder named memo.md and a FIFO named agendapunt.md, without hanging', async () => {
    const project = await makeProject()
    await rm(meetingPath(project, '02-lobby', 'memo.md'))
    await mkdir(meetingPath(project, '02-lobby', 'memo.md'))
    await rm(meetingPath(project, '01-opening', 'agendapunt.md'))
    execFileSync('mkfifo', [meetingPath(project, '01-opening', 'agendapunt.md')])
    await mkdir(meetingPath(project, 'vergadering.md'), {recursive: true}).catch(() => {})
    const result = measured(project, ['check'])
    expect(result.seconds).toBeLessThan(5)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${m}/02-lobby/memo.md: \`memo.md\` is a folder, not a file`)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md: \`agendapunt.md\` is a device, pipe or socket, not a file`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('Markdown made to be slow', () => {
  const body = (text: string) => `---\ntitel: Opening\n---\n${text}\n`
  it.each([
    ['2,500 quote markers', '>'.repeat(2500) + ' x', ':4: Markdown is not used: 2500 quote markers (>) in front of one line'],
    ['40,000 unclosed **', '**a'.repeat(40_000), ':4: Markdown is not used: more than 2000 * _ ` or [ marks in one paragraph'],
    ['a list nested 1,000 deep', Array.from({length: 1000}, (_, i) => '  '.repeat(i) + '- x').join('\n'), 'Markdown is not used: a line indented 122 spaces'],
    ['a 50 × 20,000 table', ['|' + 'h|'.repeat(50), '|' + '-|'.repeat(50), ...Array.from({length: 20_000}, () => '|' + 'x|'.repeat(50))].join('\n'), 'more than the 1024 kB bundel reads for one Markdown file'],
    ['a 50 × 1,000 table', ['|' + 'h|'.repeat(50), '|' + '-|'.repeat(50), ...Array.from({length: 1000}, () => '|' + 'x|'.repeat(50))].join('\n'), ':4: Markdown is not used: a table with more than 10,000 cells']
  ])('should refuse %s quickly, in one line', async (_name, text, expected) => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), body(text))
    const result = measured(project, ['check'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md`)
    expect(result.stderr).toContain(expected)
    expect(result.stderr.trim().split('\n')).toHaveLength(2)
    expect(result.seconds).toBeLessThan(5)
    expect(result.mb).toBeLessThan(1024)
  })

  it('should refuse an image of 100 MB, or of 30,000 × 30,000 pixels, without reading it', async () => {
    const project = await makeProject()
    const huge = meetingPath(project, '01-opening', 'groot.png')
    await writeFile(huge, '')
    await truncate(huge, 100 * 1024 * 1024)
    const header = Buffer.alloc(64)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header)
    header.writeUInt32BE(13, 8)
    header.write('IHDR', 12, 'latin1')
    header.writeUInt32BE(30_000, 16)
    header.writeUInt32BE(30_000, 20)
    await writeFile(meetingPath(project, '01-opening', 'breed.png'), header)
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Opening\n---\n![Kaart](groot.png)\n\n![Luchtfoto](breed.png)\n')
    const result = measured(project, ['check'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:4:1: image \`groot.png\` is too large to embed: it is 100 MB, more than 10 MB`)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:6:1: image \`breed.png\` is too large to embed: it is 30000 × 30000 pixels, more than 40 million`)
    expect(result.mb).toBeLessThan(400)
  })
})

describe('raw HTML', () => {
  it('should warn where raw HTML is left out, and where it swallows the text after it', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Opening\n---\n<div class="kader">\nDeze zin verdwijnt.\nDeze ook.\n\nDeze blijft, met <b>vet</b>.\n')
    const result = await run(project, 'check')
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:4:1: warning: raw HTML \`<div class="kader">\` is left out of the bundle, and so are the 2 lines of text after it (lines 5–6) (put an empty line after the HTML, or write it as Markdown)`)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:8:18: warning: raw HTML \`<b>\` is left out of the bundle`)
  })
})

describe('file names', () => {
  it('should encode links to appendices whose names hold #, ?, % or spaces', async () => {
    const project = await makeProject()
    const names = ['03-brief #2.pdf', '04-vraag?.pdf', '05-100%.pdf']
    const source = await readFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'))
    for (const name of names) await writeFile(meetingPath(project, '02-lobby', 'bijlagen', name), source)
    expect((await run(project, 'build', '--no-pdf')).code).toBe(0)
    const html = await readFile(path.join(project, 'dist', fixtureMeeting, 'index.html'), 'utf8')
    for (const href of ['bijlagen/02-lobby/03-brief%20%232.pdf', 'bijlagen/02-lobby/04-vraag%3F.pdf', 'bijlagen/02-lobby/05-100%25.pdf']) expect(html).toContain(`href="${href}"`)
    const json = JSON.parse(await readFile(path.join(project, 'dist', fixtureMeeting, 'bundel.json'), 'utf8')) as {items: Array<{documents: Array<{href?: string}>}>}
    expect(json.items[1]!.documents.map((d) => d.href).filter(Boolean)).toContain('bijlagen/02-lobby/03-brief%20%232.pdf')
  })

  it('should refuse control characters in a file name, and warn about names that differ only in capitals', async () => {
    const project = await makeProject()
    const source = await readFile(meetingPath(project, '02-lobby', 'bijlagen', '02-brief.pdf'))
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '03-met\ttab.pdf'), source)
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '04-met\nregel.pdf'), source)
    await writeFile(meetingPath(project, '02-lobby', 'bijlagen', '02-Brief.pdf'), source)
    const result = await run(project, 'check')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${m}/02-lobby/bijlagen/03-met\\x09tab.pdf: file name \`03-met\\x09tab.pdf\` holds a control character`)
    expect(result.stderr).toContain(`${m}/02-lobby/bijlagen/04-met\\x0aregel.pdf: file name`)
    expect(result.stderr).toContain(`${m}/02-lobby/bijlagen/02-brief.pdf: warning: \`02-brief.pdf\` differs from \`02-Brief.pdf\` only in capitals`)
  })
})

describe('the environment', () => {
  it('should call a SOURCE_DATE_EPOCH that is no date wrong usage, in one line', async () => {
    const project = await makeProject()
    for (const value of ['99999999999999', 'gisteren', '-5']) {
      const result = spawnSync(process.execPath, [bin, 'build', '--no-pdf'], {cwd: project, encoding: 'utf8', env: {...process.env, SOURCE_DATE_EPOCH: value}})
      expect(result.status, value).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual([`bundel: SOURCE_DATE_EPOCH is \`${value}\`, expected whole seconds since 1 January 1970 up to 253402300799 (the year 9999), e.g. 1738108800; or unset it`])
    }
  })

  it.skipIf(!canMount)('should say the disk is full, or read-only, in one line and leave dist/ as it was', async () => {
    const project = await makeProject()
    const out = path.join(project, 'dist')
    await mkdir(out)
    for (const [options, expected] of [
      ['size=16k', 'bundel: no space left on the output disk while writing dist; free some space and build again (dist was not changed)'],
      ['ro', 'bundel: output folder dist is on a read-only disk; choose another folder with --out (dist was not changed)']
    ] as const) {
      // A file system of its own for dist/, in a mount namespace of this child only.
      const script = `mount -t tmpfs -o ${options} tmpfs "${out}" && exec "${process.execPath}" "${bin}" build --no-pdf`
      const result = spawnSync('unshare', ['-m', 'sh', '-c', script], {cwd: project, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
      expect(result.status, options).toBe(2)
      expect(result.stderr.trim().split('\n'), options).toEqual([expected])
    }
  })

  it('should remove the temporary files of a cache write that failed or was killed', async () => {
    const project = await makeProject()
    const dir = path.join(project, 'cache')
    await mkdir(dir)
    // Left by a process that was killed mid-write (no process has pid 2^22 + 1).
    await writeFile(path.join(dir, '.abc.pdf.4194305.tmp'), 'half')
    const cache = new RenderCache(dir)
    await cache.put('def', new Uint8Array([1, 2, 3]))
    const {readdir} = await import('node:fs/promises')
    expect(await readdir(dir)).toEqual(['def.pdf'])
  })

  it.skipIf(!canMount)('should leave no temporary file when the cache disk is full', async () => {
    const project = await makeProject()
    const dir = path.join(project, 'cache')
    await mkdir(dir)
    const cacheModule = path.resolve(import.meta.dirname, '../../lib/pdf/cache.js')
    const script = `const {RenderCache} = await import(${JSON.stringify(cacheModule)}); await new RenderCache(${JSON.stringify(dir)}).put('groot', new Uint8Array(200000)); console.log((await import('node:fs')).readdirSync(${JSON.stringify(dir)}).join(','))`
    const result = spawnSync('unshare', ['-m', 'sh', '-c', `mount -t tmpfs -o size=16k tmpfs "${dir}" && exec "${process.execPath}" --input-type=module -e "$0"`, script], {encoding: 'utf8'})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout.trim()).toBe('')
  })
})
