/**
 * The numbers the agenda shows. An item without `nummer` takes the number after the last whole
 * number shown, so 1, 2, 3, "3a", then 4 — the way secretaries insert an item (#2).
 */
export function shownNumbers(explicit: ReadonlyArray<string | undefined>): string[] {
  let last = 0
  return explicit.map((given) => {
    if (given !== undefined) {
      const leading = /^\d+/.exec(given)
      if (leading) last = Number(leading[0])
      return given
    }
    last += 1
    return String(last)
  })
}

/**
 * The anchor form of a shown number: ASCII letters, digits and dashes ("3a", "3-1"), so it is the
 * same in HTML ids and PDF destination names. Accents are dropped ("2ä" → "2a").
 */
export function anchorSlug(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  )
}

/** Two shown numbers clash when their anchors do, ignoring leading zeros ("02" and "2"). */
export function numberKey(value: string): string {
  return anchorSlug(value).replace(/(^|-)0+(?=\d)/g, '$1')
}
