/**
 * `bundel new` (#4): what the scaffolders write, that `bundel check` holds the bundle back until
 * every «placeholder» is filled in, renumbering with `--na`, and refusals that change nothing.
 */
import {mkdir, mkdtemp, readdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {UsageError} from '../errors.js'
import type {BundelMessage} from '../messages.js'
import {check} from '../pipeline.js'
import {scaffoldItem} from './item.js'
import {scaffoldMeeting} from './meeting.js'
import {slug} from './slug.js'

const meeting = '2025-03-19-algemeen-bestuur'

async function project(): Promise<{cwd: string; content: string}> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'bundel-scaffold-'))
  return {cwd, content: path.join(cwd, 'content')}
}

async function withMeeting(): Promise<{cwd: string; content: string; dir: string}> {
  const p = await project()
  const {dir} = await scaffoldMeeting({content: p.content, orgaan: 'Algemeen Bestuur', datum: '2025-03-19'})
  return {...p, dir}
}

/** Every path under `dir` with the text of each file, to prove a refusal changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  let entries
  try {
    entries = await readdir(dir, {recursive: true, withFileTypes: true})
  } catch {
    return result
  }
  for (const entry of entries) {
    const abs = path.join(entry.parentPath, entry.name)
    result[path.relative(dir, abs)] = entry.isDirectory() ? '<dir>' : await readFile(abs, 'utf8')
  }
  return result
}

interface Placeholder {
  readonly file: string
  readonly line: number
  readonly text: string
}

/** The placeholders written into the files under `dir`, found independently of the rule. */
async function placeholdersIn(cwd: string, dir: string): Promise<Placeholder[]> {
  const found: Placeholder[] = []
  for (const [name, text] of Object.entries(await snapshot(dir))) {
    if (!name.endsWith('.md')) continue
    text.split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/«[^»]*»/g)) {
        found.push({file: path.relative(cwd, path.join(dir, name)), line: index + 1, text: match[0]})
      }
    })
  }
  return found
}

function messagesOf(files: Awaited<ReturnType<typeof check>>['files']): Array<BundelMessage & {file: string}> {
  return files.flatMap((file) => file.messages.map((message) => Object.assign(message as BundelMessage, {file: file.path})))
}

const sortKey = (p: {file: string; line: number | undefined; text: string}) => `${p.file}:${String(p.line).padStart(4, '0')}:${p.text}`

/** Replace each «placeholder» by a real value; `values` is keyed by the field on the line. */
async function fill(dir: string, values: Readonly<Record<string, string>> = {}): Promise<void> {
  for (const [name, text] of Object.entries(await snapshot(dir))) {
    if (!name.endsWith('.md') || !text.includes('«')) continue
    const filled = text
      .split('\n')
      .map((line) => {
        const key = /^\s*(?:-\s+)?([\p{L}_]+):/u.exec(line)?.[1]
        return line.replace(/«[^»]*»/g, (key && values[key]) ?? 'Ingevuld door de secretaris')
      })
      .join('\n')
    await writeFile(path.join(dir, name), filled)
  }
}

