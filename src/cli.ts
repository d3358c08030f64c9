/**
 * The command line: argv → options → library → reporter → exit code. No domain logic here.
 * Exit codes: 0 clean, 1 content errors (or warnings with --strict), 2 wrong usage, 130 interrupted.
 * Everything it says is Dutch, or English with `--lang en` or an English locale (#8).
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {editionNames, isEditionName} from './editions/editions.js'
import type {EditionName} from './editions/edition.js'
import type {VFile} from 'vfile'
import type {BuildResult} from './pipeline.js'
import type {BuildOptions} from './options.js'
import {UsageError} from './errors.js'
import {reportText} from './report/text.js'
import {reportJson, type Manifest} from './report/json.js'
import {reportGithub} from './report/github.js'
import {createProgress, isInteractive, type Progress} from './report/progress.js'
import {version} from './version.js'
import {languageFrom, type Lang} from './catalogue/lang.js'
import {ui, type Ui} from './catalogue/ui.js'

/** Where the CLI writes; injected so tests need no child process. */
export interface CliStreams {
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & {isTTY?: boolean}
  readonly env: NodeJS.ProcessEnv
}

type Format = 'text' | 'json' | 'github'

interface CommonFlags {
  content?: string
  allowMissingAlt?: boolean
  format?: Format
  strict?: boolean
  verbose?: boolean
  color?: boolean
  quiet?: boolean
}

function useColor(streams: CliStreams, flag: boolean | undefined): boolean {
  if (flag === false || (streams.env.NO_COLOR !== undefined && streams.env.NO_COLOR !== '')) return false
  if (streams.env.FORCE_COLOR !== undefined) return streams.env.FORCE_COLOR !== '0' && streams.env.FORCE_COLOR !== 'false'
  return Boolean(streams.stderr.isTTY) && streams.env.TERM !== 'dumb'
}

/** `--lang x` or `--lang=x` anywhere in argv: the language is needed before commander runs. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--lang') return argv[index + 1]
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length)
  }
  return undefined
}

/** Commander's own words (Usage:, error: unknown option …) in the user's language. */
function translate(t: Ui, text: string): string {
  let out = text
  for (const [pattern, replacement] of t.commander) out = out.replace(pattern, replacement)
  return out
}

/**
 * Run from inside a meeting folder (`cd content/2025-…; bundel build`): there is no content/
 * here but a vergadering.md. Then the meeting is built as if from the project folder (#8).
 */
