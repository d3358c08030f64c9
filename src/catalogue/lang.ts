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

/**
 * `n` as the language writes it, with `digits` decimals: "1.234,5" / "1,234.5", as
 * `toLocaleString('nl-NL' | 'en-GB')` writes it (lang.test.ts compares the two). Written out because
 * a process's first `toLocaleString` loads ICU's number data: 27 ms here, a fifteenth of
 * `bundel check` (#13).
 */
export function formatNumber(lang: Lang, n: number, digits = 0): string {
  const text = String(Math.abs(n))
  // Exponent notation (beyond 1e21, below 1e-6) is no number bundel shows; Intl writes those.
  if (text.includes('e')) return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {minimumFractionDigits: digits, maximumFractionDigits: digits})
  const [whole, fraction] = roundHalfUp(text, digits)
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, lang === 'nl' ? '.' : ',')
  const sign = n < 0 && /[1-9]/.test(whole + fraction) ? '-' : ''
  return `${sign}${grouped}${digits > 0 ? `${lang === 'nl' ? ',' : '.'}${fraction}` : ''}`
}

/**
 * A decimal string rounded to `digits` decimals, half away from zero, on its shortest decimal
 * form (as ICU rounds: 0.95 → 1.0, where `toFixed` sees the binary 0.9499… and gives 0.9).
 */
function roundHalfUp(text: string, digits: number): [string, string] {
  const [whole = '0', fraction = ''] = text.split('.')
  if (fraction.length <= digits) return [whole, fraction.padEnd(digits, '0')]
  const kept = whole + fraction.slice(0, digits)
  const rounded = fraction[digits]! >= '5' ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept
  return [rounded.slice(0, rounded.length - digits) || '0', rounded.slice(rounded.length - digits)]
}

/** "1 fout", "2 fouten"; "1 error", "2 errors". */
export function count(lang: Lang, n: number, forms: {nl: readonly [string, string]; en: readonly [string, string]}): string {
  const [one, many] = forms[lang]
  return `${formatNumber(lang, n)} ${n === 1 ? one : many}`
}

/** "a, b en c" / "a, b and c". */
export function list(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`
}
