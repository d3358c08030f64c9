/**
 * Folder-name slugs for `bundel new`: "Algemeen Bestuur" → `algemeen-bestuur`. ASCII only, so the
 * folders survive zip files, e-mail and every file system the secretariat may copy them to.
 */

// Letters that Unicode does not decompose into a base letter plus accent.
const unDecomposed: Readonly<Record<string, string>> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ð: 'd'}

// Long titles would give folder names that hit path limits on Windows once nested in bijlagen/.
const maxLength = 60

/** Lowercase, accents stripped, every run of other characters one `-`; may be empty. */
export function slug(text: string): string {
  const full = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþð]/g, (letter) => unDecomposed[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (full.length <= maxLength) return full
  // Cut at a word boundary so the name does not end in half a word.
  const cut = full.slice(0, maxLength + 1)
  const boundary = cut.lastIndexOf('-')
  return boundary > 0 ? cut.slice(0, boundary) : full.slice(0, maxLength)
}

/** A single-line value from the command line: trimmed, every run of whitespace one space. */
export function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ')
}
