/** Options of the library API, validated at the boundary; defaults are applied here only. */
import path from 'node:path'
import {outputNames} from './outputs/names.js'
import type {OutputName} from './outputs/output.js'
import type {Edition, EditionName} from './editions/edition.js'
import {editionNames, editions, isEditionName} from './editions/editions.js'
import type {Lang} from './catalogue/lang.js'
import type {VFile} from 'vfile'

/** A stage of a build, for progress. */
export type Stage = 'load' | 'validate' | 'render' | 'print' | 'merge' | 'write'

/** What a build or preview tells while it runs; the CLI words it (in the user's language). */
export type BuildEvent =
  | {readonly type: 'stage'; readonly stage: Stage; readonly meeting?: string | undefined}
  | {readonly type: 'built'; readonly meeting: string; readonly files: number; readonly pages?: number | undefined; readonly ms: number}
  | {readonly type: 'recovered'; readonly out: string; readonly finished: readonly string[]; readonly removed: number}
  | {readonly type: 'rebuilt'; readonly ms: number}
  | {readonly type: 'problems'; readonly files: readonly VFile[]}
  | {readonly type: 'failure'; readonly message: string}

/** A sink for progress (the CLI shows it on stderr). */
export interface Logger {
  event(event: BuildEvent): void
}

/** Where a build's time went, per stage, in milliseconds (for `npm run bench`). */
export interface BuildStats {
  loadValidate: number
  markdown: number
  chromium: number
  merge: number
  /** Part of `merge`: putting appendices in the tag tree, artifacts, lists, the PDF/UA check (#12). */
  tagging: number
  write: number
  /** Pages Chromium printed (0 when every print came from the cache). */
  prints: number
  /** Pages in the PDFs written. */
  pages: number
}

/** Stats with every stage at zero. */
export function emptyStats(): BuildStats {
  return {loadValidate: 0, markdown: 0, chromium: 0, merge: 0, tagging: 0, write: 0, prints: 0, pages: 0}
}

/** Options shared by `check` and `build`. */
export interface CheckOptions {
  /** Folder that relative paths and message paths start from (default: `process.cwd()`). */
  readonly cwd?: string | undefined
  /** Content folder (default: `content`). */
  readonly content?: string | undefined
  /** Meeting folder names (default: every meeting in the content folder). */
  readonly meetings?: readonly string[] | undefined
  /** Count warnings as failures (default: false). */
  readonly strict?: boolean | undefined
  /** Progress lines (optional). */
  readonly logger?: Logger | undefined
  /** Stops a build between stages (optional). */
  readonly signal?: AbortSignal | undefined
  /** Output folder (default: `dist`); `check` finishes a build that was killed while writing it. */
  readonly out?: string | undefined
  /** Language of the messages (default: `nl`). */
  readonly lang?: Lang | undefined
  /**
   * An image without alternative text is described by its file name, and tagged as a figure in
   * the PDF, instead of being left to decoration (default: false; it is a warning either way).
   */
  readonly allowMissingAlt?: boolean | undefined
}

/** Options of `build`. */
export interface BuildOptions extends CheckOptions {
  /** Also make `bundel.pdf` (default: true). */
  readonly pdf?: boolean | undefined
  /** Folder for cached renders (default: `node_modules/.cache/bundel`, or `BUNDEL_CACHE_DIR`); false turns the cache off. */
  readonly cache?: string | false | undefined
  /** Folder with bundel.html and bundel.css (default: the package's templates/). */
  readonly templates?: string | undefined
  /**
   * The editions to make (default: `['volledig']`). One goes into `<out>/<meeting>/`; with
   * several, `volledig` goes there and each other into `<out>/<meeting>/<edition>/` (#10).
   */
  readonly editions?: readonly EditionName[] | undefined
  /** A draft: "CONCEPT" across every own page of the PDF (default: false). */
  readonly concept?: boolean | undefined
  /** A personal copy: "Exemplaar van <name>" on every page of the PDF. */
  readonly copyFor?: string | undefined
  /**
   * Items per print: a large bundle is printed in parts, each cached on its own, and joined (#13).
   * 0 prints the whole page at once; the default goes by size (whole below 400 kB of HTML).
   */
  readonly itemsPerPrint?: number | undefined
}

/** Options with every default applied and paths absolute. */
export interface ResolvedOptions {
  readonly cwd: string
  readonly content: string
  readonly meetings: readonly string[]
  readonly strict: boolean
  readonly logger: Logger
  readonly signal: AbortSignal | undefined
  readonly out: string
  /** The outputs to make (all, or all but the PDF). */
  readonly outputs: readonly OutputName[]
  /** The editions to make, in building order (the full one first, #10). */
  readonly editions: readonly Edition[]
  readonly concept: boolean
  readonly copyFor: string | undefined
  readonly cache: string | false
  readonly templates: string | undefined
  readonly lang: Lang
  readonly allowMissingAlt: boolean
  readonly itemsPerPrint: number | undefined
}

const silent: Logger = {event() {}}

/** Apply defaults; a wrong type is a programmer error and throws a TypeError. */
export function resolveOptions(options: Readonly<BuildOptions> | null | undefined): ResolvedOptions {
  const given = options ?? {}
  if (typeof given !== 'object') throw new TypeError(`Expected options object, not \`${String(given)}\``)
  for (const key of ['cwd', 'content', 'out', 'templates'] as const) {
    if (given[key] !== undefined && typeof given[key] !== 'string') throw new TypeError(`Expected \`${key}\` to be a string, not \`${String(given[key])}\``)
  }
  const cwd = path.resolve(given.cwd ?? process.cwd())
  const cache =
    given.cache === false
      ? false
      : path.resolve(cwd, given.cache ?? process.env.BUNDEL_CACHE_DIR ?? path.join('node_modules', '.cache', 'bundel'))
  return {
    cwd,
    content: path.resolve(cwd, given.content ?? 'content'),
    meetings: given.meetings ?? [],
    strict: given.strict ?? false,
    logger: given.logger ?? silent,
    signal: given.signal,
    out: path.resolve(cwd, given.out ?? 'dist'),
    outputs: given.pdf === false ? outputNames.filter((name) => name !== 'pdf') : outputNames,
    editions: resolveEditions(given.editions),
    concept: given.concept === true,
    copyFor: given.copyFor?.trim() || undefined,
    cache,
    templates: given.templates === undefined ? undefined : path.resolve(cwd, given.templates),
    lang: given.lang === 'en' ? 'en' : 'nl',
    allowMissingAlt: given.allowMissingAlt === true,
    itemsPerPrint: given.itemsPerPrint === undefined ? undefined : Math.max(0, Math.floor(Number(given.itemsPerPrint)) || 0)
  }
}

function resolveEditions(names: readonly string[] | undefined): Edition[] {
  if (names === undefined || names.length === 0) return [editions.volledig]
  for (const name of names) if (!isEditionName(name)) throw new TypeError(`Expected an edition (${editionNames.join(', ')}), not \`${name}\``)
  return editionNames.filter((name) => names.includes(name)).map((name) => editions[name])
}
