/** The CLI as a user meets it: public API, `bundel new` from the command line, exit codes. */
import {mkdtemp, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import * as api from './index.js'
import {run} from './test-util/fixture.js'

describe('public API', () => {
  it('should export exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['UsageError', 'build', 'check', 'dev', 'reportGithub', 'reportJson', 'reportText', 'rules', 'scaffoldItem', 'scaffoldMeeting', 'site', 'version'].sort()
    )
  })
})

describe('bundel new', () => {
  it('should start a meeting and an item, then report every placeholder', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-new-'))
    const meeting = await run(project, 'new', 'vergadering', '--orgaan', 'Algemeen Bestuur', '--datum', '2025-03-19', '--tijd', '19:30')
    expect(meeting.code).toBe(0)
    expect(meeting.stderr).toContain('created  content/2025-03-19-algemeen-bestuur/vergadering.md')
    const item = await run(project, 'new', 'agendapunt', '2025-03-19-algemeen-bestuur', 'Lobby', '--memo', '--na', '1')
    expect(item.code).toBe(0)
    expect(item.stderr).toContain('renamed  content/2025-03-19-algemeen-bestuur/02-verslag-vorige-vergadering → content/2025-03-19-algemeen-bestuur/03-verslag-vorige-vergadering')
    expect(await readdir(path.join(project, 'content', '2025-03-19-algemeen-bestuur'))).toEqual([
      '01-opening-en-mededelingen',
      '02-lobby',
      '03-verslag-vorige-vergadering',
      '04-rondvraag-en-belangrijke-data',
      'vergadering.md'
    ])
    const checked = await run(project, 'check')
    expect(checked.code).toBe(1)
    expect(checked.stderr).toMatch(/02-lobby\/memo\.md:\d+:\d+: consequenties\.financieel: still holds the placeholder `«/)
  })

  it('should refuse a bad date or an existing meeting with exit code 2, changing nothing', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'bundel-new-'))
    const bad = await run(project, 'new', 'vergadering', '--orgaan', 'Algemeen Bestuur', '--datum', '2025-02-30')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('nothing was created or changed')
    expect(await readdir(project)).toEqual([])
    expect((await run(project, 'new', 'vergadering', '--orgaan', 'AB', '--datum', '2025-03-19')).code).toBe(0)
    const again = await run(project, 'new', 'vergadering', '--orgaan', 'AB', '--datum', '2025-03-19')
    expect(again.code).toBe(2)
    expect((await run(project, 'new', 'agendapunt', '2025-03-19-ab', 'X', '--na', 'twee')).code).toBe(2)
  })
})
