/**
 * Every kind of bad input gets one line naming file, line and field, with a hint, and exit code 1
 * (#2). Each case starts from the valid minimal fixture and breaks one thing.
 */
import {mkdir, rm, symlink, truncate, unlink, writeFile, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {PDFDocument} from 'pdf-lib'
import {makeProject, meetingPath, run, makePdf as makeTestPdf} from '../test-util/fixture.js'

const m = 'content/2025-03-19-algemeen-bestuur'

interface Case {
  readonly name: string
  readonly change: (project: string) => Promise<void>
  /** Exact lines expected in the report (other lines may follow only when listed). */
  readonly lines: readonly string[]
}

const edit = async (project: string, file: string, from: string | RegExp, to: string) => {
  const target = meetingPath(project, file)
  const text = await readFile(target, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`)
  await writeFile(target, next)
}

const cases: Case[] = [
  {
    name: 'a missing required field',
    change: (p) => edit(p, '02-lobby/memo.md', 'portefeuillehouder: B. Bestuurder\n', ''),
    lines: [`${m}/02-lobby/memo.md:1: portefeuillehouder: required field is missing (add "portefeuillehouder: Naam")`]
  },
  {
    name: 'a required field left empty',
    change: (p) => edit(p, '02-lobby/memo.md', 'portefeuillehouder: B. Bestuurder', 'portefeuillehouder:   '),
    lines: [`${m}/02-lobby/memo.md:2:1: portefeuillehouder: required field is empty (fill it in, e.g. "portefeuillehouder: Naam")`]
  },
  {
    name: 'a missing nested field',
    change: (p) => edit(p, '02-lobby/memo.md', '  personeel: n.v.t.\n', ''),
    lines: [`${m}/02-lobby/memo.md:6:1: consequenties.personeel: required field is missing (add "personeel: geen")`]
  },
  {
    name: 'a typo in a field name',
    change: (p) => edit(p, '02-lobby/memo.md', 'portefeuillehouder:', 'portefeuilehouder:'),
    lines: [
      `${m}/02-lobby/memo.md:1: portefeuillehouder: required field is missing (add "portefeuillehouder: Naam")`,
      `${m}/02-lobby/memo.md:2:1: portefeuilehouder: unknown field \`portefeuilehouder\`, it would be ignored (did you mean \`portefeuillehouder\`?)`
    ]
  },
  {
    name: 'broken YAML',
    change: (p) => edit(p, '02-lobby/agendapunt.md', 'titel: Lobby', 'titel: [Lobby'),
    lines: [`${m}/02-lobby/agendapunt.md:2:8: front matter is not valid YAML: the value of \`titel\` starts with "[", which YAML reads as the start of a list (put the value in quotes: \`titel: "[Lobby"\`)`]
  },
  {
    name: 'a date that is not a real date',
    change: (p) => edit(p, 'vergadering.md', 'datum: 2025-03-19', 'datum: 2025-02-30'),
    lines: [`${m}/vergadering.md:3:8: datum: expected a date as YYYY-MM-DD, received \`2025-02-30\` (February 2025 has 28 days)`]
  },
  {
    name: 'a yes/no that is not true or false',
    change: (p) => edit(p, '03-verslag/agendapunt.md', 'hamerstuk: true', 'hamerstuk: misschien'),
    lines: [`${m}/03-verslag/agendapunt.md:4:12: hamerstuk: expected \`true\` or \`false\`, received \`misschien\` (write true or false (without quotes); ja and nee work too)`]
  },
  {
    name: 'a list where a text belongs',
    change: (p) => edit(p, 'vergadering.md', 'locatie: Gemeentehuis Testdorp', 'locatie:\n  - Gemeentehuis\n  - Testdorp'),
    lines: [`${m}/vergadering.md:7:3: locatie: expected a text, received a list (write one line: "locatie: …")`]
  },
  {
    name: 'a meeting without items',
    change: async (p) => {
      for (const item of ['01-opening', '02-lobby', '03-verslag']) await rm(meetingPath(p, item), {recursive: true})
    },
    lines: [`${m}/vergadering.md:1: meeting has no agenda items (add a folder per item, e.g. "01-opening/agendapunt.md", or run "bundel new agendapunt")`]
  },
  {
    name: 'two items with the same shown number (names both files)',
    change: (p) => edit(p, '03-verslag/agendapunt.md', 'hamerstuk: true', 'hamerstuk: true\nnummer: 2'),
    lines: [
      `${m}/03-verslag/agendapunt.md:5:9: nummer: agenda number \`2\` is also used by ${m}/02-lobby/agendapunt.md (give each item its own "nummer", or remove "nummer" to number by position)`
    ]
  },
  {
    name: 'an item folder without agendapunt.md',
    change: (p) => unlink(meetingPath(p, '01-opening/agendapunt.md')),
    lines: [`${m}/01-opening/agendapunt.md: agenda item folder has no \`agendapunt.md\` (create agendapunt.md with at least "titel: Opening")`]
  },
  {
    name: 'an appendix named in bijlagen that does not exist',
    change: (p) => edit(p, '02-lobby/agendapunt.md', 'bestand: 02-brief.pdf', 'bestand: 02-breif.pdf'),
    lines: [
      `${m}/02-lobby/agendapunt.md:5:14: bijlagen, entry 1, bestand: appendix \`02-breif.pdf\` does not exist in ${m}/02-lobby/bijlagen/ (did you mean \`02-brief.pdf\`?)`
    ]
  },
  {
    name: 'an appendix path that leaves the content folder',
    change: (p) => edit(p, '02-lobby/agendapunt.md', 'bestand: 02-brief.pdf', 'bestand: ../../../../etc/passwd'),
    lines: [
      `${m}/02-lobby/agendapunt.md:5:14: bijlagen, entry 1, bestand: \`../../../../etc/passwd\` points outside the content folder (put the file inside the item's bijlagen/ folder and name only the file)`
    ]
  },
  {
    name: 'an absolute appendix path',
    change: (p) => edit(p, '02-lobby/agendapunt.md', 'bestand: 02-brief.pdf', 'bestand: /etc/passwd'),
    lines: [
      `${m}/02-lobby/agendapunt.md:5:14: bijlagen, entry 1, bestand: \`/etc/passwd\` points outside the content folder (put the file inside the item's bijlagen/ folder and name only the file)`
    ]
  },
  {
    name: 'a symlinked appendix pointing outside',
    change: async (p) => {
      const outside = path.join(tmpdir(), 'bundel-outside-secret.md')
      await writeFile(outside, '---\ntitel: Geheim\n---\ngeheim\n')
      await symlink(outside, meetingPath(p, '02-lobby/bijlagen/03-link.md'))
    },
    lines: [`${m}/02-lobby/bijlagen/03-link.md: \`03-link.md\` points outside the content folder (put the file inside the item's bijlagen/ folder and name only the file)`]
  },
  {
    name: 'an empty appendix',
    change: (p) => writeFile(meetingPath(p, '02-lobby/bijlagen/03-leeg.pdf'), ''),
    lines: [`${m}/02-lobby/bijlagen/03-leeg.pdf: appendix file is empty (add its content, or remove the file)`]
  },
  {
    name: 'an appendix that is neither .md nor .pdf',
    change: (p) => writeFile(meetingPath(p, '02-lobby/bijlagen/03-begroting.docx'), 'PK'),
    lines: [`${m}/02-lobby/bijlagen/03-begroting.docx: appendix \`03-begroting.docx\` is not a .md or .pdf file (convert it to PDF (or Markdown) first)`]
  },
  {
    name: 'a .pdf that is not a PDF',
    change: (p) => writeFile(meetingPath(p, '02-lobby/bijlagen/02-brief.pdf'), 'Dit is geen PDF'),
    lines: [`${m}/02-lobby/bijlagen/02-brief.pdf: appendix is not a readable PDF (no PDF header); its pages would be lost (export the document to PDF again, or replace the file)`]
  },
  {
    name: 'a truncated PDF',
    change: async (p) => {
      const file = meetingPath(p, '02-lobby/bijlagen/02-brief.pdf')
      const size = (await readFile(file)).byteLength
      await truncate(file, Math.floor(size / 2))
    },
    lines: [`${m}/02-lobby/bijlagen/02-brief.pdf: appendix is not a readable PDF (the file is cut off: no end-of-file marker); its pages would be lost (export the document to PDF again, or replace the file)`]
  },
  {
    name: 'an encrypted PDF',
    change: async (p) => writeFile(meetingPath(p, '02-lobby/bijlagen/02-brief.pdf'), await encryptedPdf()),
    lines: [`${m}/02-lobby/bijlagen/02-brief.pdf: appendix PDF opens only with a password, so its pages cannot be merged (ask the sender for an unprotected copy)`]
  },
  {
    name: 'a PDF without pages',
    change: async (p) => {
      const pdf = await PDFDocument.create()
      await writeFile(meetingPath(p, '02-lobby/bijlagen/02-brief.pdf'), await pdf.save({addDefaultPage: false}))
    },
    lines: [`${m}/02-lobby/bijlagen/02-brief.pdf: appendix PDF has no pages (export the document to PDF again, or replace the file)`]
  },
  {
    name: 'a Markdown appendix without front matter',
    change: (p) => writeFile(meetingPath(p, '02-lobby/bijlagen/01-notitie.md'), 'Alleen tekst.\n'),
    lines: [`${m}/02-lobby/bijlagen/01-notitie.md:1: titel: required field is missing (add "titel: Notitie")`]
  },
  {
    name: 'minutes without a date',
    change: (p) => edit(p, '03-verslag/bijlagen/01-verslag.md', 'datum: 2024-12-18\n', ''),
    lines: [`${m}/03-verslag/bijlagen/01-verslag.md:1: datum: required field is missing (add "datum: YYYY-MM-DD")`]
  },
  {
    name: 'a misspelt file in an item folder',
    change: (p) => writeFile(meetingPath(p, '02-lobby/meme.md'), '---\ntitel: x\n---\n'),
    lines: [`${m}/02-lobby/meme.md: unexpected file \`meme.md\`, it would be left out of the bundle (did you mean \`memo.md\`?)`]
  },
  {
    name: 'an alias without its anchor',
    change: (p) => edit(p, '01-opening/agendapunt.md', 'titel: Opening en mededelingen', 'titel: *opening'),
    lines: [`${m}/01-opening/agendapunt.md:2:8: front matter is not valid YAML`]
  },
  {
    name: 'front matter in another language than YAML',
    change: (p) => writeFile(meetingPath(p, '01-opening/agendapunt.md'), '---toml\ntitel = "Opening"\n---\n'),
    lines: [`${m}/01-opening/agendapunt.md:1: front matter in \`toml\` is not supported`]
  },
  {
    name: 'a file that is not UTF-8',
    change: (p) => writeFile(meetingPath(p, '01-opening/agendapunt.md'), Buffer.from('---\ntitel: Caf\xe9\n---\n', 'latin1')),
    lines: [`${m}/01-opening/agendapunt.md: file is not UTF-8 text (it looks like Windows-1252 or Latin-1)`]
  },
  {
    name: 'a bijlagen file instead of a folder',
    change: async (p) => writeFile(meetingPath(p, '01-opening/bijlagen'), await makeTestPdf(1)),
    lines: [`${m}/01-opening/bijlagen: unexpected file \`bijlagen\``]
  },
  {
    name: 'two item folders with the same order number',
    change: async (p) => {
      await mkdir(meetingPath(p, '1-extra'))
      await writeFile(meetingPath(p, '1-extra/agendapunt.md'), '---\ntitel: Extra\n---\n')
    },
    lines: [`${m}/01-opening: folder \`01-opening\` has the same order number as \`1-extra\``]
  },
  {
    name: 'an appendix listed twice',
    change: (p) => edit(p, '02-lobby/agendapunt.md', '    titel: Brief van de minister', '    titel: Brief van de minister\n  - bestand: 02-brief.pdf\n    titel: Nog eens'),
    lines: [`${m}/02-lobby/agendapunt.md:7:14: bijlagen, entry 2, bestand: \`02-brief.pdf\` is listed twice under \`bijlagen\``]
  },
  {
    name: 'two numbers that would share an anchor',
    change: async (p) => {
      await edit(p, '02-lobby/agendapunt.md', 'titel: Lobby', 'titel: Lobby\nnummer: "3.1"')
      await edit(p, '03-verslag/agendapunt.md', 'hamerstuk: true', 'hamerstuk: true\nnummer: 3-1')
    },
    lines: [`${m}/03-verslag/agendapunt.md:5:9: nummer: agenda number \`3-1\` is also used by ${m}/02-lobby/agendapunt.md`]
  },
  {
    name: 'JavaScript front matter',
    change: (p) => writeFile(meetingPath(p, '01-opening/agendapunt.md'), '---js\n{titel: "x"}\n---\n'),
    lines: [`${m}/01-opening/agendapunt.md:1: front matter in \`js\` is code, and bundel never runs code (write the front matter as YAML, opened by a plain "---" line)`]
  }
]

