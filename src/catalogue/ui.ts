/**
 * What the command line says besides content messages, in Dutch and English (#8): help, progress,
 * summaries, and commander's own phrases. Plurals are worded per language, never "meeting(s)".
 */
import {count, formatNumber, type Lang} from './lang.js'
import type {PdfUaReport} from '../pdfua/check-pdfua.js'

/** What the summary of `check --pdf` needs. */
type PdfUaSummary = Pick<PdfUaReport, 'counts' | 'findings' | 'declared'>

const errors = {nl: ['fout', 'fouten'], en: ['error', 'errors']} as const
const warnings = {nl: ['waarschuwing', 'waarschuwingen'], en: ['warning', 'warnings']} as const
const meetings = {nl: ['vergadering', 'vergaderingen'], en: ['meeting', 'meetings']} as const
const files = {nl: ['bestand', 'bestanden'], en: ['file', 'files']} as const
const pages = {nl: ['pagina', "pagina's"], en: ['page', 'pages']} as const

const seconds = (lang: Lang, ms: number) => `${formatNumber(lang, ms / 1000, 1)} s`

/** One built meeting, for the summary line. */
export interface BuiltSummary {
  readonly meeting: string
  readonly files: number
  readonly pages?: number | undefined
  readonly ms: number
}

export const ui = {
  nl: {
    description: 'Maak van een map Markdown de vergaderbundel: genummerde HTML en één PDF.',
    help: 'toon de hulp bij een opdracht',
    version: 'toon het versienummer',
    helpCommand: 'toon de hulp bij een opdracht',
    usageAfterError: '(zie "bundel --help" voor het gebruik)',
    content: '[tekst] inhoudsmap (standaard: "content")',
    format: '[text|json|github] hoe problemen worden gemeld (standaard: text; github op GitHub Actions)',
    strict: '[ja/nee] waarschuwingen laten de run ook mislukken (standaard: nee)',
    verbose: '[ja/nee] met regel-id\'s, links naar de uitleg en oorzaken (standaard: nee)',
    color: '[ja/nee] zonder kleuren (standaard: kleuren op een terminal, nooit met NO_COLOR)',
    lang: '[nl|en] taal van meldingen en hulp (standaard: nl; en als LANG met "en" begint)',
    quiet: '[ja/nee] geen voortgang, alleen problemen (standaard: nee)',
    allowMissingAlt: '[ja/nee] een afbeelding zonder beschrijving krijgt haar bestandsnaam als beschrijving, in plaats van als versiering te gelden (standaard: nee; het blijft een waarschuwing)',
    check: 'controleer de inhoud en meld elk probleem, één regel per probleem; schrijft niets',
    checkMeetings: 'vergadermappen om te controleren (standaard: alle)',
    checkOut: '[tekst] uitvoermap waarvan een afgebroken build eerst wordt afgemaakt (standaard: "dist")',
    checkPdf: '[tekst] controleer een PDF op de regels van PDF/UA-1 die een machine kan nagaan, in plaats van de inhoud (bijv. dist/<vergadering>/bundel.pdf)',
    build: 'bouw dist/<vergadering>/index.html (en bundel.pdf); een mislukte build laat dist/ ongemoeid',
    buildMeetings: 'vergadermappen om te bouwen (standaard: alle)',
    site: 'bouw de openbare website in dist/: elke vergadering in de openbare editie, een startpagina, zoeken, sitemap.xml (DiWoo) en OParl-open data',
    out: '[tekst] uitvoermap (standaard: "dist")',
    noPdf: '[ja/nee] alleen de HTML-bundel (standaard: HTML en PDF)',
    noCache: '[ja/nee] eerdere afdrukken niet hergebruiken (standaard: cache in node_modules/.cache/bundel)',
    editie: '[lijst] volledig (voor het bestuur), openbaar (voor de website: besloten stukken vervangen, zelfde paginanummers) of beide, bijv. volledig,openbaar (standaard: volledig)',
    concept: '[ja/nee] zet "CONCEPT" schuin over elke eigen pagina van de PDF (standaard: nee)',
    exemplaar: '[tekst] persoonlijk exemplaar: "Exemplaar van <naam>" op elke pagina van de PDF',
    dev: 'bekijk een vergadering in de browser; bouwt opnieuw en herlaadt bij elke opslag (Ctrl-C stopt)',
    devMeeting: 'vergadermap (standaard: de laatste vergadering)',
    port: '[getal] poort op 127.0.0.1 (standaard: 5050, of de eerstvolgende vrije)',
    open: '[ja/nee] open de pagina in uw browser (standaard: nee)',
    devNoCache: '[ja/nee] eerdere PDF-afdrukken niet hergebruiken (standaard: cache in node_modules/.cache/bundel)',
    new: 'begin een vergadering of een agendapunt vanuit een sjabloon; overschrijft nooit iets',
    newMeeting: 'maak content/<datum>-<orgaan>/ met vergadering.md en de vaste agendapunten',
    orgaan: '[tekst] het bestuursorgaan, bijv. "Algemeen Bestuur"',
    datum: '[tekst] datum van de vergadering',
    organisatie: '[tekst] de organisatie (optioneel)',
    tijd: '[tekst] aanvangstijd, bijv. 19:30 (optioneel)',
    locatie: '[tekst] waar (optioneel)',
    voorzitter: '[tekst] voorzitter (optioneel)',
    secretaris: '[tekst] secretaris (optioneel)',
    newItem: 'voeg de volgende agendapuntmap toe aan een vergadering (of voeg haar in met --na)',
    newItemMeeting: 'vergadermap, bijv. 2025-03-19-algemeen-bestuur',
    newItemTitel: 'titel van het agendapunt',
    memo: '[ja/nee] maak ook memo.md met elk veld om in te vullen (standaard: nee)',
    na: '[getal] voeg in na agendapunt N en nummer de punten erna door (standaard: achteraan)',
    wholeNumber: 'verwacht een heel getal, bijv. --na 2',
    portNumber: 'verwacht een poortnummer van 0 tot en met 65535',
    editionNames: (names: string) => `verwacht een of meer edities, met komma's gescheiden: ${names}`,
    examples: `
Voorbeelden:
  $ bundel check                       controleer elke vergadering in content/
  $ bundel build                       bouw dist/<vergadering>/index.html en bundel.pdf
  $ bundel build 2025-01-29-algemeen-bestuur --out public
  $ bundel check --format json         problemen als JSON, voor andere programma's
  $ bundel dev --open                  live voorbeeld van de laatste vergadering
  $ bundel new vergadering --orgaan "Algemeen Bestuur" --datum 2025-03-19
  $ bundel new agendapunt 2025-03-19-algemeen-bestuur "Lobby" --memo --na 1

Afsluitcodes: 0 in orde, 1 fouten in de inhoud (of waarschuwingen met --strict), 2 verkeerd gebruik, 130 onderbroken.`,
    checked: (n: number) => `${count('nl', n, meetings)} gecontroleerd: geen fouten`,
    pdfChecked: (file: string, r: PdfUaSummary) =>
      `${file}: ${count('nl', r.counts.pages, pages)}, ${formatNumber('nl', r.counts.tagged)} getagde en ${formatNumber('nl', r.counts.artifacts)} als artefact gemarkeerde onderdelen, ${formatNumber('nl', r.counts.untagged)} zonder tag; ${r.findings.length === 0 ? 'de gecontroleerde PDF/UA-1-regels kloppen' : 'niet alle gecontroleerde PDF/UA-1-regels kloppen'}; PDF/UA-1 ${r.declared ? 'verklaard' : 'niet verklaard'} in de metadata`,
    summary: (e: number, w: number) => [e ? count('nl', e, errors) : '', w ? count('nl', w, warnings) : ''].filter(Boolean).join(', '),
    built: (s: BuiltSummary) => `gebouwd: ${s.meeting} (${[s.pages !== undefined ? `bundel.pdf ${count('nl', s.pages, pages)}` : '', count('nl', s.files, files)].filter(Boolean).join(', ')}) in ${seconds('nl', s.ms)}`,
    failed: 'de build is mislukt: er is niets geschreven',
    interrupted: 'onderbroken: er is niets geschreven',
    interruptedAfter: 'onderbroken, maar de build was al helemaal geschreven',
    unexpected: 'onverwachte fout; er is niets geschreven. Meld dit alstublieft, met de uitvoer hieronder.',
    unchanged: '; er is niets gemaakt of veranderd',
    stage: {load: 'inlezen', validate: 'controleren', render: 'opmaken', print: 'afdrukken', merge: 'samenvoegen', write: 'schrijven'} as Record<string, string>,
    recovered: (out: string, list: string) => `de onderbroken build van ${out} is afgemaakt: ${list}`,
    removedStaging: (out: string, n: number) => `${n === 1 ? 'een achtergebleven werkmap' : `${n} achtergebleven werkmappen`} van een onderbroken build van ${out} verwijderd`,
    asMeeting: (meeting: string, content: string, out: string) => `dit is vergadermap ${meeting}: die wordt gebouwd uit ${content} naar ${out}`,
    created: 'gemaakt    ',
    renamed: 'hernoemd   ',
    fillIn: 'Vul de «…»-plekken in; "bundel check" noemt de plekken die nog open staan.',
    devStarted: (url: string, meeting: string) => `bundel dev: ${url} (${meeting}); PDF op ${url}bundel.pdf; Ctrl-C stopt`,
    rebuilt: (ms: number) => `opnieuw gebouwd in ${Math.round(ms)} ms`,
    commander: [
      [/^error: unknown option '(.*)'/, "fout: onbekende optie '$1'"],
      [/^error: unknown command '(.*)'/, "fout: onbekende opdracht '$1'"],
      [/^error: too many arguments(.*)/, 'fout: te veel argumenten$1'],
      [/^error: missing required argument '(.*)'/, "fout: verplicht argument '$1' ontbreekt"],
      [/^error: option '(.*)' argument missing/, "fout: bij optie '$1' hoort een waarde"],
      [/^error: required option '(.*)' not specified/, "fout: verplichte optie '$1' ontbreekt"],
      [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./, "fout: '$2' is geen geldige waarde voor '$1'; kies uit $3."],
      [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)/, "fout: '$2' is geen geldige waarde voor '$1': $3"],
      [/^\(Did you mean (.*)\?\)/m, '(Bedoelt u $1?)'],
      [/^Usage:/m, 'Gebruik:'],
      [/^Options:/m, 'Opties:'],
      [/^Commands:/m, 'Opdrachten:'],
      [/^Arguments:/m, 'Argumenten:'],
      [/\[options\]/g, '[opties]'],
      [/\[command\]/g, '[opdracht]']
    ] as ReadonlyArray<readonly [RegExp, string]>
  },
  en: {
    description: 'Turn a folder of Markdown into the meeting bundle (vergaderbundel): numbered HTML and one PDF.',
    help: 'display help for command',
    version: 'output the version number',
    helpCommand: 'display help for command',
    usageAfterError: '(run "bundel --help" for usage)',
    content: '[string] content folder (default: "content")',
    format: '[text|json|github] how problems are reported (default: text; github on GitHub Actions)',
    strict: '[boolean] warnings fail too (default: false)',
    verbose: '[boolean] add rule ids, docs links and causes (default: false)',
    color: '[boolean] no colours (default: colours on a terminal, never with NO_COLOR)',
    lang: '[nl|en] language of messages and help (default: nl; en when LANG starts with "en")',
    quiet: '[boolean] no progress, only problems (default: false)',
    allowMissingAlt: '[boolean] an image without description is described by its file name, instead of counting as decoration (default: false; it stays a warning)',
    check: 'check the content and report every problem, one line each; writes nothing',
    checkMeetings: 'meeting folders to check (default: all)',
    checkOut: '[string] output folder whose interrupted build is finished first (default: "dist")',
    checkPdf: '[string] check a PDF against the machine-checkable rules of PDF/UA-1 instead of the content (e.g. dist/<meeting>/bundel.pdf)',
    build: 'build dist/<meeting>/index.html (and bundel.pdf); a failed build leaves dist/ untouched',
    buildMeetings: 'meeting folders to build (default: all)',
    site: 'build the public website in dist/: every meeting in the public edition, a home page, search, sitemap.xml (DiWoo) and OParl open data',
    out: '[string] output folder (default: "dist")',
    noPdf: '[boolean] only the HTML bundle (default: HTML and PDF)',
    noCache: '[boolean] do not reuse earlier renders (default: cache in node_modules/.cache/bundel)',
    editie: '[list] volledig (for the board), openbaar (for the website: closed documents replaced, same page numbers) or both, e.g. volledig,openbaar (default: volledig)',
    concept: '[boolean] put "CONCEPT" diagonally across every own page of the PDF (default: false)',
    exemplaar: '[string] personal copy: "Exemplaar van <name>" on every page of the PDF',
    dev: 'preview a meeting in the browser; rebuilds and reloads on every save (Ctrl-C stops)',
    devMeeting: 'meeting folder (default: the latest meeting)',
    port: '[number] port on 127.0.0.1 (default: 5050, or the next free one)',
    open: '[boolean] open the page in your browser (default: false)',
    devNoCache: '[boolean] do not reuse earlier PDF renders (default: cache in node_modules/.cache/bundel)',
    new: 'start a meeting or an agenda item from a template; never overwrites anything',
    newMeeting: 'create content/<datum>-<orgaan>/ with vergadering.md and the standing items',
    orgaan: '[string] the governing body, e.g. "Algemeen Bestuur"',
    datum: '[string] date of the meeting',
    organisatie: '[string] the organisation (optional)',
    tijd: '[string] start time, e.g. 19:30 (optional)',
    locatie: '[string] where (optional)',
    voorzitter: '[string] chair (optional)',
    secretaris: '[string] secretary (optional)',
    newItem: 'add the next agenda item folder to a meeting (or insert it with --na)',
    newItemMeeting: 'meeting folder, e.g. 2025-03-19-algemeen-bestuur',
    newItemTitel: 'title of the item',
    memo: '[boolean] also create memo.md with every field to fill in (default: false)',
    na: '[number] insert after item N and renumber the items that follow (default: at the end)',
    wholeNumber: 'expected a whole number, e.g. --na 2',
    portNumber: 'expected a port number from 0 to 65535',
    editionNames: (names: string) => `expected one or more editions, separated by commas: ${names}`,
    examples: `
Examples:
  $ bundel check                       check every meeting in content/
  $ bundel build                       build dist/<meeting>/index.html and bundel.pdf
  $ bundel build 2025-01-29-algemeen-bestuur --out public
  $ bundel check --format json         problems as JSON, for tools
  $ bundel dev --open                  live preview of the latest meeting
  $ bundel new vergadering --orgaan "Algemeen Bestuur" --datum 2025-03-19
  $ bundel new agendapunt 2025-03-19-algemeen-bestuur "Lobby" --memo --na 1

Exit codes: 0 clean, 1 content errors (or warnings with --strict), 2 wrong usage, 130 interrupted.`,
    checked: (n: number) => `checked ${count('en', n, meetings)}: no errors`,
    pdfChecked: (file: string, r: PdfUaSummary) =>
      `${file}: ${count('en', r.counts.pages, pages)}, ${formatNumber('en', r.counts.tagged)} tagged and ${formatNumber('en', r.counts.artifacts)} artifact items, ${formatNumber('en', r.counts.untagged)} untagged; ${r.findings.length === 0 ? 'the PDF/UA-1 rules checked hold' : 'not all PDF/UA-1 rules checked hold'}; PDF/UA-1 ${r.declared ? 'declared' : 'not declared'} in the metadata`,
    summary: (e: number, w: number) => [e ? count('en', e, errors) : '', w ? count('en', w, warnings) : ''].filter(Boolean).join(', '),
    built: (s: BuiltSummary) => `built ${s.meeting} (${[s.pages !== undefined ? `bundel.pdf ${count('en', s.pages, pages)}` : '', count('en', s.files, files)].filter(Boolean).join(', ')}) in ${seconds('en', s.ms)}`,
    failed: 'build failed: nothing was written',
    interrupted: 'interrupted: nothing was written',
    interruptedAfter: 'interrupted, but the build had already been written completely',
    unexpected: 'unexpected failure; nothing was written. Please report this with the output below.',
    unchanged: '; nothing was created or changed',
    stage: {load: 'reading', validate: 'checking', render: 'laying out', print: 'printing', merge: 'merging', write: 'writing'} as Record<string, string>,
    recovered: (out: string, list: string) => `finished the interrupted build of ${out}: ${list}`,
    removedStaging: (out: string, n: number) => `removed ${n === 1 ? 'a leftover staging folder' : `${n} leftover staging folders`} of an interrupted build of ${out}`,
    asMeeting: (meeting: string, content: string, out: string) => `this is meeting folder ${meeting}: building it from ${content} into ${out}`,
    created: 'created  ',
    renamed: 'renamed  ',
    fillIn: 'Fill in the «…» placeholders; "bundel check" lists the ones that are left.',
    devStarted: (url: string, meeting: string) => `bundel dev: ${url} (${meeting}); PDF at ${url}bundel.pdf; Ctrl-C stops`,
    rebuilt: (ms: number) => `rebuilt in ${Math.round(ms)} ms`,
    commander: [] as ReadonlyArray<readonly [RegExp, string]>
  }
} as const

/** The command-line texts of one language. */
export type Ui = (typeof ui)[Lang]
