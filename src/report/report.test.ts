import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {localize, report} from '../messages.js'
import {reportGithub} from './github.js'
import {reportJson} from './json.js'
import {reportText} from './text.js'

function files() {
  const b = new VFile({path: 'content/m/02-x/memo.md'})
  report(b, 'missing-field', {field: 'portefeuillehouder', place: {line: 1}, params: {key: 'portefeuillehouder', example: 'Naam'}})
  const a = new VFile({path: 'content/m/01-x/agendapunt.md'})
  report(a, 'invalid-value', {field: 'nummer', place: {line: 3, column: 9}, params: {expected: 'a, b', actual: '50%\nx'}})
  return [b, a]
}

function english() {
  const made = files()
  localize(made, 'en')
  return made
}

describe('reporters', () => {
  it('should print one sorted line per problem and a summary, in Dutch by default', () => {
    expect(reportText(files())).toBe(
      'content/m/01-x/agendapunt.md:3:9: nummer: verwacht a, b, maar hier staat `50%\\x0ax` (schrijf a, b)\n' +
        'content/m/02-x/memo.md:1: portefeuillehouder: verplicht veld ontbreekt (voeg toe: "portefeuillehouder: Naam")\n' +
        '2 fouten\n'
    )
  })

  it('should print the same in English', () => {
    expect(reportText(english(), {lang: 'en'})).toBe(
      // A newline from the content must not split the line (nor an ESC reach the terminal).
      'content/m/01-x/agendapunt.md:3:9: nummer: expected a, b, received `50%\\x0ax` (write a, b)\n' +
        'content/m/02-x/memo.md:1: portefeuillehouder: required field is missing (add "portefeuillehouder: Naam")\n' +
        '2 errors\n'
    )
  })

  it('should escape GitHub workflow commands', () => {
    const out = reportGithub(english())
    expect(out.split('\n')[0]).toBe('::error file=content/m/01-x/agendapunt.md,line=3,col=9,title=bundel%3Ainvalid-value::nummer: expected a, b, received `50%25%0Ax` (write a, b)')
  })

  it('should keep the field in JSON', () => {
    const data = JSON.parse(reportJson(files())) as {messages: Array<{field: string}>}
    expect(data.messages.map((m) => m.field)).toEqual(['nummer', 'portefeuillehouder'])
  })

  it('should say nothing when there is nothing to say', () => {
    expect(reportText([new VFile({path: 'a.md'})])).toBe('')
  })
})
