/**
 * Wrong usage (a content folder that does not exist, an unknown meeting name): not a content
 * problem, so it is thrown, and the CLI turns it into one line, in the user's language, and exit
 * code 2. The message is the Dutch text; `say` gives it in another language.
 */
import type {Lang} from './catalogue/lang.js'
import {usage, type UsageCode} from './catalogue/usage.js'

type Params = Readonly<Record<string, string | undefined>>

export class UsageError extends Error {
  override readonly name: string = 'UsageError'

  constructor(readonly code: UsageCode, readonly params: Params = {}) {
    super(usage[code].nl(params))
  }

  /** The message in `lang`. */
  say(lang: Lang): string {
    return usage[this.code][lang](this.params)
  }
}

/**
 * The output folder cannot be written as asked: full disk, read-only, no permission, in use by
 * another build, or overlapping the content folder (#7). A user condition, not a bug: one line,
 * exit code 2, and the output folder is left as it was.
 */
export class OutputError extends UsageError {
  override readonly name: string = 'OutputError'
}
