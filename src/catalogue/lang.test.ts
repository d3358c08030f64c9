import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatNumber} from './lang.js'

describe('formatNumber (#13)', () => {
  const locale = {nl: 'nl-NL', en: 'en-GB'} as const

  it('should write whole numbers as toLocaleString does, in both languages', () => {
    for (const n of [0, 1, 9, 10, 999, 1000, 1234, 9999, 10_000, 41_598, 999_999, 1_000_000, 123_456_789, -1, -1234]) {
      for (const lang of ['nl', 'en'] as const) expect(formatNumber(lang, n)).toBe(n.toLocaleString(locale[lang]))
    }
    fc.assert(
      fc.property(fc.integer({min: -2_000_000_000, max: 2_000_000_000}), fc.constantFrom('nl' as const, 'en' as const), (n, lang) => {
        expect(formatNumber(lang, n)).toBe(n.toLocaleString(locale[lang]))
      }),
      {numRuns: 2000}
    )
  })

  it('should write seconds with one decimal as toLocaleString does', () => {
    for (const ms of [0, 49, 50, 950, 3600, 3649, 12_345, 1_234_567]) {
      for (const lang of ['nl', 'en'] as const) expect(formatNumber(lang, ms / 1000, 1)).toBe((ms / 1000).toLocaleString(locale[lang], {minimumFractionDigits: 1, maximumFractionDigits: 1}))
    }
    fc.assert(
      fc.property(fc.integer({min: 0, max: 100_000_000}), fc.constantFrom('nl' as const, 'en' as const), (ms, lang) => {
        expect(formatNumber(lang, ms / 1000, 1)).toBe((ms / 1000).toLocaleString(locale[lang], {minimumFractionDigits: 1, maximumFractionDigits: 1}))
      }),
      {numRuns: 5000}
    )
    expect(formatNumber('nl', 3.6, 1)).toBe('3,6')
    expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5')
  })
})
