/**
 * Wrong usage and output-folder problems, in Dutch and English (#8): one line, what happened and
 * what to do. Thrown as UsageError / OutputError with a code and values; the CLI words them in the
 * user's language, and `error.message` is the Dutch text.
 */
import type {Lang, Text} from './lang.js'

type Params = Readonly<Record<string, string | undefined>>

const found = (lang: Lang, p: Params) =>
  p.suggestion ? (lang === 'nl' ? ` (bedoelt u \`${p.suggestion}\`?)` : ` (did you mean \`${p.suggestion}\`?)`) : p.found ? (lang === 'nl' ? ` (gevonden: ${p.found})` : ` (found: ${p.found})`) : ''

export const usage = {
  'content-missing': {nl: (p) => `inhoudsmap ${p.folder} bestaat niet (gebruik --content MAP)`, en: (p) => `content folder ${p.folder} does not exist (use --content DIR)`},
  'content-is-meeting': {
    nl: (p) => `hier staat geen map content/, maar wel ${p.file}: dit is een vergadermap. Bouw haar vanuit de projectmap, of met: bundel ${p.command} --content ${p.content} ${p.meeting}`,
    en: (p) => `there is no content/ folder here, but there is ${p.file}: this is a meeting folder. Build it from the project folder, or with: bundel ${p.command} --content ${p.content} ${p.meeting}`
  },
  'meeting-missing': {nl: (p) => `geen vergadering \`${p.name}\` in ${p.folder}${found('nl', p)}`, en: (p) => `no meeting \`${p.name}\` in ${p.folder}${found('en', p)}`},
  'no-meeting-yet': {nl: (p) => `geen vergadering in ${p.folder} (maak er een met "bundel new vergadering")`, en: (p) => `no meeting in ${p.folder} (create one with "bundel new vergadering")`},
  'source-date': {
    nl: (p) => `SOURCE_DATE_EPOCH is \`${p.value}\`, verwacht hele seconden sinds 1 januari 1970 tot en met 253402300799 (het jaar 9999), bijv. 1738108800; of haal de variabele weg`,
    en: (p) => `SOURCE_DATE_EPOCH is \`${p.value}\`, expected whole seconds since 1 January 1970 up to 253402300799 (the year 9999), e.g. 1738108800; or unset it`
  },
  'out-is-file': {nl: (p) => `uitvoermap ${p.out} is een bestand (gebruik --out MAP)`, en: (p) => `output folder ${p.out} is a file (use --out DIR)`},
  'out-cannot-make': {nl: (p) => `uitvoermap ${p.out} kan niet gemaakt worden: ${p.detail} (gebruik --out MAP)`, en: (p) => `output folder ${p.out} cannot be made: ${p.detail} (use --out DIR)`},
  'out-full': {
    nl: (p) => `de schijf van de uitvoer is vol tijdens het schrijven van ${p.out}; maak ruimte en bouw opnieuw (${p.out} is niet veranderd)`,
    en: (p) => `no space left on the output disk while writing ${p.out}; free some space and build again (${p.out} was not changed)`
  },
  'out-readonly': {
    nl: (p) => `uitvoermap ${p.out} staat op een alleen-lezen schijf; kies een andere map met --out (${p.out} is niet veranderd)`,
    en: (p) => `output folder ${p.out} is on a read-only disk; choose another folder with --out (${p.out} was not changed)`
  },
  'out-permission': {
    nl: (p) => `geen toestemming om te schrijven in uitvoermap ${p.out}; kies een andere map met --out, of pas de rechten aan (${p.out} is niet veranderd)`,
    en: (p) => `no permission to write in output folder ${p.out}; choose another folder with --out, or fix its permissions (${p.out} was not changed)`
  },
  'out-under-file': {nl: (p) => `uitvoermap ${p.out} ligt onder een bestand in plaats van een map (gebruik --out MAP)`, en: (p) => `output folder ${p.out} lies under a file, not a folder (use --out DIR)`},
  'out-files': {
    nl: (p) => `te veel open bestanden tijdens het schrijven van ${p.out}; sluit andere programma's en bouw opnieuw (${p.out} is niet veranderd)`,
    en: (p) => `too many open files while writing ${p.out}; close other programs and build again (${p.out} was not changed)`
  },
  'out-busy': {
    nl: (p) => `uitvoermap ${p.out} wordt beschreven door een andere bundel-build (proces ${p.pid} op ${p.host}, sinds ${p.since}); wacht tot die klaar is, of stop dat proces`,
    en: (p) => `output folder ${p.out} is being written by another bundel build (process ${p.pid} on ${p.host}, since ${p.since}); wait for it to finish, or stop that process`
  },
  'out-is-content': {
    nl: (p) => `uitvoermap ${p.out} is de inhoudsmap: de build zou uw bronbestanden vervangen (kies een uitvoermap buiten de inhoudsmap, bijv. --out dist)`,
    en: (p) => `output folder ${p.out} is the content folder: the build would replace your sources (choose an output folder outside the content folder, e.g. --out dist)`
  },
  'out-in-content': {
    nl: (p) => `uitvoermap ${p.out} ligt in de inhoudsmap ${p.content}: de volgende build zou haar als vergadering lezen (kies een uitvoermap buiten de inhoudsmap, bijv. --out dist)`,
    en: (p) => `output folder ${p.out} lies inside the content folder ${p.content}: the next build would read it as a meeting (choose an output folder outside the content folder, e.g. --out dist)`
  },
  'out-contains-content': {
    nl: (p) => `uitvoermap ${p.out} bevat de inhoudsmap ${p.content}: de build zou uw bronbestanden kunnen vervangen (kies een uitvoermap buiten de inhoudsmap, bijv. --out dist)`,
    en: (p) => `output folder ${p.out} contains the content folder ${p.content}: the build could replace your sources (choose an output folder outside the content folder, e.g. --out dist)`
  },
  'new-empty-orgaan': {nl: () => 'orgaan is leeg (geef het bestuursorgaan op, bijv. "Algemeen Bestuur")', en: () => 'orgaan is empty (give the governing body, e.g. "Algemeen Bestuur")'},
  'new-bad-date': {nl: (p) => `datum \`${p.value}\` is geen echte datum als JJJJ-MM-DD (bijv. 2025-03-19)`, en: (p) => `datum \`${p.value}\` is not a real date written as YYYY-MM-DD (e.g. 2025-03-19)`},
  'new-content-fails': {nl: (p) => `inhoudsmap ${p.folder} kan niet gemaakt worden (${p.detail}; gebruik --content MAP)`, en: (p) => `content folder ${p.folder} cannot be created (${p.detail}; use --content DIR)`},
  'new-meeting-exists': {
    nl: (p) => `vergadering \`${p.name}\` bestaat al in ${p.folder} (bewerk haar bestanden, of kies een andere datum of een ander orgaan)`,
    en: (p) => `meeting \`${p.name}\` already exists in ${p.folder} (edit its files, or choose another datum or orgaan)`
  },
  'new-empty-titel': {nl: () => 'titel is leeg (geef de titel van het agendapunt op)', en: () => 'titel is empty (give the title of the agenda item)'},
  'new-after-range': {
    nl: (p) => `--na ${p.after} valt buiten de agenda: ${p.meeting} heeft ${p.count} agendapunt${p.count === '1' ? '' : 'en'} (gebruik een getal van 0 tot en met ${p.count}; 0 zet het nieuwe punt vooraan)`,
    en: (p) => `--na ${p.after} is out of range: ${p.meeting} has ${p.count} item${p.count === '1' ? '' : 's'} (use a number from 0 to ${p.count}; 0 puts the new item first)`
  },
  'new-in-the-way': {nl: (p) => `${p.path} staat in de weg (hernoem of verwijder het, en probeer opnieuw)`, en: (p) => `${p.path} is in the way (rename or remove it, then try again)`},
  'new-exists': {nl: (p) => `${p.path} bestaat al (probeer opnieuw)`, en: (p) => `${p.path} already exists (try again)`}
} as const satisfies Record<string, Text<Params>>

/** A usage code. */
export type UsageCode = keyof typeof usage
