/** `content/site.md`: the site's address, publisher and introduction (#11), checked like any front matter. */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {parseFrontMatter} from '../load/front-matter.js'
import {report} from '../messages.js'
import {checkSchema} from '../validate/check-schema.js'
import {site, type SiteInfo} from '../schema/site.js'
import type {MarkdownPart} from '../model.js'

export const siteFileName = 'site.md'

/** The site's details and its introduction; `info` is undefined when the file is missing or wrong (a message is on `file`). */
export interface SiteConfig {
  readonly file: VFile
  readonly info?: SiteInfo | undefined
  readonly intro?: MarkdownPart | undefined
}

export async function loadSiteConfig(content: string, cwd: string): Promise<SiteConfig> {
  const absolute = path.join(content, siteFileName)
  const shown = path.relative(cwd, absolute)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch {
    const file = new VFile({path: shown, cwd})
    report(file, 'site-config-missing', {params: {path: shown}})
    return {file}
  }
  const file = new VFile({path: shown, cwd, value: text})
  const front = parseFrontMatter(file)
  if (!front.ok) return {file}
  const info = checkSchema({file, front}, site)
  return {file, info, intro: {markdown: front.body, file, line: front.bodyLine}}
}
