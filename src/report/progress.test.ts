/**
 * Progress as a person sees it (#8), written to a real stream: a live line on a terminal only
 * after the first second, wiped before anything else is said; one line per built meeting; the
 * recovery of an interrupted build; problems and failures of `dev`; nothing but problems with
 * --quiet.
 */
import {Writable} from 'node:stream'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {report} from '../messages.js'
import {createProgress, isInteractive, type ProgressOptions} from './progress.js'

function sink(): {stream: Writable; text: () => string} {
  let written = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk)
      done()
    }
  })
  return {stream, text: () => written}
}

function progress(options: Partial<ProgressOptions> = {}) {
  const out = sink()
  const logger = createProgress({stream: out.stream, interactive: false, quiet: false, lang: 'en', color: false, ...options})
  return {logger, text: out.text}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const wipe = '\r\u001B[K'

describe('isInteractive', () => {
  it('should count only a terminal that is not dumb and not CI', () => {
    expect(isInteractive({isTTY: true}, {TERM: 'xterm-256color'})).toBe(true)
    expect(isInteractive({isTTY: false}, {TERM: 'xterm'})).toBe(false)
    expect(isInteractive({}, {})).toBe(false)
    expect(isInteractive({isTTY: true}, {TERM: 'dumb'})).toBe(false)
    expect(isInteractive({isTTY: true}, {TERM: 'xterm', CI: 'true'})).toBe(false)
  })
})

describe('createProgress', () => {
  it('should show the stage on a terminal after a second, and wipe it before the summary', async () => {
    const {logger, text} = progress({interactive: true})
    logger.event({type: 'stage', stage: 'print', meeting: '2025-03-19-ab'})
    // Within the first second: nothing yet.
    expect(text()).toBe('')
    await sleep(1300)
    expect(text()).toContain(`${wipe}bundel: printing 2025-03-19-ab…`)
    logger.event({type: 'stage', stage: 'merge', meeting: '2025-03-19-ab'})
    expect(text().endsWith(`${wipe}bundel: merging 2025-03-19-ab…`)).toBe(true)
    logger.event({type: 'built', meeting: '2025-03-19-ab', files: 4, pages: 12, ms: 2345})
    expect(text().endsWith(`${wipe}bundel: built 2025-03-19-ab (bundel.pdf 12 pages, 4 files) in 2.3 s\n`)).toBe(true)
    logger.stop()
  })

  it('should name a stage without a meeting, and one it does not know, as it is', async () => {
    const {logger, text} = progress({interactive: true, lang: 'nl'})
    await sleep(1050)
    logger.event({type: 'stage', stage: 'load'})
    expect(text()).toBe(`${wipe}bundel: inlezen…`)
    logger.event({type: 'stage', stage: 'polish' as never})
    expect(text().endsWith(`${wipe}bundel: polish…`)).toBe(true)
    logger.stop()
    // stop() wipes the live line, so the shell prompt starts on a clean line.
    expect(text().endsWith(`bundel: polish…${wipe}`)).toBe(true)
  })

  it('should never draw a live line when nobody watches, only the summary', async () => {
    const {logger, text} = progress()
    logger.event({type: 'stage', stage: 'render', meeting: 'm'})
    await sleep(1100)
    logger.event({type: 'built', meeting: 'm', files: 3, ms: 100})
    expect(text()).toBe('bundel: built m (3 files) in 0.1 s\n')
    logger.stop()
  })

  it('should say what it finished or cleaned up of an interrupted build', () => {
    const {logger, text} = progress({lang: 'nl'})
    logger.event({type: 'recovered', out: 'dist', finished: ['a', 'b'], removed: 0})
    logger.event({type: 'recovered', out: 'dist', finished: [], removed: 2})
    logger.event({type: 'recovered', out: 'dist', finished: [], removed: 0})
    expect(text()).toBe('bundel: de onderbroken build van dist is afgemaakt: a, b\nbundel: 2 achtergebleven werkmappen van een onderbroken build van dist verwijderd\n')
    logger.stop()
  })

  it('should report the problems, rebuilds and failures of dev', () => {
    const {logger, text} = progress()
    const file = new VFile({path: 'content/m/01-a/agendapunt.md'})
    report(file, 'missing-field', {field: 'titel', place: {line: 1}, params: {field: 'titel', example: 'Opening'}})
    logger.event({type: 'problems', files: [file]})
    logger.event({type: 'rebuilt', ms: 87.4})
    logger.event({type: 'failure', message: 'content folder content does not exist'})
    const lines = text().split('\n')
    expect(lines[0]).toMatch(/^content\/m\/01-a\/agendapunt\.md:1: titel: /)
    expect(lines[1]).toBe('1 error')
    expect(lines.slice(2)).toEqual(['bundel: rebuilt in 87 ms', 'bundel: content folder content does not exist', ''])
    logger.stop()
  })

  it('should say nothing but problems and failures with --quiet', async () => {
    const {logger, text} = progress({interactive: true, quiet: true})
    logger.event({type: 'stage', stage: 'print', meeting: 'm'})
    await sleep(1100)
    logger.event({type: 'built', meeting: 'm', files: 3, ms: 100})
    logger.event({type: 'rebuilt', ms: 5})
    expect(text()).toBe('')
    logger.event({type: 'failure', message: 'stuk'})
    expect(text()).toBe('bundel: stuk\n')
    logger.stop()
  })
})
