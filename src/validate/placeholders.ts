/**
 * Rule: text between « and » is a placeholder written by `bundel new`; it must be filled in
 * before the bundle goes out (#4). Checked on the raw text so the body counts as well.
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'

/** Report every «placeholder» left in `file`. */
export function checkPlaceholders(file: VFile): void {
  if (file.value === undefined) return
  const lines = String(file.value).split(/\r?\n/)
  let inFrontMatter = lines[0]?.startsWith('---') ?? false
  lines.forEach((line, index) => {
    if (index > 0 && inFrontMatter && /^---\s*$/.test(line)) inFrontMatter = false
    for (const match of line.matchAll(/«[^»\n]*»/g)) {
      const key = inFrontMatter ? /^\s*(?:-\s+)?([\p{L}_]+):/u.exec(line)?.[1] : undefined
      report(file, 'placeholder', {
        field: key,
        place: {line: index + 1, column: (match.index ?? 0) + 1},
        params: {actual: match[0]}
      })
    }
  })
}
