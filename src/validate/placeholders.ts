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
  // Keys by indentation, so `  financieel: «…»` is reported as `consequenties.financieel`.
  const parents: Array<{indent: number; key: string}> = []
  lines.forEach((line, index) => {
    if (index > 0 && inFrontMatter && /^---\s*$/.test(line)) inFrontMatter = false
    let field: string | undefined
    if (inFrontMatter && index > 0) {
      const match = /^(\s*(?:-\s+)?)([\p{L}_]+):/u.exec(line)
      // The key's column, also after a list dash: `  - orgaan:` and `    datum:` are siblings.
      const indent = match ? match[1]!.length : (/^(\s*)\S/.exec(line)?.[1]?.length ?? Infinity)
      while (parents.length > 0 && parents.at(-1)!.indent >= indent) parents.pop()
      field = [...parents.map((parent) => parent.key), ...(match ? [match[2]!] : [])].join('.') || undefined
      if (match) parents.push({indent, key: match[2]!})
    }
    for (const match of line.matchAll(/«[^»\n]*»/g)) {
      const key = field
      report(file, 'placeholder', {
        field: key,
        place: {line: index + 1, column: (match.index ?? 0) + 1},
        params: {actual: match[0]}
      })
    }
  })
}