describe('scaffoldMeeting', () => {
  it('should create vergadering.md and the three standing items', async () => {
    const {content} = await project()
    const result = await scaffoldMeeting({
      content,
      orgaan: 'Algemeen Bestuur',
      datum: '2025-03-19',
      organisatie: 'Regio Testland',
      tijd: '19:30'
    })
    const dir = path.join(content, meeting)
    expect(result.dir).toBe(dir)
    expect(result.files).toEqual([
      path.join(dir, 'vergadering.md'),
      path.join(dir, '01-opening-en-mededelingen', 'agendapunt.md'),
      path.join(dir, '02-verslag-vorige-vergadering', 'agendapunt.md'),
      path.join(dir, '03-rondvraag-en-belangrijke-data', 'agendapunt.md')
    ])
    expect(await readFile(path.join(dir, 'vergadering.md'), 'utf8')).toBe(
      [
        '---',
        'orgaan: Algemeen Bestuur',
        'datum: 2025-03-19',
        'organisatie: Regio Testland',
        'tijd: "19:30"',
        '# optioneel: haal het #-teken weg en vul in',
        '# locatie: Gemeentehuis, raadzaal',
        '# voorzitter: Naam van de voorzitter',
        '# secretaris: Naam van de secretaris',
        '---',
        ''
      ].join('\n')
    )
    expect(await readFile(result.files[1]!, 'utf8')).toBe('---\ntitel: Opening en mededelingen\n---\n')
    expect(await readFile(result.files[2]!, 'utf8')).toBe(
      '---\ntitel: Verslag van de vorige vergadering\nvoorstel: Vaststellen van het verslag\n---\n'
    )
    expect(await readFile(result.files[3]!, 'utf8')).toBe(
      '---\ntitel: Rondvraag en belangrijke data\n---\n\nBelangrijke data:\n\n- «Datum en activiteit, bijv. woensdag 16 april 2025, Regiodag»\n'
    )
  })

  it('should create the content folder when it is missing', async () => {
    const {cwd} = await project()
    const content = path.join(cwd, 'nieuw', 'content')
    const {dir} = await scaffoldMeeting({content, orgaan: 'Dagelijks Bestuur', datum: '2025-12-01'})
    expect(dir).toBe(path.join(content, '2025-12-01-dagelijks-bestuur'))
    expect((await stat(path.join(dir, 'vergadering.md'))).isFile()).toBe(true)
  })

  it('should fail check only on each placeholder, and pass once they are filled in', async () => {
    const {cwd, content, dir} = await withMeeting()
    const expected = await placeholdersIn(cwd, dir)
    expect(expected).toHaveLength(1)

    const before = await check({cwd, content})
    expect(before.failed).toBe(true)
    const messages = messagesOf(before.files)
    expect(messages.every((m) => m.ruleId === 'placeholder' && m.fatal === true)).toBe(true)
    expect(messages.map((m) => sortKey({file: m.file, line: m.line, text: String(m.actual)})).sort()).toEqual(
      expected.map(sortKey).sort()
    )

    await fill(dir)
    const after = await check({cwd, content})
    expect(messagesOf(after.files)).toEqual([])
    expect(after.failed).toBe(false)
    expect(after.meetings[0]!.items.map((item) => item.item.info.title)).toEqual([
      'Opening en mededelingen',
      'Verslag van de vorige vergadering',
      'Rondvraag en belangrijke data'
    ])
  })

  it('should quote values so that YAML cannot misread them', async () => {
    const {cwd, content} = await project()
    const {dir} = await scaffoldMeeting({
      content,
      orgaan: '  Raad:  extra #1 ',
      datum: '2025-03-19',
      organisatie: '- Regio [Oost]',
      tijd: '19:30',
      locatie: 'true',
      voorzitter: "'t Hart",
      secretaris: '«niet» @home'
    })
    expect(path.basename(dir)).toBe('2025-03-19-raad-extra-1')
    const text = await readFile(path.join(dir, 'vergadering.md'), 'utf8')
    expect(text).toContain('tijd: "19:30"\n')
    expect(text).toContain('orgaan: "Raad: extra #1"\n')
    await fill(dir)
    const result = await check({cwd, content})
    expect(messagesOf(result.files)).toEqual([])
    expect(result.meetings[0]!.meeting.info).toMatchObject({
      body: 'Raad: extra #1',
      date: '2025-03-19',
      organisation: '- Regio [Oost]',
      time: '19:30',
      location: 'true',
      chair: "'t Hart"
    })
  })
})

