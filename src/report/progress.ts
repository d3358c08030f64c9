/**
 * Progress of a build as a person sees it (#8): on a terminal, after the first second, one line
 * that says which stage is running for which meeting, rewritten in place; then, on a terminal or
 * not, one plain line per meeting once it is written. Nothing with `--quiet`. A line for a
 * meeting is only printed after the build wrote it, so a failed build never claims a PDF.
 */
import type {Lang} from '../catalogue/lang.js'
import {ui} from '../catalogue/ui.js'
import type {BuildEvent, Logger} from '../options.js'
import {reportText} from './text.js'

/** Where progress goes. */
export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream
  /** A person watches: a terminal, not CI, not `TERM=dumb`. */
  readonly interactive: boolean
  readonly quiet: boolean
  readonly lang: Lang
  readonly color: boolean
}

/** A logger that shows progress, and `clear()` to remove the live line before other output. */
export interface Progress extends Logger {
  clear(): void
  stop(): void
}

/** Whether a person watches `stream`: a TTY, `TERM` not dumb, no `CI` variable. */
export function isInteractive(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && env.TERM !== 'dumb' && !env.CI
}

/** Make the progress logger of one command. */
export function createProgress(options: ProgressOptions): Progress {
  const t = ui[options.lang]
  const started = Date.now()
  let current: string | undefined
  let shown = false
  const draw = () => {
    if (!options.interactive || options.quiet || !current || Date.now() - started < 1000) return
    options.stream.write(`\r\u001B[K${current}`)
    shown = true
  }
  // A build that ends within a second shows no live line at all.
  const timer = setInterval(draw, 250)
  timer.unref()
  const clear = () => {
    if (!shown) return
    options.stream.write('\r\u001B[K')
    shown = false
  }
  const line = (text: string) => {
    clear()
    options.stream.write(`bundel: ${text}\n`)
  }
  return {
    event(event: BuildEvent) {
      switch (event.type) {
        case 'stage':
          current = `bundel: ${t.stage[event.stage] ?? event.stage}${event.meeting ? ` ${event.meeting}` : ''}…`
          draw()
          break
        case 'built':
          if (!options.quiet) line(t.built(event))
          break
        case 'recovered':
          if (event.finished.length > 0) line(t.recovered(event.out, event.finished.join(', ')))
          if (event.removed > 0) line(t.removedStaging(event.out, event.removed))
          break
        case 'rebuilt':
          if (!options.quiet) line(t.rebuilt(event.ms))
          break
        case 'problems':
          clear()
          options.stream.write(reportText(event.files, {lang: options.lang, color: options.color}))
          break
        case 'failure':
          line(event.message)
          break
      }
    },
    clear,
    stop() {
      clearInterval(timer)
      clear()
    }
  }
}
