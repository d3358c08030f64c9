/**
 * Path of a PDF appendix's copy under dist/<meeting>/: one folder per item, so two items'
 * `01-brief.pdf` cannot clash — not even items named `04-a` and `04-a-b` (#2).
 */
export function appendixCopyPath(itemFolder: string, fileName: string): string {
  return `bijlagen/${itemFolder}/${fileName}`
}