/** An encrypted PDF: the /Encrypt entry is what readers (and pdf-lib) refuse. */
async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.addPage()
  const encrypt = pdf.context.obj({Filter: 'Standard', V: 1, R: 2, O: pdf.context.obj([]), U: pdf.context.obj([]), P: -44})
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt)
  return pdf.save()
}

describe('bundel check on bad input', () => {
  it('should accept the unchanged fixture', async () => {
    const project = await makeProject()
    const result = await run(project, 'check')
    expect(result.stderr).toContain('no errors')
    expect(result.code).toBe(0)
  })

  it.each(cases)('should report $name with file, line and field', async ({change, lines}) => {
    const project = await makeProject()
    await change(project)
    const result = await run(project, 'check')
    const reported = result.stderr.trimEnd().split('\n')
    for (const line of lines) expect(reported.some((r) => r.startsWith(line)), `expected a line starting with\n${line}\ngot\n${result.stderr}`).toBe(true)
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(result.code).toBe(1)
  })

  it('should cover at least 15 distinct bad inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15)
  })

  it('should report every problem of every file in one run, sorted', async () => {
    const project = await makeProject()
    await edit(project, 'vergadering.md', 'orgaan: Algemeen Bestuur\n', '')
    await edit(project, '02-lobby/memo.md', 'portefeuillehouder: B. Bestuurder\n', '')
    await edit(project, '03-verslag/agendapunt.md', 'hamerstuk: true', 'hamerstuk: misschien')
    const result = await run(project, 'check')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/02-lobby\/memo\.md:1: portefeuillehouder/)
    expect(lines[1]).toMatch(/03-verslag\/agendapunt\.md:4:12: hamerstuk/)
    expect(lines[2]).toMatch(/vergadering\.md:1: orgaan/)
    expect(lines[3]).toBe('3 errors')
  })

  it('should give JSON for tools with --format json', async () => {
    const project = await makeProject()
    await edit(project, '02-lobby/memo.md', 'portefeuillehouder:', 'portefeuilehouder:')
    const result = await run(project, 'check', '--format', 'json')
    const data = JSON.parse(result.stdout) as {errors: number; messages: Array<Record<string, unknown>>}
    expect(data.errors).toBe(2)
    expect(data.messages[1]).toMatchObject({
      file: `${m}/02-lobby/memo.md`,
      line: 2,
      field: 'portefeuilehouder',
      ruleId: 'unknown-field',
      severity: 'error'
    })
    expect(result.code).toBe(1)
  })

  it('should warn about vague consequences, and fail on it only with --strict', async () => {
    const project = await makeProject()
    await edit(project, '02-lobby/memo.md', 'financieel: geen', 'financieel: zie toelichting')
    const plain = await run(project, 'check')
    expect(plain.stderr).toContain(`${m}/02-lobby/memo.md:7:15: warning: consequenties.financieel: only says \`zie toelichting\``)
    expect(plain.code).toBe(0)
    const strict = await run(project, 'check', '--strict')
    expect(strict.code).toBe(1)
  })

  it('should exit 2 on wrong usage', async () => {
    const project = await makeProject()
    expect((await run(project, 'check', '--content', 'nope')).code).toBe(2)
    const unknown = await run(project, 'check', '2025-03-91-algemeen-bestuur')
    expect(unknown.stderr).toContain('did you mean `2025-03-19-algemeen-bestuur`?')
    expect(unknown.code).toBe(2)
    expect((await run(project, 'bouw')).code).toBe(2)
  })

  it('should fail on an empty content folder rather than publish nothing', async () => {
    const project = await makeProject()
    await rm(path.join(project, 'content', '2025-03-19-algemeen-bestuur'), {recursive: true})
    const result = await run(project, 'check')
    expect(result.stderr).toContain('content: no meeting folder found (content is empty)')
    expect(result.code).toBe(1)
  })

  it('should survive malformed escapes in links and image paths', async () => {
    const project = await makeProject()
    await writeFile(meetingPath(project, '01-opening/agendapunt.md'), '---\ntitel: Opening\n---\n[kapot](#%E0) ![a](%E0.png)\n')
    const result = await run(project, 'check')
    expect(result.stderr).toContain(`${m}/01-opening/agendapunt.md:4:15: image \`%E0.png\` cannot be used (the file does not exist)`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.code).toBe(1)
  })

  it('should not follow a symlinked item folder outside the content folder', async () => {
    const project = await makeProject()
    const outside = await mkdir(path.join(tmpdir(), `bundel-outside-${process.pid}`), {recursive: true}) ?? path.join(tmpdir(), `bundel-outside-${process.pid}`)
    await symlink(outside, meetingPath(project, '04-extern'))
    const result = await run(project, 'check')
    expect(result.stderr).toContain(`${m}/04-extern: \`04-extern\` points outside the content folder`)
    expect(result.code).toBe(1)
  })
})
