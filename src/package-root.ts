/**
 * The folder of bundel's own package.json, found upward from this module. The same whether the
 * code runs from `src/` (tests), `lib/` as tsc wrote it, or a chunk of the bundled `lib/`
 * (scripts/bundle.js): templates and package.json are found from here, never by counting `../`.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

function findRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url))
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json')
    if (existsSync(file)) {
      try {
        if ((JSON.parse(readFileSync(file, 'utf8')) as {name?: string}).name === 'bundel') return dir
      } catch {
        // Not ours, or unreadable: keep looking upward.
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`Expected bundel's package.json above ${start}, not none`)
  }
}

export const packageRoot: string = findRoot()
