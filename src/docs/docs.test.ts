/**
 * What `npm run docs` writes is committed and current (#9), and the JSON Schemas work the way
 * editors use them: the example meeting's front matter, parsed as an editor parses it (YAML 1.2
 * core schema), passes; the mistakes bundel reports are flagged while typing too.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {Ajv} from 'ajv'
import {remark} from 'remark'
import type {Preset} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {contentTypes, fillReadme, readmeSections, schemaFiles} from './generate.js'

const root = join(import.meta.dirname, '..', '..')
const meeting = join(root, 'content', '2025-01-29-algemeen-bestuur')

/** The example's Markdown files with the schema each one follows. */
function exampleFiles(): Array<{path: string; schema: string}> {
  const files = [{path: join(meeting, 'vergadering.md'), schema: 'vergadering'}]
  for (const item of readdirSync(meeting, {withFileTypes: true}).filter((entry) => entry.isDirectory())) {
    const folder = join(meeting, item.name)
    for (const name of readdirSync(folder)) {
      if (name === 'agendapunt.md' || name === 'memo.md') files.push({path: join(folder, name), schema: name.slice(0, -3)})
      if (name === 'bijlagen') for (const appendix of readdirSync(join(folder, name)).filter((file) => file.endsWith('.md'))) files.push({path: join(folder, name, appendix), schema: 'bijlage'})
    }
  }
  return files
}

const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as unknown

describe('generated documentation', () => {
  it('the README holds what npm run docs writes', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(fillReadme(readme), 'README.md is out of date: run npm run docs').toBe(readme)
    for (const content of Object.values(readmeSections())) expect(readme).toContain(content)
  })

  it('schemas/ holds what npm run docs writes', () => {
    for (const [path, text] of Object.entries(schemaFiles())) expect(readFileSync(join(root, path), 'utf8'), `${path} is out of date: run npm run docs`).toBe(text)
    expect(readdirSync(join(root, 'schemas')).sort()).toEqual(Object.keys(contentTypes).map((name) => `${name}.schema.json`).sort())
  })

  it('a field table lists every field, nested ones by their path, required ones starred', () => {
    const table = readmeSections()['fields memo']!
    expect(table).toContain('| `portefeuillehouder`* |')
    expect(table).toContain('| `consequenties.financieel`* |')
    expect(table).toContain('| `procedure[].orgaan`* |')
    expect(table).toContain('| `vervolgactie` |')
    expect(readmeSections().rules).toMatch(/Errors: .*`missing-field`.*\n\nWarnings: .*`pdf-untagged`/s)
  })

  it('fillReadme refuses a README without the markers', () => {
    expect(() => fillReadme('# README\n')).toThrow(/bundel:glossary/)
  })
})

describe('JSON Schemas for editors', () => {
  const ajv = new Ajv({allErrors: true, strict: true, allowUnionTypes: true})
  const validators = Object.fromEntries(Object.entries(schemaFiles()).map(([path, text]) => [path.replace(/^schemas\/(.*)\.schema\.json$/, '$1'), ajv.compile(JSON.parse(text))]))

  it('accept the front matter of every file of the example meeting', () => {
    const files = exampleFiles()
    expect(files.length).toBeGreaterThanOrEqual(12)
    for (const file of files) {
      const validate = validators[file.schema]!
      expect(validate(frontMatter(readFileSync(file.path, 'utf8'))), `${relative(root, file.path)}: ${ajv.errorsText(validate.errors)}`).toBe(true)
    }
  })

  it.each([
    ['memo', {portefeuillehouder: 'X', voorstel: 'Y', consequenties: {financieel: 'geen', personeel: 'geen'}, vervolgactei: 'typo'}, 'additionalProperties'],
    ['memo', {portefeuillehouder: 'X', voorstel: 'Y'}, 'required'],
    ['memo', {portefeuillehouder: 'X', voorstel: 'Y', consequenties: {financieel: 'geen'}}, 'required'],
    ['memo', {portefeuillehouder: null, voorstel: 'Y', consequenties: {financieel: 'geen', personeel: 'geen'}}, 'type'],
    ['vergadering', {orgaan: 'AB', datum: '29-01-2025'}, 'pattern'],
    ['agendapunt', {titel: 'Lobby', hamerstuk: 'misschien'}, 'anyOf'],
    ['agendapunt', {titel: 'Lobby', nummer: '3 a'}, 'pattern'],
    ['agendapunt', {titel: 'Lobby', bijlagen: [{titel: 'Brief'}]}, 'required'],
    ['bijlage', {titel: 'Verslag', soort: 'notulen'}, 'enum']
  ])('flag a mistake in %s front matter (%j)', (schema, data, keyword) => {
    const validate = validators[schema]!
    expect(validate(data)).toBe(false)
    expect(validate.errors?.map((error) => error.keyword)).toContain(keyword)
  })

  it('accept what bundel accepts but an editor reads as another type', () => {
    // YAML 1.2 core: a phone number is a number, true a boolean, an empty value null.
    expect(validators.memo!(frontMatter('---\nportefeuillehouder: X\nvoorstel: Y\nconsequenties:\n  financieel: 0\n  personeel: geen\nvervolgactie:\nnadere_informatie:\n  naam: Z\n  telefoon: 0488123456\n---'))).toBe(true)
    expect(validators.agendapunt!(frontMatter('---\ntitel: Lobby\nhamerstuk: Ja\nbesloten: false\nnummer: 3\n---'))).toBe(true)
  })

  it('work in remark-lint-frontmatter-schema with the .remarkrc.mjs of this repository', async () => {
    const config = (await import(join(root, '.remarkrc.mjs'))) as {default: Preset}
    const processor = remark().use(config.default)
    for (const file of exampleFiles()) {
      const result = await processor.process(new VFile({path: relative(root, file.path), cwd: root, value: readFileSync(file.path, 'utf8')}))
      expect(result.messages.map(String), relative(root, file.path)).toEqual([])
    }
    const typo = await processor.process(new VFile({path: 'content/x/01-a/memo.md', cwd: root, value: '---\nportefeuillehouder: X\nvoorstel: Y\nconsequenties:\n  financieel: geen\n  personeel: geen\nvervolgactei: later\n---\n'}))
    // The plugin reports an unknown field without its name in the text (it is in the details).
    expect(typo.messages).toHaveLength(1)
    expect(typo.messages[0]!.reason).toMatch(/additional properties/)
    expect((typo.messages[0] as unknown as {schema: {params: unknown}}).schema.params).toEqual({additionalProperty: 'vervolgactei'})
    const missing = await processor.process(new VFile({path: 'content/x/01-a/agendapunt.md', cwd: root, value: '---\nvoorstel: Y\n---\n'}))
    expect(missing.messages.map(String).join('\n')).toMatch(/titel/)
  })
})
