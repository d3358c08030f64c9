/**
 * Name of a PDF appendix's copy under dist/<meeting>/bijlagen/: prefixed with the item folder,
 * so two items' `01-brief.pdf` cannot clash.
 */
export function appendixCopyName(itemFolder: string, fileName: string): string {
  return `${itemFolder}-${fileName}`
}