describe('scaffoldItem', () => {
  it('should count --na in agenda positions and move only what collides, when folder numbers have gaps', async () => {
    const {content} = await withMeeting()
    const dir = path.join(content, meeting)
    await rename(path.join(dir, '03-rondvraag-en-belangrijke-data'), path.join(dir, '05-rondvraag-en-belangrijke-data'))
    const last = await scaffoldItem({content, meeting, titel: 'Na de rondvraag', after: 3})
    expect(path.basename(last.dir)).toBe('06-na-de-rondvraag')
    expect(last.renamed).toEqual([])
    const second = await scaffoldItem({content, meeting, titel: 'Lobby', after: 1})
    expect(path.basename(second.dir)).toBe('02-lobby')
    expect(second.renamed.map((move) => [path.basename(move.from), path.basename(move.to)])).toEqual([['02-verslag-vorige-vergadering', '03-verslag-vorige-vergadering']])
    expect((await readdir(dir)).filter((name) => name !== 'vergadering.md')).toEqual([
      '01-opening-en-mededelingen',
      '02-lobby',
      '03-verslag-vorige-vergadering',
      '05-rondvraag-en-belangrijke-data',
      '06-na-de-rondvraag'
    ])
  })

  it('should add the next item with agendapunt.md', async () => {
    const {content, dir} = await withMeeting()
    const result = await scaffoldItem({content, meeting, titel: 'Subsidie Café  Het Plein'})
    expect(result.dir).toBe(path.join(dir, '04-subsidie-cafe-het-plein'))
    expect(result.files).toEqual([path.join(result.dir, 'agendapunt.md')])
    expect(result.renamed).toEqual([])
    expect(await readFile(result.files[0]!, 'utf8')).toBe(
      [
        '---',
        'titel: Subsidie Café Het Plein',
        '# optioneel: vul in of verwijder deze regel',
        'voorstel: «Besluittekst, bijv. Kennisnemen van …»',
        '---',
        ''
      ].join('\n')
    )
  })

  it('should write a memo with every field as a placeholder, fail check on each, and pass once filled in', async () => {
    const {cwd, content, dir} = await withMeeting()
    const {dir: itemDir, files} = await scaffoldItem({content, meeting, titel: 'Lobby', memo: true})
    expect(files).toEqual([path.join(itemDir, 'agendapunt.md'), path.join(itemDir, 'memo.md')])
    const memoFile = path.relative(cwd, path.join(itemDir, 'memo.md'))

    const result = await check({cwd, content})
    expect(result.failed).toBe(true)
    const messages = messagesOf(result.files)
    expect(messages.every((m) => m.ruleId === 'placeholder')).toBe(true)
    expect(messages.map((m) => sortKey({file: m.file, line: m.line, text: String(m.actual)})).sort()).toEqual(
      (await placeholdersIn(cwd, dir)).map(sortKey).sort()
    )
    const memoMessages = messages.filter((m) => m.file === memoFile)
    expect(memoMessages).toHaveLength(19)
    // Each memo field as the rule names it: the YAML path of the key (list items by their list).
    const fields = [
      'portefeuillehouder',
      'onderwerp',
      'voorstel',
      'procedure.orgaan',
      'procedure.datum',
      'consequenties.financieel',
      'consequenties.personeel',
      'vervolgactie',
      'communicatie',
      'mededeling_aan',
      'bijlagen.meegezonden',
      'bijlagen.ter_inzage',
      'bijlagen.plaats_van_inzage',
      'nadere_informatie.naam',
      'nadere_informatie.telefoon',
      'nadere_informatie.email'
    ]
    const closing = (await readFile(path.join(itemDir, 'memo.md'), 'utf8')).split('\n').indexOf('---', 1) + 1
    const frontMatter = memoMessages.filter((m) => m.line! < closing).sort((a, b) => a.line! - b.line!)
    const body = memoMessages.filter((m) => !frontMatter.includes(m))
    expect(frontMatter).toHaveLength(fields.length)
    expect(frontMatter.map((message) => message.field)).toEqual(fields)
    expect(body).toHaveLength(3)
    expect(body.every((m) => m.field === undefined)).toBe(true)

    await fill(dir, {
      portefeuillehouder: 'H.A. Brouwer',
      onderwerp: 'Regionale lobbyagenda 2025',
      voorstel: 'Kennisnemen van de regionale lobbyagenda 2025',
      orgaan: 'Dagelijks Bestuur',
      datum: '14 januari 2025',
      financieel: 'Binnen de bestaande begroting',
      personeel: 'geen',
      vervolgactie: 'Voortgangsrapportage in juli',
      communicatie: 'Nieuwsbrief februari',
      mededeling_aan: 'Gemeenteraden',
      plaats_van_inzage: 'Secretariaat',
      naam: 'S. de Graaf',
      telefoon: '0488 123 456',
      email: 's.degraaf@example.nl'
    })
    const filled = await check({cwd, content})
    expect(messagesOf(filled.files)).toEqual([])
    expect(filled.failed).toBe(false)
    expect(filled.meetings[0]!.items[3]!.item.memo!.info).toEqual({
      portfolioHolder: 'H.A. Brouwer',
      proposal: ['Kennisnemen van de regionale lobbyagenda 2025'],
      consequences: {financial: 'Binnen de bestaande begroting', staff: 'geen'},
      subject: 'Regionale lobbyagenda 2025',
      procedure: [{body: 'Dagelijks Bestuur', date: '14 januari 2025'}],
      followUp: 'Voortgangsrapportage in juli',
      communication: 'Nieuwsbrief februari',
      notify: 'Gemeenteraden',
      appendices: {sent: ['Ingevuld door de secretaris'], forInspection: ['Ingevuld door de secretaris'], inspectionPlace: 'Secretariaat'},
      contact: {name: 'S. de Graaf', phone: '0488 123 456', email: 's.degraaf@example.nl'}
    })
  })

  it('should insert after item N and renumber the items that follow', async () => {
    const {cwd, content, dir} = await withMeeting()
    const result = await scaffoldItem({content, meeting, titel: 'Lobby', after: 1})
    expect(result.dir).toBe(path.join(dir, '02-lobby'))
    expect(result.renamed).toEqual([
      {from: path.join(dir, '03-rondvraag-en-belangrijke-data'), to: path.join(dir, '04-rondvraag-en-belangrijke-data')},
      {from: path.join(dir, '02-verslag-vorige-vergadering'), to: path.join(dir, '03-verslag-vorige-vergadering')}
    ])
    expect((await readdir(dir)).sort()).toEqual([
      '01-opening-en-mededelingen',
      '02-lobby',
      '03-verslag-vorige-vergadering',
      '04-rondvraag-en-belangrijke-data',
      'vergadering.md'
    ])
    await fill(dir)
    const checked = await check({cwd, content})
    expect(checked.failed).toBe(false)
    expect(checked.meetings[0]!.items.map((item) => [item.number, item.item.folder, item.item.info.title])).toEqual([
      ['1', '01-opening-en-mededelingen', 'Opening en mededelingen'],
      ['2', '02-lobby', 'Lobby'],
      ['3', '03-verslag-vorige-vergadering', 'Verslag van de vorige vergadering'],
      ['4', '04-rondvraag-en-belangrijke-data', 'Rondvraag en belangrijke data']
    ])
  })

  it('should insert first with after 0 and last with after the highest number', async () => {
    const {content, dir} = await withMeeting()
    await scaffoldItem({content, meeting, titel: 'Vooraf', after: 0})
    const last = await scaffoldItem({content, meeting, titel: 'Sluiting', after: 4})
    expect(last.renamed).toEqual([])
    expect((await readdir(dir)).sort()).toEqual([
      '01-vooraf',
      '02-opening-en-mededelingen',
      '03-verslag-vorige-vergadering',
      '04-rondvraag-en-belangrijke-data',
      '05-sluiting',
      'vergadering.md'
    ])
  })
})

