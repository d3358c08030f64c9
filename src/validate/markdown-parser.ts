/**
 * The one Markdown parser of bundel (CommonMark and GFM). Shared by validation on the main thread
 * and the parse workers (parse-ahead.ts), so a tree is the same wherever it was parsed; how a
 * tree is kept on disk is ../kept-file.ts.
 */
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

export const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze()
