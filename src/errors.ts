/**
 * Wrong usage (a content folder that does not exist, an unknown meeting name): not a content
 * problem, so it is thrown, and the CLI turns it into one line and exit code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
