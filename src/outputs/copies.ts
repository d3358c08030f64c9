/**
 * Output `copies`: each PDF appendix as it was given, under bijlagen/<item>/, so the page can link
 * to it (#2). One folder per item, so two items' `01-brief.pdf` cannot clash — not even items named
 * `04-a` and `04-a-b`.
 */
import type {NumberedMeeting} from '../number/number.js'
import type {Made} from './output.js'

/** Path of a PDF appendix's copy inside the meeting's output folder. */
export function appendixCopyPath(itemFolder: string, fileName: string): string {
  return `bijlagen/${itemFolder}/${fileName}`
}

/** Every PDF appendix of the meeting, with its item and document, and its copy's path. */
export function pdfAppendices(meeting: NumberedMeeting) {
  return meeting.items.flatMap((item) =>
    item.documents.flatMap((document) =>
      document.kind === 'appendix' && document.appendix.kind === 'pdf'
        ? [{item, document, appendix: document.appendix, anchor: document.anchor, path: appendixCopyPath(item.item.folder, document.appendix.fileName), data: document.appendix.bytes}]
        : []
    )
  )
}

/**
 * The link to each PDF appendix's copy, by document anchor; encoded per segment, since `#`, `?`,
 * `%` or a space in a file name would otherwise break the link (#7).
 */
export function appendixHrefs(meeting: NumberedMeeting): ReadonlyMap<string, string> {
  return new Map(pdfAppendices(meeting).map((copy) => [copy.anchor, copy.path.split('/').map(encodeURIComponent).join('/')]))
}

export async function copies(meeting: NumberedMeeting): Promise<Made> {
  return {files: pdfAppendices(meeting).map((copy) => ({path: copy.path, data: copy.data}))}
}
