/** Placeholder until the PDF pipeline lands (#3): the pipeline only calls this with `pdf: true`. */
import type {NumberedMeeting} from '../../number/number.js'
import type {ResolvedOptions} from '../../options.js'

/** Make the PDF bundle of a meeting. */
export async function makePdf(_meeting: NumberedMeeting, _options: ResolvedOptions & {root: string}): Promise<Uint8Array | undefined> {
  throw new Error('The PDF bundle is not implemented yet (issue #3); build with --no-pdf')
}
