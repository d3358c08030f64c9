/**
 * Outputs as data (#9): each output is one function from the numbered meeting (and a context) to
 * the files it writes. The pipeline runs the outputs asked for, in the order of `outputs`, and
 * `dev` asks the same functions for its page and its /bundel.pdf. A new output (a site page, an
 * open-data file) is a new module in this folder and one entry in outputs.ts.
 */
import type {NumberedMeeting} from '../number/number.js'
import type {BuildStats, Logger} from '../options.js'
import type {PrintSession} from '../pdf/session.js'
import type {OutputFile} from '../write/write.js'

/** What every output may use. */
export interface OutputContext {
  /** The content folder (real path); images must lie inside it. */
  readonly root: string
  /** Folder holding bundel.html and bundel.css (default: the package's templates/). */
  readonly templates: string | undefined
  /** Items per print of the PDF (0: the whole page at once; default: by size, render/html/print-parts.ts). */
  readonly itemsPerPrint?: number | undefined
  /** Cache folder for prints, or false. */
  readonly cache: string | false
  readonly logger: Logger
  /** Where the time goes (ms per stage), added to by each output. */
  readonly stats: BuildStats
  /** The Chromium session that prints; only the PDF output needs it. */
  readonly session?: PrintSession | undefined
  /** What outputs that ran before this one made, by output name (the page links to the PDF). */
  readonly made: ReadonlyMap<OutputName, Made>
  /** The full edition, when the meeting given is another one: the public PDF keeps its page numbers (#10). */
  readonly full?: NumberedMeeting | undefined
  /** PDF marks: a draft, a personal copy (#10). */
  readonly concept?: boolean | undefined
  readonly copyFor?: string | undefined
}

/** What an output made. */
export interface Made {
  readonly files: readonly OutputFile[]
  /** Pages, for a PDF. */
  readonly pages?: number | undefined
}

/** The outputs there are. */
export type OutputName = 'copies' | 'pdf' | 'html' | 'json'

/** One output: its files for one meeting; undefined when it failed (a message is on the meeting's file). */
export type Output = (meeting: NumberedMeeting, context: OutputContext) => Promise<Made | undefined>
