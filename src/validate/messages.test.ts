/**
 * What a secretary really gets wrong, and what bundel then says (#8), in Dutch (the default) and
 * in English: each case asserts file, line, field, reason and hint, in one run of `check`.
 */
import {copyFile, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {PDFDocument, StandardFonts} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {fixtureMeeting, makeProject, meetingPath, runIn} from '../test-util/fixture.js'

const m = `content/${fixtureMeeting}`
const corpus = path.resolve(import.meta.dirname, '../__fixtures__/corpus')
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

const replace = async (project: string, file: string, from: string | RegExp, to: string) => {
  const target = meetingPath(project, file)
  const text = await readFile(target, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`)
  await writeFile(target, next)
}

interface Case {
  readonly name: string
  readonly change: (project: string) => Promise<void>
  /** Exact lines, without the severity's own words (each starts with the file). */
  readonly nl: readonly string[]
  readonly en: readonly string[]
  /** Exit code (default 1). */
  readonly code?: number
}

/** A PDF made the simple way: standard Helvetica (not embedded), no tags. */
async function plainPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  pdf.addPage().drawText('Een brief zonder tags', {x: 72, y: 700, size: 12, font})
  return pdf.save()
}

const cases: Case[] = [
  {
    name: 'a tab used for indentation',
    change: (p) => replace(p, '02-lobby/memo.md', '  financieel: geen', '\tfinancieel: geen'),
    nl: [`${m}/02-lobby/memo.md:7:1: de kop (front matter) is geen geldige YAML: regel 7 begint met een tab (spring in met spaties)`],
    en: [`${m}/02-lobby/memo.md:7:1: front matter is not valid YAML: line 7 starts with a tab (indent with spaces)`]
  },
  {
    name: 'an unquoted ": " in a value',
    change: (p) => replace(p, '02-lobby/agendapunt.md', 'titel: Lobby', 'titel: RES 2.0: de tweede ronde'),
    nl: [`${m}/02-lobby/agendapunt.md:2:8: de kop (front matter) is geen geldige YAML: de waarde van \`titel\` bevat ": ", wat YAML leest als een nieuw veld (zet de waarde tussen aanhalingstekens: \`titel: "RES 2.0: de tweede ronde"\`)`],
    en: [`${m}/02-lobby/agendapunt.md:2:8: front matter is not valid YAML: the value of \`titel\` holds ": ", which YAML reads as a new field (put the value in quotes: \`titel: "RES 2.0: de tweede ronde"\`)`]
  },
  {
    name: 'no space after the colon',
    change: (p) => replace(p, '02-lobby/agendapunt.md', 'titel: Lobby', 'titel:Lobby'),
    nl: [`${m}/02-lobby/agendapunt.md:2:7: de kop (front matter) is geen geldige YAML: na \`titel:\` staat geen spatie (zet een spatie na de dubbele punt: \`titel: Lobby\`)`],
    en: [`${m}/02-lobby/agendapunt.md:2:7: front matter is not valid YAML: there is no space after \`titel:\` (put a space after the colon: \`titel: Lobby\`)`]
  },
  {
    name: 'a field written twice',
    change: (p) => replace(p, '02-lobby/agendapunt.md', 'titel: Lobby', 'titel: Lobby\ntitel: Lobby 2025'),
    nl: [`${m}/02-lobby/agendapunt.md:3:1: de kop (front matter) is geen geldige YAML: het veld \`titel\` staat er twee keer in (houd één van de twee over)`],
    en: [`${m}/02-lobby/agendapunt.md:3:1: front matter is not valid YAML: the field \`titel\` appears twice (keep one of the two)`]
  },
  {
    name: 'a quote that is never closed',
    change: (p) => replace(p, '02-lobby/agendapunt.md', 'voorstel: Kennisnemen van de lobbyagenda', 'voorstel: "Kennisnemen van de lobbyagenda'),
    nl: [`${m}/02-lobby/agendapunt.md:3:11: de kop (front matter) is geen geldige YAML: een aanhalingsteken wordt niet gesloten (sluit de waarde af met hetzelfde aanhalingsteken)`],
    en: [`${m}/02-lobby/agendapunt.md:3:11: front matter is not valid YAML: a quotation mark is never closed (end the value with the same quotation mark)`]
  },
  {
    name: 'a date written the Dutch way',
    change: (p) => replace(p, 'vergadering.md', 'datum: 2025-03-19', 'datum: 19-03-2025'),
    nl: [`${m}/vergadering.md:3:8: datum: verwacht een datum als JJJJ-MM-DD, maar hier staat \`19-03-2025\` (bedoelt u 2025-03-19? schrijf datums als JJJJ-MM-DD)`],
    en: [`${m}/vergadering.md:3:8: datum: expected a date as YYYY-MM-DD, received \`19-03-2025\` (did you mean 2025-03-19? write dates as YYYY-MM-DD)`]
  },
  {
    name: 'a day that February does not have',
    change: (p) => replace(p, '03-verslag/bijlagen/01-verslag.md', 'datum: 2024-12-18', 'datum: 2026-02-30'),
    nl: [`${m}/03-verslag/bijlagen/01-verslag.md:4:8: datum: verwacht een datum als JJJJ-MM-DD, maar hier staat \`2026-02-30\` (februari 2026 heeft 28 dagen)`],
    en: [`${m}/03-verslag/bijlagen/01-verslag.md:4:8: datum: expected a date as YYYY-MM-DD, received \`2026-02-30\` (February 2026 has 28 days)`]
  },
  {
    name: 'an image name that differs only in capitals',
    change: async (p) => {
      await writeFile(meetingPath(p, '02-lobby', 'Resultaat.PNG'), png)
      await replace(p, '02-lobby/memo.md', '## Aanpak', '![Resultaat van de peiling](resultaat.png)\n\n## Aanpak')
    },
    nl: [`${m}/02-lobby/memo.md:20:1: afbeelding \`resultaat.png\` is niet te gebruiken (het bestand bestaat niet) (bedoelt u \`Resultaat.PNG\`? bestandsnamen zijn hoofdlettergevoelig)`],
    en: [`${m}/02-lobby/memo.md:20:1: image \`resultaat.png\` cannot be used (the file does not exist) (did you mean \`Resultaat.PNG\`? file names are case-sensitive)`]
  },
  {
    name: 'an appendix entry whose capitals differ, and one far from any file',
    change: async (p) => {
      await replace(p, '02-lobby/agendapunt.md', 'bestand: 02-brief.pdf', 'bestand: 02-Brief.pdf')
      await replace(p, '02-lobby/agendapunt.md', '    titel: Brief van de minister', '    titel: Brief van de minister\n  - bestand: begroting-2025.pdf\n    titel: Begroting')
    },
    nl: [
      `${m}/02-lobby/agendapunt.md:5:14: bijlagen, item 1, bestand: bijlage \`02-Brief.pdf\` staat niet in ${m}/02-lobby/bijlagen/ (bedoelt u \`02-brief.pdf\`? bestandsnamen zijn hoofdlettergevoelig)`,
      `${m}/02-lobby/agendapunt.md:7:14: bijlagen, item 2, bestand: bijlage \`begroting-2025.pdf\` staat niet in ${m}/02-lobby/bijlagen/ (de map bevat: 01-notitie.md, 02-brief.pdf)`
    ],
    en: [
      `${m}/02-lobby/agendapunt.md:5:14: bijlagen, entry 1, bestand: appendix \`02-Brief.pdf\` does not exist in ${m}/02-lobby/bijlagen/ (did you mean \`02-brief.pdf\`? file names are case-sensitive)`,
      `${m}/02-lobby/agendapunt.md:7:14: bijlagen, entry 2, bestand: appendix \`begroting-2025.pdf\` does not exist in ${m}/02-lobby/bijlagen/ (the folder holds: 01-notitie.md, 02-brief.pdf)`
    ]
  },
  {
    name: 'a missing titel and orgaan, hinted from the folder names',
    change: async (p) => {
      await replace(p, '02-lobby/agendapunt.md', 'titel: Lobby\n', '')
      await replace(p, 'vergadering.md', 'orgaan: Algemeen Bestuur\n', '')
    },
    nl: [
      `${m}/02-lobby/agendapunt.md:1: titel: verplicht veld ontbreekt (voeg toe: "titel: Lobby")`,
      `${m}/vergadering.md:1: orgaan: verplicht veld ontbreekt (voeg toe: "orgaan: Algemeen Bestuur")`
    ],
    en: [
      `${m}/02-lobby/agendapunt.md:1: titel: required field is missing (add "titel: Lobby")`,
      `${m}/vergadering.md:1: orgaan: required field is missing (add "orgaan: Algemeen Bestuur")`
    ]
  },
  {
    name: 'ja and nee for hamerstuk and besloten',
    change: (p) => replace(p, '03-verslag/agendapunt.md', 'hamerstuk: true', 'hamerstuk: Ja\nbesloten: nee'),
    nl: [],
    en: [],
    code: 0
  },
  {
    name: 'a reference-style remote image, and image problems behind broken front matter',
    change: async (p) => {
      await replace(p, '02-lobby/memo.md', '## Aanpak', '![Kaart][kaart]\n\n[kaart]: https://maps.example/kaart.png\n\n## Aanpak')
      await writeFile(meetingPath(p, '01-opening', 'agendapunt.md'), '---\ntitel: [Concept] Opening\n---\n![Foto](ontbreekt.png)\n')
    },
    nl: [
      `${m}/01-opening/agendapunt.md:2:8: de kop (front matter) is geen geldige YAML: de waarde van \`titel\` begint met "[", wat YAML leest als het begin van een lijst (zet de waarde tussen aanhalingstekens: \`titel: "[Concept] Opening"\`)`,
      `${m}/01-opening/agendapunt.md:4:1: afbeelding \`ontbreekt.png\` is niet te gebruiken (het bestand bestaat niet) (gebruik een .png-, .jpg-, .gif- of .webp-bestand in de inhoudsmap)`,
      `${m}/02-lobby/memo.md:20:1: waarschuwing: afbeelding van internet \`https://maps.example/kaart.png\` blijft weg: de bundel haalt niets van het netwerk`
    ],
    en: [
      `${m}/01-opening/agendapunt.md:2:8: front matter is not valid YAML: the value of \`titel\` starts with "[", which YAML reads as the start of a list (put the value in quotes: \`titel: "[Concept] Opening"\`)`,
      `${m}/01-opening/agendapunt.md:4:1: image \`ontbreekt.png\` cannot be used (the file does not exist) (use a .png, .jpg, .gif or .webp file inside the content folder)`,
      `${m}/02-lobby/memo.md:20:1: warning: remote image \`https://maps.example/kaart.png\` is left out: the bundle makes no network requests`
    ]
  },
  {
    name: 'an image without a description',
    change: async (p) => {
      await writeFile(meetingPath(p, '02-lobby', 'kaart.png'), png)
      await replace(p, '02-lobby/memo.md', '## Aanpak', '![](kaart.png)\n\n## Aanpak')
    },
    nl: [`${m}/02-lobby/memo.md:20:1: waarschuwing: afbeelding \`kaart.png\` heeft geen beschrijving (alt-tekst); een schermlezer kan haar niet voorlezen (schrijf een beschrijving tussen de haken: ![Kaart van de regio](kaart.png); is het alleen versiering, schrijf dan ![""](rand.png))`],
    en: [`${m}/02-lobby/memo.md:20:1: warning: image \`kaart.png\` has no description (alt text); a screen reader cannot read it out (write a description between the brackets: ![Map of the region](map.png); if it is only decoration, write ![""](border.png))`],
    code: 0
  },
  {
    name: 'a meeting folder dated otherwise than datum',
    change: (p) => replace(p, 'vergadering.md', 'datum: 2025-03-19', 'datum: 2025-03-26'),
    nl: [`${m}/vergadering.md:3:8: waarschuwing: datum: de map heet naar 2025-03-19, maar de datum is 2025-03-26 (maak de datum en de mapnaam gelijk; de bundel gebruikt de datum)`],
    en: [`${m}/vergadering.md:3:8: warning: datum: the folder is named for 2025-03-19, but the date is 2025-03-26 (make the date and the folder name agree; the bundle uses the date)`],
    code: 0
  },
  {
    name: 'minutes dated on the day of the meeting itself',
    change: (p) => replace(p, '03-verslag/bijlagen/01-verslag.md', 'datum: 2024-12-18', 'datum: 2025-03-19'),
    nl: [`${m}/03-verslag/bijlagen/01-verslag.md:4:8: waarschuwing: datum: het verslag is van 2025-03-19, dezelfde dag als de vergadering waarbij het hoort (2025-03-19) (een verslag gaat over een eerdere vergadering: controleer de datum)`],
    en: [`${m}/03-verslag/bijlagen/01-verslag.md:4:8: warning: datum: the minutes are dated 2025-03-19, the same day as the meeting they are attached to (2025-03-19) (minutes are of an earlier meeting: check the date)`],
    code: 0
  },
  {
    name: 'a scanned appendix, and one with fonts not embedded and no tags',
    change: async (p) => {
      await copyFile(path.join(corpus, 'scan.pdf'), meetingPath(p, '02-lobby', 'bijlagen', '03-scan.pdf'))
      await writeFile(meetingPath(p, '02-lobby', 'bijlagen', '02-brief.pdf'), await plainPdf())
    },
    nl: [
      `${m}/02-lobby/bijlagen/02-brief.pdf: waarschuwing: de bijlage-PDF gebruikt lettertypen die er niet in zitten (Helvetica); lezers vervangen ze door eigen letters (exporteer het document opnieuw met "lettertypen insluiten" aan)`,
      `${m}/02-lobby/bijlagen/02-brief.pdf: waarschuwing: de bijlage-PDF is niet getagd: een schermlezer weet niet wat koppen, lijsten en tabellen zijn`,
      `${m}/02-lobby/bijlagen/03-scan.pdf: waarschuwing: de bijlage-PDF heeft geen tekstlaag (gescand?): schermlezers en zoeken vinden er niets in (vraag om de digitale versie, of laat de scan herkennen (OCR) voordat u hem toevoegt)`,
      `${m}/02-lobby/bijlagen/03-scan.pdf: waarschuwing: de bijlage-PDF is niet getagd`
    ],
    en: [
      `${m}/02-lobby/bijlagen/02-brief.pdf: warning: appendix PDF uses fonts that are not embedded (Helvetica); readers substitute their own (export the document again with "embed fonts" on)`,
      `${m}/02-lobby/bijlagen/02-brief.pdf: warning: appendix PDF is not tagged: a screen reader cannot tell headings, lists and tables apart`,
      `${m}/02-lobby/bijlagen/03-scan.pdf: warning: appendix PDF has no text layer (scanned?): screen readers and search find nothing in it (ask for the digital original, or run text recognition (OCR) on the scan before adding it)`,
      `${m}/02-lobby/bijlagen/03-scan.pdf: warning: appendix PDF is not tagged`
    ],
    code: 0
  },
  {
    name: 'minutes with secretaris and notulist',
    change: (p) => replace(p, '03-verslag/bijlagen/01-verslag.md', 'tijd: 19:30', 'tijd: 19:30\nsecretaris: D. Secretaris\nnotulist: E. Notulist'),
    nl: [],
    en: [],
    code: 0
  }
]