describe('refusals', () => {
  const refusals: Array<{
    name: string
    /** Set up the obstacle; part of "before". */
    prepare?: (dir: string) => Promise<void>
    run: (p: {content: string}) => Promise<unknown>
    message: RegExp
  }> = [
    {
      name: 'a meeting folder that already exists',
      run: ({content}) => scaffoldMeeting({content, orgaan: 'Algemeen  Bestuur', datum: '2025-03-19', tijd: '20:00'}),
      message: /^meeting `2025-03-19-algemeen-bestuur` already exists in /
    },
    {
      name: 'a date that does not exist',
      run: ({content}) => scaffoldMeeting({content, orgaan: 'Algemeen Bestuur', datum: '2025-02-30'}),
      message: /^datum `2025-02-30` is not a real date written as YYYY-MM-DD/
    },
    {
      name: 'a date without leading zeros',
      run: ({content}) => scaffoldMeeting({content, orgaan: 'Algemeen Bestuur', datum: '2025-3-1'}),
      message: /^datum `2025-3-1` is not a real date/
    },
    {
      name: 'an empty orgaan',
      run: ({content}) => scaffoldMeeting({content, orgaan: ' \t ', datum: '2025-04-02'}),
      message: /^orgaan is empty/
    },
    {
      name: 'an unknown meeting (with a suggestion)',
      run: ({content}) => scaffoldItem({content, meeting: '2025-03-19-algemeen-bestur', titel: 'Lobby'}),
      message: /^no meeting `2025-03-19-algemeen-bestur` in .* \(did you mean `2025-03-19-algemeen-bestuur`\?\)$/
    },
    {
      name: 'an empty titel',
      run: ({content}) => scaffoldItem({content, meeting, titel: '   '}),
      message: /^titel is empty/
    },
    {
      name: 'after below zero',
      run: ({content}) => scaffoldItem({content, meeting, titel: 'Lobby', after: -1}),
      message: /^--na -1 is out of range: .* has 3 items \(use a number from 0 to 3/
    },
    {
      name: 'after beyond the last item',
      run: ({content}) => scaffoldItem({content, meeting, titel: 'Lobby', after: 4}),
      message: /^--na 4 is out of range/
    },
    {
      name: 'after that is not a whole number',
      run: ({content}) => scaffoldItem({content, meeting, titel: 'Lobby', after: 1.5}),
      message: /^--na 1.5 is out of range/
    },
    {
      name: 'a new item folder name that is taken by a file',
      prepare: (dir) => writeFile(path.join(dir, '04-lobby'), 'in de weg'),
      run: ({content}) => scaffoldItem({content, meeting, titel: 'Lobby'}),
      message: /04-lobby is in the way/
    },
    {
      name: 'a renumbered folder name that is taken by a file',
      prepare: (dir) => writeFile(path.join(dir, '04-rondvraag-en-belangrijke-data'), 'in de weg'),
      run: ({content}) => scaffoldItem({content, meeting, titel: 'Lobby', after: 1}),
      message: /04-rondvraag-en-belangrijke-data is in the way/
    }
  ]

  for (const refusal of refusals) {
    it(`should refuse ${refusal.name} and change nothing`, async () => {
      const p = await withMeeting()
      await refusal.prepare?.(p.dir)
      const before = await snapshot(p.cwd)
      const error = await refusal.run(p).then(
        () => undefined,
        (caught: unknown) => caught
      )
      expect(error).toBeInstanceOf(UsageError)
      // Said in English here; `message` is the Dutch text (tested below).
      expect((error as UsageError).say('en')).toMatch(refusal.message)
      expect((error as Error).message).not.toContain('\n')
      expect(await snapshot(p.cwd)).toEqual(before)
    })
  }

  it('should refuse a bad date before creating the content folder', async () => {
    const {cwd, content} = await project()
    await expect(scaffoldMeeting({content, orgaan: 'Algemeen Bestuur', datum: '19-03-2025'})).rejects.toThrow(UsageError)
    expect(await readdir(cwd)).toEqual([])
  })

  it('should refuse an unknown meeting in an empty content folder with a hint', async () => {
    const {content} = await project()
    await mkdir(content)
    const error = (await scaffoldItem({content, meeting, titel: 'Lobby'}).catch((caught: unknown) => caught)) as UsageError
    expect(error.say('en')).toMatch(/create one with "bundel new vergadering"/)
    expect(error.message).toMatch(/^geen vergadering in .* \(maak er een met "bundel new vergadering"\)$/)
  })
})

describe('slug', () => {
  it('should lowercase, strip accents and join words with one hyphen', () => {
    expect(slug('Algemeen Bestuur')).toBe('algemeen-bestuur')
    expect(slug('  Één café & Straße: 2025! ')).toBe('een-cafe-strasse-2025')
    expect(slug('Œuvre—Ærø')).toBe('oeuvre-aero')
    expect(slug('???')).toBe('')
  })

  it('should cut long titles at a word boundary', () => {
    const long = slug('Deelname aan het grensoverschrijdende Technologiepartnerschap Rijn-Waal Oost 2025-2028')
    expect(long).toBe('deelname-aan-het-grensoverschrijdende')
    expect(long.length).toBeLessThanOrEqual(60)
  })
})
