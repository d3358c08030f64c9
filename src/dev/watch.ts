/**
 * Watch the content and template folders and call back once per burst of changes. chokidar, not
 * `fs.watch`: Node 20's recursive `fs.watch` misses events on Linux (#4). Editors save in several
 * steps (write a temp file, rename, touch), so events are gathered for a short moment first:
 * 10 ms, as those steps come within a millisecond or two of each other, and a save that lands
 * while a rebuild reads is caught by dev's own look-again (dev.ts); 20 ms was a sixth of the
 * time from save to screen (#13).
 */
import {watch} from 'chokidar'
import path from 'node:path'

/** A running watcher. */
export interface Watcher {
  close(): Promise<void>
}

/** Editor droppings that never change the bundle. */
function ignored(file: string): boolean {
  const base = path.basename(file)
  return /^\.|~$|\.sw[a-z]$|\.tmp$|^4913$/.test(base) && base !== '.'
}

/** Watch `paths`; `onChange` gets the changed files of each burst (after `delay` ms of quiet). */
export function watchFiles(paths: readonly string[], onChange: (files: string[]) => void, delay = 10): Watcher {
  const watcher = watch([...paths], {ignoreInitial: true, ignored: (file) => ignored(file)})
  let timer: NodeJS.Timeout | undefined
  let changed = new Set<string>()
  watcher.on('all', (_event, file) => {
    changed.add(file)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const files = [...changed]
      changed = new Set()
      onChange(files)
    }, delay)
  })
  // A watcher error (a folder removed while being read) must not take the server down.
  watcher.on('error', () => {})
  return {
    async close() {
      clearTimeout(timer)
      await watcher.close()
    }
  }
}
