import {describe, expect, it} from 'vitest'
import {editDistance, suggest} from './suggest.js'

describe('suggest', () => {
  it('should find the field meant by a typo', () => {
    expect(suggest('portefeuilehouder', ['portefeuillehouder', 'voorstel'])).toBe('portefeuillehouder')
    expect(suggest('titl', ['titel', 'nummer'])).toBe('titel')
    expect(suggest('consequneties', ['consequenties'])).toBe('consequenties')
  })

  it('should not suggest something unrelated', () => {
    expect(suggest('kleur', ['titel', 'voorstel'])).toBeUndefined()
  })

  it('should count a swapped pair as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1)
  })
})
