/**
 * Wrong usage (a content folder that does not exist, an unknown meeting name): not a content
 * problem, so it is thrown, and the CLI turns it into one line and exit code 2.
 */
export class UsageError extends Error {
  override readonly name: string = 'UsageError'
}

/**
 * The output folder cannot be written as asked: full disk, read-only, no permission, in use by
 * another build, or overlapping the content folder (#7). A user condition, not a bug: one line,
 * exit code 2, and the output folder is left as it was.
 */
export class OutputError extends UsageError {
  override readonly name: string = 'OutputError'
}
