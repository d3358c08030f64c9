/**
 * The commands as a user runs them (#8): the version, help per command, the three report formats,
 * --strict and --verbose, colours, wrong usage in Dutch (exit 2), `bundel dev` until Ctrl-C, a
 * check and an interrupted build from inside a meeting folder. Most run the CLI in this process
 * (so its lines are measured); the bin script is run as a child process where its own wiring
 * (exit codes, the Node check) is what is tested.
 */
import {spawnSync} from 'node:child_process'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {runCli} from './cli.js'
import {fixtureMeeting, makeProject, meetingPath, run, runIn} from './test-util/fixture.js'

const repo = path.resolve(import.meta.dirname, '..')
const bin = path.join(repo, 'bin', 'bundel.js')
const {version} = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as {version: string}
const m = `content/${fixtureMeeting}`

/** A project whose first item lacks its title (an error) and shows an image from the internet (a warning). */
async function brokenProject(): Promise<string> {
  const project = await makeProject()
  await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\nvoorstel: Kennisnemen\n---\n![Kaart](https://example.org/kaart.png)\n')
  return project
}

/** A project with only the warning. */
async function warningProject(): Promise<string> {
  const project = await makeProject()
  await writeFile(meetingPath(project, '01-opening', 'agendapunt.md'), '---\ntitel: Opening\n---\n![Kaart](https://example.org/kaart.png)\n')
  return project
}

/** Run the CLI in this process from `cwd` (not a project folder), with stderr told whether it is a terminal. */
async function runAt(cwd: string, argv: string[], env: NodeJS.ProcessEnv, onStderr?: (text: string) => void): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const previous = process.cwd()
  process.chdir(cwd)
  try {
    const code = await runCli(argv, {
      stdout: new Writable({write: (chunk, _e, done) => ((stdout += String(chunk)), done())}),
      stderr: new Writable({
        write(chunk, _e, done) {
          stderr += String(chunk)
          onStderr?.(String(chunk))
          done()
        }
      }),
      env: {NO_COLOR: '1', ...env}
    })
    return {code, stdout, stderr}
  } finally {
    process.chdir(previous)
  }
}

describe('version and help', () => {
  it('should print the version of package.json with -v and --version', async () => {
    const project = await makeProject()
    for (const flag of ['-v', '--version']) {
      const result = await runIn(project, {}, flag)
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(`${version}\n`)
      expect(result.stderr).toBe('')
    }
  })

  it('should give the help of one command, with `help` or -h, in Dutch or English', async () => {
    const project = await makeProject()
    const dutch = await runIn(project, {}, 'help', 'check')
    expect(dutch.code).toBe(0)
    expect(dutch.stdout).toContain('Gebruik: bundel check [opties] [meeting...]')
    expect(dutch.stdout).toContain('--format <format>')
    expect(dutch.stdout).toContain('hoe problemen worden gemeld')
    const english = await runIn(project, {LANG: 'en_GB.UTF-8'}, 'new', 'vergadering', '-h')
    expect(english.code).toBe(0)
    expect(english.stdout).toContain('Usage: bundel new vergadering [options]')
    expect(english.stdout).toContain('--orgaan <naam>')
    expect(english.stdout).toContain('the governing body')
    expect(english.stdout).not.toContain('Gebruik')
    // --lang wins over the locale, in either form.
    const flag = await runIn(project, {LANG: 'en_GB.UTF-8'}, 'dev', '--help', '--lang=nl')
    expect(flag.stdout).toContain('Gebruik: bundel dev [opties] [meeting]')
    expect(flag.stdout).toContain('poort op 127.0.0.1')
  })
})

