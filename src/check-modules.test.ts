/**
 * `bundel check` stays light (#13): it loads the shipped bundle (lib/bundle/), and of it only
 * what it runs. Read from a real run of bin/bundel.js with a module hook that writes down every
 * file it loads: the Markdown parser loads when a body has no tree in the cache yet, and not
 * once every tree is kept; pdf-lib only while an appendix PDF has no kept reading; puppeteer never.
 */
import {spawnSync} from 'node:child_process'
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'

const repo = path.resolve(import.meta.dirname, '..')
const bin = path.join(repo, 'bin', 'bundel.js')

/** What each loaded file of the bundle holds, as the bundle's own `// node_modules/…` comments say. */
async function loadedPackages(project: string, cache: string): Promise<{code: number | null; files: string[]; text: string}> {
  const log = path.join(project, `loaded-${Date.now()}.txt`)
  const hooks = path.join(project, 'hooks.mjs')
  await writeFile(hooks, `import {appendFileSync} from 'node:fs'\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n')\n  return next(url, context)\n}\n`)
  const register = path.join(project, 'register.mjs')
  await writeFile(register, `import {register} from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hooks).href)})\n`)
  const result = spawnSync(process.execPath, ['--import', register, bin, 'check', '--quiet'], {cwd: project, env: {...process.env, BUNDEL_CACHE_DIR: cache}, encoding: 'utf8'})
  const urls = (await readFile(log, 'utf8')).split('\n').filter((url) => url.startsWith('file:'))
  const files = urls.map((url) => fileURLToPath(url)).filter((file) => file.startsWith(path.join(repo, 'lib', 'bundle')))
  const text = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).join('\n')
  return {code: result.status, files, text}
}

describe('bundel check, as shipped', () => {
  it('should load the Markdown parser only for a body without a kept tree, pdf-lib only for an appendix without a kept reading, and never puppeteer', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-check-modules-'))
    await cp(path.join(repo, 'content'), path.join(project, 'content'), {recursive: true})
    const cache = path.join(project, 'cache')
    const parser = 'node_modules/micromark/lib/parse.js'
    const first = await loadedPackages(project, cache)
    expect(first.code).toBe(0)
    expect(first.files.length).toBeGreaterThan(1)
    expect(first.text).toContain(parser)
    const again = await loadedPackages(project, cache)
    expect(again.code).toBe(0)
    expect(again.text).not.toContain(parser)
    // pdf-lib reads the appendix PDFs the first time; then their readings are kept too.
    expect(first.text).toContain('node_modules/pdf-lib/')
    expect(again.text).not.toContain('node_modules/pdf-lib/')
    expect(first.text + again.text).not.toContain('node_modules/puppeteer-core/')
    // One body changed: its tree is not kept yet, so the parser loads again.
    const memo = path.join(project, 'content', '2025-01-29-algemeen-bestuur', '03-energiehubs-bedrijventerreinen', 'memo.md')
    await writeFile(memo, (await readFile(memo, 'utf8')).replace('## Begroting', 'Een nieuwe zin.\n\n## Begroting'))
    expect((await loadedPackages(project, cache)).text).toContain(parser)
  }, 60_000)
})
