/**
 * bundel outside this repository (#8): the packed package installs into an empty folder, and there
 * `bundel new` and `bundel build` make a meeting's bundle — the way a secretary starts, following
 * the README. Slow (npm installs the dependencies), so it runs once, in its own file.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findBrowser} from './pdf/browser.js'

const repo = path.resolve(import.meta.dirname, '..')
const browserPath = await findBrowser().catch(() => undefined)

describe('the packed package', () => {
  it('should install from its tarball and build a new meeting there', async () => {
    const packs = await mkdtemp(path.join(tmpdir(), 'bundel-pack-'))
    const env = {...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'}
    // --ignore-scripts: `npm test` compiled lib/ already, and `prepare` would delete and rebuild it
    // while other test files run bin/bundel.js from it.
    const packed = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs], {cwd: repo, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})) as Array<{filename: string; files: Array<{path: string}>}>
    const files = packed[0]!.files.map((file) => file.path)
    expect(files).toContain('bin/bundel.js')
    expect(files).toContain('lib/cli.js')
    expect(files).toContain('templates/bundel.css')
    expect(files).toContain('schemas/memo.schema.json')
    expect(files).toContain('templates/site.css')
    expect(files).toContain('lib/site/site.js')
    expect(files.some((file) => file.startsWith('src/'))).toBe(false)
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-user-'))
    await writeFile(path.join(project, 'package.json'), JSON.stringify({name: 'vergaderingen', private: true}))
    execFileSync('npm', ['install', '--prefer-offline', '--no-save', path.join(packs, packed[0]!.filename)], {cwd: project, env, stdio: 'ignore'})
    const bundel = (...args: string[]) => spawnSync(path.join(project, 'node_modules', '.bin', 'bundel'), args, {cwd: project, env: {...env, LANG: 'nl_NL.UTF-8'}, encoding: 'utf8'})
    const started = bundel('new', 'vergadering', '--orgaan', 'Dagelijks Bestuur', '--datum', '2026-03-18')
    expect(started.status, started.stderr).toBe(0)
    const meeting = '2026-03-18-dagelijks-bestuur'
    // The standing item lists its dates as a placeholder to fill in, as a secretary would.
    const rondvraag = path.join(project, 'content', meeting, '03-rondvraag-en-belangrijke-data', 'agendapunt.md')
    await writeFile(rondvraag, (await readFile(rondvraag, 'utf8')).replace(/«[^»]*»/, 'woensdag 15 april 2026, Regiodag'))
    const built = bundel('build', ...(browserPath ? [] : ['--no-pdf']))
    expect(built.status, built.stderr).toBe(0)
    expect(built.stderr).toContain(`gebouwd: ${meeting}`)
    const output = await readdir(path.join(project, 'dist', meeting))
    expect(output).toContain('index.html')
    if (browserPath) expect(output).toContain('bundel.pdf')
  }, 240_000)
})
