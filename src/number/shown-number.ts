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
