/**
 * The catalogue of content messages, in Dutch and English (#8): rule id → severity, reason and
 * hint. Rule ids are permanent (they end up in CI logs, JSON exports and docs links); add, never
 * rename. Reasons say what is wrong, hints what to do; neither holds the position, which the
 * reporter shows. Values the user wrote are in backticks, quoted as written.
 */
import {details, fixes, phrase} from './details.js'
import {count, list, type Lang, type Text} from './lang.js'

/** Values a message template may use. */
export type Params = Readonly<Record<string, string | undefined>>

/** How bad a rule's messages are. */
export type Severity = 'error' | 'warning'

/** One rule of the catalogue. */
export interface RuleInfo {
  readonly severity: Severity
  readonly reason: Text<Params>
  readonly hint?: Text<Params>
}

const detail = (lang: Lang, p: Params) => phrase(details, p.detail, lang, p) ?? ''
const fix = (lang: Lang, p: Params) => phrase(fixes, p.fix, lang, p)

/** "pagina 3" / "pagina's 1, 2 en 5"; "page 3" / "pages 1, 2 and 5". */
function pageList(lang: Lang, pages: string | undefined): string {
  const items = (pages ?? '').split(',').filter(Boolean)
  if (lang === 'nl') return items.length === 1 ? `pagina ${items[0]}` : `pagina's ${list('nl', items)}`
  return items.length === 1 ? `page ${items[0]}` : `pages ${list('en', items)}`
}

// Singular with its article (een / a, an), then the plural.
const active: Record<string, {nl: readonly [string, string]; en: readonly [string, string]}> = {
  javascript: {nl: ['een JavaScript-actie', 'JavaScript-acties'], en: ['a JavaScript action', 'JavaScript actions']},
  launch: {nl: ['een actie die een programma start', 'acties die een programma starten'], en: ['an action that starts a program', 'actions that start a program']},
  submit: {nl: ['een formulieractie die gegevens verstuurt of wist', 'formulieracties die gegevens versturen of wissen'], en: ['a form action that sends or resets data', 'form actions that send or reset data']},
  remote: {nl: ['een link naar een ander bestand of een netwerkmap', 'links naar andere bestanden of netwerkmappen'], en: ['a link to another file or network share', 'links to other files or network shares']},
  attachment: {nl: ['een bijgevoegd bestand', 'bijgevoegde bestanden'], en: ['a file attachment', 'file attachments']},
  media: {nl: ['een multimedia-element', 'multimedia-elementen'], en: ['a multimedia element', 'multimedia elements']},
  'unsafe-link': {nl: ['een link naar een adres dat geen webpagina of e-mailadres is', 'links naar adressen die geen webpagina of e-mailadres zijn'], en: ['a link with an address that is not a web page or e-mail address', 'links with addresses that are not web pages or e-mail addresses']},
  'other-action': {nl: ['een automatische actie', 'automatische acties'], en: ['an automatic action', 'automatic actions']},
  'embedded-files': {nl: ['een ingesloten bestand', 'ingesloten bestanden'], en: ['an embedded file', 'embedded files']},
  xfa: {nl: ['een XFA-formulier', 'XFA-formulieren'], en: ['an XFA form', 'XFA forms']}
}

/** "7 JavaScript-acties zijn verwijderd van pagina's 1, 2 en 3". */
function activeContent(lang: Lang, p: Params): string {
  const n = Number(p.count ?? '1')
  const names = active[p.kind ?? ''] ?? {nl: ['actieve inhoud', 'actieve inhoud'], en: ['active content', 'active content']}
  const where = p.pages ? ` ${lang === 'nl' ? 'van' : 'from'} ${pageList(lang, p.pages)}` : ''
  const [one, many] = names[lang]
  if (lang === 'nl') return `${n === 1 ? `${one} is` : `${n} ${many} zijn`} verwijderd${where}`
  return `${n === 1 ? `${one} was` : `${n} ${many} were`} removed${where}`
}

/** The expected kind of value, as the user knows it. */
const kinds: Record<string, {nl: string; en: string}> = {
  text: {nl: 'een tekst', en: 'a text'},
  'text-or-list': {nl: 'een tekst of een lijst teksten', en: 'a text or a list of texts'},
  list: {nl: 'een lijst (regels die beginnen met "- ")', en: 'a list (lines starting with "- ")'},
  block: {nl: 'een blok velden (ingesprongen regels onder de naam)', en: 'a block of fields (indented lines below the key)'},
  nothing: {nl: 'niets', en: 'nothing'},
  number: {nl: 'een nummer of een korte tekst zonder spaties, zoals `3a`', en: 'a number or a short text without spaces, such as `3a`'},
  valid: {nl: 'een geldige waarde', en: 'a valid value'}
}
const kind = (lang: Lang, code: string | undefined) => (code && kinds[code] ? kinds[code]![lang] : code ?? '')
/** What was found instead: short (`a list`), or the value itself in backticks. */
const found = (lang: Lang, code: string | undefined) => (code === 'list' ? (lang === 'nl' ? 'een lijst' : 'a list') : code === 'block' ? (lang === 'nl' ? 'een blok velden' : 'a block of fields') : kind(lang, code))
/** An example value as written in `lang` (a date placeholder is JJJJ-MM-DD in Dutch). */
const example = (lang: Lang, p: Params) => (lang === 'en' ? p.example?.replace('JJJJ-MM-DD', 'YYYY-MM-DD') : p.example) ?? '…'

const months = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
}

