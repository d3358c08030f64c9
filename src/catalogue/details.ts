/**
 * The parts of messages that say *why* (a `detail`) or *how to fix* (a `fix`), by code, in both
 * languages. Code that finds a problem passes a code and its values; the words live here, so a
 * message reads the same wherever it comes from (#8).
 */
import type {Lang} from './lang.js'

type Params = Readonly<Record<string, string | undefined>>
type Phrase = Readonly<Record<Lang, (p: Params) => string>>

const mb = (value: string | undefined) => value ?? '?'

/** Why something cannot be used. */
export const details = {
  // not-utf8
  utf16: {nl: () => 'het is UTF-16', en: () => 'it is UTF-16'},
  latin1: {nl: () => 'het lijkt Windows-1252 of Latin-1', en: () => 'it looks like Windows-1252 or Latin-1'},
  // not-a-file
  folder: {nl: () => 'een map', en: () => 'a folder'},
  special: {nl: () => 'een apparaat, pipe of socket', en: () => 'a device, pipe or socket'},
  // no-meetings
  empty: {nl: (p) => `${p.folder} is leeg`, en: (p) => `${p.folder} is empty`},
  // markdown-too-complex
  quotes: {nl: (p) => `${p.count} citaattekens (>) voor één regel`, en: (p) => `${p.count} quote markers (>) in front of one line`},
  indent: {nl: (p) => `een regel die ${p.count} spaties inspringt (een te diep geneste lijst)`, en: (p) => `a line indented ${p.count} spaces (a list nested too deeply)`},
  delimiters: {nl: (p) => `meer dan ${p.limit} tekens * _ \` of [ in één alinea`, en: (p) => `more than ${p.limit} * _ \` or [ marks in one paragraph`},
  table: {nl: (p) => `een tabel met meer dan ${p.limit} cellen`, en: (p) => `a table with more than ${p.limit} cells`},
  nesting: {nl: () => 'hij is te diep genest', en: () => 'it is nested too deeply'},
  // image-missing
  'image-type': {nl: () => 'het is geen .png-, .jpg-, .gif- of .webp-afbeelding', en: () => 'not a .png, .jpg, .gif or .webp image'},
  'not-a-file': {nl: () => 'het is geen bestand', en: () => 'it is not a file'},
  missing: {nl: () => 'het bestand bestaat niet', en: () => 'the file does not exist'},
  outside: {nl: () => 'het ligt buiten de inhoudsmap', en: () => 'it lies outside the content folder'},
  // image-too-large
  bytes: {nl: (p) => `het is ${mb(p.size)} MB, meer dan ${p.limit} MB`, en: (p) => `it is ${mb(p.size)} MB, more than ${p.limit} MB`},
  pixels: {nl: (p) => `het is ${p.width} × ${p.height} pixels, meer dan ${p.limit} miljoen`, en: (p) => `it is ${p.width} × ${p.height} pixels, more than ${p.limit} million`},
  // pdf-unreadable
  'no-header': {nl: () => 'er staat geen PDF-kop in', en: () => 'no PDF header'},
  'cut-off': {nl: () => 'het bestand is afgebroken: het einde ontbreekt', en: () => 'the file is cut off: no end-of-file marker'},
  damaged: {nl: () => 'het is beschadigd op een manier die bundel niet kan herstellen', en: () => 'it is damaged in a way bundel cannot repair'},
  'no-page-table': {nl: () => 'de lijst met pagina\'s is niet te vinden', en: () => 'its table of pages cannot be found'},
  'page-tree': {nl: () => 'de lijst van pagina\'s in het bestand is kapot', en: () => 'the list of pages inside the file is broken'},
  'encryption-unknown': {nl: (p) => `het is versleuteld met ${p.text} (een certificaat of een speciaal programma)`, en: (p) => `it is encrypted with ${p.text} (a certificate or a special program)`},
  text: {nl: (p) => p.text ?? '', en: (p) => p.text ?? ''},
  // render-failed
  'no-answer': {nl: () => 'Chromium gaf niet op tijd antwoord', en: () => 'Chromium did not answer in time'},
  // pdf-oversized
  stream: {nl: (p) => `een stroom${p.object ? ` (object ${p.object})` : ''} pakt uit tot meer dan ${p.limit} MB`, en: (p) => `a stream${p.object ? ` (object ${p.object})` : ''} unpacks to more than ${p.limit} MB`},
  'object-stream': {nl: (p) => `een objectstroom${p.object ? ` (object ${p.object})` : ''} pakt uit tot meer dan ${p.limit} MB`, en: (p) => `an object stream${p.object ? ` (object ${p.object})` : ''} unpacks to more than ${p.limit} MB`},
  file: {nl: (p) => `alle stromen samen pakken uit tot meer dan ${p.limit} MB`, en: (p) => `its streams unpack to more than ${p.limit} MB in all`},
  // yaml-syntax
  separator: {nl: (p) => `een regel die met "${p.text}" begint, zou de kop hier beëindigen`, en: (p) => `a line starting with "${p.text}" inside the front matter would end it here`},
  'too-long': {nl: (p) => `hij is ${p.size} kB lang, meer dan de ${p.limit} kB die bundel leest`, en: (p) => `it is ${p.size} kB long, more than the ${p.limit} kB bundel reads`},
  'key-not-word': {nl: () => 'een veldnaam moet een woord zijn, geen lijst of blok', en: () => 'a field name must be a word, not a list or a block'},
  'too-many-fields': {nl: (p) => `hij heeft ${p.count} velden, meer dan de ${p.limit} die bundel leest`, en: (p) => `it has ${p.count} fields, more than the ${p.limit} bundel reads`},
  tab: {nl: (p) => `regel ${p.line} begint met een tab`, en: (p) => `line ${p.line} starts with a tab`},
  'colon-in-value': {nl: (p) => `de waarde van \`${p.key}\` bevat ": ", wat YAML leest als een nieuw veld`, en: (p) => `the value of \`${p.key}\` holds ": ", which YAML reads as a new field`},
  'no-space': {nl: (p) => `na \`${p.key}:\` staat geen spatie`, en: (p) => `there is no space after \`${p.key}:\``},
  'duplicate-key': {nl: (p) => `het veld \`${p.key}\` staat er twee keer in`, en: (p) => `the field \`${p.key}\` appears twice`},
  'unclosed-quote': {nl: () => 'een aanhalingsteken wordt niet gesloten', en: () => 'a quotation mark is never closed'},
  indentation: {nl: () => 'de inspringing klopt niet', en: () => 'the indentation is off'},
  bracket: {nl: (p) => `de waarde van \`${p.key}\` begint met "${p.text}", wat YAML leest als het begin van een ${p.text === '[' ? 'lijst' : 'blok'}`, en: (p) => `the value of \`${p.key}\` starts with "${p.text}", which YAML reads as the start of a ${p.text === '[' ? 'list' : 'block'}`},
  alias: {nl: (p) => `een verwijzing (*${p.text}) naar iets dat niet bestaat of te vaak herhaald wordt`, en: (p) => `an alias (*${p.text}) to something that does not exist or is repeated too often`},
  parser: {nl: (p) => p.text ?? '', en: (p) => p.text ?? ''},
  // render-failed
  'bundel-chrome-missing': {
    nl: (p) => `BUNDEL_CHROME wijst naar ${p.path}, maar daar staat geen bestand (verbeter het pad, of haal BUNDEL_CHROME weg)`,
    en: (p) => `BUNDEL_CHROME is set to ${p.path}, but no file is there (fix the path, or unset BUNDEL_CHROME)`
  },
  'no-browser': {
    nl: () => 'geen Chromium of Chrome gevonden om de PDF te maken: installeer er een (Debian/Ubuntu: "apt-get install chromium"), of zet BUNDEL_CHROME op het pad ervan',
    en: () => 'no Chromium or Chrome found to make the PDF: install one (Debian/Ubuntu: "apt-get install chromium"), or set BUNDEL_CHROME to its path'
  }
} as const satisfies Record<string, Phrase>

