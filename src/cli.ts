/**
 * The command line: argv → options → library → reporter → exit code. No domain logic here.
 * Exit codes: 0 clean, 1 content errors (or warnings with --strict), 2 wrong usage, 130 interrupted.
 */
import path from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {VFile} from 'vfile'
import {build, check} from './pipeline.js'
import {UsageError} from './errors.js'
import {reportText} from './report/text.js'
import {reportJson} from './report/json.js'
import {reportGithub} from './report/github.js'
import {version} from './version.js'
import type {Logger} from './options.js'

/** Where the CLI writes; injected so tests need no child process. */
export interface CliStreams {
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream & {isTTY?: boolean}
  readonly env: NodeJS.ProcessEnv
}

type Format = 'text' | 'json' | 'github'

interface CommonFlags {
  content?: string
  format?: Format
  strict?: boolean
  verbose?: boolean
  color?: boolean
}

function useColor(streams: CliStreams, flag: boolean | undefined): boolean {
  if (flag === false || (streams.env.NO_COLOR !== undefined && streams.env.NO_COLOR !== '')) return false
  if (streams.env.FORCE_COLOR !== undefined) return streams.env.FORCE_COLOR !== '0' && streams.env.FORCE_COLOR !== 'false'
  return Boolean(streams.stderr.isTTY) && streams.env.TERM !== 'dumb'
}