/** A hint for a date written wrong: the date it probably is, or why it cannot be. */
function dateHint(lang: Lang, p: Params): string {
  if (p.suggestion) return lang === 'nl' ? `bedoelt u ${p.suggestion}? schrijf datums als JJJJ-MM-DD` : `did you mean ${p.suggestion}? write dates as YYYY-MM-DD`
  if (p.month && p.days) {
    const month = months[lang][Number(p.month) - 1]
    return lang === 'nl' ? `${month} ${p.year} heeft ${p.days} dagen` : `${month} ${p.year} has ${p.days} days`
  }
  return lang === 'nl' ? 'schrijf een echte datum als JJJJ-MM-DD' : 'write a real date as YYYY-MM-DD'
}

export const rules = {
  'yaml-syntax': {
    severity: 'error',
    reason: {nl: (p) => `de kop (front matter) is geen geldige YAML: ${detail('nl', p)}`, en: (p) => `front matter is not valid YAML: ${detail('en', p)}`},
    hint: {
      nl: (p) => fix('nl', p) ?? 'controleer de inspringing, de dubbele punt na elk veld en de aanhalingstekens',
      en: (p) => fix('en', p) ?? 'check the indentation, the colon after each field and the quotes'
    }
  },
  'front-matter-code': {
    severity: 'error',
    reason: {nl: (p) => `een kop in \`${p.language}\` is code, en bundel voert nooit code uit`, en: (p) => `front matter in \`${p.language}\` is code, and bundel never runs code`},
    hint: {nl: () => 'schrijf de kop in YAML, geopend met een regel met alleen "---"', en: () => 'write the front matter as YAML, opened by a plain "---" line'}
  },
  'front-matter-language': {
    severity: 'error',
    reason: {nl: (p) => `een kop in \`${p.language}\` wordt niet ondersteund`, en: (p) => `front matter in \`${p.language}\` is not supported`},
    hint: {nl: () => 'schrijf de kop in YAML, geopend met een regel met alleen "---"', en: () => 'write the front matter as YAML, opened by a plain "---" line'}
  },
  'not-utf8': {
    severity: 'error',
    reason: {nl: (p) => `het bestand is geen UTF-8-tekst (${detail('nl', p)}); letters als é zouden verminkt worden`, en: (p) => `file is not UTF-8 text (${detail('en', p)}); letters like é would be garbled`},
    hint: {nl: () => 'sla het bestand op als UTF-8 (in de meeste editors: "Opslaan met codering" → UTF-8)', en: () => 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)'}
  },
  'duplicate-order': {
    severity: 'error',
    reason: {nl: (p) => `map \`${p.actual}\` heeft hetzelfde volgnummer als \`${p.other}\`, dus de volgorde is onduidelijk`, en: (p) => `folder \`${p.actual}\` has the same order number as \`${p.other}\`, so their order is unclear`},
    hint: {nl: () => 'geef elke agendapuntmap een eigen nummer vooraan (01-, 02-, …)', en: () => 'give each item folder its own number prefix (01-, 02-, …)'}
  },
  'duplicate-appendix-entry': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.actual}\` staat twee keer onder \`bijlagen\``, en: (p) => `\`${p.actual}\` is listed twice under \`bijlagen\``},
    hint: {nl: () => 'houd één regel per bestand over', en: () => 'keep one entry per file'}
  },
  'front-matter-shape': {
    severity: 'error',
    reason: {nl: () => 'de kop is geen rij regels "veld: waarde"', en: () => 'front matter is not a list of "field: value" lines'},
    hint: {nl: () => 'schrijf één "veld: waarde" per regel tussen de twee regels "---"', en: () => 'write one "field: value" per line between the two "---" lines'}
  },
  'front-matter-unclosed': {
    severity: 'error',
    reason: {nl: () => 'de kop wordt geopend met "---" maar nergens gesloten', en: () => 'front matter is opened by "---" but never closed'},
    hint: {nl: () => 'zet een regel "---" na het laatste veld', en: () => 'add a "---" line after the last field'}
  },
  'missing-field': {
    severity: 'error',
    reason: {nl: () => 'verplicht veld ontbreekt', en: () => 'required field is missing'},
    hint: {nl: (p) => `voeg toe: "${p.key}: ${example('nl', p)}"`, en: (p) => `add "${p.key}: ${example('en', p)}"`}
  },
  'empty-field': {
    severity: 'error',
    reason: {nl: () => 'verplicht veld is leeg', en: () => 'required field is empty'},
    hint: {nl: (p) => `vul het in, bijv. "${p.key}: ${example('nl', p)}"`, en: (p) => `fill it in, e.g. "${p.key}: ${example('en', p)}"`}
  },
  'unknown-field': {
    severity: 'error',
    reason: {nl: (p) => `onbekend veld \`${p.key}\`; het zou genegeerd worden`, en: (p) => `unknown field \`${p.key}\`, it would be ignored`},
    hint: {
      nl: (p) => (p.suggestion ? `bedoelt u \`${p.suggestion}\`?` : `haal het weg, of gebruik een van: ${p.known}`),
      en: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?` : `remove it, or use one of: ${p.known}`)
    }
  },
  'invalid-type': {
    severity: 'error',
    reason: {nl: (p) => `verwacht ${kind('nl', p.expected)}, maar hier staat ${found('nl', p.received)}`, en: (p) => `expected ${kind('en', p.expected)}, received ${found('en', p.received)}`},
    hint: {nl: (p) => fix('nl', p) ?? `schrijf het als ${kind('nl', p.expected)}`, en: (p) => fix('en', p) ?? `write it as ${kind('en', p.expected)}`}
  },
  'invalid-date': {
    severity: 'error',
    reason: {nl: (p) => `verwacht een datum als JJJJ-MM-DD, maar hier staat \`${p.actual}\``, en: (p) => `expected a date as YYYY-MM-DD, received \`${p.actual}\``},
    hint: {nl: (p) => dateHint('nl', p), en: (p) => dateHint('en', p)}
  },
  'invalid-boolean': {
    severity: 'error',
    reason: {nl: (p) => `verwacht \`ja\` of \`nee\`, maar hier staat \`${p.actual}\``, en: (p) => `expected \`true\` or \`false\`, received \`${p.actual}\``},
    hint: {nl: () => 'schrijf ja of nee (of true of false), zonder aanhalingstekens', en: () => 'write true or false (without quotes); ja and nee work too'}
  },
  'invalid-value': {
    severity: 'error',
    reason: {nl: (p) => `verwacht ${kind('nl', p.expected)}, maar hier staat \`${p.actual}\``, en: (p) => `expected ${kind('en', p.expected)}, received \`${p.actual}\``},
    hint: {nl: (p) => `schrijf ${kind('nl', p.expected)}`, en: (p) => `write ${kind('en', p.expected)}`}
  },
  'minutes-only': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.key}\` hoort alleen bij een verslag`, en: (p) => `\`${p.key}\` is only used for minutes`},
    hint: {nl: () => 'voeg "soort: verslag" toe als deze bijlage een verslag is, of haal het veld weg', en: () => 'add "soort: verslag" if this appendix is minutes, or remove the field'}
  },
  'closure-without-closed': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.key}\` staat er, maar het stuk is niet besloten`, en: (p) => `\`${p.key}\` is given, but the document is not closed`},
    hint: {
      nl: () => 'zet "besloten: ja" erbij als het stuk geheim is (anders komt het in de openbare editie), of haal het veld weg',
      en: () => 'add "besloten: ja" if the document is secret (otherwise it goes into the public edition), or remove the field'
    }
  },
  'not-a-pdf-entry': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.actual}\` is een Markdown-bijlage; die krijgt haar titel uit haar eigen \`titel\``, en: (p) => `\`${p.actual}\` is a Markdown appendix; its title comes from its own \`titel\``},
    hint: {nl: () => 'haal deze regel weg; "bijlagen" geeft hier alleen PDF-bijlagen een titel', en: () => 'remove this entry; "bijlagen" here only titles PDF appendices'}
  },
  placeholder: {
    severity: 'error',
    reason: {nl: (p) => `bevat nog de invulplek \`${p.actual}\``, en: (p) => `still holds the placeholder \`${p.actual}\``},
    hint: {nl: () => 'vervang de tekst tussen « en » door de echte waarde', en: () => 'replace the text between « and » with the real value'}
  },
  'missing-meeting-file': {
    severity: 'error',
    reason: {nl: () => 'de vergadermap heeft geen `vergadering.md`', en: () => 'meeting folder has no `vergadering.md`'},
    hint: {nl: (p) => `maak vergadering.md met ten minste "orgaan:" en "datum:"${p.example ? ` (${p.example})` : ''}`, en: (p) => `create vergadering.md with at least "orgaan:" and "datum:"${p.example ? ` (${p.example})` : ''}`}
  },
  'missing-item-file': {
    severity: 'error',
    reason: {nl: () => 'de agendapuntmap heeft geen `agendapunt.md`', en: () => 'agenda item folder has no `agendapunt.md`'},
    hint: {nl: (p) => `maak agendapunt.md met ten minste "titel: ${p.example ?? '…'}"`, en: (p) => `create agendapunt.md with at least "titel: ${p.example ?? '…'}"`}
  },
  'no-items': {
    severity: 'error',
    reason: {nl: () => 'de vergadering heeft geen agendapunten', en: () => 'meeting has no agenda items'},
    hint: {nl: () => 'maak een map per agendapunt, bijv. "01-opening/agendapunt.md", of gebruik "bundel new agendapunt"', en: () => 'add a folder per item, e.g. "01-opening/agendapunt.md", or run "bundel new agendapunt"'}
  },
  'item-folder-name': {
    severity: 'error',
    reason: {nl: (p) => `map \`${p.actual}\` is geen agendapuntmap`, en: (p) => `folder \`${p.actual}\` is not an agenda item folder`},
    hint: {nl: (p) => `noem agendapuntmappen "NN-naam", bijv. "${p.example ?? '02-onderwerp'}"`, en: (p) => `name item folders "NN-slug", e.g. "${p.example ?? '02-subject'}"`}
  },
  'unexpected-file': {
    severity: 'error',
    reason: {nl: (p) => `onverwacht bestand \`${p.actual}\`; het zou niet in de bundel komen`, en: (p) => `unexpected file \`${p.actual}\`, it would be left out of the bundle`},
    hint: {
      nl: (p) =>
        p.suggestion
          ? `bedoelt u \`${p.suggestion}\`?`
          : p.expected === 'meeting'
            ? 'een vergadermap bevat vergadering.md en een map per agendapunt'
            : p.expected === 'bijlagen-file'
              ? 'bijlagen moet een map zijn met de bijlagen erin; maak de map en zet het bestand erin'
              : 'een agendapuntmap bevat agendapunt.md, memo.md en bijlagen/; zet bijlagen in bijlagen/',
      en: (p) =>
        p.suggestion
          ? `did you mean \`${p.suggestion}\`?`
          : p.expected === 'meeting'
            ? 'a meeting folder holds vergadering.md and one folder per agenda item'
            : p.expected === 'bijlagen-file'
              ? 'bijlagen must be a folder holding the appendices; make the folder and move the file into it'
              : 'an item folder holds agendapunt.md, memo.md and bijlagen/; put appendices in bijlagen/'
    }
  },
  'duplicate-number': {
    severity: 'error',
    reason: {nl: (p) => `agendanummer \`${p.actual}\` wordt ook gebruikt door ${p.other}`, en: (p) => `agenda number \`${p.actual}\` is also used by ${p.other}`},
    hint: {nl: () => 'geef elk agendapunt een eigen "nummer", of haal "nummer" weg om op volgorde te nummeren', en: () => 'give each item its own "nummer", or remove "nummer" to number by position'}
  },
  'appendix-missing': {
    severity: 'error',
    reason: {
      nl: (p) => (p.folder ? `bijlage \`${p.actual}\` staat niet in ${p.folder}` : `bijlage \`${p.actual}\` is een link naar een bestand dat er niet is`),
      en: (p) => (p.folder ? `appendix \`${p.actual}\` does not exist in ${p.folder}` : `appendix \`${p.actual}\` is a link to a file that does not exist`)
    },
    hint: {
      nl: (p) => (p.suggestion ? `bedoelt u \`${p.suggestion}\`?${p.caseOnly ? ' bestandsnamen zijn hoofdlettergevoelig' : ''}` : p.present ? `de map bevat: ${p.present}` : 'controleer de bestandsnaam, of voeg het bestand toe'),
      en: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`?${p.caseOnly ? ' file names are case-sensitive' : ''}` : p.present ? `the folder holds: ${p.present}` : 'check the file name, or add the file')
    }
  },
  'appendix-empty': {
    severity: 'error',
    reason: {nl: () => 'het bijlagebestand is leeg', en: () => 'appendix file is empty'},
    hint: {nl: () => 'vul het, of haal het bestand weg', en: () => 'add its content, or remove the file'}
  },
  'appendix-type': {
    severity: 'error',
    reason: {nl: (p) => `bijlage \`${p.actual}\` is geen .md- of .pdf-bestand`, en: (p) => `appendix \`${p.actual}\` is not a .md or .pdf file`},
    hint: {nl: () => 'zet het eerst om naar PDF (of Markdown)', en: () => 'convert it to PDF (or Markdown) first'}
  },
  'path-outside': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.actual}\` wijst naar buiten de inhoudsmap`, en: (p) => `\`${p.actual}\` points outside the content folder`},
    hint: {nl: () => 'zet het bestand in de map bijlagen/ van het agendapunt en noem alleen de bestandsnaam', en: () => 'put the file inside the item\'s bijlagen/ folder and name only the file'}
  },
  'path-not-name': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.actual}\` is een pad; verwacht een bestandsnaam in bijlagen/`, en: (p) => `\`${p.actual}\` is a path, expected a file name inside bijlagen/`},
    hint: {nl: (p) => `schrijf alleen de bestandsnaam, bijv. "${p.suggestion ?? '01-brief.pdf'}"`, en: (p) => `write only the file name, e.g. "${p.suggestion ?? '01-brief.pdf'}"`}
  },
  'pdf-unreadable': {
    severity: 'error',
    reason: {nl: (p) => `de bijlage is geen leesbare PDF (${detail('nl', p)}); de pagina's zouden verloren gaan`, en: (p) => `appendix is not a readable PDF (${detail('en', p)}); its pages would be lost`},
    hint: {nl: () => 'exporteer het document opnieuw naar PDF, of vervang het bestand', en: () => 'export the document to PDF again, or replace the file'}
  },
  'pdf-oversized': {
    severity: 'error',
    reason: {nl: (p) => `de bijlage-PDF wordt niet gebruikt: ${detail('nl', p)}, en dat kan geen lezer veilig aan`, en: (p) => `appendix PDF is not used: ${detail('en', p)}, which no reader can handle safely`},
    hint: {nl: () => 'het bestand lijkt beschadigd of gemaakt om lezers te laten vastlopen; vraag de afzender om een nieuw exemplaar, of druk het opnieuw af naar PDF', en: () => 'the file looks damaged or made to crash readers; ask the sender for a new copy, or print it to PDF again'}
  },
  'pdf-encrypted': {
    severity: 'error',
    reason: {nl: () => 'de bijlage-PDF gaat alleen open met een wachtwoord, dus de pagina\'s kunnen niet worden samengevoegd', en: () => 'appendix PDF opens only with a password, so its pages cannot be merged'},
    hint: {nl: () => 'vraag de afzender om een onbeveiligd exemplaar', en: () => 'ask the sender for an unprotected copy'}
  },
  'pdf-no-pages': {
    severity: 'error',
    reason: {nl: () => 'de bijlage-PDF heeft geen pagina\'s', en: () => 'appendix PDF has no pages'},
    hint: {nl: () => 'exporteer het document opnieuw naar PDF, of vervang het bestand', en: () => 'export the document to PDF again, or replace the file'}
  },
  'pdf-form': {
    severity: 'warning',
    reason: {
      nl: (p) => `de bijlage-PDF heeft ${count('nl', Number(p.actual), {nl: ['formulierveld', 'formuliervelden'], en: ['', '']})}; in de bundel staat wat is ingevuld, maar invullen kan er niet meer`,
      en: (p) => `appendix PDF has ${count('en', Number(p.actual), {nl: ['', ''], en: ['form field', 'form fields']})}; the bundle prints what was filled in, but they cannot be edited there`
    },
    hint: {nl: () => 'vul het formulier in voordat u het toevoegt, of stuur het origineel apart mee', en: () => 'fill in the form before adding it, or send the original separately'}
  },
  'pdf-active-content': {
    severity: 'warning',
    reason: {nl: (p) => activeContent('nl', p), en: (p) => activeContent('en', p)},
    hint: {nl: () => 'de bundel bevat niets wat code uitvoert, bestanden opent of gegevens verstuurt; stuur het origineel apart als dat nodig is', en: () => 'the bundle carries nothing that runs, opens files or sends data; send the original separately if it is needed'}
  },
  'pdf-page-small': {
    severity: 'warning',
    reason: {
      nl: (p) => `${pageList('nl', p.pages)} ${p.pages?.includes(',') ? 'zijn' : 'is'} te klein voor de voetregel (${p.sizes}) en ${p.pages?.includes(',') ? 'worden' : 'wordt'} zonder paginanummer opgenomen`,
      en: (p) => `${pageList('en', p.pages)} ${p.pages?.includes(',') ? 'are' : 'is'} too small for the footer band (${p.sizes}); merged as they are, without page number`
    },
    hint: {nl: () => 'exporteer het document opnieuw op een gewoon paginaformaat, als deze pagina\'s ertoe doen', en: () => 'export the document again with a normal page size, if these pages matter'}
  },
  'vague-consequences': {
    severity: 'warning',
    reason: {nl: (p) => `zegt alleen \`${p.actual}\`; het bestuur leest de consequenties hier`, en: (p) => `only says \`${p.actual}\`; the board reads the consequences here`},
    hint: {nl: () => 'vat de consequenties samen, of schrijf "n.v.t." of "geen" als er geen zijn', en: () => 'summarise the consequences, or write "n.v.t." or "geen" when there are none'}
  },
  'remote-image': {
    severity: 'warning',
    reason: {nl: (p) => `afbeelding van internet \`${p.actual}\` blijft weg: de bundel haalt niets van het netwerk`, en: (p) => `remote image \`${p.actual}\` is left out: the bundle makes no network requests`},
    hint: {nl: () => 'sla de afbeelding op naast het Markdown-bestand en verwijs ernaar met haar bestandsnaam', en: () => 'save the image next to the Markdown file and link it by its relative path'}
  },
  'image-missing': {
    severity: 'error',
    reason: {nl: (p) => `afbeelding \`${p.actual}\` is niet te gebruiken (${detail('nl', p)})`, en: (p) => `image \`${p.actual}\` cannot be used (${detail('en', p)})`},
    hint: {
      nl: (p) => (p.suggestion ? `bedoelt u \`${p.suggestion}\`? bestandsnamen zijn hoofdlettergevoelig` : 'gebruik een .png-, .jpg-, .gif- of .webp-bestand in de inhoudsmap'),
      en: (p) => (p.suggestion ? `did you mean \`${p.suggestion}\`? file names are case-sensitive` : 'use a .png, .jpg, .gif or .webp file inside the content folder')
    }
  },
  'image-alt': {
    severity: 'warning',
    reason: {nl: (p) => `afbeelding \`${p.actual}\` heeft geen beschrijving (alt-tekst); een schermlezer kan haar niet voorlezen`, en: (p) => `image \`${p.actual}\` has no description (alt text); a screen reader cannot read it out`},
    hint: {
      nl: () => 'schrijf een beschrijving tussen de haken: ![Kaart van de regio](kaart.png); is het alleen versiering, schrijf dan ![""](rand.png)',
      en: () => 'write a description between the brackets: ![Map of the region](map.png); if it is only decoration, write ![""](border.png)'
    }
  },
  'not-a-file': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.actual}\` is ${detail('nl', p)}, geen bestand`, en: (p) => `\`${p.actual}\` is ${detail('en', p)}, not a file`},
    hint: {nl: () => 'maak er een Markdown-bestand van, of haal het weg', en: () => 'make it a Markdown file, or remove it'}
  },
  'file-too-large': {
    severity: 'error',
    reason: {nl: (p) => `het bestand is ${p.actual}, meer dan de ${p.limit} die bundel leest voor één Markdown-bestand`, en: (p) => `file is ${p.actual}, more than the ${p.limit} bundel reads for one Markdown file`},
    hint: {nl: () => 'splits het in meerdere bijlagen, of maak van het grote deel een PDF-bijlage', en: () => 'split it into several appendices, or make the large part a PDF appendix'}
  },
  'file-name-control': {
    severity: 'error',
    reason: {nl: (p) => `bestandsnaam \`${p.actual}\` bevat een stuurteken (een tab, een regeleinde of iets dergelijks)`, en: (p) => `file name \`${p.actual}\` holds a control character (a tab, a line break or similar)`},
    hint: {nl: () => 'geef het bestand een naam met letters, cijfers, streepjes en punten', en: () => 'rename the file using letters, digits, dashes and dots'}
  },
  'file-name-case': {
    severity: 'warning',
    reason: {nl: (p) => `\`${p.actual}\` verschilt alleen in hoofdletters van \`${p.other}\`; op macOS en Windows zijn het hetzelfde bestand`, en: (p) => `\`${p.actual}\` differs from \`${p.other}\` only in capitals; on macOS and Windows they are the same file`},
    hint: {nl: () => 'geef de twee bestanden verschillende namen', en: () => 'give the two files different names'}
  },
  'markdown-too-complex': {
    severity: 'error',
    reason: {nl: (p) => `de Markdown wordt niet gebruikt: ${detail('nl', p)}, meer dan bundel leest`, en: (p) => `Markdown is not used: ${detail('en', p)}, more than bundel reads`},
    hint: {nl: (p) => fix('nl', p) ?? 'vereenvoudig de tekst', en: (p) => fix('en', p) ?? 'simplify the text'}
  },
  'raw-html': {
    severity: 'warning',
    reason: {
      nl: (p) => `HTML \`${p.actual}\` komt niet in de bundel${p.from ? `, en ${p.from === p.to ? `de tekst op regel ${p.from}` : `de ${p.lines} regels tekst erna (regels ${p.from}–${p.to})`} ook niet` : ''}`,
      en: (p) => `raw HTML \`${p.actual}\` is left out of the bundle${p.from ? `, and so ${p.from === p.to ? `is the text on line ${p.from} after it` : `are the ${p.lines} lines of text after it (lines ${p.from}–${p.to})`}` : ''}`
    },
    hint: {
      nl: (p) => (p.from ? 'zet een lege regel na de HTML, of schrijf het als Markdown' : 'schrijf het als Markdown: de bundel toont geen HTML'),
      en: (p) => (p.from ? 'put an empty line after the HTML, or write it as Markdown' : 'write it as Markdown: the bundle shows no HTML')
    }
  },
  'image-too-large': {
    severity: 'error',
    reason: {nl: (p) => `afbeelding \`${p.actual}\` is te groot om op te nemen: ${detail('nl', p)}`, en: (p) => `image \`${p.actual}\` is too large to embed: ${detail('en', p)}`},
    hint: {nl: () => 'sla een kleinere kopie op (zo\'n 2.000 pixels breed is ruim genoeg voor druk) en gebruik die', en: () => 'save a smaller copy (about 2,000 pixels wide is plenty for print) and use that'}
  },
  'no-meetings': {
    severity: 'error',
    reason: {nl: (p) => `geen vergadermap gevonden${p.detail ? ` (${detail('nl', p)})` : ''}`, en: (p) => `no meeting folder found${p.detail ? ` (${detail('en', p)})` : ''}`},
    hint: {nl: () => 'maak content/<datum>-<orgaan>/vergadering.md, of gebruik "bundel new vergadering"', en: () => 'create content/<datum>-<orgaan>/vergadering.md, or run "bundel new vergadering"'}
  },
  'not-an-address': {
    severity: 'error',
    reason: {nl: (p) => `\`${p.actual ?? ''}\` is geen volledig webadres`, en: (p) => `\`${p.actual ?? ''}\` is not a complete web address`},
    hint: {nl: () => 'schrijf het hele adres, met https://, bijv. https://bestuur.example.nl/vergaderingen/', en: () => 'write the whole address, with https://, e.g. https://bestuur.example.nl/vergaderingen/'}
  },
  'site-config-missing': {
    severity: 'error',
    reason: {nl: (p) => `${p.path} ontbreekt: bundel site moet weten op welk adres de site komt`, en: (p) => `${p.path} is missing: bundel site needs the address the site is published at`},
    hint: {nl: () => 'maak het bestand met een kop "url: https://…" (zie de README, "Publiceren")', en: () => 'create it with front matter "url: https://…" (see the README, "Publishing")'}
  },
  'edition-leak': {
    severity: 'error',
    reason: {
      nl: (p) => `tekst uit het besloten stuk ${p.label} staat in de openbare editie, in ${p.path} (${p.detail === 'number' ? 'een getal dat alleen in dat stuk staat' : p.detail === 'title' ? 'de echte titel achter titel_openbaar' : p.detail === 'file' ? 'het hele bestand' : 'een zin die alleen in dat stuk staat'}); er is niets geschreven`,
      en: (p) => `text of the closed document ${p.label} is in the public edition, in ${p.path} (${p.detail === 'number' ? 'a number found only in that document' : p.detail === 'title' ? 'the real title behind titel_openbaar' : p.detail === 'file' ? 'the whole file' : 'a sentence found only in that document'}); nothing was written`
    },
    hint: {
      nl: () => 'kijk of een eigen sjabloon (--templates) of een open stuk de tekst overneemt; staat het nergens zo, meld het dan als fout in bundel',
      en: () => 'check whether a custom template (--templates) or an open document repeats the text; if not, report it as a bug in bundel'
    }
  },
  'edition-pages': {
    severity: 'error',
    reason: {
      nl: (p) => `in de openbare editie is ${p.actual} langer dan in de volledige, dus kloppen de paginanummers niet meer`,
      en: (p) => `in the public edition ${p.actual} is longer than in the full one, so the page numbers would differ`
    },
    hint: {
      nl: () => 'maak de neutrale titel (titel_openbaar) korter, zodat de inhoudsopgave en de agenda niet langer worden',
      en: () => 'make the neutral title (titel_openbaar) shorter, so the contents and the agenda do not grow'
    }
  },
  'render-failed': {
    severity: 'error',
    reason: {nl: (p) => `de PDF kon niet gemaakt worden: ${p.text ?? detail('nl', p)}`, en: (p) => `could not make the PDF: ${p.text ?? detail('en', p)}`},
    hint: {
      nl: (p) => fix('nl', p) ?? 'bouw opnieuw; blijft het misgaan, meld het dan met de uitvoer van --verbose',
      en: (p) => fix('en', p) ?? 'run the build again; if it keeps failing, report it with --verbose output'
    }
  },
  'meeting-date': {
    severity: 'warning',
    reason: {nl: (p) => `de map heet naar ${p.folder}, maar de datum is ${p.actual}`, en: (p) => `the folder is named for ${p.folder}, but the date is ${p.actual}`},
    hint: {nl: () => 'maak de datum en de mapnaam gelijk; de bundel gebruikt de datum', en: () => 'make the date and the folder name agree; the bundle uses the date'}
  },
  'minutes-date': {
    severity: 'warning',
    reason: {
      nl: (p) => `het verslag is van ${p.actual}, ${p.same ? 'dezelfde dag als' : 'na'} de vergadering waarbij het hoort (${p.meeting})`,
      en: (p) => `the minutes are dated ${p.actual}, ${p.same ? 'the same day as' : 'after'} the meeting they are attached to (${p.meeting})`
    },
    hint: {nl: () => 'een verslag gaat over een eerdere vergadering: controleer de datum', en: () => 'minutes are of an earlier meeting: check the date'}
  },
  'pdf-no-text': {
    severity: 'warning',
    reason: {nl: (p) => `${p.pages === 'all' ? 'de bijlage-PDF heeft' : `${pageList('nl', p.pages)} ${p.pages?.includes(',') ? 'hebben' : 'heeft'}`} geen tekstlaag (gescand?): schermlezers en zoeken vinden er niets in`, en: (p) => `${p.pages === 'all' ? 'appendix PDF has' : `${pageList('en', p.pages)} ${p.pages?.includes(',') ? 'have' : 'has'}`} no text layer (scanned?): screen readers and search find nothing in it`},
    hint: {nl: () => 'vraag om de digitale versie, of laat de scan herkennen (OCR) voordat u hem toevoegt', en: () => 'ask for the digital original, or run text recognition (OCR) on the scan before adding it'}
  },
  'pdf-fonts': {
    severity: 'warning',
    reason: {nl: (p) => `de bijlage-PDF gebruikt lettertypen die er niet in zitten (${p.actual}); lezers vervangen ze door eigen letters`, en: (p) => `appendix PDF uses fonts that are not embedded (${p.actual}); readers substitute their own`},
    hint: {nl: () => 'exporteer het document opnieuw met "lettertypen insluiten" aan', en: () => 'export the document again with "embed fonts" on'}
  },
  'pdf-fonts-unicode': {
    severity: 'warning',
    reason: {
      nl: (p) => `de bijlage-PDF gebruikt lettertypen zonder tekentabel naar Unicode (${p.actual}); een schermlezer en zoeken lezen er mogelijk onzin, en de bundel kan geen PDF/UA-1 zijn`,
      en: (p) => `appendix PDF uses fonts without a map to Unicode (${p.actual}); screen readers and search may read nonsense, and the bundle cannot be PDF/UA-1`
    },
    hint: {nl: () => 'exporteer het document opnieuw, met lettertypen ingesloten, of vraag de afzender erom', en: () => 'export the document again, with fonts embedded, or ask the sender to'}
  },
  'pdf-untagged': {
    severity: 'warning',
    reason: {nl: () => 'de bijlage-PDF is niet getagd: een schermlezer weet niet wat koppen, lijsten en tabellen zijn', en: () => 'appendix PDF is not tagged: a screen reader cannot tell headings, lists and tables apart'},
    hint: {nl: () => 'exporteer het opnieuw als getagde (toegankelijke) PDF, bijv. in Word: Opslaan als PDF → Opties → "Documentstructuurlabels voor toegankelijkheid"', en: () => 'export it again as a tagged (accessible) PDF, e.g. in Word: Save as PDF → Options → "Document structure tags for accessibility"'}
  },
  // The PDF/UA-1 checks of `bundel check --pdf` (#12): the pages are of the checked PDF.
  'pdfua-undeclared': {
    severity: 'warning',
    reason: {
      nl: (p) => `bundel.pdf wordt niet als PDF/UA-1 verklaard, want niet alle controleerbare regels kloppen: ${undeclaredReason('nl', p)}`,
      en: (p) => `bundel.pdf is not declared PDF/UA-1, as not every rule that can be checked holds: ${undeclaredReason('en', p)}`
    },
    hint: {nl: () => 'meestal ligt het aan een bijlage: zie de waarschuwingen bij de bijlagen, en `bundel check --pdf` op de bundel', en: () => 'mostly an appendix is the cause: see the warnings on the appendices, and `bundel check --pdf` on the bundle'}
  },
  'pdfua-unreadable': {
    severity: 'error',
    reason: {nl: (p) => `dit is geen leesbare PDF (${detail('nl', p)})`, en: (p) => `this is not a readable PDF (${detail('en', p)})`},
    hint: {nl: () => 'geef het pad naar een PDF, bijv. dist/<vergadering>/bundel.pdf', en: () => 'give the path of a PDF, e.g. dist/<meeting>/bundel.pdf'}
  },
  'pdfua-content': {
    severity: 'error',
    reason: {
      nl: (p) => `${p.count} getekende onderdelen (tekst, lijnen, afbeeldingen) zijn niet getagd en ook geen artefact, op ${pdfPages('nl', p)}: een schermlezer slaat ze over (PDF/UA-1 7.1)`,
      en: (p) => `${p.count} painted items (text, lines, images) are neither tagged nor an artifact, on ${pdfPages('en', p)}: a screen reader skips them (PDF/UA-1 7.1)`
    },
    hint: {nl: () => 'bouw de bundel opnieuw met deze versie van bundel; staat het in een bijlage, vraag dan om een getagde PDF', en: () => 'build the bundle again with this version of bundel; if it is in an appendix, ask for a tagged PDF'}
  },
  'pdfua-nesting': {
    severity: 'error',
    reason: {
      nl: (p) => `inhoud en artefacten zijn in elkaar genest op ${pdfPages('nl', p)} (PDF/UA-1 7.1)`,
      en: (p) => `content and artifacts are nested in each other on ${pdfPages('en', p)} (PDF/UA-1 7.1)`
    }
  },
  'pdfua-structure': {
    severity: 'error',
    reason: {
      nl: (p) => `de tagstructuur klopt niet: ${phrase(pdfuaProblems, p.detail, 'nl', p) ?? 'een onbekend probleem'}`,
      en: (p) => `the tag structure is wrong: ${phrase(pdfuaProblems, p.detail, 'en', p) ?? 'an unknown problem'}`
    }
  },
  'pdfua-bookmarks': {
    severity: 'warning',
    reason: {
      nl: (p) => `bladwijzer${p.count === '1' ? '' : 's'} zonder kop met dezelfde tekst: ${p.actual}`,
      en: (p) => `bookmark${p.count === '1' ? '' : 's'} without a heading of the same text: ${p.actual}`
    }
  },
  'pdfua-fonts': {
    severity: 'warning',
    reason: {
      nl: (p) => `lettertype${p.count === '1' ? '' : 'n'} ${p.actual} ${p.count === '1' ? 'is' : 'zijn'} niet ingesloten of ${p.count === '1' ? 'heeft' : 'hebben'} geen tekentabel (ToUnicode), op ${pdfPages('nl', p)}: een schermlezer leest de tekst mogelijk verkeerd (PDF/UA-1 7.21)`,
      en: (p) => `font${p.count === '1' ? '' : 's'} ${p.actual} ${p.count === '1' ? 'is' : 'are'} not embedded or ${p.count === '1' ? 'has' : 'have'} no character map (ToUnicode), on ${pdfPages('en', p)}: a screen reader may read the text wrongly (PDF/UA-1 7.21)`
    },
    hint: {nl: () => 'vraag de afzender van die bijlage om een PDF met ingesloten lettertypen', en: () => 'ask the sender of that appendix for a PDF with embedded fonts'}
  }
} as const satisfies Record<string, RuleInfo>

