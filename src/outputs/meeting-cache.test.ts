/**
 * A meeting's output is kept under the cache key of what it was made from (#11, #13): an edit that
 * lands while the build loads the meeting must not leave the old text's output under the new
 * text's key, or every later build would take it from there. Real builds of the fixture meeting
 * (HTML only), with the edit made the moment validation starts, after the folder was read.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../pipeline.js'
import type {BuildEvent} from '../options.js'
import {fixtureMeeting, makeProject, meetingPath} from '../test-util/fixture.js'

describe('the meeting cache', () => {
  it('should not keep what a build made when its folder changed while it was loaded, and keep it when it did not', async () => {
    const project = await makeProject()
    const cache = await mkdtemp(path.join(tmpdir(), 'bundel-meeting-cache-'))
    const out = path.join(project, 'dist')
    const file = meetingPath(project, '01-opening', 'agendapunt.md')
    const sentence = 'Een zin die er tijdens het laden bij kwam.'
    let edit = true
    const logger = {
      event(event: BuildEvent) {
        // Validation starts once every file of the meeting is read: the build has the old text.
        if (edit && event.type === 'stage' && event.stage === 'validate') {
          edit = false
          writeFileSync(file, `${readFileSync(file, 'utf8')}\n${sentence}\n`)
        }
      }
    }
    const page = async () => readFile(path.join(out, fixtureMeeting, 'index.html'), 'utf8')
    const first = await build({cwd: project, out, cache, pdf: false, logger})
    expect(first.failed, first.files.flatMap((vfile) => vfile.messages.map(String)).join('\n')).toBe(false)
    // Built again: the new text, made now, not the old one from the cache.
    expect(await readFile(file, 'utf8')).toContain(sentence)
    expect(await page()).not.toContain(sentence)
    await build({cwd: project, out, cache, pdf: false})
    expect(await page()).toContain(sentence)
    // Unchanged since: now it is kept, and the next build takes it from the cache (no render at all).
    const third = await build({cwd: project, out, cache, pdf: false})
    expect(third.stats.markdown).toBe(0)
    expect(await page()).toContain(sentence)
  }, 60_000)
})