function meetingHere(flags: {content?: string | undefined}, cwd: string): {cwd: string; content: string; meeting: string} | undefined {
  if (flags.content !== undefined || existsSync(path.join(cwd, 'content')) || !existsSync(path.join(cwd, 'vergadering.md'))) return undefined
  const content = path.dirname(cwd)
  return {cwd: path.dirname(content), content, meeting: path.basename(cwd)}
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], streams: CliStreams = {stdout: process.stdout, stderr: process.stderr, env: process.env}): Promise<number> {
  let exitCode = 0
  const lang: Lang = languageFrom(langFlag(argv), streams.env)
  const t = ui[lang]
  const interactive = isInteractive(streams.stderr, streams.env)
  let progress: Progress | undefined
  const progressFor = (flags: CommonFlags) => (progress = createProgress({stream: streams.stderr, interactive, quiet: Boolean(flags.quiet), lang, color: useColor(streams, flags.color)}))
  const say = (text: string) => {
    progress?.clear()
    streams.stderr.write(`bundel: ${text}\n`)
  }

  const output = (files: VFile[], flags: CommonFlags, manifest?: Manifest) => {
    progress?.clear()
    const format: Format = flags.format ?? (streams.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')
    if (format === 'json') streams.stdout.write(reportJson(files, manifest))
    else if (format === 'github') streams.stdout.write(reportGithub(files, {strict: flags.strict}))
    else streams.stderr.write(reportText(files, {color: useColor(streams, flags.color), verbose: flags.verbose, lang}))
  }

  const parseCount = (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(t.wholeNumber)
    return n
  }
  const parseEditions = (value: string): EditionName[] => {
    const names = value.split(',').map((name) => name.trim()).filter(Boolean)
    if (names.length === 0 || !names.every(isEditionName)) throw new InvalidArgumentError(t.editionNames(editionNames.join(', ')))
    return names
  }
  const parsePort = (value: string): number => {
    const port = Number(value)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(t.portNumber)
    return port
  }

  const program = new Command('bundel')
    .description(t.description)
    .version(version, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(translate(t, text)),
      writeErr: (text) => streams.stderr.write(translate(t, text))
    })
    .showHelpAfterError(t.usageAfterError)
    .addOption(new Option('--lang <lang>', t.lang).choices(['nl', 'en']))

  const common = (command: Command) =>
    command
      .helpOption('-h, --help', t.help)
      .option('--content <dir>', t.content)
      .addOption(new Option('--format <format>', t.format).choices(['text', 'json', 'github']))
      .option('--strict', t.strict)
      .option('--verbose', t.verbose)
      .option('--no-color', t.color)
      .option('--quiet', t.quiet)
      .option('--allow-missing-alt', t.allowMissingAlt)
      .addOption(new Option('--lang <lang>', t.lang).choices(['nl', 'en']))

  common(program.command('check').description(t.check).argument('[meeting...]', t.checkMeetings).option('--out <dir>', t.checkOut).option('--pdf <bestand>', t.checkPdf)).action(
    async (meetings: string[], flags: CommonFlags & {out?: string; pdf?: string}) => {
      if (flags.pdf !== undefined) {
        const {checkPdfFile} = await import('./pdfua/check-file.js')
        const result = await checkPdfFile(flags.pdf, {strict: flags.strict, lang})
        output(result.files, flags)
        if (result.report && (flags.format ?? 'text') === 'text' && !flags.quiet) say(t.pdfChecked(result.files[0]!.path, result.report))
        exitCode = result.failed ? 1 : 0
        return
      }
      const here = meetingHere(flags, process.cwd())
      const log = progressFor(flags)
      // The pipeline loads only when a command runs: --help and --version answer without it (#13).
      const {check} = await import('./pipeline.js')
      const result = await check({
        cwd: here?.cwd,
        content: here?.content ?? flags.content,
        meetings: here ? [here.meeting] : meetings,
        strict: flags.strict,
        out: flags.out,
        logger: log,
        lang,
        allowMissingAlt: flags.allowMissingAlt
      })
      log.stop()
      output(result.files, flags)
      if (!result.failed && (flags.format ?? 'text') === 'text' && !flags.quiet) say(t.checked(result.meetings.length))
      exitCode = result.failed ? 1 : 0
    }
  )

  /** What `build` and `site` share: the meetings, where to write, whether to print and cache. */
  const buildCommand = (name: 'build' | 'site', description: string) =>
    program.command(name).description(description).argument('[meeting...]', t.buildMeetings).option('--out <dir>', t.out).option('--no-pdf', t.noPdf).option('--no-cache', t.noCache)

  common(
    buildCommand('build', t.build)
      .addOption(new Option('--editie <lijst>', t.editie).argParser(parseEditions))
      .option('--concept', t.concept)
      .option('--exemplaar <naam>', t.exemplaar)
  ).action(async (meetings: string[], flags: BuildFlags) => runBuild(meetings, flags, async (options) => (await import('./pipeline.js')).build(options)))

  common(buildCommand('site', t.site)).action(async (meetings: string[], flags: BuildFlags) => runBuild(meetings, flags, async (options) => (await import('./site/site.js')).site(options)))

  type BuildFlags = CommonFlags & {out?: string; pdf?: boolean; cache?: boolean; editie?: EditionName[]; concept?: boolean; exemplaar?: string}

  async function runBuild(meetings: string[], flags: BuildFlags, run: (options: BuildOptions) => Promise<BuildResult>): Promise<void> {
    const controller = new AbortController()
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
    const onSignal = () => controller.abort()
    for (const signal of signals) process.once(signal, onSignal)
    const here = meetingHere(flags, process.cwd())
    const log = progressFor(flags)
    if (here && !flags.quiet) say(t.asMeeting(here.meeting, path.relative(process.cwd(), here.content) || '.', path.relative(process.cwd(), path.resolve(here.cwd, flags.out ?? 'dist'))))
    try {
      const result = await run({
        cwd: here?.cwd,
        content: here?.content ?? flags.content,
        meetings: here ? [here.meeting] : meetings,
        strict: flags.strict,
        out: flags.out,
        pdf: flags.pdf,
        cache: flags.cache === false ? false : undefined,
        editions: flags.editie,
        concept: flags.concept,
        allowMissingAlt: flags.allowMissingAlt,
        copyFor: flags.exemplaar,
        logger: log,
        signal: controller.signal,
        lang
      })
      log.stop()
      if (controller.signal.aborted) {
        // Interrupted (Ctrl-C, a CI cancel): whatever failed after the abort is not a content
        // problem. Once the swap into the output folder has begun it is finished, and said so.
        say(result.outputs.length > 0 ? t.interruptedAfter : t.interrupted)
        exitCode = 130
        return
      }
      output(result.files, flags, result.written ? {written: result.written, pages: result.pages ?? {}} : undefined)
      if (result.failed) say(t.failed)
      exitCode = result.failed ? 1 : 0
    } catch (error) {
      log.stop()
      if (!controller.signal.aborted) throw error
      say(t.interrupted)
      exitCode = 130
    } finally {
      for (const signal of signals) process.off(signal, onSignal)
    }
  }


  program
    .command('dev')
    .description(t.dev)
    .helpOption('-h, --help', t.help)
    .argument('[meeting]', t.devMeeting)
    .option('--content <dir>', t.content)
    .addOption(new Option('--port <port>', t.port).argParser(parsePort))
    .option('--open', t.open)
    .option('--no-cache', t.devNoCache)
    .addOption(new Option('--lang <lang>', t.lang).choices(['nl', 'en']))
    .action(async (meeting: string | undefined, flags: {content?: string; port?: number; open?: boolean; cache?: boolean}) => {
      const {dev} = await import('./dev/dev.js')
      const here = meetingHere(flags, process.cwd())
      const log = progressFor({})
      const server = await dev({
        cwd: here?.cwd,
        content: here?.content ?? flags.content,
        meeting: here?.meeting ?? meeting,
        port: flags.port,
        open: flags.open,
        cache: flags.cache === false ? false : undefined,
        logger: log,
        lang
      })
      streams.stderr.write(`${t.devStarted(server.url, server.meeting)}\n`)
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          void server.close().then(resolve)
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
      log.stop()
      exitCode = 130
    })

  const scaffold = program.command('new').description(t.new).helpOption('-h, --help', t.help)
  scaffold
    .command('vergadering')
    .description(t.newMeeting)
    .helpOption('-h, --help', t.help)
    .requiredOption('--orgaan <naam>', t.orgaan)
    .requiredOption('--datum <YYYY-MM-DD>', t.datum)
    .option('--organisatie <naam>', t.organisatie)
    .option('--tijd <tijd>', t.tijd)
    .option('--locatie <plaats>', t.locatie)
    .option('--voorzitter <naam>', t.voorzitter)
    .option('--secretaris <naam>', t.secretaris)
    .option('--content <dir>', t.content)
    .addOption(new Option('--lang <lang>', t.lang).choices(['nl', 'en']))
    .action(async (flags: {orgaan: string; datum: string; organisatie?: string; tijd?: string; locatie?: string; voorzitter?: string; secretaris?: string; content?: string; lang?: string}) => {
      const {scaffoldMeeting} = await import('./scaffold/meeting.js')
      const {content, lang: _lang, ...fields} = flags
      const result = await scaffoldMeeting({...fields, content: path.resolve(content ?? 'content'), cwd: process.cwd()})
      reportCreated(result.files, [])
    })
  scaffold
    .command('agendapunt')
    .description(t.newItem)
    .helpOption('-h, --help', t.help)
    .argument('<meeting>', t.newItemMeeting)
    .argument('<titel>', t.newItemTitel)
    .option('--memo', t.memo)
    .addOption(new Option('--na <N>', t.na).argParser(parseCount))
    .option('--content <dir>', t.content)
    .addOption(new Option('--lang <lang>', t.lang).choices(['nl', 'en']))
    .action(async (meeting: string, titel: string, flags: {memo?: boolean; na?: number; content?: string}) => {
      const {scaffoldItem} = await import('./scaffold/item.js')
      const result = await scaffoldItem({content: path.resolve(flags.content ?? 'content'), meeting, titel, memo: flags.memo, after: flags.na, cwd: process.cwd()})
      reportCreated(result.files, result.renamed)
    })

  function reportCreated(files: readonly string[], renamed: ReadonlyArray<{from: string; to: string}>): void {
    const relative = (file: string) => path.relative(process.cwd(), file)
    for (const move of renamed) streams.stderr.write(`${t.renamed}${relative(move.from)} → ${relative(move.to)}\n`)
    for (const file of files) streams.stderr.write(`${t.created}${relative(file)}\n`)
    streams.stderr.write(`${t.fillIn}\n`)
  }

  program.addHelpText('after', t.examples)

  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    progress?.stop()
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is wrong usage.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError) {
      const unchanged = argv[0] === 'new' ? t.unchanged : ''
      streams.stderr.write(`bundel: ${error.say(lang)}${unchanged}\n`)
      return 2
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    streams.stderr.write(`bundel: ${t.unexpected}\n${text}\n`)
    return 1
  }
  return exitCode
}
