/**
 * Kept front matter (#13) on a real check: a message that a later check places on a field has
 * the same line and column whether the front matter was parsed or read back from the cache.
 */
import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeProject, meetingPath, runIn} from '../test-util/fixture.js'

describe('bundel check with kept front matter', () => {
  it('should place a message on a field the same way when the front matter comes from the cache', async () => {
    const project = await makeProject()
    // The cache where a project keeps it by default.
    const cache = path.join(project, 'node_modules', '.cache', 'bundel')
    const env = {LANG: 'en_US.UTF-8'}
    try {
      const memo = meetingPath(project, '02-lobby', 'memo.md')
      // A misspelt field on line 8, and a value of the wrong kind on line 3: both are placed by position.
      const text = (await readFile(memo, 'utf8')).replace('procedure:', 'procedur:').replace('voorstel:\n  - Kennisnemen van de lobbyagenda\n  - Instemmen met de aanpak', 'voorstel:\n  eerste: Kennisnemen')
      await writeFile(memo, text)
      const first = await runIn(project, env, 'check')
      expect(first.code).toBe(1)
      const placed = first.stderr.split('\n').filter((line) => line.includes('memo.md:'))
      expect(placed.length).toBeGreaterThanOrEqual(2)
      expect(placed.some((line) => line.includes('memo.md:8:'))).toBe(true)
      expect(placed.some((line) => line.includes('memo.md:3:') || line.includes('memo.md:4:'))).toBe(true)
      const kept = await readdir(path.join(cache, 'front'))
      expect(kept.length).toBeGreaterThanOrEqual(6)
      // Another body, the same front matter: the data is read back (this process has not seen this text).
      await writeFile(memo, text.replace('## Aanleiding', '## Aanleiding\n\nEen nieuwe zin.'))
      const again = await runIn(project, env, 'check')
      expect(again.code).toBe(1)
      expect(again.stderr.split('\n').filter((line) => line.includes('memo.md:'))).toEqual(placed)
      expect(await readdir(path.join(cache, 'front'))).toEqual(kept)
    } finally {
      await rm(project, {recursive: true, force: true})
    }
  }, 60_000)
})
