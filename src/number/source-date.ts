/**
 * `SOURCE_DATE_EPOCH` (reproducible-builds.org): the date a build claims, in whole seconds since
 * 1970. A value that is no such number used to surface as "Invalid time value" blamed on
 * vergadering.md (#7); it is the environment's mistake, so it is wrong usage, said up front.
 */
import {UsageError} from '../errors.js'

/** The latest date a PDF can hold: 9999-12-31T23:59:59Z. */
const latest = 253_402_300_799

/** The date from SOURCE_DATE_EPOCH, undefined when it is not set; throws UsageError when it is wrong. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim()
  if (value === undefined || value === '') return undefined
  if (!/^\d+$/.test(value) || Number(value) > latest) {
    throw new UsageError('source-date', {value: value.slice(0, 40)})
  }
  return new Date(Number(value) * 1000)
}

/** Check SOURCE_DATE_EPOCH before a build starts. */
export function checkSourceDateEpoch(env: NodeJS.ProcessEnv = process.env): void {
  sourceDateEpoch(env)
}
