/**
 * Dutch hyphenation by soft hyphens (#8). CSS `hyphens: auto` needs a dictionary the browser
 * brings, and the Chromium that prints the PDF has none (it downloads them, and bundel lets it
 * reach no network): long Dutch compounds then broke mid-word without a hyphen, or ran off a
 * phone screen. So long words get soft hyphens at the places the Dutch TeX patterns allow
 * (`be­stem­mings­plan­wij­zi­ging`); a browser shows a hyphen only where it breaks the line,
 * and copy, search and screen readers ignore them.
 */
import type {Element, Root, Text} from 'hast'
import {visit, SKIP} from 'unist-util-visit'
import hyphen from 'hyphen/nl/index.js'

// CommonJS: its functions hang off the default export.
const {hyphenateSync} = hyphen

const shy = '\u00AD'
/** Words shorter than this are never broken. */
const minimumWord = 12
/** Letters kept together at either end of a word: no "ge-" at a line end, no "-de" at the start. */
const edge = 3

/**
 * Words already hyphenated, in this process: the patterns cost ~0.1 ms a word, and a bundle (or
 * `bundel dev`, rebuilding on every save) meets the same words again and again (#13).
 */
const known = new Map<string, string>()

/** One word with its soft hyphens, none within `edge` letters of either end. */
function hyphenateWord(word: string): string {
  let done = known.get(word)
  if (done === undefined) {
    done = breakWord(word)
    if (known.size >= 100_000) known.clear()
    known.set(word, done)
  }
  return done
}

function breakWord(word: string): string {
  const parts = hyphenateSync(word, {hyphenChar: shy}).split(shy)
  let out = ''
  let done = 0
  parts.forEach((part, index) => {
    out += part
    done += part.length
    if (index < parts.length - 1 && done >= edge && word.length - done >= edge) out += shy
  })
  return out
}

const longWord = new RegExp(`[\\p{L}]{${minimumWord},}`, 'gu')

function hyphenateText(text: string): string {
  return text.replace(longWord, hyphenateWord)
}

/**
 * Text nodes hyphenated already: a rendered body is shared by the web page and the print page of
 * a build, and by later builds in the same process (markdown.ts), and hyphenating it again finds
 * nothing new at some cost (2.9 s of a 1,000-item build, #13).
 */
const hyphenated = new WeakSet<Text>()

/** Add soft hyphens to the long words of every text in `tree` (not in code, nor in link addresses). */
export function hyphenate(tree: Root | Element): void {
  visit(tree, (node) => {
    // Table headers are labels: they are never broken inside a word (#8).
    if (node.type === 'element' && ['pre', 'code', 'script', 'style', 'th'].includes(node.tagName)) return SKIP
    // Dutch hyphenation patterns break other languages' words in the wrong places (#12).
    if (node.type === 'element' && typeof node.properties.lang === 'string' && !/^nl\b/i.test(node.properties.lang)) return SKIP
    if (node.type !== 'text' || hyphenated.has(node as Text)) return undefined
    ;(node as Text).value = hyphenateText((node as Text).value)
    hyphenated.add(node as Text)
    return undefined
  })
}