describe('bundel check: what secretaries get wrong', () => {
  it.each(cases)('should say what to do about $name, in Dutch and in English', async ({change, nl, en, code}) => {
    const project = await makeProject()
    await change(project)
    for (const [lang, lines] of [['nl_NL.UTF-8', nl], ['en_US.UTF-8', en]] as const) {
      const result = await runIn(project, {LANG: lang}, 'check')
      const reported = result.stderr.trimEnd().split('\n')
      for (const line of lines) expect(reported.some((r) => r.startsWith(line)), `${lang}: expected a line starting with\n${line}\ngot\n${result.stderr}`).toBe(true)
      // Every problem line is one of the expected ones: no cascade of follow-on messages.
      const problems = reported.filter((r) => r.startsWith('content/'))
      expect(problems.length, `${lang}:\n${result.stderr}`).toBe(lines.length)
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(result.code, lang).toBe(code ?? 1)
    }
  })

  it('should print the summary and plurals in the language asked for', async () => {
    const project = await makeProject()
    await rm(meetingPath(project, '01-opening', 'agendapunt.md'))
    await replace(project, '02-lobby/memo.md', 'portefeuillehouder: B. Bestuurder\n', '')
    const dutch = await runIn(project, {LANG: 'en_US.UTF-8'}, 'check', '--lang', 'nl')
    expect(dutch.stderr.trimEnd().split('\n').at(-1)).toBe('2 fouten')
    const english = await runIn(project, {LC_ALL: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8'}, 'check')
    expect(english.stderr.trimEnd().split('\n').at(-1)).toBe('2 errors')
    const clean = await makeProject()
    expect((await runIn(clean, {}, 'check')).stderr).toBe('bundel: 1 vergadering gecontroleerd: geen fouten\n')
    expect((await runIn(clean, {LANG: 'en'}, 'check')).stderr).toBe('bundel: checked 1 meeting: no errors\n')
  })
})
