/**
 * The stages stay apart (#9): stage 5 (src/pdf/) takes bytes and gives bytes, and never renders
 * HTML itself; render/ never reaches into stage 5. Read from the sources, so a new import that
 * crosses the line fails here, not in review.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const src = import.meta.dirname

function sources(folder: string): string[] {
  return readdirSync(path.join(src, folder), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(src, folder, file))
}

/** The src/-relative targets of a file's relative imports, static and dynamic. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) => path.relative(src, path.resolve(path.dirname(file), match[1]!)))
}

describe('layering', () => {
  it('src/pdf/ imports nothing from render/', () => {
    const crossing = sources('pdf').flatMap((file) => imports(file).filter((target) => target.startsWith('render/')).map((target) => `${path.relative(src, file)} → ${target}`))
    expect(crossing).toEqual([])
    expect(sources('pdf').length).toBeGreaterThan(10)
  })

  it('render/ imports nothing from src/pdf/ or outputs/', () => {
    const crossing = sources('render').flatMap((file) => imports(file).filter((target) => target.startsWith('pdf/') || target.startsWith('outputs/')).map((target) => `${path.relative(src, file)} → ${target}`))
    expect(crossing).toEqual([])
  })

  it('the earlier stages do not import the later ones', () => {
    const order = ['load', 'validate', 'number', 'render', 'pdf', 'write']
    const crossing: string[] = []
    for (const [index, stage] of order.entries()) {
      const later = order.slice(index + 1)
      // validate measures appendix PDFs with the readers that merge uses (#8), and refuses
      // duplicate numbers with the numbering's own function: one definition of each.
      const allowed = stage === 'validate' ? ['pdf/merge/content.js', 'pdf/merge/frame.js', 'pdf/merge/footer.js', 'number/shown-number.js'] : []
      for (const file of sources(stage)) {
        for (const target of imports(file)) if (later.some((folder) => target.startsWith(`${folder}/`)) && !allowed.includes(target)) crossing.push(`${path.relative(src, file)} → ${target}`)
      }
    }
    expect(crossing).toEqual([])
  })
})
