/**
 * Fuzz `check` with generated meetings (#7): whatever a content folder holds, `check` returns
 * (never throws, except wrong usage), ends within seconds, and every problem it reports names a
 * file and a permanent rule. Seeded, so a failure can be replayed: FUZZ_SEED and FUZZ_RUNS set
 * them (`npm run fuzz` runs many more).
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check} from '../pipeline.js'
import {rules} from '../messages.js'
import {UsageError} from '../errors.js'
import {reportText} from '../report/text.js'
import {makePdf} from '../test-util/fixture.js'

const runs = Number(process.env.FUZZ_RUNS ?? 40)
const seed = Number(process.env.FUZZ_SEED ?? 20261201)

const fields = ['titel', 'titl', 'voorstel', 'nummer', 'hamerstuk', 'besloten', 'bijlagen', 'orgaan', 'datum', 'tijd', 'portefeuillehouder', 'consequenties', 'financieel', 'personeel', 'soort', 'verslag', '__proto__', 'constructor', 'bestand', 'nadere_informatie', 'naam', '']
const scalar = fc.oneof(
  fc.constantFrom('Lobby', '2025-01-29', '2025-02-30', '19:30', 'true', 'ja', 'n.v.t.', 'zie toelichting', '«Naam»', '01-brief.pdf', '../../etc/passwd', '3a', 'verslag', '', '"', "'", '*anker', '&anker x', '!tag x', '[a', '{b: c}', '- x', ': x', '#', '---', '...', '|', '>'),
  fc.string({maxLength: 12}),
  fc.string({unit: 'grapheme', maxLength: 8})
)
const yamlLine = fc.oneof(
  fc.tuple(fc.constantFrom(...fields), scalar).map(([key, value]) => `${key}: ${value}`),
  fc.tuple(fc.constantFrom(...fields), fc.array(scalar, {maxLength: 3})).map(([key, values]) => `${key}:\n${values.map((v) => `  - ${v}`).join('\n')}`),
  fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...fields), scalar).map(([key, sub, value]) => `${key}:\n  ${sub}: ${value}`),
  fc.constantFrom('\t titel: x', '  - bestand: 01-brief.pdf\n    titel: Brief', '--- tussenkop ---', '# commentaar', 'key without colon'),
  scalar
)
const markdownToken = fc.constantFrom('# Kop', '## Sub', '**vet', '_schuin_', '[link](#x)', '![beeld](beeld.png)', '![web](https://x.nl/a.png)', '<div>', '<iframe src="file:///etc/passwd">', '| a | b |\n| --- | ---: |\n| 1 | 2 |', '> citaat', '- punt', '1. een', '`code`', '```\nblok\n```', '\n\n', 'tekst', '«plek»', '[^1]\n\n[^1]: noot', '%E0', '\u0000', '\u001b[2J')
const markdown = fc.array(markdownToken, {maxLength: 12}).map((tokens) => tokens.join(' '))
const frontMatter = fc.oneof(
  fc.tuple(fc.array(yamlLine, {maxLength: 6}), markdown).map(([lines, body]) => `---\n${lines.join('\n')}\n---\n${body}\n`),
  fc.tuple(fc.constantFrom('---js\n', '---toml\n', '---\n', '', '\uFEFF---\r\n'), fc.array(yamlLine, {maxLength: 4}), markdown).map(([open, lines, body]) => `${open}${lines.join('\n')}\n${body}`),
  markdown
)
const appendix = fc.oneof(
  fc.tuple(fc.constantFrom('01-notitie.md', '02-verslag.md', '03 notitie.md'), frontMatter).map(([name, text]) => ({name, data: text as string | 'pdf' | 'broken-pdf' | Uint8Array})),
  fc.constantFrom('01-brief.pdf', '02-Brief.pdf', '04-brief #1.pdf').map((name) => ({name, data: 'pdf' as const})),
  fc.constantFrom('05-kapot.pdf').map((name) => ({name, data: 'broken-pdf' as const})),
  fc.uint8Array({maxLength: 64}).map((data) => ({name: '06-ruis.pdf', data}))
)
const item = fc.record({
  folder: fc.constantFrom('01-opening', '02-lobby', '2-dubbel', '03-memo', 'geen-nummer', '04-x', '05-verslag'),
  agendapunt: fc.option(frontMatter, {nil: undefined}),
  memo: fc.option(frontMatter, {nil: undefined}),
  appendices: fc.array(appendix, {maxLength: 3})
})
const meeting = fc.record({
  vergadering: fc.option(frontMatter, {nil: undefined}),
  items: fc.array(item, {maxLength: 4})
})

let pdfBytes: Uint8Array | undefined

interface GeneratedMeeting {
  readonly vergadering: string | undefined
  readonly items: ReadonlyArray<{folder: string; agendapunt: string | undefined; memo: string | undefined; appendices: ReadonlyArray<{name: string; data: string | Uint8Array}>}>
}

async function writeMeeting(root: string, generated: GeneratedMeeting): Promise<void> {
  const dir = path.join(root, 'content', '2025-01-29-algemeen-bestuur')
  await mkdir(dir, {recursive: true})
  if (generated.vergadering !== undefined) await writeFile(path.join(dir, 'vergadering.md'), generated.vergadering)
  for (const entry of generated.items) {
    const folder = path.join(dir, entry.folder)
    await mkdir(path.join(folder, 'bijlagen'), {recursive: true})
    if (entry.agendapunt !== undefined) await writeFile(path.join(folder, 'agendapunt.md'), entry.agendapunt)
    if (entry.memo !== undefined) await writeFile(path.join(folder, 'memo.md'), entry.memo)
    for (const file of entry.appendices) {
      pdfBytes ??= await makePdf(2)
      const data = file.data === 'pdf' ? pdfBytes : file.data === 'broken-pdf' ? pdfBytes.subarray(0, 300) : file.data
      await writeFile(path.join(folder, 'bijlagen', file.name), data)
    }
  }
}

describe('fuzzing check', () => {
  it(`should return, quickly, with every problem on a file and a rule (${runs} meetings, seed ${seed})`, async () => {
    let reported = 0
    await fc.assert(
      fc.asyncProperty(meeting, async (generated) => {
        const root = await mkdtemp(path.join(tmpdir(), 'bundel-fuzz-'))
        try {
          await writeMeeting(root, generated)
          const started = performance.now()
          let result
          try {
            result = await check({cwd: root, content: 'content', out: 'dist'})
          } catch (error) {
            if (error instanceof UsageError) return
            throw error
          }
          expect(performance.now() - started).toBeLessThan(5000)
          for (const file of result.files) {
            // Each body is parsed and checked once (#9): no message is said twice, so report()
            // needs no de-duplication.
            const said = file.messages.map((message) => `${message.ruleId} ${message.line} ${message.column} ${String((message as {path?: unknown}).path)} ${message.reason}`)
            expect(new Set(said).size, `${file.path}: ${said.join(' | ')}`).toBe(said.length)
            for (const message of file.messages) {
              reported++
              expect(file.path, message.reason).toBeTruthy()
              expect(Object.keys(rules)).toContain(message.ruleId)
            }
          }
          // Every reported line starts with the file it is about.
          const text = reportText(result.files)
          for (const line of text.trimEnd().split('\n').slice(0, -1)) if (line) expect(line).toMatch(/^content\//)
        } finally {
          await rm(root, {recursive: true, force: true})
        }
      }),
      {numRuns: runs, seed, endOnFailure: true}
    )
    expect(reported).toBeGreaterThan(0)
    console.info(`fuzz: ${runs} meetings checked, ${reported} problems reported, none without a file`)
  }, 120_000)
})
