/** The part of `hyphen` (ISC) that bundel uses: Dutch patterns, synchronous. It ships no types. */
declare module 'hyphen/nl/index.js' {
  const hyphen: {hyphenateSync(text: string, options?: {hyphenChar?: string; minWordLength?: number}): string}
  export default hyphen
}