describe('report formats', () => {
  it('should report problems as one JSON document on stdout', async () => {
    const project = await brokenProject()
    const result = await run(project, 'check', '--format', 'json')
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as {errors: number; warnings: number; messages: Array<{file: string; line: number; severity: string; ruleId: string; field: string | null; reason: string}>}
    expect(report.errors).toBe(1)
    expect(report.warnings).toBe(1)
    expect(report.messages.map((message) => [message.file, message.severity, message.ruleId])).toEqual([
      [`${m}/01-opening/agendapunt.md`, 'error', 'missing-field'],
      [`${m}/01-opening/agendapunt.md`, 'warning', 'remote-image']
    ])
    expect(report.messages[0]!.field).toBe('titel')
  })

  it('should report an empty JSON list, and no summary line, for clean content', async () => {
    const project = await makeProject()
    const result = await run(project, 'check', '--format', 'json')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({errors: 0, warnings: 0, messages: []})
    expect(result.stderr).toBe('')
  })

  it('should write GitHub annotations, by request or on GitHub Actions', async () => {
    const project = await brokenProject()
    const asked = await run(project, 'check', '--format', 'github')
    expect(asked.code).toBe(1)
    const lines = asked.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(new RegExp(`^::error file=${m}/01-opening/agendapunt\\.md,line=\\d+(,col=\\d+)?,title=bundel%3Amissing-field::titel: `))
    expect(lines[1]).toMatch(/^::warning file=.*title=bundel%3Aremote-image::/)
    const onActions = await runIn(project, {LANG: 'en_US.UTF-8', GITHUB_ACTIONS: 'true'}, 'check')
    expect(onActions.stdout).toBe(asked.stdout)
    expect(onActions.stderr).toBe('')
    // --strict makes the warning an error, as it fails the run.
    const strict = await run(project, 'check', '--format', 'github', '--strict')
    expect(strict.stdout).toMatch(/^::error .*title=bundel%3Aremote-image::/m)
  })

  it('should add rule ids and links with --verbose', async () => {
    const project = await brokenProject()
    const plain = await run(project, 'check')
    const verbose = await run(project, 'check', '--verbose')
    expect(plain.stderr).not.toContain('[bundel:missing-field]')
    expect(verbose.stderr).toMatch(/titel: .* \[bundel:missing-field\] https?:\/\/\S+/)
    expect(verbose.stderr).toContain('[bundel:remote-image]')
    expect(verbose.stderr.trim().split('\n').at(-1)).toBe('1 error, 1 warning')
  })
})

describe('warnings and --strict', () => {
  it('should pass with a warning, and fail with it under --strict', async () => {
    const project = await warningProject()
    const lenient = await run(project, 'check')
    expect(lenient.code).toBe(0)
    expect(lenient.stderr).toContain(`${m}/01-opening/agendapunt.md:4:1: warning: `)
    expect(lenient.stderr).toContain('bundel: checked 1 meeting: no errors')
    const strict = await run(project, 'check', '--strict')
    expect(strict.code).toBe(1)
    expect(strict.stderr).not.toContain('no errors')
    const build = await run(project, 'build', '--no-pdf', '--strict')
    expect(build.code).toBe(1)
    expect(build.stderr).toContain('build failed: nothing was written')
    await expect(readdir(path.join(project, 'dist'))).rejects.toThrow()
  })
})

describe('colours', () => {
  it('should colour on request, and never with NO_COLOR or --no-color', async () => {
    const project = await brokenProject()
    const escape = '\u001B['
    const forced = await runIn(project, {LANG: 'en_US.UTF-8', NO_COLOR: '', FORCE_COLOR: '1'}, 'check')
    expect(forced.stderr).toContain(`${escape}31m1 error${escape}39m`)
    expect(forced.stderr).toContain(`${escape}33mwarning${escape}39m`)
    expect((await runIn(project, {LANG: 'en_US.UTF-8', NO_COLOR: '', FORCE_COLOR: '1'}, 'check', '--no-color')).stderr).not.toContain(escape)
    expect((await runIn(project, {LANG: 'en_US.UTF-8', NO_COLOR: '1', FORCE_COLOR: '1'}, 'check')).stderr).not.toContain(escape)
    expect((await runIn(project, {LANG: 'en_US.UTF-8', NO_COLOR: '', FORCE_COLOR: '0'}, 'check')).stderr).not.toContain(escape)
    // Not a terminal and nothing forced: plain text.
    expect((await runIn(project, {LANG: 'en_US.UTF-8', NO_COLOR: ''}, 'check')).stderr).not.toContain(escape)
  })
})

describe('wrong usage', () => {
  it.each([
    [['check', '--foo'], "fout: onbekende optie '--foo'"],
    [['chek'], '(Bedoelt u check?)'],
    [['check', '--format', 'xml'], "fout: 'xml' is geen geldige waarde voor '--format <format>'; kies uit text, json, github."],
    [['build', '--out'], "fout: bij optie '--out <dir>' hoort een waarde"],
    [['--lang', 'de', 'check'], "fout: 'de' is geen geldige waarde voor '--lang <lang>'; kies uit nl, en."],
    [['new', 'vergadering', '--datum', '2025-03-19'], "fout: verplichte optie '--orgaan <naam>' ontbreekt"],
    [['new', 'agendapunt', fixtureMeeting], "fout: verplicht argument 'titel' ontbreekt"],
    [['new', 'agendapunt', fixtureMeeting, 'Lobby', '--na', '-1'], "fout: '-1' is geen geldige waarde voor '--na <N>': verwacht een heel getal, bijv. --na 2"],
    [['dev', '--port', '70000'], "fout: '70000' is geen geldige waarde voor '--port <port>': verwacht een poortnummer van 0 tot en met 65535"],
    [['dev', 'a', 'b'], 'fout: te veel argumenten'],
    [['build', '--editie', 'geheim'], "fout: 'geheim' is geen geldige waarde voor '--editie <lijst>': verwacht een of meer edities, met komma's gescheiden: volledig, openbaar"],
    [['build', '--editie', 'volledig,geheim'], "fout: 'volledig,geheim' is geen geldige waarde voor '--editie <lijst>'"],
    [['build', '--editie', ' , '], "fout: ' , ' is geen geldige waarde voor '--editie <lijst>'"]
  ])('should refuse %j with exit code 2, in Dutch, pointing at the help', async (argv, expected) => {
    const project = await makeProject()
    const result = await runIn(project, {}, ...argv)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(expected)
    expect(result.stderr).toContain('(zie "bundel --help" voor het gebruik)')
    expect(result.stdout).toBe('')
  })

  it('should say so in English with an English locale', async () => {
    const project = await makeProject()
    const result = await run(project, 'check', '--format', 'xml')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.")
    expect(result.stderr).toContain('(run "bundel --help" for usage)')
  })

  it('should name a meeting that does not exist, and the one probably meant', async () => {
    const project = await makeProject()
    const result = await run(project, 'check', '2025-03-91-algemeen-bestuur')
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`bundel: no meeting \`2025-03-91-algemeen-bestuur\` in content (did you mean \`${fixtureMeeting}\`?)\n`)
  })
})

