/**
 * bundel: the public API. Re-exports only; the code lives in the stage modules. `site` and `dev`
 * load their modules (a search index, a file watcher, a server) when called, so a program that
 * only builds does not load them (#13).
 */
import type {BuildResult} from './pipeline.js'
import type {SiteOptions} from './site/site.js'
import type {DevOptions, DevServer} from './dev/dev.js'
export {build, check} from './pipeline.js'
export type {SiteOptions} from './site/site.js'
export type {DevOptions, DevServer} from './dev/dev.js'

/** Build the public site of every meeting (see site/site.ts). */
export async function site(options?: Readonly<SiteOptions> | null): Promise<BuildResult> {
  return (await import('./site/site.js')).site(options)
}

/** Start the preview server (see dev/dev.ts). */
export async function dev(options?: Readonly<DevOptions>): Promise<DevServer> {
  return (await import('./dev/dev.js')).dev(options)
}
export {scaffoldMeeting} from './scaffold/meeting.js'
export type {ScaffoldMeetingOptions, ScaffoldMeetingResult} from './scaffold/meeting.js'
export {scaffoldItem} from './scaffold/item.js'
export type {ScaffoldItemOptions, ScaffoldItemResult} from './scaffold/item.js'
export type {BuildResult, CheckResult, WrittenFile} from './pipeline.js'
export type {EditionName} from './editions/edition.js'
export type {BuildOptions, BuildStats, CheckOptions, Logger} from './options.js'
export {UsageError} from './errors.js'
export {reportText} from './report/text.js'
export type {TextOptions} from './report/text.js'
export {reportJson} from './report/json.js'
export {reportGithub} from './report/github.js'
export {rules} from './messages.js'
export type {BundelMessage, RuleId} from './messages.js'
export type {AgendaItem, Appendix, MarkdownAppendix, Meeting, Memo, PdfAppendix} from './model.js'
export type {NumberedDocument, NumberedItem, NumberedMeeting} from './number/number.js'
export {version} from './version.js'
