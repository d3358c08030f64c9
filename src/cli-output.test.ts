/**
 * What the command line says around the content messages (#8): help and errors in Dutch (or
 * English), progress on a terminal and one line per meeting elsewhere, nothing with --quiet,
 * no claim of a PDF for a build that failed, a quiet end when the reader of a pipe goes away,
 * and a meeting folder built from inside it.
 */
import {spawnSync} from 'node:child_process'
import {readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {runCli} from './cli.js'
import {findBrowser} from './pdf/browser.js'
import {fixtureMeeting, makeProject, meetingPath, runIn} from './test-util/fixture.js'

const bin = path.resolve(import.meta.dirname, '../bin/bundel.js')
const browserPath = await findBrowser().catch(() => undefined)

describe('help and usage, in the user\'s language', () => {
  it('should give help in Dutch by default and in English on request', async () => {
    const project = await makeProject()
    const dutch = await runIn(project, {}, '--help')
    expect(dutch.stdout).toContain('Gebruik: bundel [opties] [opdracht]')
    expect(dutch.stdout).toContain('Opties:')
    expect(dutch.stdout).toContain('controleer de inhoud en meld elk probleem')
    expect(dutch.stdout).toContain('Voorbeelden:')
    const english = await runIn(project, {}, '--lang', 'en', 'build', '--help')
    expect(english.stdout).toContain('Usage: bundel build [options] [meeting...]')
    expect(english.stdout).toContain('--out <dir>')
    const unknown = await runIn(project, {}, 'bouw')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("fout: onbekende opdracht 'bouw'")
    const usage = await runIn(project, {}, 'check', '--content', 'nergens')
    expect(usage.stderr).toBe('bundel: inhoudsmap ' + path.join(project, 'nergens') + ' bestaat niet (gebruik --content MAP)\n')
  })
})

describe('progress and summaries', () => {
  it('should print one line per meeting when not on a terminal, and nothing with --quiet', async () => {
    const project = await makeProject()
    const plain = await runIn(project, {}, 'build', '--no-pdf')
    expect(plain.code).toBe(0)
    expect(plain.stderr).toMatch(new RegExp(`^bundel: gebouwd: ${fixtureMeeting} \\(3 bestanden\\) in \\d+,\\d s\\n$`))
    const english = await runIn(project, {LANG: 'en_GB.UTF-8'}, 'build', '--no-pdf')
    expect(english.stderr).toMatch(new RegExp(`^bundel: built ${fixtureMeeting} \\(3 files\\) in \\d+\\.\\d s\\n$`))
    const quiet = await runIn(project, {}, 'build', '--no-pdf', '--quiet')
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).toBe('')
    expect((await runIn(project, {}, 'check', '--quiet')).stderr).toBe('')
  })

  it.skipIf(!browserPath)('should show the stage on a terminal once a build takes more than a second', async () => {
    const project = await makeProject()
    let stderr = ''
    const terminal = Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          stderr += String(chunk)
          done()
        }
      }),
      {isTTY: true}
    )
    const cwd = process.cwd()
    process.chdir(project)
    // A browser that takes its time to start keeps the build past the first second: the fixture
    // alone builds in less than one with the headless shell.
    const slow = path.join(project, 'slow-browser.sh')
    await writeFile(slow, `#!/bin/sh\nsleep 1.5\nexec '${browserPath}' "$@"\n`, {mode: 0o755})
    const saved = process.env.BUNDEL_CHROME
    process.env.BUNDEL_CHROME = slow
    try {
      const code = await runCli(['build', '--no-cache'], {stdout: new Writable({write: (_c, _e, done) => done()}), stderr: terminal, env: {TERM: 'xterm', NO_COLOR: '1', BUNDEL_TIMEOUT: '30000'}})
      expect(code).toBe(0)
    } finally {
      process.chdir(cwd)
      if (saved === undefined) delete process.env.BUNDEL_CHROME
      else process.env.BUNDEL_CHROME = saved
    }
    expect(stderr).toMatch(/\r\u001B\[Kbundel: (afdrukken|samenvoegen|opmaken) 2025-03-19-algemeen-bestuur…/)
    // The live line is wiped before the summary, which stays.
    expect(stderr).toMatch(/\r\u001B\[Kbundel: gebouwd: 2025-03-19-algemeen-bestuur \(bundel\.pdf \d+ pagina's, 4 bestanden\)/)
  }, 60_000)

  it('should not claim a bundel.pdf for a build that then fails', async () => {
    const project = await makeProject()
    // The library reads BUNDEL_CHROME from the process environment.
    const saved = process.env.BUNDEL_CHROME
    process.env.BUNDEL_CHROME = '/bin/false'
    const result = await runIn(project, {}, 'build', '--no-cache').finally(() => {
      if (saved === undefined) delete process.env.BUNDEL_CHROME
      else process.env.BUNDEL_CHROME = saved
    })
    expect(result.code).toBe(1)
    expect(result.stderr).not.toContain('gebouwd')
    expect(result.stderr).not.toMatch(/bundel\.pdf.*pagina/)
    expect(result.stderr).toContain('de build is mislukt: er is niets geschreven')
    await expect(readdir(path.join(project, 'dist', fixtureMeeting))).rejects.toThrow()
  })
})

describe('pipes and folders', () => {
  it('should end quietly when the reader of its output goes away', () => {
    for (const command of [`"${process.execPath}" "${bin}" --help | head -1`, `"${process.execPath}" "${bin}" check --format json | head -1`]) {
      const result = spawnSync('sh', ['-c', command], {cwd: path.resolve(import.meta.dirname, '..'), encoding: 'utf8'})
      expect(result.stderr, command).toBe('')
      expect(result.stdout.split('\n').filter(Boolean), command).toHaveLength(1)
    }
  })

  it('should build the meeting it is run in, as if from the project folder', async () => {
    const project = await makeProject()
    const result = spawnSync(process.execPath, [bin, 'build', '--no-pdf'], {cwd: meetingPath(project), encoding: 'utf8', env: {...process.env, LANG: 'nl_NL.UTF-8'}})
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toContain(`bundel: dit is vergadermap ${fixtureMeeting}: die wordt gebouwd uit .. naar ../../dist`)
    expect(await readdir(path.join(project, 'dist', fixtureMeeting))).toContain('index.html')
  })
})