describe('inside a meeting folder', () => {
  it('should check only the meeting it is run in', async () => {
    const project = await brokenProject()
    const result = await runAt(meetingPath(project), ['check'], {LANG: 'en_US.UTF-8'})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md`)
  })

  it('should write nothing when interrupted before the build starts', async () => {
    const project = await makeProject()
    let signalled = false
    const result = await runAt(meetingPath(project), ['build', '--no-pdf'], {LANG: 'en_US.UTF-8'}, (text) => {
      // The notice about building from inside a meeting comes first: Ctrl-C right then.
      if (!signalled && text.includes('this is meeting folder')) {
        signalled = true
        process.emit('SIGINT')
      }
    })
    expect(signalled).toBe(true)
    expect(result.code).toBe(130)
    expect(result.stderr).toContain('bundel: interrupted: nothing was written')
    expect(result.stderr).not.toContain('built ')
    await expect(readdir(path.join(project, 'dist'))).rejects.toThrow()
  })
})

describe('bundel dev', () => {
  it('should serve the meeting until Ctrl-C, then end with exit code 130', async () => {
    const project = await makeProject()
    let url: string | undefined
    const ready = new Promise<string>((resolve) => {
      const done = runAt(project, ['dev', '--port', '0', '--no-cache'], {LANG: 'en_US.UTF-8'}, (text) => {
        const found = /bundel dev: (http:\/\/127\.0\.0\.1:\d+\/) \((.*)\); PDF at \1bundel\.pdf; Ctrl-C stops/.exec(text)
        if (found) {
          url = found[1]!
          expect(found[2]).toBe(fixtureMeeting)
          resolve(url)
        }
      })
      void done.then((result) => finished.push(result))
    })
    const finished: Array<{code: number; stderr: string}> = []
    const address = await ready
    const page = await fetch(address)
    expect(page.status).toBe(200)
    // Words in the page may carry soft hyphens.
    expect((await page.text()).replaceAll('\u00AD', '')).toContain('Opening en mededelingen')
    process.emit('SIGINT')
    for (let wait = 0; finished.length === 0 && wait < 100; wait++) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(finished).toHaveLength(1)
    expect(finished[0]!.code).toBe(130)
    // The server is closed: nothing listens there any more.
    await expect(fetch(address)).rejects.toThrow()
    expect(url).toBe(address)
  })
})

describe('the bundel command', () => {
  const bundel = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env}})

  it('should set its exit code: 0 clean, 1 content errors, 2 wrong usage', async () => {
    const clean = await makeProject()
    expect(bundel(clean, ['check']).status).toBe(0)
    const version = bundel(clean, ['--version'])
    expect([version.status, version.stdout]).toEqual([0, `${JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')).version}\n`])
    const broken = await brokenProject()
    const errors = bundel(broken, ['check', '--format', 'json'])
    expect(errors.status).toBe(1)
    expect(JSON.parse(errors.stdout).errors).toBe(1)
    const wrong = bundel(clean, ['check', '--foo'])
    expect(wrong.status).toBe(2)
    expect(wrong.stderr).toContain("error: unknown option '--foo'")
  })

  it('should build from a fresh copy of the example content', async () => {
    const project = await makeProject()
    const result = bundel(project, ['build', '--no-pdf', '--out', 'public', '--quiet'])
    expect(result.status, result.stderr).toBe(0)
    expect(result.stderr).toBe('')
    expect(await readdir(path.join(project, 'public', fixtureMeeting))).toContain('index.html')
  })
})