/** The first broken rule in words, and how many more there are. */
function undeclaredReason(lang: Lang, p: Params): string {
  const first = p.rule === 'pdfua-structure' ? (phrase(pdfuaProblems, p.detail, lang, p) ?? '') : p.rule === 'pdfua-fonts' ? (lang === 'nl' ? `lettertypen zonder insluiting of ToUnicode (${p.actual})` : `fonts not embedded or without ToUnicode (${p.actual})`) : (p.rule ?? '')
  const more = Number(p.more ?? '0')
  return more > 0 ? `${first} ${lang === 'nl' ? `(en ${more} meer)` : `(and ${more} more)`}` : first
}

/** "pagina's 4 en 52", or "24 pagina's, waaronder 1, 2 en 3". */
function pdfPages(lang: Lang, p: Params): string {
  const shown = (p.pages ?? '').split(',').filter(Boolean)
  const total = Number(p.pageCount ?? shown.length)
  if (total <= shown.length) return pageList(lang, p.pages)
  return lang === 'nl' ? `${total} pagina's, waaronder ${list('nl', shown)}` : `${total} pages, among them ${list('en', shown)}`
}

/** What is wrong with the tag tree, by `detail`. */
const pdfuaProblems = {
  unchecked: {nl: () => 'een deel ervan kon niet worden nagelopen (beschadigd in een bijlage?)', en: () => 'part of it could not be walked (damaged in an appendix?)'},
  'no-tree': {nl: () => 'de PDF is niet getagd (geen /StructTreeRoot of /MarkInfo /Marked true)', en: () => 'the PDF is not tagged (no /StructTreeRoot or /MarkInfo /Marked true)'},
  'no-document': {nl: () => 'er is niet precies één Document-element als wortel', en: () => 'there is not exactly one Document element at the root'},
  'no-lang': {nl: () => 'de documenttaal (/Lang) ontbreekt', en: () => 'the document language (/Lang) is missing'},
  'first-heading': {nl: (p: Params) => `de eerste kop is ${p.actual}, niet H1`, en: (p: Params) => `the first heading is ${p.actual}, not H1`},
  'heading-skip': {nl: (p: Params) => `kop ${p.actual} volgt op ${p.expected} (een niveau overgeslagen), op ${pdfPages('nl', p)}`, en: (p: Params) => `heading ${p.actual} follows ${p.expected} (a level skipped), on ${pdfPages('en', p)}`},
  'table-rows': {nl: (p: Params) => `${p.count} tabel(len) zonder rijen (TR), op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} table(s) without rows (TR), on ${pdfPages('en', p)}`},
  'th-scope': {nl: (p: Params) => `${p.count} kopcel(len) (TH) zonder /Scope, op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} header cell(s) (TH) without /Scope, on ${pdfPages('en', p)}`},
  'td-headers': {nl: (p: Params) => `${p.count} tabelcel(len) verwijzen met /Headers naar een kopcel die niet in de /IDTree staat, op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} table cell(s) name a header cell in /Headers that the /IDTree lacks, on ${pdfPages('en', p)}`},
  'list-items': {nl: (p: Params) => `${p.count} lijstonderdelen wijken af van L > LI > Lbl/LBody, op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} list parts do not follow L > LI > Lbl/LBody, on ${pdfPages('en', p)}`},
  'link-parent': {nl: (p: Params) => `${p.count} link(s) zonder Link-element in de tagstructuur, op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} link(s) without a Link element in the tag tree, on ${pdfPages('en', p)}`},
  'link-contents': {nl: (p: Params) => `${p.count} link(s) zonder beschrijving (/Contents), op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} link(s) without a description (/Contents), on ${pdfPages('en', p)}`},
  'tabs': {nl: (p: Params) => `${p.count} pagina('s) met annotaties zonder /Tabs /S, op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} page(s) with annotations lack /Tabs /S, on ${pdfPages('en', p)}`},
  'annot-parent': {nl: (p: Params) => `${p.count} annotatie(s) zonder element in de tagstructuur, op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} annotation(s) without an element in the tag tree, on ${pdfPages('en', p)}`},
  'figure-alt': {nl: (p: Params) => `${p.count} afbeelding(en) (Figure) zonder alternatieve tekst (/Alt), op ${pdfPages('nl', p)}`, en: (p: Params) => `${p.count} figure(s) without alternative text (/Alt), on ${pdfPages('en', p)}`},
  'mark-info': {nl: () => '/MarkInfo /Marked true ontbreekt', en: () => '/MarkInfo /Marked true is missing'},
  'display-title': {nl: () => '/ViewerPreferences /DisplayDocTitle true ontbreekt', en: () => '/ViewerPreferences /DisplayDocTitle true is missing'},
  'xmp-title': {nl: () => 'de XMP-metadata hebben geen dc:title', en: () => 'the XMP metadata have no dc:title'}
} satisfies Record<string, {nl: (p: Params) => string; en: (p: Params) => string}>


/** A permanent rule id. */
export type RuleId = keyof typeof rules
