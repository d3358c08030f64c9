/** The outputs by name; they run in the order of names.ts. */
import {copies} from './copies.js'
import {html} from './html.js'
import {json} from './json.js'
import type {Made, Output, OutputContext, OutputName} from './output.js'
import {pdf} from './pdf.js'
import type {NumberedMeeting} from '../number/number.js'
import {outputNames} from './names.js'

export const outputs: Readonly<Record<OutputName, Output>> = {copies, pdf, html, json}

/**
 * Run the outputs named in `wanted` (in running order) for one meeting. One that fails leaves a
 * message on the meeting's file and is missing from the result; the others still run, so every
 * problem is reported in one go.
 */
export async function runOutputs(meeting: NumberedMeeting, wanted: readonly OutputName[], context: Omit<OutputContext, 'made'>): Promise<Map<OutputName, Made>> {
  const made = new Map<OutputName, Made>()
  for (const name of outputNames) {
    if (!wanted.includes(name)) continue
    const result = await outputs[name](meeting, {...context, made})
    if (result) made.set(name, result)
  }
  return made
}
