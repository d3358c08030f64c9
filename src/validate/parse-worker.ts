/**
 * A parse worker (parse-ahead.ts): parses the Markdown texts it is sent, keeps each tree on disk
 * when a file is given, and sends the tree back as JSON, which the main thread reads some fifty
 * times faster than it parses the text. A text that does not parse (too deeply nested) is left
 * out: the main thread parses it again and reports it as it always does.
 */
import {parentPort} from 'node:worker_threads'
import {markdownParser} from './markdown-parser.js'
import {keepParsed} from '../kept-file.js'

/** What the worker is sent: texts, and where to keep each tree (or undefined). */
export interface ParseBatch {
  readonly texts: readonly string[]
  readonly files: readonly (string | undefined)[]
}

/** What it sends back: one per parsed text, then `done`. */
export type ParseReply = {readonly index: number; readonly json: string} | {readonly done: true}

parentPort?.on('message', ({texts, files}: ParseBatch) => {
  texts.forEach((text, index) => {
    let json: string
    try {
      json = JSON.stringify(markdownParser.parse(text))
    } catch {
      return
    }
    const file = files[index]
    if (file) keepParsed(file, json)
    parentPort!.postMessage({index, json} satisfies ParseReply)
  })
  parentPort!.postMessage({done: true} satisfies ParseReply)
})
