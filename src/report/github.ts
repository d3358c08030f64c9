/**
 * GitHub Actions reporter: workflow commands that annotate the changed files in a pull request.
 * Data is escaped (`%`, CR, LF) and so are properties (also `:` and `,`), unlike
 * vfile-reporter-github-action, so a field value cannot break the command.
 */
import type {VFile} from 'vfile'
import {sortedMessages, visible} from './format.js'

const escapeData = (text: string) => visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** Options of the GitHub reporter. */
export interface GithubOptions {
  /** Warnings fail the run, so show them as errors (default: false). */
  readonly strict?: boolean | undefined
}

/** Format the messages of `files` as `::error file=…,line=…::…` lines. */
export function reportGithub(files: readonly VFile[], options: GithubOptions = {}): string {
  return sortedMessages(files)
    .map(({file, message}) => {
      const command = message.fatal === true || (options.strict && message.fatal === false) ? 'error' : message.fatal === false ? 'warning' : 'notice'
      const properties = [`file=${escapeProperty(file)}`]
      if (message.line) properties.push(`line=${message.line}`)
      if (message.line && message.column) properties.push(`col=${message.column}`)
      properties.push(`title=${escapeProperty(`bundel:${message.ruleId ?? 'message'}`)}`)
      const text = `${message.field ? `${message.field}: ` : ''}${message.reason}${message.note ? ` (${message.note})` : ''}`
      return `::${command} ${properties.join(',')}::${escapeData(text)}\n`
    })
    .join('')
}
