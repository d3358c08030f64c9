/**
 * The message catalogues in Dutch and English (#8): every phrase exists in both languages, says
 * something different in each, and uses the same values in both, so a translation never drops
 * the file name, the number or the limit the other language shows.
 */
import {describe, expect, it} from 'vitest'
import {OutputError, UsageError} from '../errors.js'
import {details, fixes, phrase} from './details.js'
import {count, languageFrom, list, type Lang} from './lang.js'
import {rules} from './rules.js'
import {ui, type BuiltSummary} from './ui.js'
import {usage, type UsageCode} from './usage.js'

type Params = Record<string, string | undefined>
type Phrase = Readonly<Record<Lang, (p: Params) => string>>

/** Parameters that name a phrase of details.ts rather than a value shown as it is. */
const codes = new Set(['detail', 'fix'])

/** Values that answer every parameter with `⟦name⟧`, so each one can be found in the text. */
function markedWith(fixed: Params = {}): Params {
  return new Proxy({} as Params, {
    get: (_target, key) => (typeof key !== 'string' ? undefined : key in fixed ? fixed[key] : codes.has(key) ? undefined : `⟦${key}⟧`),
    has: (_target, key) => typeof key === 'string' && (key in fixed || !codes.has(key))
  })
}
const marked = markedWith()

/** The marked values a text shows, in order of first appearance. */
const shown = (text: string) => [...new Set(text.match(/⟦[a-z-]+⟧/gi) ?? [])].sort()

/** Phrases that only pass a value on (a parser's own words), the same in both languages. */
const passThrough = new Set(['details.text', 'details.parser'])

