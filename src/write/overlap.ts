/**
 * The output folder may not be the content folder, lie inside it or contain it (#7): a build
 * replaces whole meeting folders in its output, so `--out content` would delete the sources, and
 * `--out content/dist` would be read as a meeting by the next build.
 */
import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {OutputError} from '../errors.js'
import {isInside} from '../load/safe-path.js'

/** The real path of `target`, also when it (or a tail of it) does not exist yet. */
async function realish(target: string): Promise<string> {
  const missing: string[] = []
  let current = path.resolve(target)
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse())
    } catch {
      const parent = path.dirname(current)
      if (parent === current) return path.resolve(target)
      missing.push(path.basename(current))
      current = parent
    }
  }
}

/** Throw an OutputError when `out` and `content` overlap; `shown` names them as the user did. */
export async function checkOverlap(content: string, out: string, shown: {content: string; out: string}): Promise<void> {
  const [realContent, realOut] = await Promise.all([realish(content), realish(out)])
  if (realContent === realOut) throw new OutputError('out-is-content', shown)
  if (isInside(realContent, realOut)) throw new OutputError('out-in-content', shown)
  if (isInside(realOut, realContent)) throw new OutputError('out-contains-content', shown)
}
