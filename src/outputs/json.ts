/** Output `json`: `bundel.json`, the numbered meeting as data for websites and other tools. */
import type {NumberedMeeting} from '../number/number.js'
import {exportJson} from '../render/json/export.js'
import {appendixHrefs} from './copies.js'
import type {Made} from './output.js'

export async function json(meeting: NumberedMeeting): Promise<Made> {
  return {files: [{path: 'bundel.json', data: exportJson(meeting, appendixHrefs(meeting))}]}
}