function expectBothLanguages(name: string, entry: Phrase, params: Params = marked): void {
  const nl = entry.nl(params)
  const en = entry.en(params)
  expect(nl.trim(), `${name} nl`).not.toBe('')
  expect(en.trim(), `${name} en`).not.toBe('')
  if (!passThrough.has(name)) expect(nl, name).not.toBe(en)
  expect(shown(nl), `${name}: the same values in Dutch and English`).toEqual(shown(en))
  expect(nl, `${name} nl`).not.toMatch(/undefined|\[object/)
  expect(en, `${name} en`).not.toMatch(/undefined|\[object/)
}

describe('the marked values', () => {
  it('should find each value a phrase shows, and tell a phrase that drops one', () => {
    expect(shown(usage['out-busy'].en(marked))).toEqual(['⟦host⟧', '⟦out⟧', '⟦pid⟧', '⟦since⟧'])
    const dropped: Phrase = {nl: (p) => `map ${p.out} is bezet door ${p.pid}`, en: (p) => `folder ${p.out} is busy`}
    expect(() => expectBothLanguages('dropped', dropped)).toThrow(/the same values in Dutch and English/)
    const untranslated: Phrase = {nl: (p) => `map ${p.out}`, en: (p) => `map ${p.out}`}
    expect(() => expectBothLanguages('untranslated', untranslated)).toThrow()
  })
})

describe('details and fixes', () => {
  it.each(Object.entries(details))('should word detail %s in both languages with the same values', (code, entry) => {
    expectBothLanguages(`details.${code}`, entry as Phrase)
  })

  it.each(Object.entries(fixes))('should word fix %s in both languages with the same values', (code, entry) => {
    expectBothLanguages(`fixes.${code}`, entry as Phrase)
  })

  it('should show the values given', () => {
    expect(details.empty.nl({folder: 'content'})).toBe('content is leeg')
    expect(details.empty.en({folder: 'content'})).toBe('content is empty')
    expect(details.pixels.en({width: '30000', height: '20000', limit: '40'})).toBe('it is 30000 × 20000 pixels, more than 40 million')
    expect(details.pixels.nl({width: '30000', height: '20000', limit: '40'})).toBe('het is 30000 × 20000 pixels, meer dan 40 miljoen')
    expect(details.tab.nl({line: '7'})).toBe('regel 7 begint met een tab')
    expect(fixes['colon-in-value'].en({key: 'titel', value: 'Besluit: ja'})).toBe('put the value in quotes: `titel: "Besluit: ja"`')
    expect(fixes['no-space'].nl({key: 'datum', value: '2025-03-19'})).toBe('zet een spatie na de dubbele punt: `datum: 2025-03-19`')
    expect(fixes['text-not-list'].en({key: 'locatie'})).toBe('write one line: "locatie: …"')
  })

  it('should say "?" for a size it does not know, rather than "undefined"', () => {
    expect(details.bytes.nl({limit: '10'})).toBe('het is ? MB, meer dan 10 MB')
    expect(details.bytes.en({size: '12', limit: '10'})).toBe('it is 12 MB, more than 10 MB')
  })

  it('should name a list or a block after the bracket that opens it', () => {
    expect(details.bracket.nl({key: 'aanwezig', text: '['})).toBe('de waarde van `aanwezig` begint met "[", wat YAML leest als het begin van een lijst')
    expect(details.bracket.en({key: 'aanwezig', text: '{'})).toBe('the value of `aanwezig` starts with "{", which YAML reads as the start of a block')
  })

  it('should name the object of an oversized stream only when it is known', () => {
    expect(details.stream.en({limit: '256', object: '12'})).toBe('a stream (object 12) unpacks to more than 256 MB')
    expect(details.stream.en({limit: '256'})).toBe('a stream unpacks to more than 256 MB')
    expect(details['object-stream'].nl({limit: '256', object: '3'})).toBe('een objectstroom (object 3) pakt uit tot meer dan 256 MB')
    expect(details['object-stream'].nl({limit: '256'})).toBe('een objectstroom pakt uit tot meer dan 256 MB')
  })

  it('should pass a parser\'s own text on, and nothing when there is none', () => {
    expect(details.text.en({text: 'Invalid xref'})).toBe('Invalid xref')
    expect(details.parser.nl({})).toBe('')
  })

  it('should look phrases up by code, give an unknown code as it is, and nothing for no code', () => {
    expect(phrase(details, 'utf16', 'nl', {})).toBe('het is UTF-16')
    expect(phrase(details, 'utf16', 'en', {})).toBe('it is UTF-16')
    expect(phrase(fixes, 'tab', 'en', {})).toBe('indent with spaces')
    expect(phrase(details, 'no-such-code', 'en', {})).toBe('no-such-code')
    expect(phrase(details, undefined, 'nl', {})).toBeUndefined()
  })
})

describe('usage messages', () => {
  it.each(Object.entries(usage))('should word %s in both languages with the same values', (code, entry) => {
    // Here `detail` is a value shown as it is (an error code such as EACCES).
    expectBothLanguages(`usage.${code}`, entry as Phrase, markedWith({detail: '⟦detail⟧'}))
  })

  it('should suggest the meeting that was probably meant, or list what was found', () => {
    const base = {name: '2025-03-91-ab', folder: 'content'}
    expect(usage['meeting-missing'].nl({...base, suggestion: '2025-03-19-ab'})).toBe('geen vergadering `2025-03-91-ab` in content (bedoelt u `2025-03-19-ab`?)')
    expect(usage['meeting-missing'].en({...base, suggestion: '2025-03-19-ab'})).toBe('no meeting `2025-03-91-ab` in content (did you mean `2025-03-19-ab`?)')
    expect(usage['meeting-missing'].nl({...base, found: 'a, b'})).toBe('geen vergadering `2025-03-91-ab` in content (gevonden: a, b)')
    expect(usage['meeting-missing'].en({...base, found: 'a, b'})).toBe('no meeting `2025-03-91-ab` in content (found: a, b)')
    expect(usage['meeting-missing'].en(base)).toBe('no meeting `2025-03-91-ab` in content')
  })

  it('should count agenda items in the singular and the plural', () => {
    const one = {after: '3', meeting: 'm', count: '1'}
    const three = {after: '5', meeting: 'm', count: '3'}
    expect(usage['new-after-range'].nl(one)).toContain('m heeft 1 agendapunt (gebruik een getal van 0 tot en met 1;')
    expect(usage['new-after-range'].nl(three)).toContain('m heeft 3 agendapunten (gebruik een getal van 0 tot en met 3;')
    expect(usage['new-after-range'].en(one)).toContain('--na 3 is out of range: m has 1 item (use a number from 0 to 1;')
    expect(usage['new-after-range'].en(three)).toContain('m has 3 items (use a number from 0 to 3;')
  })

  it('should make errors that speak Dutch by default and English when asked', () => {
    const error = new UsageError('content-missing', {folder: '/tmp/nergens'})
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('UsageError')
    expect(error.message).toBe('inhoudsmap /tmp/nergens bestaat niet (gebruik --content MAP)')
    expect(error.say('nl')).toBe(error.message)
    expect(error.say('en')).toBe('content folder /tmp/nergens does not exist (use --content DIR)')
    const full = new OutputError('out-full', {out: 'dist'})
    expect(full).toBeInstanceOf(UsageError)
    expect(full.name).toBe('OutputError')
    expect(full.say('en')).toBe('no space left on the output disk while writing dist; free some space and build again (dist was not changed)')
    expect(new UsageError('new-empty-orgaan').say('en')).toBe('orgaan is empty (give the governing body, e.g. "Algemeen Bestuur")')
  })

  it('should have a message for every output-folder condition write() reports', () => {
    const codes: UsageCode[] = ['out-is-file', 'out-cannot-make', 'out-full', 'out-readonly', 'out-permission', 'out-under-file', 'out-files', 'out-busy']
    for (const code of codes) expect(usage[code].en({out: 'public', detail: 'EIO'}), code).toContain('public')
  })
})

describe('the command line\'s own texts', () => {
  const keys = (lang: Lang) => Object.keys(ui[lang]).sort()

  it('should have the same texts in both languages', () => {
    expect(keys('nl')).toEqual(keys('en'))
    expect(Object.keys(ui.nl.stage).sort()).toEqual(Object.keys(ui.en.stage).sort())
  })

  it.each(Object.keys(ui.nl).filter((key) => typeof ui.nl[key as keyof typeof ui.nl] === 'string'))('should word %s differently in Dutch and English', (key) => {
    const nl = ui.nl[key as keyof typeof ui.nl] as string
    const en = ui.en[key as keyof typeof ui.en] as string
    expect(nl.trim()).not.toBe('')
    expect(nl).not.toBe(en)
  })

  it('should name every stage of a build in both languages', () => {
    for (const stage of ['load', 'validate', 'render', 'print', 'merge', 'write']) {
      expect(ui.nl.stage[stage], stage).toBeTruthy()
      expect(ui.en.stage[stage], stage).toBeTruthy()
      expect(ui.nl.stage[stage]).not.toBe(ui.en.stage[stage])
    }
  })

  it('should count checked meetings in the singular and the plural', () => {
    expect(ui.nl.checked(1)).toBe('1 vergadering gecontroleerd: geen fouten')
    expect(ui.nl.checked(3)).toBe('3 vergaderingen gecontroleerd: geen fouten')
    expect(ui.en.checked(1)).toBe('checked 1 meeting: no errors')
    expect(ui.en.checked(1200)).toBe('checked 1,200 meetings: no errors')
    expect(ui.nl.checked(1200)).toBe('1.200 vergaderingen gecontroleerd: geen fouten')
  })

  it('should sum up errors and warnings, leaving out what there is none of', () => {
    expect(ui.nl.summary(1, 0)).toBe('1 fout')
    expect(ui.nl.summary(2, 1)).toBe('2 fouten, 1 waarschuwing')
    expect(ui.nl.summary(0, 4)).toBe('4 waarschuwingen')
    expect(ui.en.summary(1, 2)).toBe('1 error, 2 warnings')
    expect(ui.en.summary(3, 0)).toBe('3 errors')
    expect(ui.en.summary(0, 1)).toBe('1 warning')
    expect(ui.en.summary(0, 0)).toBe('')
  })

  it('should say what a build made, with the PDF\'s pages only when there is a PDF', () => {
    const html: BuiltSummary = {meeting: '2025-03-19-ab', files: 3, ms: 1234}
    const pdf: BuiltSummary = {meeting: '2025-03-19-ab', files: 1, pages: 1, ms: 56}
    expect(ui.nl.built(html)).toBe('gebouwd: 2025-03-19-ab (3 bestanden) in 1,2 s')
    expect(ui.en.built(html)).toBe('built 2025-03-19-ab (3 files) in 1.2 s')
    expect(ui.nl.built(pdf)).toBe('gebouwd: 2025-03-19-ab (bundel.pdf 1 pagina, 1 bestand) in 0,1 s')
    expect(ui.en.built(pdf)).toBe('built 2025-03-19-ab (bundel.pdf 1 page, 1 file) in 0.1 s')
    expect(ui.nl.built({...pdf, pages: 40, files: 4})).toContain("bundel.pdf 40 pagina's, 4 bestanden")
    expect(ui.en.built({...pdf, pages: 40, files: 4})).toContain('bundel.pdf 40 pages, 4 files')
  })

  it('should report an interrupted build that was finished or cleaned up', () => {
    expect(ui.nl.recovered('dist', 'a en b')).toBe('de onderbroken build van dist is afgemaakt: a en b')
    expect(ui.en.recovered('dist', 'a and b')).toBe('finished the interrupted build of dist: a and b')
    expect(ui.nl.removedStaging('dist', 1)).toBe('een achtergebleven werkmap van een onderbroken build van dist verwijderd')
    expect(ui.nl.removedStaging('dist', 2)).toBe('2 achtergebleven werkmappen van een onderbroken build van dist verwijderd')
    expect(ui.en.removedStaging('dist', 1)).toBe('removed a leftover staging folder of an interrupted build of dist')
    expect(ui.en.removedStaging('dist', 3)).toBe('removed 3 leftover staging folders of an interrupted build of dist')
  })

  it('should word the meeting-folder notice, the dev server and a rebuild', () => {
    expect(ui.nl.asMeeting('m', '..', '../../dist')).toBe('dit is vergadermap m: die wordt gebouwd uit .. naar ../../dist')
    expect(ui.en.asMeeting('m', '..', '../../dist')).toBe('this is meeting folder m: building it from .. into ../../dist')
    expect(ui.nl.devStarted('http://127.0.0.1:5050/', 'm')).toBe('bundel dev: http://127.0.0.1:5050/ (m); PDF op http://127.0.0.1:5050/bundel.pdf; Ctrl-C stopt')
    expect(ui.en.devStarted('http://127.0.0.1:5050/', 'm')).toBe('bundel dev: http://127.0.0.1:5050/ (m); PDF at http://127.0.0.1:5050/bundel.pdf; Ctrl-C stops')
    expect(ui.nl.rebuilt(41.6)).toBe('opnieuw gebouwd in 42 ms')
    expect(ui.en.rebuilt(41.4)).toBe('rebuilt in 41 ms')
  })

  it('should align the words before created and renamed files', () => {
    // "gemaakt    x" and "hernoemd   y" start their paths in the same column.
    expect(ui.nl.created.length).toBe(ui.nl.renamed.length)
    expect(ui.en.created.length).toBe(ui.en.renamed.length)
  })

  it('should translate each of commander\'s messages into Dutch, and leave English as it is', () => {
    const translate = (text: string) => ui.nl.commander.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
    const cases: Array<[string, string]> = [
      ["error: unknown option '--foo'", "fout: onbekende optie '--foo'"],
      ["error: unknown command 'bouw'", "fout: onbekende opdracht 'bouw'"],
      ["error: too many arguments for 'dev'. Expected 1 argument but got 2.", "fout: te veel argumenten for 'dev'. Expected 1 argument but got 2."],
      ["error: missing required argument 'titel'", "fout: verplicht argument 'titel' ontbreekt"],
      ["error: option '--out <dir>' argument missing", "fout: bij optie '--out <dir>' hoort een waarde"],
      ["error: required option '--orgaan <naam>' not specified", "fout: verplichte optie '--orgaan <naam>' ontbreekt"],
      ["error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json, github.", "fout: 'xml' is geen geldige waarde voor '--format <format>'; kies uit text, json, github."],
      ["error: option '--na <N>' argument 'twee' is invalid. expected a whole number", "fout: 'twee' is geen geldige waarde voor '--na <N>': expected a whole number"],
      ['(Did you mean build?)', '(Bedoelt u build?)'],
      ['Usage: bundel [options] [command]\n\nOptions:\n  -h\n\nCommands:\n  check\n\nArguments:\n  meeting', 'Gebruik: bundel [opties] [opdracht]\n\nOpties:\n  -h\n\nOpdrachten:\n  check\n\nArgumenten:\n  meeting']
    ]
    for (const [english, dutch] of cases) expect(translate(english)).toBe(dutch)
    expect(ui.en.commander).toEqual([])
  })
})

describe('content rules', () => {
  it.each(Object.entries(rules))('should word rule %s in both languages with the same values', (id, rule) => {
    expect(['error', 'warning']).toContain(rule.severity)
    expectBothLanguages(`${id} reason`, rule.reason as Phrase)
    if ('hint' in rule && rule.hint) expectBothLanguages(`${id} hint`, rule.hint as Phrase)
  })

  it.each(Object.keys(details))('should word every rule with detail %s in both languages with the same values', (code) => {
    for (const [id, rule] of Object.entries(rules)) {
      expectBothLanguages(`${id} reason with ${code}`, rule.reason as Phrase, markedWith({detail: code}))
    }
  })

  it.each(Object.keys(fixes))('should word every hint with fix %s in both languages with the same values', (code) => {
    for (const [id, rule] of Object.entries(rules)) {
      if ('hint' in rule && rule.hint) expectBothLanguages(`${id} hint with ${code}`, rule.hint as Phrase, markedWith({fix: code}))
    }
  })
})

describe('languages, counts and lists', () => {
  it('should prefer the flag, then LC_ALL, LC_MESSAGES and LANG, and speak Dutch otherwise', () => {
    expect(languageFrom('en', {LANG: 'nl_NL.UTF-8'})).toBe('en')
    expect(languageFrom('nl', {LANG: 'en_US.UTF-8'})).toBe('nl')
    expect(languageFrom(undefined, {LC_ALL: 'en_GB.UTF-8', LANG: 'nl_NL.UTF-8'})).toBe('en')
    expect(languageFrom(undefined, {LC_ALL: 'nl_BE.UTF-8', LANG: 'en_US.UTF-8'})).toBe('nl')
    expect(languageFrom(undefined, {LC_MESSAGES: 'en', LANG: 'nl_NL'})).toBe('en')
    expect(languageFrom(undefined, {LANG: 'en@quot'})).toBe('en')
    expect(languageFrom(undefined, {LANG: 'EN_us'})).toBe('en')
    // "eng…" or "es" are not English; nothing at all is Dutch.
    expect(languageFrom(undefined, {LANG: 'eng'})).toBe('nl')
    expect(languageFrom(undefined, {LANG: 'es_ES.UTF-8'})).toBe('nl')
    expect(languageFrom(undefined, {})).toBe('nl')
    expect(languageFrom('fr', {LANG: 'en_US'})).toBe('en')
  })

  it('should count in the language\'s numbers and forms', () => {
    const forms = {nl: ['map', 'mappen'], en: ['folder', 'folders']} as const
    expect(count('nl', 1, forms)).toBe('1 map')
    expect(count('nl', 0, forms)).toBe('0 mappen')
    expect(count('nl', 12345, forms)).toBe('12.345 mappen')
    expect(count('en', 1, forms)).toBe('1 folder')
    expect(count('en', 12345, forms)).toBe('12,345 folders')
  })

  it('should join lists with "en" and "and"', () => {
    expect(list('nl', [])).toBe('')
    expect(list('en', ['a'])).toBe('a')
    expect(list('nl', ['a', 'b'])).toBe('a en b')
    expect(list('en', ['a', 'b', 'c'])).toBe('a, b and c')
  })
})