/** How to fix it. */
export const fixes = {
  separator: {
    nl: () => 'haal de regel weg, of zet er "#" voor zodat het commentaar wordt; de kop eindigt bij een regel met alleen "---"',
    en: () => 'remove the line, or put "#" in front of it to make it a comment; the front matter ends at a line that is exactly "---"'
  },
  tab: {nl: () => 'spring in met spaties', en: () => 'indent with spaces'},
  'colon-in-value': {nl: (p) => `zet de waarde tussen aanhalingstekens: \`${p.key}: "${p.value}"\``, en: (p) => `put the value in quotes: \`${p.key}: "${p.value}"\``},
  'no-space': {nl: (p) => `zet een spatie na de dubbele punt: \`${p.key}: ${p.value}\``, en: (p) => `put a space after the colon: \`${p.key}: ${p.value}\``},
  'duplicate-key': {nl: () => 'houd één van de twee over', en: () => 'keep one of the two'},
  'unclosed-quote': {nl: () => 'sluit de waarde af met hetzelfde aanhalingsteken', en: () => 'end the value with the same quotation mark'},
  quotes: {nl: (p) => `citeer hooguit ${p.limit} niveaus diep`, en: (p) => `quote at most ${p.limit} levels deep`},
  indent: {nl: () => 'nest lijsten hooguit een paar niveaus diep', en: () => 'nest lists at most a few levels deep'},
  delimiters: {nl: () => 'kijk of een plakactie misging; verdeel de tekst in alinea\'s', en: () => 'check for a paste that went wrong; split the text into paragraphs'},
  table: {nl: () => 'splits de tabel, of voeg hem toe als PDF-bijlage', en: () => 'split the table, or add it as a PDF appendix'},
  nesting: {nl: () => 'vereenvoudig de nesting van lijsten en citaten', en: () => 'simplify the nesting of lists and quotes'},
  browser: {nl: () => 'zie de melding; "bundel build --no-pdf" maakt alleen de HTML', en: () => 'see the message; "bundel build --no-pdf" makes only the HTML'},
  timeout: {nl: () => 'Chromium deed er te lang over; verhoog BUNDEL_TIMEOUT (milliseconden) of kijk hoe druk de machine is', en: () => 'Chromium took too long; raise BUNDEL_TIMEOUT (milliseconds) or check the machine\'s load'},
  'text-not-list': {nl: (p) => `schrijf één regel: "${p.key}: …"`, en: (p) => `write one line: "${p.key}: …"`}
} as const satisfies Record<string, Phrase>

/** A detail code. */
export type DetailCode = keyof typeof details
/** A fix code. */
export type FixCode = keyof typeof fixes

/** The phrase of `code` in `lang`, or the raw text when the code is unknown. */
export function phrase(table: Readonly<Record<string, Phrase>>, code: string | undefined, lang: Lang, p: Params): string | undefined {
  if (code === undefined) return undefined
  const entry = table[code]
  return entry ? entry[lang](p) : code
}
