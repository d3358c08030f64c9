import {describe, expect, it} from 'vitest'
import {dutchDate} from './dutch-date.js'
import {shownNumbers} from './shown-number.js'

describe('number', () => {
  it('should number by position and continue after an explicit number', () => {
    expect(shownNumbers([undefined, undefined, undefined, '3a', undefined])).toEqual(['1', '2', '3', '3a', '4'])
    expect(shownNumbers(['7', undefined])).toEqual(['7', '8'])
  })

  it('should write Dutch dates from the written date, whatever TZ says', () => {
    // vitest.config.ts sets TZ to UTC+14, where a naive `new Date('2025-01-29')` shows the 29th as
    // the 29th only by luck of the sign; the function must not use local time at all.
    expect(dutchDate('2025-01-29')).toBe('woensdag 29 januari 2025')
    expect(dutchDate('2024-12-18', false)).toBe('18 december 2024')
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz
      expect(dutchDate('2025-03-01')).toBe('zaterdag 1 maart 2025')
    }
  })
})
