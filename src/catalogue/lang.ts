/**
 * The languages bundel speaks to people in (#8): Dutch by default, English on request. Chosen
 * by `--lang`, else by the locale variables a terminal sets (LC_ALL, LC_MESSAGES, LANG, in that
 * order, as gettext reads them): `en…` means English, anything else Dutch.
 */

/** A language of messages, hints, help and progress. */
export type Lang = 'nl' | 'en'

/** Text in both languages, from the same values. */
export interface Text<P = Record<string, string | undefined>> {
  readonly nl: (p: P) => string
  readonly en: (p: P) => string
}

/** The language to use: the flag when given, else the environment's locale. */
export function languageFrom(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'nl' || flag === 'en') return flag
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'nl'
}

/** "1 fout", "2 fouten"; "1 error", "2 errors". */
export function count(lang: Lang, n: number, forms: {nl: readonly [string, string]; en: readonly [string, string]}): string {
  const [one, many] = forms[lang]
  return `${n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')} ${n === 1 ? one : many}`
}

/** "a, b en c" / "a, b and c". */
export function list(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`
}