function output(files: VFile[], flags: CommonFlags, streams: CliStreams): void {
  const format: Format = flags.format ?? (streams.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')
  if (format === 'json') streams.stdout.write(reportJson(files))
  else if (format === 'github') streams.stdout.write(reportGithub(files, {strict: flags.strict}))
  else streams.stderr.write(reportText(files, {color: useColor(streams, flags.color), verbose: flags.verbose}))
}

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number, e.g. --na 2')
  return count
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535')
  return port
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: readonly string[], streams: CliStreams = {stdout: process.stdout, stderr: process.stderr, env: process.env}): Promise<number> {
  let exitCode = 0
  const logger: Logger = {info: (message) => streams.stderr.write(`bundel: ${message}\n`)}
  const program = new Command('bundel')
    .description('Turn a folder of Markdown into the meeting bundle (vergaderbundel): numbered HTML and PDF.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({writeOut: (text) => streams.stdout.write(text), writeErr: (text) => streams.stderr.write(text)})
    .showHelpAfterError('(run "bundel --help" for usage)')

  const common = (command: Command) =>
    command
      .option('--content <dir>', '[string] content folder (default: "content")')
      .addOption(new Option('--format <format>', '[text|json|github] how problems are reported (default: text; github on GitHub Actions)').choices(['text', 'json', 'github']))
      .option('--strict', '[boolean] warnings fail too (default: false)')
      .option('--verbose', '[boolean] add rule ids, docs links and causes (default: false)')
      .option('--no-color', '[boolean] no colours (default: colours on a terminal, never with NO_COLOR)')

  common(
    program
      .command('check')
      .description('check the content and report every problem, one line each; writes nothing')
      .argument('[meeting...]', 'meeting folders to check (default: all)')
      .option('--out <dir>', '[string] output folder whose interrupted build is finished first (default: "dist")')
  ).action(async (meetings: string[], flags: CommonFlags & {out?: string}) => {
    const result = await check({content: flags.content, meetings, strict: flags.strict, out: flags.out, logger})
    output(result.files, flags, streams)
    if (!result.failed && (flags.format ?? 'text') === 'text') logger.info(`checked ${result.meetings.length} meeting(s): no errors`)
    exitCode = result.failed ? 1 : 0
  })

  common(
    program
      .command('build')
      .description('build dist/<meeting>/index.html (and bundel.pdf); a failed build leaves dist/ untouched')
      .argument('[meeting...]', 'meeting folders to build (default: all)')
      .option('--out <dir>', '[string] output folder (default: "dist")')
      .option('--no-pdf', '[boolean] only the HTML bundle (default: HTML and PDF)')
      .option('--no-cache', '[boolean] do not reuse earlier renders (default: cache in node_modules/.cache/bundel)')
  ).action(async (meetings: string[], flags: CommonFlags & {out?: string; pdf?: boolean; cache?: boolean}) => {
    const controller = new AbortController()
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
    const onSignal = () => controller.abort()
    for (const signal of signals) process.once(signal, onSignal)
    try {
      const result = await build({
        content: flags.content,
        meetings,
        strict: flags.strict,
        out: flags.out,
        pdf: flags.pdf,
        cache: flags.cache === false ? false : undefined,
        logger,
        signal: controller.signal
      })
      if (controller.signal.aborted) {
        // Interrupted (Ctrl-C, a CI cancel): whatever failed after the abort is not a content
        // problem. Once the swap into the output folder has begun it is finished, and said so.
        logger.info(result.outputs.length > 0 ? 'interrupted, but the build had already been written completely' : 'interrupted: nothing was written')
        exitCode = 130
        return
      }
      output(result.files, flags, streams)
      if (result.failed) logger.info('build failed: nothing was written')
      exitCode = result.failed ? 1 : 0
    } catch (error) {
      if (!controller.signal.aborted) throw error
      logger.info('interrupted: nothing was written')
      exitCode = 130
    } finally {
      for (const signal of signals) process.off(signal, onSignal)
    }
  })

  program
    .command('dev')
    .description('preview a meeting in the browser; rebuilds and reloads on every save (Ctrl-C stops)')
    .argument('[meeting]', 'meeting folder (default: the latest meeting)')
    .option('--content <dir>', '[string] content folder (default: "content")')
    .addOption(new Option('--port <port>', '[number] port on 127.0.0.1 (default: 5050, or the next free one)').argParser(parsePort))
    .option('--open', '[boolean] open the page in your browser (default: false)')
    .option('--no-cache', '[boolean] do not reuse earlier PDF renders (default: cache in node_modules/.cache/bundel)')
    .action(async (meeting: string | undefined, flags: {content?: string; port?: number; open?: boolean; cache?: boolean}) => {
      const {dev} = await import('./dev/dev.js')
      const server = await dev({content: flags.content, meeting, port: flags.port, open: flags.open, cache: flags.cache === false ? false : undefined, logger})
      streams.stderr.write(`bundel dev: ${server.url} (${server.meeting}); PDF at ${server.url}bundel.pdf; Ctrl-C stops\n`)
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
          void server.close().then(resolve)
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      })
      exitCode = 130
    })

  const scaffold = program.command('new').description('start a meeting or an agenda item from a template; never overwrites anything')
  scaffold
    .command('vergadering')
    .description('create content/<datum>-<orgaan>/ with vergadering.md and the standing items')
    .requiredOption('--orgaan <naam>', '[string] the governing body, e.g. "Algemeen Bestuur"')
    .requiredOption('--datum <YYYY-MM-DD>', '[string] date of the meeting')
    .option('--organisatie <naam>', '[string] the organisation (optional)')
    .option('--tijd <tijd>', '[string] start time, e.g. 19:30 (optional)')
    .option('--locatie <plaats>', '[string] where (optional)')
    .option('--voorzitter <naam>', '[string] chair (optional)')
    .option('--secretaris <naam>', '[string] secretary (optional)')
    .option('--content <dir>', '[string] content folder (default: "content")')
    .action(async (flags: {orgaan: string; datum: string; organisatie?: string; tijd?: string; locatie?: string; voorzitter?: string; secretaris?: string; content?: string}) => {
      const {scaffoldMeeting} = await import('./scaffold/meeting.js')
      const {content, ...fields} = flags
      const result = await scaffoldMeeting({...fields, content: path.resolve(content ?? 'content'), cwd: process.cwd()})
      reportCreated(result.files, [])
    })
  scaffold
    .command('agendapunt')
    .description('add the next agenda item folder to a meeting (or insert it with --na)')
    .argument('<meeting>', 'meeting folder, e.g. 2025-03-19-algemeen-bestuur')
    .argument('<titel>', 'title of the item')
    .option('--memo', '[boolean] also create memo.md with every field to fill in (default: false)')
    .addOption(new Option('--na <N>', '[number] insert after item N and renumber the items that follow (default: at the end)').argParser(parseCount))
    .option('--content <dir>', '[string] content folder (default: "content")')
    .action(async (meeting: string, titel: string, flags: {memo?: boolean; na?: number; content?: string}) => {
      const {scaffoldItem} = await import('./scaffold/item.js')
      const result = await scaffoldItem({content: path.resolve(flags.content ?? 'content'), meeting, titel, memo: flags.memo, after: flags.na, cwd: process.cwd()})
      reportCreated(result.files, result.renamed)
    })

  function reportCreated(files: readonly string[], renamed: ReadonlyArray<{from: string; to: string}>): void {
    const relative = (file: string) => path.relative(process.cwd(), file)
    for (const move of renamed) streams.stderr.write(`renamed  ${relative(move.from)} → ${relative(move.to)}\n`)
    for (const file of files) streams.stderr.write(`created  ${relative(file)}\n`)
    streams.stderr.write('Fill in the «…» placeholders; "bundel check" lists the ones that are left.\n')
  }

  program.addHelpText(
    'after',
    `
Examples:
  $ bundel check                       check every meeting in content/
  $ bundel build                       build dist/<meeting>/index.html and bundel.pdf
  $ bundel build 2025-01-29-algemeen-bestuur --out public
  $ bundel check --format json         problems as JSON, for tools
  $ bundel dev --open                  live preview of the latest meeting
  $ bundel new vergadering --orgaan "Algemeen Bestuur" --datum 2025-03-19
  $ bundel new agendapunt 2025-03-19-algemeen-bestuur "Lobby" --memo --na 1

Exit codes: 0 clean, 1 content errors (or warnings with --strict), 2 wrong usage.`
  )

  try {
    await program.parseAsync([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is wrong usage.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError) {
      const unchanged = argv[0] === 'new' ? '; nothing was created or changed' : ''
      streams.stderr.write(`bundel: ${error.message}${unchanged}\n`)
      return 2
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    streams.stderr.write(`bundel: unexpected failure; nothing was written. Please report this with the output below.\n${text}\n`)
    return 1
  }
  return exitCode
}
